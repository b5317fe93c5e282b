// The question list and its filter, under QAbstractItemModelTester, with the
// exact change signals the views depend on.
#include "content/GuideParser.h"
#include "ui/questions/FoldedText.h"
#include "ui/questions/OrphanedNoteFilterModel.h"
#include "ui/questions/OrphanedNoteListModel.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

Guide typicalGuide()
{
    return GuideParser::parseFile(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
}

QList<int> visibleNumbers(const QAbstractItemModel& model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, 0).data(QuestionListModel::NumberRole).toInt();
    return numbers;
}

Question question(int number, const QString& prompt, const QList<QuestionPart>& parts)
{
    Question q;
    q.key = QStringLiteral("q%1").arg(number);
    q.number = number;
    q.category = QStringLiteral("Technical");
    q.prompt = prompt;
    q.parts = parts;
    return q;
}

QuestionPart part(const QString& name, const QString& markdown)
{
    return QuestionPart{name, markdown, {}, {}};
}

// A word in each place a question can hold it, and accented text.
QList<Question> rankingQuestions()
{
    return {
        question(
            1, QStringLiteral("How do you tune a model?"),
            {part(QStringLiteral("Answer"), QStringLiteral("Start with **overfitting** checks.")),
             part(QStringLiteral("Common Pitfalls"), QStringLiteral("Tuning on test data."))}),
        question(2, QStringLiteral("What is overfitting?"),
                 {part(QStringLiteral("Answer"), QStringLiteral("A model that memorises."))}),
        question(3, QStringLiteral("Explain bias."),
                 {part(QStringLiteral("Answer"), QStringLiteral("Error from assumptions.")),
                  part(QStringLiteral("Common Pitfalls"),
                       QStringLiteral("- Ignoring the\n  overfitting case entirely."))}),
        question(4, QStringLiteral("Something unrelated."),
                 {part(QStringLiteral("Answer"), QStringLiteral("Nothing here."))}),
        question(5, QStringLiteral("Café culture at work?"),
                 {part(QStringLiteral("Answer"), QStringLiteral("Keep your Résumé short."))}),
    };
}

QHash<QString, QuestionNote> noteOnQuestion4(const QString& markdown)
{
    QHash<QString, QuestionNote> notes;
    notes.insert(QStringLiteral("q4"),
                 QuestionNote{QStringLiteral("g"), QStringLiteral("q4"), markdown, false, {}});
    return notes;
}

// The ranking questions, listed and filtered under the model tester.
struct RankingFixture {
    explicit RankingFixture(const QHash<QString, QuestionNote>& notes = {})
        : model(rankingQuestions(), notes)
    {
        filter.setQuestions(&model);
    }
    QuestionListModel model;
    QuestionFilterModel filter;
    QAbstractItemModelTester tester{&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
};

QString quote(const QAbstractItemModel& model, int row)
{
    return model.index(row, 0)
        .data(QuestionFilterModel::MatchQuoteRole)
        .value<EmphasisedText>()
        .text;
}

QStringList quotedWords(const QAbstractItemModel& model, int row, int role)
{
    return model.index(row, 0).data(role).value<EmphasisedText>().emphasisedWords();
}

} // namespace

class QuestionModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listModelPassesTheTester();
    void stateChangesReportOneRow();
    void filters_data();
    void filters();
    void unbookmarkingLeavesTheBookmarkedView();
    void standingFilter_data();
    void standingFilter();
    void standingsReportOnlyTheRowsThatChanged();
    void folding_data();
    void folding();
    void markdownIsSearchedAsPlainWords();
    void ranksPromptThenAnswerThenPartsThenNotes();
    void quotesSayWhyAQuestionMatched();
    void everyWordRequiredAnyCaseAnyAccent_data();
    void everyWordRequiredAnyCaseAnyAccent();
    void phrasesAndLeftOutWordsAsInSearch_data();
    void phrasesAndLeftOutWordsAsInSearch();
    void orphanedNotesAreFilteredTheSameWay();
    void longFieldIsQuotedAroundTheMatch();
    void savedNotesChangeTheMatch();
    void pinnedQuestionStaysUntilLeft();
    void theIndexAnswersWhenItCan();
};

