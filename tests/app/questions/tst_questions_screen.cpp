// The question browser driven like a user would: keys, typing, waiting for
// the autosave, and reopening the database to find what was typed.
#include "QuestionsScreenFixture.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/QuestionNoteRepository.h"
#include "ui/EmphasisedText.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/stories/LinkedStoriesList.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace ip;

namespace {

using ScreenFixture = test::QuestionsScreenFixture;
using test::TypicalGuide;

QString storedNote(const QString& dataDir, const QString& questionKey)
{
    StudyContext context(dataDir, TypicalGuide);
    if (!context.data())
        return QStringLiteral("<no database>");
    const auto text =
        context.data()->notes().markdown(QuestionRef{context.guide().key, questionKey});
    return text.ok() ? text.value() : QStringLiteral("<error>");
}

int currentNumber(const QuestionsScreen& screen)
{
    return screen.questionList()->currentIndex().data(QuestionListModel::NumberRole).toInt();
}

} // namespace

class QuestionsScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // Every test starts from an empty data folder.
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }
    void firstQuestionIsSelectedWithItsAnswerHidden();
    void spaceRevealsAndMovingHidesAgain();
    void practiceStateFilterFollowsTheGrades();
    void spaceInTheFilterTypesASpace();
    void spaceOnAButtonPressesTheButton();
    void spaceOnTheAnswerHidesIt();
    void bookmarkedOnlyFromTheKeyboard();
    void escapeClearsTheFilter();
    void filterAsYouTypeAndArrowKeysFromTheFilter();
    void categoryAndBookmarkFilters();
    void noteIsSavedAfterAPauseAndFoundAfterReopening();
    void switchingQuestionSavesAtOnce();
    void bookmarkSurvivesANoteSave();
    void undoWorksInTheEditor();
    void previewRendersTheNote();
    void filterFindsNotesAndFollowsTheirEdits();
    void filterLooksWordsUpInTheSearchIndex();
    void noMatchShowsAPlainEmptyStateAndDisablesQuestionCommands();

