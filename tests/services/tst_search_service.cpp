// Search over everything: the library's questions and requirements and the
// candidate's notes, evidence and stories, found as typed, best first, and
// kept in step with the data in the same transaction.
#include "DirectSql.h"
#include "VerifyOk.h"
#include "model/RequirementProgress.h"
#include "model/StarStory.h"
#include "services/BackupService.h"
#include "services/GuideLibrary.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/SearchService.h"
#include "services/StoryService.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/SearchIndex.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

const QByteArray PlatformGuide =
    "---\nterm: Platform Engineer\n---\n\n"
    "## Overview of Requirements and Recommendations\n\n"
    "### Certifications\n\n"
    "- **Required**: One of these:\n"
    "  - **Certified Kubernetes Administrator (CKA)**: proves cluster skills.\n\n"
    "## Interview Questions and Answers\n\n"
    "### Technical Questions\n\n"
    "#### Question 1: How does a rolling update work in Kubernetes?\n\n"
    "**Answer**: The Deployment replaces pods **gradually**, keeping the service up.\n\n"
    "#### Question 2: When would you choose a canary release?\n\n"
    "**Answer**: When a deployment should reach a few users first; see "
    "[the guide](https://example.invalid/canary-long-path).\n\n"
    "### Behavioral Questions\n\n"
    "#### Question 3: Tell me about a naïve estimate you made.\n\n"
    "**Answer**: Own the résumé line, explain the update to the plan.\n";

const QByteArray DataGuide = "---\nterm: Data Scientist\n---\n\n"
                             "## Interview Questions and Answers\n\n"
                             "### Statistics Questions\n\n"
                             "#### Question 1: Explain a rolling window average.\n\n"
                             "**Answer**: A mean over the last n values.\n";

QStringList titlesOf(const QList<SearchHit>& hits)
{
    QStringList titles;
    for (const SearchHit& hit : hits)
        titles << hit.title;
    return titles;
}

QStringList kindsOf(const QList<SearchHit>& hits)
{
    static const QStringList names{u"question"_s, u"requirement"_s, u"note"_s, u"evidence"_s,
                                   u"story"_s};
    QStringList kinds;
    for (const SearchHit& hit : hits)
        kinds << names.at(static_cast<int>(hit.kind));
    return kinds;
}

QString marked(const QString& text, const QList<TextSpan>& spans)
{
    QString result = text;
    for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
        result.insert(span->start + span->length, u']');
        result.insert(span->start, u'[');
    }
    return result;
}

} // namespace

class SearchServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsQuestionsAsTyped_data();
    void findsQuestionsAsTyped();
    void titleWordsRankFirst();
    void broadQueriesRankTitlesThenShowTheNewest();
    void hitsNameTheGuideAndMarkTheMatch();
    void notesAreFoundByTheirQuestion();
    void storiesAndEvidenceAreFound();
    void editedGuideReplacesItsQuestions();
    void removedGuideKeepsTheCandidatesWords();
    void rolledBackWritesLeaveTheIndexAsItWas();
    void guidesStoredWithoutIndexAreIndexedOnFirstSearch();
    void indexSurvivesABackupRestore();
    void integrityCheckFindsAStrayEntry();
    void questionFilterUsesTheIndex_data();
    void questionFilterUsesTheIndex();
    void questionFilterNeedsEveryGuideIndexed();

private:
    // The services as StudyData builds them, over the test's database.
    struct Services {
        explicit Services(Database& database)
            : library(database), noteRepository(database), storyRepository(database),
              progressRepository(database), notes(noteRepository), stories(storyRepository),
              progress(progressRepository), search(database)
        {
        }
        GuideLibrary guides() { return GuideLibrary(&library); }

        LibraryRepository library;
        QuestionNoteRepository noteRepository;
        StoryRepository storyRepository;
        RequirementProgressRepository progressRepository;
        QuestionNotes notes;
        StoryService stories;
        RequirementProgressService progress;
        SearchService search;
    };

    SearchService& search() { return m_data->search; }
    QString databaseFile() const
    {
        return m_dir->filePath(QString::fromLatin1(Database::FileName));
    }
    void openData();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Services> m_data;
    Guide m_platform;
};

void SearchServiceTest::openData()
{
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened.value());
    m_data = std::make_unique<Services>(*m_database);
}

void SearchServiceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openData();
    m_platform = m_data->guides().open(PlatformGuide, QStringLiteral("/guides/platform.md"));
    QVERIFY(!m_platform.hasErrors());
    QVERIFY(!m_data->guides().open(DataGuide, QStringLiteral("/guides/data.md")).hasErrors());
}

void SearchServiceTest::cleanup()
{
    if (m_database)
        IP_VERIFY_OK(SearchIndex(*m_database).checkIntegrity());
    m_data.reset();
    m_database.reset();
    m_dir.reset();
}

void SearchServiceTest::findsQuestionsAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("titles");

    const QString rolling = QStringLiteral("How does a rolling update work in Kubernetes?");
    const QString canary = QStringLiteral("When would you choose a canary release?");
    const QString naive = QStringLiteral("Tell me about a naïve estimate you made.");
    const QString window = QStringLiteral("Explain a rolling window average.");
    const QString cka = QStringLiteral("Certified Kubernetes Administrator (CKA)");
    QTest::newRow("a prefix") << "kube" << QStringList{rolling, cka};
    QTest::newRow("case does not matter") << "KUBERNETES" << QStringList{rolling, cka};
    QTest::newRow("every word must be found") << "rolling kube" << QStringList{rolling};
    QTest::newRow("a phrase") << "\"rolling update\"" << QStringList{rolling};
    QTest::newRow("the words of a phrase in another order")
        << "\"update rolling\"" << QStringList{};
    QTest::newRow("leaving a word out") << "rolling -kubernetes" << QStringList{window};
    QTest::newRow("a word left out whole, not as a prefix")
        << "rolling -kube" << QStringList{rolling, window};
    QTest::newRow("diacritics folded in the text") << "naive" << QStringList{naive};
    QTest::newRow("diacritics folded in the query") << "résumé" << QStringList{naive};
    QTest::newRow("diacritics folded both ways") << "resume" << QStringList{naive};
    QTest::newRow("the answer's words") << "gradually" << QStringList{rolling};
    QTest::newRow("a link's target is not text") << "example" << QStringList{};
    QTest::newRow("a category as tag") << "behavioral" << QStringList{naive};
    QTest::newRow("a canary") << "canary" << QStringList{canary};
    QTest::newRow("nothing typed") << "  " << QStringList{};
    QTest::newRow("punctuation only") << "*** (" << QStringList{};
}

void SearchServiceTest::findsQuestionsAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, titles);
    const auto hits = search().search(typed);
    IP_VERIFY_OK(hits);
    QStringList found = titlesOf(*hits);
    found.sort();
    titles.sort();
    QCOMPARE(found, titles);
}

void SearchServiceTest::titleWordsRankFirst()
{
    // "update" is in one prompt and in another question's answer: the
    // prompt's question comes first, and scores are best first.
    const auto hits = search().search(QStringLiteral("update"));
    IP_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).title, QStringLiteral("How does a rolling update work in Kubernetes?"));
    QCOMPARE(hits->at(1).title, QStringLiteral("Tell me about a naïve estimate you made."));
    QVERIFY(hits->at(0).score > hits->at(1).score);
}

// Over a threshold of matches (two here, 5,000 in the app) a query is not
// ranked as a whole: the best of the documents with it in their title come
// first, then the others, newest first, and what is left out stays out.
void SearchServiceTest::broadQueriesRankTitlesThenShowTheNewest()
{
    const Question& canary = m_platform.questions.at(1);
    const Question& naive = m_platform.questions.at(2);
    IP_VERIFY_OK(m_data->notes.saveMarkdown(QuestionRef{m_platform.key, canary.key},
                                            QStringLiteral("Say why the update waits.")));
    IP_VERIFY_OK(m_data->notes.saveMarkdown(QuestionRef{m_platform.key, naive.key},
                                            QStringLiteral("The update I made last.")));
    SearchService broad(*m_database, 2);

    auto hits = broad.search(QStringLiteral("update"));
    IP_VERIFY_OK(hits);
    const QString rolling = m_platform.questions.at(0).prompt;
    QCOMPARE(kindsOf(*hits), (QStringList{u"question"_s, u"note"_s, u"note"_s, u"question"_s}));
    QCOMPARE(titlesOf(*hits), (QStringList{rolling, naive.prompt, canary.prompt, naive.prompt}));
    for (qsizetype i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i).score <= hits->at(i - 1).score);
    QVERIFY(marked(hits->at(1).snippet, hits->at(1).snippetMatches)
                .contains(QStringLiteral("[update]")));

    hits = broad.search(QStringLiteral("update -plan -waits"));
    IP_VERIFY_OK(hits);
    QCOMPARE(titlesOf(*hits), (QStringList{rolling, naive.prompt}));
    QCOMPARE(kindsOf(*hits), (QStringList{u"question"_s, u"note"_s}));

    // Fewer hits wanted than titles hold: the best of those alone.
    hits = broad.search(QStringLiteral("update"), 1);
    IP_VERIFY_OK(hits);
    QCOMPARE(titlesOf(*hits), QStringList{rolling});

    // The same query below the threshold is ranked whole.
    hits = search().search(QStringLiteral("update"));
    IP_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 4);
    QCOMPARE(hits->first().title, rolling);
}