void QuestionModelsTest::listModelPassesTheTester()
{
    const Guide guide = typicalGuide();
    QHash<QString, QuestionNote> notes;
    notes.insert(
        guide.questions.at(1).key,
        QuestionNote{guide.key, guide.questions.at(1).key, QStringLiteral("mine"), true, {}});
    QuestionListModel model(guide.questions, notes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data().toString(),
             QStringLiteral("1. What is a slowly changing dimension?"));
    QCOMPARE(model.index(1).data(QuestionListModel::BookmarkedRole).toBool(), true);
    QCOMPARE(model.index(1).data(QuestionListModel::HasNotesRole).toBool(), true);
    QCOMPARE(model.index(0).data(QuestionListModel::HasNotesRole).toBool(), false);
    QCOMPARE(model.index(2).data(QuestionListModel::CategoryRole).toString(),
             QStringLiteral("Behavioral"));
    QCOMPARE(model.rowOfKey(guide.questions.at(3).key), 3);
    QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
}

void QuestionModelsTest::stateChangesReportOneRow()
{
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setBookmarked(2, true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(QuestionListModel::BookmarkedRole));

    model.setBookmarked(2, true); // no change, no signal
    QCOMPARE(changed.size(), 1);

    model.setNotes(4, QStringLiteral("mine"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(4));
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(QuestionListModel::HasNotesRole));
}

void QuestionModelsTest::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("bookmarkedOnly");
    QTest::addColumn<QList<int>>("numbers");

    QTest::newRow("nothing set shows all")
        << QString() << QString() << false << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("prompt text") << QStringLiteral("idempotent") << QString() << false
                                 << QList<int>{2};
    QTest::newRow("answer text, any case")
        << QStringLiteral("PARTITION OVERWRITE") << QString() << false << QList<int>{2};
    QTest::newRow("every word must match")
        << QStringLiteral("skewed salted") << QString() << false << QList<int>{5};
    QTest::newRow("words in any order")
        << QStringLiteral("salted skewed") << QString() << false << QList<int>{5};
    QTest::newRow("no match") << QStringLiteral("kubernetes") << QString() << false << QList<int>{};
    QTest::newRow("category") << QString() << QStringLiteral("Technical") << false
                              << QList<int>{1, 2};
    QTest::newRow("category and text")
        << QStringLiteral("history") << QStringLiteral("Technical") << false << QList<int>{1};
    QTest::newRow("bookmarked only") << QString() << QString() << true << QList<int>{3, 5};
    QTest::newRow("bookmarked and category")
        << QString() << QStringLiteral("Behavioral") << true << QList<int>{3};
}

void QuestionModelsTest::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(bool, bookmarkedOnly);
    QFETCH(QList<int>, numbers);

    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    model.setBookmarked(2, true);
    model.setBookmarked(4, true);
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(text);
    filter.setCategory(category);
    filter.setBookmarkedOnly(bookmarkedOnly);
    QCOMPARE(visibleNumbers(filter), numbers);
}

namespace {

// Question 1 never practised, 2 due and lapsed, 3 confident, 4 learned and
// not due, 5 due.
QHash<QString, PracticeStandings> typicalStandings(const Guide& guide)
{
    return {{guide.questions.at(1).key, PracticeStanding::Due | PracticeStanding::Weak},
            {guide.questions.at(2).key, PracticeStanding::Confident},
            {guide.questions.at(3).key, PracticeStandings()},
            {guide.questions.at(4).key, PracticeStanding::Due}};
}

} // namespace

void QuestionModelsTest::standingFilter_data()
{
    QTest::addColumn<int>("standing");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("any") << int(PracticeStanding::None) << QString() << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("new") << int(PracticeStanding::New) << QString() << QList<int>{1};
    QTest::newRow("due") << int(PracticeStanding::Due) << QString() << QList<int>{2, 5};
    QTest::newRow("weak") << int(PracticeStanding::Weak) << QString() << QList<int>{2};
    QTest::newRow("confident") << int(PracticeStanding::Confident) << QString() << QList<int>{3};
    QTest::newRow("due in Technical")
        << int(PracticeStanding::Due) << QStringLiteral("Technical") << QList<int>{2};
    QTest::newRow("confident in Technical")
        << int(PracticeStanding::Confident) << QStringLiteral("Technical") << QList<int>{};
}