private:
    QString dataDir() const { return m_temp->path(); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void QuestionsScreenTest::firstQuestionIsSelectedWithItsAnswerHidden()
{
    ScreenFixture f(dataDir());
    QCOMPARE(currentNumber(*f.screen), 1);
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
    QVERIFY(!f.screen->questionView()->answerBrowser()->isVisible());
}

void QuestionsScreenTest::practiceStateFilterFollowsTheGrades()
{
    {
        // Question 2 graded Again a week ago: due, and weak after its lapse.
        StudyContext context(dataDir(), TypicalGuide);
        PracticeService& practice = context.data()->practice();
        const QuestionRef second{context.guide().key, context.guide().questions.at(1).key};
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
        IP_VERIFY_OK(practice.record(second, ReviewGrade::Good, 10, weekAgo.addDays(-3)));
        IP_VERIFY_OK(practice.record(second, ReviewGrade::Again, 10, weekAgo));
    }
    ScreenFixture f(dataDir());
    QComboBox* standing = f.screen->standingFilter();
    QListView* list = f.screen->questionList();
    const auto choose = [&](const QString& name) {
        standing->setCurrentIndex(standing->findText(name));
        return list->model()->rowCount();
    };
    QCOMPARE(choose(QStringLiteral("Due")), 1);
    QCOMPARE(currentNumber(*f.screen), 2);
    QCOMPARE(list->currentIndex().data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Technical, due, weak"));
    QCOMPARE(choose(QStringLiteral("Weak")), 1);
    QCOMPARE(choose(QStringLiteral("New")), 4);
    QCOMPARE(choose(QStringLiteral("Confident")), 0);
    QCOMPARE(f.screen->questionView()->emptyStateText(),
             QStringLiteral("Only questions you have remembered for three weeks or more are "
                            "shown."));

    // A grade given elsewhere (Practice, the command line) shows when the
    // screen is shown again.
    choose(QStringLiteral("New"));
    const QuestionRef first{f.context->guide().key, f.context->guide().questions.at(0).key};
    IP_VERIFY_OK(f.context->data()->practice().record(first, ReviewGrade::Good, 5));
    f.screen->hide();
    f.screen->show();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    QTest::mouseClick(f.screen->questionView()->clearFilterButton(), Qt::LeftButton);
}

void QuestionsScreenTest::spaceRevealsAndMovingHidesAgain()
{
    ScreenFixture f(dataDir());
    QListView* list = f.screen->questionList();
    list->setFocus();
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QTextBrowser* answer = f.screen->questionView()->answerBrowser();
    QVERIFY(answer->isVisible());
    const QString text = answer->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Example Scenario")));
    QVERIFY(text.contains(QStringLiteral("Type 2 adds a row per version")));

    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(currentNumber(*f.screen), 2);
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
    QVERIFY(!answer->isVisible());

    // The button does the same as Space.
    QTest::mouseClick(f.screen->questionView()->revealButton(), Qt::LeftButton);
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QVERIFY(answer->toPlainText().contains(QStringLiteral("partition")));
}

void QuestionsScreenTest::spaceInTheFilterTypesASpace()
{
    ScreenFixture f(dataDir());
    f.screen->focusFilter();
    QVERIFY(f.screen->filterField()->hasFocus());
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("slowly changing"));
    QCOMPARE(f.screen->filterField()->text(), QStringLiteral("slowly changing"));
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
}

void QuestionsScreenTest::spaceOnAButtonPressesTheButton()
{
    ScreenFixture f(dataDir());
    QToolButton* bookmarked = f.screen->bookmarkedOnlyButton();
    bookmarked->setFocus();
    QTRY_VERIFY(bookmarked->hasFocus());
    QTest::keyClick(bookmarked, Qt::Key_Space);
    QVERIFY(bookmarked->isChecked());
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
    QTest::keyClick(bookmarked, Qt::Key_Space);
    QVERIFY(!bookmarked->isChecked());
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
    // Nor does Space on the category choice reveal the answer.
    f.screen->categoryFilter()->setFocus();
    QTest::keyClick(f.screen->categoryFilter(), Qt::Key_Space);
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
}

void QuestionsScreenTest::spaceOnTheAnswerHidesIt()
{
    ScreenFixture f(dataDir());
    QListView* list = f.screen->questionList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QTextBrowser* answer = f.screen->questionView()->answerBrowser();
    answer->setFocus();
    QTRY_VERIFY(answer->hasFocus());
    QTest::keyClick(answer, Qt::Key_Space);
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
}

void QuestionsScreenTest::bookmarkedOnlyFromTheKeyboard()
{
    ScreenFixture f(dataDir());
    QListView* list = f.screen->questionList();
    f.screen->selectQuestion(f.context->guide().questions.at(3).key);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(f.screen->commands().contains(f.screen->bookmarkedOnlyAction()));
    QVERIFY(!f.screen->bookmarkedOnlyAction()->shortcut().isEmpty());
    QTest::keyClick(list, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(f.screen->bookmarkedOnlyButton()->isChecked());
    QVERIFY(f.screen->bookmarkedOnlyAction()->isChecked());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(currentNumber(*f.screen), 4);
    QTest::keyClick(list, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!f.screen->bookmarkedOnlyButton()->isChecked());
    QCOMPARE(list->model()->rowCount(), 5);
}

void QuestionsScreenTest::escapeClearsTheFilter()
{
    ScreenFixture f(dataDir());
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("idempotent"));
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 1);
    QTest::keyClick(f.screen->filterField(), Qt::Key_Escape);
    QCOMPARE(f.screen->filterField()->text(), QString());
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 5);
    QVERIFY(f.screen->filterField()->hasFocus());

    // Ctrl+E from the field goes to the note of the question found, as it
    // does from the list; it is not the field's "end of line".
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("idempotent"));
    QTest::keyClick(f.screen->filterField(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(f.screen->notesEditor()->editor()->hasFocus());
    QCOMPARE(f.screen->filterField()->text(), QStringLiteral("idempotent"));
}

void QuestionsScreenTest::filterAsYouTypeAndArrowKeysFromTheFilter()
{
    ScreenFixture f(dataDir());
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("idempotent"));
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 1);
    QCOMPARE(currentNumber(*f.screen), 2);

    f.screen->filterField()->clear();
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 5);
    f.screen->questionList()->setCurrentIndex(f.screen->questionList()->model()->index(0, 0));
    f.screen->focusFilter();
    QTest::keyClick(f.screen->filterField(), Qt::Key_Down);
    QTest::keyClick(f.screen->filterField(), Qt::Key_Down);
    QCOMPARE(currentNumber(*f.screen), 3);
    QVERIFY(f.screen->filterField()->hasFocus());
    QTest::keyClick(f.screen->filterField(), Qt::Key_Up);
    QCOMPARE(currentNumber(*f.screen), 2);

    QTest::keyClicks(f.screen->filterField(), QStringLiteral("kubernetes"));
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 0);
    QVERIFY(!f.screen->questionView()->revealButton()->isEnabled());
}

void QuestionsScreenTest::categoryAndBookmarkFilters()
{
    ScreenFixture f(dataDir());
    QComboBox* category = f.screen->categoryFilter();
    category->setCurrentIndex(category->findText(QStringLiteral("Behavioral")));
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 1);
    QCOMPARE(currentNumber(*f.screen), 3);

    category->setCurrentIndex(0);
    f.screen->selectQuestion(f.context->guide().questions.at(4).key);
    f.screen->questionList()->setFocus();
    QTest::keyClick(f.screen->questionList(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(
        f.screen->questionList()->currentIndex().data(QuestionListModel::BookmarkedRole).toBool());
    f.screen->bookmarkedOnlyButton()->click();
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 1);
    QCOMPARE(currentNumber(*f.screen), 5);
}

