// Search everything (Ctrl+K): the results model under
// QAbstractItemModelTester, the dialog typed into with QTest, and the whole
// way from a text field in the window to a note in another guide.
#include "RetitledGuide.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/LibraryService.h"
#include "services/QuestionNotes.h"
#include "services/SearchService.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/WindowShortcutKeeper.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/search/SearchDialog.h"
#include "ui/search/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ip;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

// A field that claims every key before shortcuts see it, as QLineEdit and
// QPlainTextEdit claim Ctrl+K where it deletes to the end of the line.
class ClaimingField : public QLineEdit {
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

SearchHit hit(SearchKind kind, const QString& key, double score)
{
    SearchHit h;
    h.kind = kind;
    h.guideKey = QStringLiteral("g");
    h.guideTitle = QStringLiteral("Guide");
    h.itemKey = key;
    h.title = key;
    h.score = score;
    return h;
}

QStringList keysUnder(const SearchResultsModel& model, int group)
{
    QStringList keys;
    const QModelIndex parent = model.index(group, 0);
    for (int row = 0; row < model.rowCount(parent); ++row)
        keys << model.hitAt(model.index(row, 0, parent))->itemKey;
    return keys;
}

} // namespace

class SearchEverythingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelGroupsByKindWithTheBestGroupFirst();
    void modelShowsOneLineWithTheMatchesWhereTheyAre();
    void typingShowsHitsAndEnterChoosesTheCurrentOne();
    void downGoesPastAGroupHeading();
    void escapeClearsThenCloses();
    void withoutDataTheDialogSaysWhy();
    void ctrlKInATextFieldFindsANoteInAnotherGuideAndOpensIt();
    void windowKeepsItsShortcutFromAFieldThatClaimsIt();

private:
    // A copy of typical.md under another title: a second guide.
    QString secondGuide() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void SearchEverythingTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void SearchEverythingTest::cleanup()
{
    m_dir.reset();
}

QString SearchEverythingTest::secondGuide() const
{
    return test::retitledTypicalGuide(m_dir->path(), QStringLiteral("Analytics Engineer"),
                                      QStringLiteral("analytics.md"));
}

void SearchEverythingTest::modelGroupsByKindWithTheBestGroupFirst()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits({hit(SearchKind::Note, QStringLiteral("n1"), 9),
                   hit(SearchKind::Question, QStringLiteral("q1"), 8),
                   hit(SearchKind::Evidence, QStringLiteral("e1"), 7),
                   hit(SearchKind::Question, QStringLiteral("q2"), 6),
                   hit(SearchKind::Story, QStringLiteral("s1"), 5)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.hitCount(), 5);
    // Notes and evidence are both the candidate's notes.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Your notes (2)"));
    QCOMPARE(keysUnder(model, 0), (QStringList{QStringLiteral("n1"), QStringLiteral("e1")}));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Questions (2)"));
    QCOMPARE(keysUnder(model, 1), (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Your stories (1)"));
    // A heading cannot be chosen; a hit can.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.firstHit()) & Qt::ItemIsSelectable);
    QCOMPARE(model.hitAt(model.firstHit())->itemKey, QStringLiteral("n1"));
    QVERIFY(!model.hitAt(model.index(0, 0)));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstHit().isValid());
}

void SearchEverythingTest::modelShowsOneLineWithTheMatchesWhereTheyAre()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchHit note = hit(SearchKind::Note, QStringLiteral("k"), 1);
    note.title = QStringLiteral("How  do you\ndeploy?");
    note.titleMatches = {{12, 6}};
    note.snippet = QStringLiteral("first line\n\n  then the   deploy step");
    note.snippetMatches = {{25, 6}};
    model.setHits({note});
    const QModelIndex index = model.firstHit();
    const auto title = index.data(SearchResultsModel::TitleRole).value<EmphasisedText>();
    QCOMPARE(title.text, QStringLiteral("How do you deploy?"));
    QCOMPARE(title.emphasisedWords(), QStringList{QStringLiteral("deploy")});
    const auto details = index.data(SearchResultsModel::DetailsRole).value<EmphasisedText>();
    QCOMPARE(details.text, QStringLiteral("Guide — first line then the deploy step"));
    QCOMPARE(details.emphasisedWords(), QStringList{QStringLiteral("deploy")});
}