void QuestionModelsTest::standingFilter()
{
    QFETCH(int, standing);
    QFETCH(QString, category);
    QFETCH(QList<int>, numbers);
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStanding(static_cast<PracticeStanding>(standing));
    filter.setCategory(category);
    model.setStandings(typicalStandings(guide));
    QCOMPARE(visibleNumbers(filter), numbers);
}

void QuestionModelsTest::standingsReportOnlyTheRowsThatChanged()
{
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Every question starts new: the one that stays new is not reported.
    model.setStandings(typicalStandings(guide));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(model.index(1).data(QuestionListModel::StandingRole).toInt(),
             (PracticeStanding::Due | PracticeStanding::Weak).toInt());
    // The row says it quietly, to the eye and to a screen reader.
    QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Technical, new"));
    QCOMPARE(model.index(1).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Technical, due, weak"));
    QCOMPARE(model.index(3).data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Situational"));
    // A grade moves one question: one row reported.
    QHash<QString, PracticeStandings> after = typicalStandings(guide);
    after.insert(guide.questions.at(4).key, PracticeStandings());
    changed.clear();
    model.setStandings(after);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(4));
}

void QuestionModelsTest::unbookmarkingLeavesTheBookmarkedView()
{
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    model.setBookmarked(0, true);
    model.setBookmarked(3, true);
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setBookmarkedOnly(true);
    QCOMPARE(visibleNumbers(filter), (QList<int>{1, 4}));
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    model.setBookmarked(0, false);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(visibleNumbers(filter), (QList<int>{4}));
}

void QuestionModelsTest::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii case") << QStringLiteral("OverFit") << QStringLiteral("overfit");
    QTest::newRow("accents") << QStringLiteral("Résumé Café") << QStringLiteral("resume cafe");
    QTest::newRow("stacked marks") << QStringLiteral("ǖ") << QStringLiteral("u");
    QTest::newRow("ligature") << QStringLiteral("ﬁne") << QStringLiteral("fine");
    QTest::newRow("full width") << QStringLiteral("ＡＢ") << QStringLiteral("ab");
    QTest::newRow("german capitals") << QStringLiteral("ÜBER") << QStringLiteral("uber");
    QTest::newRow("outside the BMP kept")
        << QStringLiteral("a\U0001F600b") << QStringLiteral("a\U0001F600b");
}

void QuestionModelsTest::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(FoldedText::fold(text), folded);
    // Every folded character leads back to the character it came from.
    const FoldedText withOrigins = FoldedText::withOrigins(text);
    QCOMPARE(withOrigins.text, folded);
    QCOMPARE(withOrigins.origin.size(), folded.size() + 1);
    QCOMPARE(withOrigins.origin.last(), text.size());
    QVERIFY(std::is_sorted(withOrigins.origin.begin(), withOrigins.origin.end()));
}

void QuestionModelsTest::markdownIsSearchedAsPlainWords()
{
    QCOMPARE(markdownAsPlainLine(u"## Heading\n\n- **over**fitting and `code`\n> quoted _word_"),
             QStringLiteral("Heading overfitting and code quoted word"));
    QCOMPARE(markdownAsPlainLine(u"snake_case C# x - y"), QStringLiteral("snake_case C# x - y"));
}

void QuestionModelsTest::ranksPromptThenAnswerThenPartsThenNotes()
{
    RankingFixture f(noteOnQuestion4(QStringLiteral("my overfitting story")));
    QuestionFilterModel& filter = f.filter;
    filter.setText(QStringLiteral("overfitting"));
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3, 4}));
    // A shorter word ranks the same way; clearing brings the guide's order back.
    filter.setText(QStringLiteral("overfit"));
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3, 4}));
    filter.setText(QString());
    QCOMPARE(visibleNumbers(filter), (QList<int>{1, 2, 3, 4, 5}));
    // Two words: the place needed for both decides.
    filter.setText(QStringLiteral("model overfitting"));
    QCOMPARE(visibleNumbers(filter), (QList<int>{1, 2}));
}