void QuestionsScreenTest::noteIsSavedAfterAPauseAndFoundAfterReopening()
{
    QString key;
    {
        ScreenFixture f(dataDir());
        key = f.screen->currentQuestionKey();
        QTest::keyClick(f.screen->questionList(), Qt::Key_E, Qt::ControlModifier);
        QPlainTextEdit* editor = f.screen->notesEditor()->editor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Type 2 keeps history."));
        QCOMPARE(f.screen->notesEditor()->wordCount(), 4);
        // Saved on its own after the pause, without leaving the field.
        QTRY_COMPARE_WITH_TIMEOUT(f.screen->notesEditor()->statusText(), QStringLiteral("Saved"),
                                  NotesEditor::AutosaveDelayMs * 6);
        QVERIFY(editor->hasFocus());
        QVERIFY(f.screen->questionList()
                    ->currentIndex()
                    .data(QuestionListModel::HasNotesRole)
                    .toBool());
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("Type 2 keeps history."));
}

void QuestionsScreenTest::switchingQuestionSavesAtOnce()
{
    QString key;
    {
        ScreenFixture f(dataDir());
        key = f.screen->currentQuestionKey();
        QPlainTextEdit* editor = f.screen->notesEditor()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("draft"));
        // Straight to the next question, well within the autosave pause.
        f.screen->selectQuestion(f.context->guide().questions.at(1).key);
        QCOMPARE(editor->toPlainText(), QString());
        f.screen->selectQuestion(key);
        QCOMPARE(editor->toPlainText(), QStringLiteral("draft"));
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("draft"));
}

void QuestionsScreenTest::bookmarkSurvivesANoteSave()
{
    QString key;
    {
        ScreenFixture f(dataDir());
        f.screen->selectQuestion(f.context->guide().questions.at(3).key);
        key = f.screen->currentQuestionKey();
        QPlainTextEdit* editor = f.screen->notesEditor()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("before"));
        QTest::keyClick(editor, Qt::Key_D, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral(" after"));
        f.screen->commitPendingEdits();
    }
    StudyContext context(dataDir(), TypicalGuide);
    const auto notes = context.data()->notes().forGuide(context.guide().key);
    QVERIFY(notes.ok() && notes->contains(key));
    QCOMPARE(notes->value(key).markdown, QStringLiteral("before after"));
    QVERIFY(notes->value(key).bookmarked);
}

void QuestionsScreenTest::undoWorksInTheEditor()
{
    ScreenFixture f(dataDir());
    f.screen->selectQuestion(f.context->guide().questions.at(2).key);
    QPlainTextEdit* editor = f.screen->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("one"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), QString());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->toPlainText(), QStringLiteral("one"));
}

void QuestionsScreenTest::previewRendersTheNote()
{
    ScreenFixture f(dataDir());
    QPlainTextEdit* editor = f.screen->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("**bold** point"));
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.screen->notesEditor()->isPreviewVisible());
    QTest::keyClick(f.screen->questionList(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!f.screen->notesEditor()->isPreviewVisible());
    QTRY_VERIFY(editor->hasFocus());
}

void QuestionsScreenTest::filterFindsNotesAndFollowsTheirEdits()
{
    ScreenFixture f(dataDir());
    QListView* list = f.screen->questionList();
    f.screen->selectQuestion(f.context->guide().questions.at(3).key);
    QPlainTextEdit* editor = f.screen->notesEditor()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Mention the Kubernetes rollout"));
    QTRY_COMPARE_WITH_TIMEOUT(f.screen->notesEditor()->statusText(), QStringLiteral("Saved"),
                              NotesEditor::AutosaveDelayMs * 6);

    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("kubernetes"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(currentNumber(*f.screen), 4);
    const auto why = [list] {
        return list->model()
            ->index(0, 0)
            .data(QuestionFilterModel::MatchQuoteRole)
            .value<EmphasisedText>();
    };
    QCOMPARE(why().text, QStringLiteral("Your notes: Mention the Kubernetes rollout"));
    QCOMPARE(why().emphasisedWords(), QStringList{QStringLiteral("Kubernetes")});

    // Edited while the filter is on: the quote follows once the note is saved.
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" with a canary"));
    QTRY_COMPARE_WITH_TIMEOUT(why().text,
                              QStringLiteral("Your notes: Mention the Kubernetes rollout with a "
                                             "canary"),
                              NotesEditor::AutosaveDelayMs * 6);
    // A second word from the notes narrows to it too.
    f.screen->filterField()->setText(QStringLiteral("canary kubernetes"));
    QCOMPARE(list->model()->rowCount(), 1);
    f.screen->filterField()->setText(QStringLiteral("canary partition"));
    QCOMPARE(list->model()->rowCount(), 0);
}