void SearchEverythingTest::typingShowsHitsAndEnterChoosesTheCurrentOne()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    QVERIFY(context.data());
    // As the window does once the deferred check passed: the guide's
    // snapshot goes into the library, and its text into the index.
    context.data()->markChecked();
    SearchDialog dialog(&context.data()->search(), QString());
    QSignalSpy chosen(&dialog, &SearchDialog::hitChosen);
    dialog.present();
    // The keys are typed into the field with the focus, which needs an
    // active window; an exposed one may not be active yet on a busy machine.
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("-word")),
             qPrintable(dialog.statusText()));

    QTest::keyClicks(dialog.queryField(), QStringLiteral("slowly chang"));
    QVERIFY(dialog.results()->hitCount() >= 1);
    const SearchHit* best = dialog.results()->hitAt(dialog.resultView()->currentIndex());
    QVERIFY(best);
    QCOMPARE(best->kind, SearchKind::Question);
    QCOMPARE(best->title, QStringLiteral("What is a slowly changing dimension?"));
    QCOMPARE(best->guideTitle, context.guide().title);
    // The keys stayed in the field.
    QTRY_VERIFY(dialog.queryField()->hasFocus());

    QTest::keyClick(dialog.queryField(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<SearchHit>().itemKey, best->itemKey);
    QVERIFY(!dialog.isVisible());

    dialog.present();
    QTest::keyClicks(dialog.queryField(), QStringLiteral("zeppelin"));
    QCOMPARE(dialog.results()->rowCount(), 0);
    QCOMPARE(dialog.statusText(), QStringLiteral("Nothing matches “zeppelin”."));
    // Nothing to choose: Enter does nothing.
    QTest::keyClick(dialog.queryField(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
}

void SearchEverythingTest::downGoesPastAGroupHeading()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    QVERIFY(context.data());
    // As the window does once the deferred check passed: the guide's
    // snapshot goes into the library, and its text into the index.
    context.data()->markChecked();
    const Question& question = context.guide().questions.first();
    IP_VERIFY_OK(context.data()->notes().saveMarkdown({context.guide().key, question.key},
                                                      QStringLiteral("Kimball wrote on it.")));
    // "dimension" in the note ranks it first; the questions that say it follow.
    IP_VERIFY_OK(context.data()->notes().saveMarkdown(
        {context.guide().key, question.key},
        QStringLiteral("Kimball: a dimension, a dimension, a dimension.")));
    SearchDialog dialog(&context.data()->search(), QString());
    dialog.present();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.queryField(), QStringLiteral("dimension"));
    SearchResultsModel* results = dialog.results();
    QVERIFY(results->rowCount() >= 2);
    const int firstGroupSize = results->rowCount(results->index(0, 0));
    for (int step = 0; step < firstGroupSize; ++step)
        QTest::keyClick(dialog.queryField(), Qt::Key_Down);
    const QModelIndex current = dialog.resultView()->currentIndex();
    QVERIFY(results->hitAt(current));
    QCOMPARE(current.parent().row(), 1);
    QCOMPARE(current.row(), 0);
    QTest::keyClick(dialog.queryField(), Qt::Key_Up);
    QCOMPARE(dialog.resultView()->currentIndex().parent().row(), 0);
}