void QuestionModelsTest::quotesSayWhyAQuestionMatched()
{
    RankingFixture f(noteOnQuestion4(QStringLiteral("my *overfitting* story")));
    QuestionFilterModel& filter = f.filter;
    QVERIFY(!filter.index(0, 0).data(QuestionFilterModel::MatchQuoteRole).isValid());
    filter.setText(QStringLiteral("Overfitting"));
    // The prompt says it itself: no quote, the word emphasised in the prompt.
    QCOMPARE(quote(filter, 0), QString());
    QCOMPARE(quotedWords(filter, 0, QuestionFilterModel::PromptMatchRole),
             QStringList{QStringLiteral("overfitting")});
    QCOMPARE(quote(filter, 1), QStringLiteral("Answer: Start with overfitting checks."));
    QCOMPARE(quotedWords(filter, 1, QuestionFilterModel::MatchQuoteRole),
             QStringList{QStringLiteral("overfitting")});
    QCOMPARE(quote(filter, 2),
             QStringLiteral("Common Pitfalls: Ignoring the overfitting case entirely."));
    QCOMPARE(quote(filter, 3), QStringLiteral("Your notes: my overfitting story"));
    QCOMPARE(quotedWords(filter, 3, QuestionFilterModel::MatchQuoteRole),
             QStringList{QStringLiteral("overfitting")});
    QVERIFY(quotedWords(filter, 1, QuestionFilterModel::PromptMatchRole).isEmpty());
}

void QuestionModelsTest::everyWordRequiredAnyCaseAnyAccent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers");
    QTest::addColumn<QString>("emphasised");
    QTest::newRow("accent-free query finds accented text")
        << QStringLiteral("resume") << QList<int>{5} << QStringLiteral("Résumé");
    QTest::newRow("accented query finds it too")
        << QStringLiteral("RÉSUMÉ") << QList<int>{5} << QStringLiteral("Résumé");
    QTest::newRow("in the prompt") << QStringLiteral("cafe") << QList<int>{5} << QString();
    QTest::newRow("every word required")
        << QStringLiteral("cafe kubernetes") << QList<int>{} << QString();
    QTest::newRow("words from two places")
        << QStringLiteral("short culture") << QList<int>{5} << QStringLiteral("short");
}

void QuestionModelsTest::everyWordRequiredAnyCaseAnyAccent()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    QFETCH(QString, emphasised);
    RankingFixture f;
    QuestionFilterModel& filter = f.filter;
    filter.setText(text);
    QCOMPARE(visibleNumbers(filter), numbers);
    if (!emphasised.isEmpty())
        QCOMPARE(quotedWords(filter, 0, QuestionFilterModel::MatchQuoteRole),
                 QStringList{emphasised});
}

// The filter reads what is typed as Ctrl+K does: "a phrase" in that order,
// -word leaves out what holds the word (whole, in any place, notes too),
// and a filter of left-out words alone keeps the rest in the guide's order.
void QuestionModelsTest::phrasesAndLeftOutWordsAsInSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("words in any order") << QStringLiteral("model a") << QList<int>{1, 2};
    QTest::newRow("a phrase in its order") << QStringLiteral("\"model that\"") << QList<int>{2};
    QTest::newRow("the words of a phrase in another order")
        << QStringLiteral("\"that model\"") << QList<int>{};
    QTest::newRow("a phrase still being typed") << QStringLiteral("\"model th") << QList<int>{2};
    QTest::newRow("a word left out")
        << QStringLiteral("overfitting -memorises") << QList<int>{1, 3};
    QTest::newRow("a word left out in a note")
        << QStringLiteral("-kubernetes") << QList<int>{1, 2, 3, 5};
    QTest::newRow("left out whole, not as a part of a word")
        << QStringLiteral("overfitting -overfit") << QList<int>{2, 1, 3};
    QTest::newRow("a phrase left out")
        << QStringLiteral("overfitting -\"test data\"") << QList<int>{2, 3};
    QTest::newRow("left out with its accents folded")
        << QStringLiteral("-resume") << QList<int>{1, 2, 3, 4};
}