void SearchServiceTest::hitsNameTheGuideAndMarkTheMatch()
{
    const auto hits = search().search(QStringLiteral("window"));
    IP_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    const SearchHit& hit = hits->first();
    QCOMPARE(kindsOf(*hits), QStringList{u"question"_s});
    QCOMPARE(hit.guideKey, QStringLiteral("data-scientist"));
    QCOMPARE(hit.guideTitle, QStringLiteral("Data Scientist"));
    QCOMPARE(marked(hit.title, hit.titleMatches),
             QStringLiteral("Explain a rolling [window] average."));

    const auto answer = search().search(QStringLiteral("gradual"));
    IP_VERIFY_OK(answer);
    QCOMPARE(answer->size(), 1);
    // Markdown's ** is not in the snippet; the prefix marks the whole word.
    QVERIFY2(marked(answer->first().snippet, answer->first().snippetMatches)
                 .contains(QStringLiteral("replaces pods [gradually], keeping")),
             qPrintable(answer->first().snippet));
    QVERIFY(answer->first().titleMatches.isEmpty());
}

void SearchServiceTest::notesAreFoundByTheirQuestion()
{
    const Question& canary = m_platform.questions.at(1);
    const QuestionRef ref{m_platform.key, canary.key};
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("Mention *Argo Rollouts*.")));
    auto hits = search().search(QStringLiteral("argo"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"note"_s});
    QCOMPARE(hits->first().itemKey, canary.key);
    QCOMPARE(hits->first().title, canary.prompt);
    QVERIFY(marked(hits->first().snippet, hits->first().snippetMatches)
                .contains(QStringLiteral("[Argo]")));

    // The note's old words go with the edit; a bookmark alone is no hit.
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("Mention Flagger.")));
    hits = search().search(QStringLiteral("argo"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    IP_VERIFY_OK(m_data->notes.setBookmarked(ref, true));
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QString()));
    hits = search().search(QStringLiteral("flagger"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
}

void SearchServiceTest::storiesAndEvidenceAreFound()
{
    StarStory story;
    story.title = QStringLiteral("Migrating the billing cluster");
    story.situation = QStringLiteral("An outage every Friday.");
    story.tags = {QStringLiteral("leadership"), QStringLiteral("kubernetes-migration")};
    auto saved = m_data->stories.save(story);
    IP_VERIFY_OK(saved);
    QCOMPARE(saved->tags.size(), 2);

    auto hits = search().search(QStringLiteral("leadership"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"story"_s});
    QCOMPARE(hits->first().itemKey, saved->id);
    QCOMPARE(hits->first().guideKey, QString());
    hits = search().search(QStringLiteral("friday billing"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"story"_s});

    StarStory retitled = *saved;
    retitled.title = QStringLiteral("Moving payments");
    retitled.tags = {QStringLiteral("ownership")};
    IP_VERIFY_OK(m_data->stories.save(retitled));
    hits = search().search(QStringLiteral("billing"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    hits = search().search(QStringLiteral("leadership"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    hits = search().search(QStringLiteral("ownership payments"));
    IP_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);

    IP_VERIFY_OK(m_data->stories.remove(saved->id));
    hits = search().search(QStringLiteral("payments"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());

    QCOMPARE(m_platform.requirementCount(), 1);
    const Requirement& cka = m_platform.requirementGroups.first().items.first();
    RequirementProgress progress;
    progress.guideKey = m_platform.key;
    progress.requirementKey = cka.key;
    progress.status = RequirementStatus::InProgress;
    progress.evidence = QStringLiteral("Booked the exam with the Linux Foundation.");
    IP_VERIFY_OK(m_data->progress.save(progress));
    hits = search().search(QStringLiteral("foundation"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"evidence"_s});
    QCOMPARE(hits->first().title, cka.title);
    hits = search().search(QStringLiteral("administrator cluster"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"requirement"_s});
}

void SearchServiceTest::editedGuideReplacesItsQuestions()
{
    QByteArray edited = PlatformGuide;
    edited.replace("canary release", "blue-green switch");
    QVERIFY(!m_data->guides().open(edited, QStringLiteral("/guides/platform.md")).hasErrors());
    auto hits = search().search(QStringLiteral("release"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    hits = search().search(QStringLiteral("\"blue green\""));
    IP_VERIFY_OK(hits);
    QCOMPARE(titlesOf(*hits), QStringList{u"When would you choose a blue-green switch?"_s});
}

void SearchServiceTest::removedGuideKeepsTheCandidatesWords()
{
    const QuestionRef ref{m_platform.key, m_platform.questions.first().key};
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("Surge and unavailable.")));
    LibraryRepository library(*m_database);
    IP_VERIFY_OK(library.remove(m_platform.key));

    auto hits = search().search(QStringLiteral("kubernetes"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    hits = search().search(QStringLiteral("surge"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"note"_s});
    // Its question and guide are gone from the library: the keys name them.
    QCOMPARE(hits->first().title, ref.questionKey);
    QCOMPARE(hits->first().itemKey, ref.questionKey);
    QCOMPARE(hits->first().guideTitle, ref.guideKey);
}

void SearchServiceTest::rolledBackWritesLeaveTheIndexAsItWas()
{
    Database& database = *m_database;
    const QuestionRef ref{m_platform.key, m_platform.questions.first().key};
    {
        auto transaction = Transaction::begin(database, QStringLiteral("test"));
        IP_VERIFY_OK(transaction);
        IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("Ephemeral words.")));
        IP_VERIFY_OK(SearchIndex(database).removeGuide(m_platform.key));
        // Dropped without commit: as if the process had died here.
    }
    auto hits = search().search(QStringLiteral("ephemeral"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    hits = search().search(QStringLiteral("kubernetes"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), (QStringList{u"requirement"_s, u"question"_s}));
}

void SearchServiceTest::guidesStoredWithoutIndexAreIndexedOnFirstSearch()
{
    // As a database from before search holds it: the snapshot, no documents.
    {
        DirectSql sql(databaseFile());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM search_document WHERE kind = 'question'")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM search_indexed_guide")));
    }
    m_data.reset();
    m_database.reset();
    openData();
    auto hits = search().search(QStringLiteral("rolling"));
    IP_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    // Done once: the next search finds them indexed.
    auto again = search().indexLibrary();
    IP_VERIFY_OK(again);
    QCOMPARE(*again, 0);
}

void SearchServiceTest::indexSurvivesABackupRestore()
{
    const QuestionRef ref{m_platform.key, m_platform.questions.first().key};
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("Before the backup.")));
    const auto backup = m_database->backup(QStringLiteral("manual"));
    IP_VERIFY_OK(backup);
    IP_VERIFY_OK(m_data->notes.saveMarkdown(ref, QStringLiteral("After the backup.")));
    IP_VERIFY_OK(SearchIndex(*m_database).checkIntegrity());
    m_data.reset();
    m_database.reset();

    // VACUUM INTO may renumber rowids: the index must still match its
    // documents in the restored file.
    IP_VERIFY_OK(BackupService(m_dir->path()).restore(*backup));
    openData();
    auto hits = search().search(QStringLiteral("before"));
    IP_VERIFY_OK(hits);
    QCOMPARE(kindsOf(*hits), QStringList{u"note"_s});
    hits = search().search(QStringLiteral("after"));
    IP_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
}

void SearchServiceTest::integrityCheckFindsAStrayEntry()
{
    {
        DirectSql sql(databaseFile());
        QVERIFY(sql.exec(QStringLiteral(
            "INSERT INTO search_fts (rowid, title, body, tags) VALUES (999999, 'stray', '', '')")));
    }
    const auto checked = SearchIndex(*m_database).checkIntegrity();
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind, ErrorKind::Corrupt);
    // Put right for cleanup's check, from a connection of its own: SQLite
    // 3.40's FTS5 keeps the failed check's read open until the connection
    // closes.
    m_data.reset();
    m_database.reset();
    {
        DirectSql sql(databaseFile());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")));
    }
    openData();
}

// The question browser's filter asks the index which of a guide's questions
// keep what is typed, and where: the prompt, the rest of the question's
// text, or the candidate's note on it. A word left out leaves the question
// out wherever it is, note included; the category is not text.
void SearchServiceTest::questionFilterUsesTheIndex_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("guides");
    // "n: place" for each question kept (its number in the platform guide,
    // or "data" for the data guide's); "n" alone: kept, found nowhere (only
    // words left out were typed).
    QTest::addColumn<QStringList>("kept");

    const QStringList platform = {u"platform-engineer"_s};
    const QStringList both = {u"platform-engineer"_s, u"data-scientist"_s};
    QTest::newRow("a prefix in a prompt") << "kube" << platform << QStringList{u"1: prompt"_s};
    QTest::newRow("in the answer") << "gradually" << platform << QStringList{u"1: text"_s};
    QTest::newRow("prompt beats text")
        << "update" << platform << QStringList{u"1: prompt"_s, u"3: text"_s};
    QTest::newRow("in the note") << "postmortem" << platform << QStringList{u"2: notes"_s};
    QTest::newRow("the note's word and the question's word are not one text")
        << "postmortem canary" << platform << QStringList{};
    QTest::newRow("a phrase") << "\"rolling update\"" << platform << QStringList{u"1: prompt"_s};
    QTest::newRow("diacritics folded, a word in the prompt and one in the answer")
        << "naive resume" << platform << QStringList{u"3: text"_s};
    QTest::newRow("a word left out in a note leaves its question out")
        << "-postmortem" << platform << QStringList{u"1"_s, u"3"_s};
    QTest::newRow("left out whole, not as a prefix")
        << "update -upd" << platform << QStringList{u"1: prompt"_s, u"3: text"_s};
    QTest::newRow("only the guides asked for")
        << "rolling" << platform << QStringList{u"1: prompt"_s};
    QTest::newRow("All guides") << "rolling" << both
                                << QStringList{u"1: prompt"_s, u"data: prompt"_s};
    QTest::newRow("the category is not text") << "behavioral" << platform << QStringList{};
    QTest::newRow("a part's label is not text") << "answer" << platform << QStringList{};
}