void SearchEverythingTest::escapeClearsThenCloses()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    SearchDialog dialog(&context.data()->search(), QString());
    dialog.present();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.queryField(), QStringLiteral("sql"));
    QTest::keyClick(dialog.queryField(), Qt::Key_Escape);
    QVERIFY(dialog.queryField()->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QTest::keyClick(dialog.queryField(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void SearchEverythingTest::withoutDataTheDialogSaysWhy()
{
    SearchDialog dialog(nullptr, QStringLiteral("The database is locked."));
    dialog.present();
    QTest::keyClicks(dialog.queryField(), QStringLiteral("sql"));
    QCOMPARE(dialog.results()->rowCount(), 0);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("The database is locked.")),
             qPrintable(dialog.statusText()));
}

void SearchEverythingTest::ctrlKInATextFieldFindsANoteInAnotherGuideAndOpensIt()
{
    const QString analytics = secondGuide();
    QVERIFY(!analytics.isEmpty());
    StudyContext context(m_dir->path(), analytics);
    const QString analyticsKey = context.guide().key;
    const QString questionKey = context.guide().questions.at(1).key;
    IP_VERIFY_OK(context.data()->notes().saveMarkdown(
        {analyticsKey, questionKey}, QStringLiteral("Start with the Zanzibar ferry story.")));

    MainWindow window(context);
    window.resize(1024, 700);
    window.show();
    // Focus is only given within the active window.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The window's deferred check stores the guide it opened in the library.
    const auto libraryHolds = [&](const QString& key) {
        const auto guides = context.data()->library().entries();
        return guides && std::any_of(guides->cbegin(), guides->cend(),
                                     [&](const LibraryGuide& g) { return g.key == key; });
    };
    QTRY_VERIFY(libraryHolds(analyticsKey));
    QVERIFY(window.openGuide(guideFixture("typical.md")));
    QVERIFY(context.guide().key != analyticsKey);

    // Opening may have shown its progress dialog (a slow sanitizer build),
    // and offscreen there is no window manager to give the activation back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // From a line edit, which would take Ctrl+K to delete to the line's end.
    window.showScreen(MainWindow::QuestionsIndex);
    QLineEdit* filter = window.questionsScreen()->filterField();
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window.searchDialog() && window.searchDialog()->isVisible());
    SearchDialog* dialog = window.searchDialog();
    QTRY_VERIFY(dialog->queryField()->hasFocus());

    QTest::keyClicks(dialog->queryField(), QStringLiteral("zanz"));
    QCOMPARE(dialog->results()->hitCount(), 1);
    const SearchHit* found = dialog->results()->hitAt(dialog->resultView()->currentIndex());
    QVERIFY(found);
    QCOMPARE(found->kind, SearchKind::Note);
    QCOMPARE(found->guideKey, analyticsKey);
    QTest::keyClick(dialog->queryField(), Qt::Key_Return);

    // The other guide opens on its question, the matched word selected in
    // the note.
    QTRY_COMPARE(context.guide().key, analyticsKey);
    QTRY_COMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex));
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), questionKey);
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("Zanzibar"));

    // Ctrl+Shift+F opens it again on the last search, ready to type over.
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.searchDialog() && window.searchDialog()->isVisible());
    QCOMPARE(window.searchDialog()->queryField()->text(), QStringLiteral("zanz"));
    QCOMPARE(window.searchDialog()->queryField()->selectedText(), QStringLiteral("zanz"));
    window.searchDialog()->reject();
}

void SearchEverythingTest::windowKeepsItsShortcutFromAFieldThatClaimsIt()
{
    const QKeySequence ctrlK(Qt::CTRL | Qt::Key_K);
    QWidget window;
    auto* field = new ClaimingField(&window);
    auto* action = new QAction(&window);
    action->setShortcut(ctrlK);
    window.addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 0);

    new WindowShortcutKeeper(&window, {ctrlK});
    QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 1);
    // Other keys stay the field's, shortcut or not.
    auto* other = new QAction(&window);
    other->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    window.addAction(other);
    QSignalSpy otherTriggered(other, &QAction::triggered);
    QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(otherTriggered.size(), 0);
    QCOMPARE(triggered.size(), 1);

    // A dialog of the window keeps its fields' keys.
    QDialog dialog(&window);
    auto* dialogField = new ClaimingField(&dialog);
    auto* dialogAction = new QAction(&dialog);
    dialogAction->setShortcut(ctrlK);
    dialog.addAction(dialogAction);
    QSignalSpy dialogTriggered(dialogAction, &QAction::triggered);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialogField->setFocus();
    QTest::keyClick(dialogField, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(dialogTriggered.size(), 0);
}

QTEST_MAIN(SearchEverythingTest)
#include "tst_search_everything.moc"