void QuestionModelsTest::phrasesAndLeftOutWordsAsInSearch()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    RankingFixture f(noteOnQuestion4(QStringLiteral("Ask about Kubernetes.")));
    f.filter.setText(text);
    QCOMPARE(visibleNumbers(f.filter), numbers);
    QCOMPARE(f.filter.hasText(), true);
}

// The same field filters the orphaned notes when they are shown: words,
// phrases and left-out words as for the questions, not the text typed.
void QuestionModelsTest::orphanedNotesAreFilteredTheSameWay()
{
    OrphanedNoteListModel notes;
    const auto note = [](const QString& key, const QString& markdown) {
        return QuestionNote{QStringLiteral("g"), key, markdown, false, {}};
    };
    notes.setNotes({note(QStringLiteral("g/a"), QStringLiteral("Rolling update on *Java*.")),
                    note(QStringLiteral("g/b"), QStringLiteral("An update, rolling back later.")),
                    note(QStringLiteral("g/c"), QStringLiteral("JavaScript bundles."))});
    OrphanedNoteFilterModel filter;
    filter.setSourceModel(&notes);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shown = [&filter] {
        QStringList keys;
        for (int row = 0; row < filter.rowCount(); ++row)
            keys << filter.index(row, 0).data(OrphanedNoteListModel::KeyRole).toString();
        return keys;
    };
    filter.setText(QStringLiteral("update rolling"));
    QCOMPARE(shown(), (QStringList{u"g/a"_s, u"g/b"_s}));
    filter.setText(QStringLiteral("\"rolling update\""));
    QCOMPARE(shown(), QStringList{u"g/a"_s});
    filter.setText(QStringLiteral("-java"));
    QCOMPARE(shown(), (QStringList{u"g/b"_s, u"g/c"_s}));
    filter.setText(QString());
    QCOMPARE(filter.rowCount(), 3);
}

void QuestionModelsTest::longFieldIsQuotedAroundTheMatch()
{
    QString answer;
    for (int i = 0; i < 60; ++i)
        answer += QStringLiteral("filler%1 ").arg(i);
    answer += QStringLiteral("the needle word ");
    for (int i = 0; i < 60; ++i)
        answer += QStringLiteral("tail%1 ").arg(i);
    QuestionListModel model(
        {question(1, QStringLiteral("Prompt?"), {part(QStringLiteral("Answer"), answer)})}, {});
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    filter.setText(QStringLiteral("needle"));
    const auto quoted =
        filter.index(0, 0).data(QuestionFilterModel::MatchQuoteRole).value<EmphasisedText>();
    QVERIFY2(quoted.text.startsWith(QStringLiteral("Answer: …")), qPrintable(quoted.text));
    QVERIFY(quoted.text.endsWith(QStringLiteral("…")));
    QCOMPARE(quoted.emphasisedWords(), QStringList{QStringLiteral("needle")});
    // The match comes early, so a narrow row still shows it.
    QVERIFY2(quoted.emphasis.first().start < 40, qPrintable(quoted.text));
    QVERIFY(quoted.text.size() < 200);
}

void QuestionModelsTest::savedNotesChangeTheMatch()
{
    RankingFixture f;
    QuestionListModel& model = f.model;
    QuestionFilterModel& filter = f.filter;
    filter.setText(QStringLiteral("kubernetes"));
    QCOMPARE(visibleNumbers(filter), QList<int>{});
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    model.setNotes(3, QStringLiteral("Ask about Kubernetes."));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(visibleNumbers(filter), QList<int>{4});
    QCOMPARE(quote(filter, 0), QStringLiteral("Your notes: Ask about Kubernetes."));
    model.setNotes(3, QStringLiteral("Ask about Kubernetes and Helm."));
    QCOMPARE(quote(filter, 0), QStringLiteral("Your notes: Ask about Kubernetes and Helm."));
    QVERIFY(model.index(3).data(QuestionListModel::HasNotesRole).toBool());
    model.setNotes(3, QString());
    QCOMPARE(visibleNumbers(filter), QList<int>{});
    QVERIFY(!model.index(3).data(QuestionListModel::HasNotesRole).toBool());
}