void SearchServiceTest::questionFilterUsesTheIndex()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, guides);
    QFETCH(QStringList, kept);
    const Question& canary = m_platform.questions.at(1);
    IP_VERIFY_OK(m_data->notes.saveMarkdown(QuestionRef{m_platform.key, canary.key},
                                            QStringLiteral("Write the *postmortem* first.")));

    const auto matches = search().filterQuestions(typed, guides);
    IP_VERIFY_OK(matches);
    QVERIFY(matches->has_value());
    const QuestionMatches& answer = **matches;
    const QStringList places = {u"prompt"_s, u"text"_s, u"notes"_s};
    QStringList found;
    const auto name = [this](const QString& key) {
        for (const Question& question : m_platform.questions) {
            if (question.key == key)
                return QString::number(question.number);
        }
        return QStringLiteral("data");
    };
    if (answer.wantsWords) {
        for (auto it = answer.found.cbegin(); it != answer.found.cend(); ++it) {
            if (answer.keeps(it.key()))
                found << name(it.key()) + u": "_s + places.at(int(it.value()));
        }
    } else {
        for (const Question& question : m_platform.questions) {
            if (answer.keeps(question.key))
                found << QString::number(question.number);
        }
    }
    found.sort();
    QCOMPARE(found, kept);
}

// A guide the index does not hold as the library stores it is not answered
// from the index: the filter then reads the guide's own text.
void SearchServiceTest::questionFilterNeedsEveryGuideIndexed()
{
    auto matches = search().filterQuestions(u"rolling"_s, {u"platform-engineer"_s, u"nowhere"_s});
    IP_VERIFY_OK(matches);
    QVERIFY(!matches->has_value());

    // Stored again from another file without its index (as before search
    // existed): the service indexes the library before its first answer.
    IP_VERIFY_OK(SearchIndex(*m_database).removeGuide(m_platform.key));
    SearchService fresh(*m_database);
    matches = fresh.filterQuestions(u"rolling"_s, {m_platform.key});
    IP_VERIFY_OK(matches);
    QVERIFY(matches->has_value());
    QVERIFY((*matches)->keeps(m_platform.questions.at(0).key));
}

QTEST_GUILESS_MAIN(SearchServiceTest)
#include "tst_search_service.moc"