// The filter asks the search index, as Ctrl+K does: words are found by
// their start, and a word left out in a note leaves its question out.
void QuestionsScreenTest::filterLooksWordsUpInTheSearchIndex()
{
    ScreenFixture f(dataDir());
    QListView* list = f.screen->questionList();
    const auto* filter = qobject_cast<const QuestionFilterModel*>(list->model());
    QVERIFY(filter);
    // A guide opened for the first time is stored, and indexed, once the
    // database has passed the check deferred past the first paint; until
    // then the filter reads the guide's text itself.
    f.screen->filterField()->setText(QStringLiteral("kube"));
    QVERIFY(!filter->usesIndex());
    f.screen->filterField()->clear();
    f.context->data()->markChecked();
    const int all = list->model()->rowCount();
    f.screen->selectQuestion(f.context->guide().questions.at(3).key);
    QPlainTextEdit* editor = f.screen->notesEditor()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("Rehearse with a xylophone"));
    QTRY_COMPARE_WITH_TIMEOUT(f.screen->notesEditor()->statusText(), QStringLiteral("Saved"),
                              NotesEditor::AutosaveDelayMs * 6);

    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("xylo"));
    QVERIFY(filter->usesIndex());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(QuestionListModel::NumberRole).toInt(), 4);
    // A piece from inside a word is not a word's start.
    f.screen->filterField()->setText(QStringLiteral("ylophone"));
    QCOMPARE(list->model()->rowCount(), 0);
    f.screen->filterField()->setText(QStringLiteral("-xylophone"));
    QVERIFY(filter->usesIndex());
    QCOMPARE(list->model()->rowCount(), all - 1);
    for (int row = 0; row < list->model()->rowCount(); ++row)
        QVERIFY(list->model()->index(row, 0).data(QuestionListModel::NumberRole).toInt() != 4);
}

void QuestionsScreenTest::noMatchShowsAPlainEmptyStateAndDisablesQuestionCommands()
{
    ScreenFixture f(dataDir());
    QuestionView* view = f.screen->questionView();
    QVERIFY(!view->isShowingEmptyState());
    // Every command shown in the menu (Delete Orphaned Note only shows with
    // the orphaned notes).
    for (QAction* action : f.screen->commands()) {
        if (action->isVisible())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }

    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("xyzzy"));
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 0);
    QVERIFY(view->isShowingEmptyState());
    QCOMPARE(view->emptyStateText(), QStringLiteral("No question matches “xyzzy”."));
    // No hint about an answer that is not there, nothing to reveal.
    QVERIFY(!view->revealButton()->isVisible());
    QVERIFY(!view->answerBrowser()->isVisible());
    QVERIFY(view->clearFilterButton()->isVisible());
    for (QAction* action : f.screen->commands()) {
        if (action != f.screen->bookmarkedOnlyAction())
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(f.screen->bookmarkedOnlyAction()->isEnabled());
    auto* answerWithStory = f.screen->linkedStories()->findChild<QToolButton*>();
    QVERIFY(answerWithStory && !answerWithStory->isEnabled());
    // Space in the list does nothing now; Ctrl+Shift+S opens no dialog.
    QTest::keyClick(f.screen->questionList(), Qt::Key_Space);
    QVERIFY(!view->isAnswerRevealed());

    // Other filters set are named; the button clears them all.
    f.screen->bookmarkedOnlyButton()->click();
    QCOMPARE(view->emptyStateText(),
             QStringLiteral("No question matches “xyzzy”.\nOnly bookmarked questions are shown."));
    QTest::mouseClick(view->clearFilterButton(), Qt::LeftButton);
    QCOMPARE(f.screen->filterField()->text(), QString());
    QVERIFY(!f.screen->bookmarkedOnlyButton()->isChecked());
    QCOMPARE(f.screen->questionList()->model()->rowCount(), 5);
    QVERIFY(!view->isShowingEmptyState());
    QVERIFY(view->revealButton()->isVisible());
    QTRY_VERIFY(f.screen->questionList()->hasFocus());
    for (QAction* action : f.screen->commands()) {
        if (action->isVisible())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    }

    // Escape in the field clears it too.
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("xyzzy"));
    QVERIFY(view->isShowingEmptyState());
    QTest::keyClick(f.screen->filterField(), Qt::Key_Escape);
    QVERIFY(!view->isShowingEmptyState());
}

QTEST_MAIN(QuestionsScreenTest)
#include "tst_questions_screen.moc"