void QuestionModelsTest::pinnedQuestionStaysUntilLeft()
{
    RankingFixture f(noteOnQuestion4(QStringLiteral("overfitting")));
    QuestionListModel& model = f.model;
    QuestionFilterModel& filter = f.filter;
    filter.setText(QStringLiteral("overfitting"));
    filter.setPinnedRow(3);
    // The user rewrites the note of the question they are on: it stays, in
    // its place, while they type.
    model.setNotes(3, QStringLiteral("rewritten"));
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3, 4}));
    QCOMPARE(quote(filter, 3), QString());
    filter.setPinnedRow(1);
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3}));
}

// With a search index the filter keeps and ranks what the index says (here a
// made-up answer that differs from the text), asks it again when a note is
// saved or a quote is closed, and reads the text itself when the index
// cannot answer.
void QuestionModelsTest::theIndexAnswersWhenItCan()
{
    RankingFixture f;
    QuestionFilterModel& filter = f.filter;
    QStringList asked;
    bool noteSaved = false;
    bool answers = true;
    filter.setIndexLookup([&](const QString& text) -> std::optional<QuestionMatches> {
        asked << text;
        if (!answers || text == u"unindexed")
            return std::nullopt;
        QuestionMatches matches;
        matches.wantsWords = true;
        if (text.startsWith(u"overfitting")) {
            matches.found.insert(u"q3"_s, QuestionMatches::Place::Prompt);
            matches.found.insert(u"q1"_s, QuestionMatches::Place::Notes);
            matches.found.insert(u"q5"_s, QuestionMatches::Place::Text);
            if (noteSaved)
                matches.found.insert(u"q4"_s, QuestionMatches::Place::Notes);
        }
        return matches;
    });
    QVERIFY(asked.isEmpty()); // nothing typed, nothing asked

    filter.setText(u"overfitting"_s);
    QVERIFY(filter.usesIndex());
    QCOMPARE(asked, QStringList{u"overfitting"_s});
    QCOMPARE(visibleNumbers(filter), (QList<int>{3, 5, 1}));
    // Why it matched is still quoted from the text, where the text says so.
    QCOMPARE(quote(filter, 2), QStringLiteral("Answer: Start with overfitting checks."));
    // A space changes nothing the index reads: it is not asked again.
    filter.setText(u"overfitting "_s);
    QCOMPARE(asked.size(), 1);

    // A saved note is in the index: the index is asked again, and its
    // question joins the list.
    noteSaved = true;
    f.model.setNotes(3, u"overfitting"_s);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(visibleNumbers(filter), (QList<int>{3, 5, 1, 4}));

    // A quote opened reads the same; closed, it makes the prefix a whole
    // word for the index, which is asked again.
    filter.setText(u"\"overfitting"_s);
    QCOMPARE(asked.size(), 2);
    filter.setText(u"\"overfitting\""_s);
    QCOMPARE(asked.mid(2), QStringList{u"\"overfitting\""_s});

    // The index not answering after a note save: every row by the text.
    answers = false;
    f.model.setNotes(3, u"my overfitting note"_s);
    QVERIFY(!filter.usesIndex());
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3, 4}));
    answers = true;

    filter.setText(u"unindexed"_s);
    QVERIFY(!filter.usesIndex());
    QCOMPARE(visibleNumbers(filter), QList<int>{});
    filter.setText(u"overfitting"_s);
    QCOMPARE(visibleNumbers(filter), (QList<int>{3, 5, 1, 4}));
    filter.setIndexLookup({});
    QVERIFY(!filter.usesIndex());
    QCOMPARE(visibleNumbers(filter), (QList<int>{2, 1, 3, 4}));
}

QTEST_GUILESS_MAIN(QuestionModelsTest)
#include "tst_question_models.moc"
