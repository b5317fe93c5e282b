// The assembled window: screen switching and shortcuts, what it remembers,
// and how it shows a guide or a database that has problems.
#include "MenuAccelerators.h"
#include "StudyContext.h"
#include "services/MockInterviewPlanner.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/StoryRepository.h"
#include "stories/ModalDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/Screen.h"
#include "ui/library/GuideSwitcher.h"
#include "ui/mock/MockInterviewRunPage.h"
#include "ui/mock/MockInterviewScreen.h"
#include "ui/practice/PracticeScreen.h"
#include "ui/preferences/TextZoom.h"
#include "ui/progress/ProgressScreen.h"
#include "ui/progress/ReviewHeatMap.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementTreeView.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/stories/LinkedStoriesList.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryListModel.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <algorithm>

using namespace ip;

namespace {
QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

QMenu* menuTitled(QMainWindow& window, const QString& title)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (action->text().remove(u'&') == title)
            return action->menu();
    }
    return nullptr;
}
} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shortcutsSwitchScreens();
    void findGoesToTheCurrentScreensFilter();
    void remembersTheLastScreen();
    void onlyTheShownScreenIsMadeBeforeTheFirstPaint();
    void screensMadeLaterLeaveTheKeysWhereTheUserTypes();
    void windowComesUpBeforeTheStudyIsReadThenShowsIt();
    void interviewReopenedBehindTheScreenInUseLeavesTheKeysThere();
    void practiceMenuKeepsItsOrderThroughRebuilds();
    void closedBeforeTheStudyIsReadKeepsTheLastScreen();
    void guideWarningsShowInTheMessageBar();
    void unreadableGuideShowsAnErrorAndStaysUsable();
    void corruptDatabaseIsReportedAndLeftUntouched();
    void quittingSavesANoteStillWaitingForItsPause();
    void f1ListsTheShortcuts();
    void screenMenusStayButActOnlyOnTheirScreen();
    void storyWrittenLinkedFoundAndDeletedFromTheKeyboard();
    void quittingSavesAStoryStillWaitingForItsPause();
    void exportsTheStoriesAsMarkdownAndPdf();
    void openingAnotherGuideKeepsTheStories();
    void includedGuidesOpenFromTheFileMenu();
    void guideSummaryComesBackAfterAPassingMessage();
    void fileWithNothingToStudyKeepsTheOpenGuide();
    void openRecentReopensGuidesAndForgetsOnesThatAreGone();
    void everyMenuItemHasItsOwnAcceleratorLetter();
    void guideSummaryCountsReadRightForOne();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void MainWindowTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    // Each test starts with no remembered window state.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void MainWindowTest::shortcutsSwitchScreens()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex)); // first start
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::RequirementsIndex));
    // The checklist itself, so Space toggles an item; not the filter field
    // that comes first in the page.
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget*>(window.requirementsScreen()->tree()));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex));
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget*>(window.questionsScreen()->questionList()));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::StoriesIndex));
    // The story list, not whichever field happens to come first.
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget*>(window.storiesScreen()->storyList()));
    // Practice: Space shows the answer, 3 grades it Good and the next comes.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::PracticeIndex));
    PracticeScreen* practice = window.practiceScreen();
    const QString first = practice->currentQuestionKey();
    QVERIFY(!first.isEmpty());
    QVERIFY(!practice->gradeButton(ReviewGrade::Good)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(practice->gradeButton(ReviewGrade::Good)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QTRY_VERIFY(practice->currentQuestionKey() != first);
    // Ctrl+Z takes the grade back, though Edit › Undo has the same key: with
    // no text field to undo in, it leaves the key to Practice.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(practice->currentQuestionKey(), first);
    QVERIFY(practice->gradeButton(ReviewGrade::Good)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QTRY_VERIFY(practice->currentQuestionKey() != first);
    // Progress counts the grade given a moment ago.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::ProgressIndex));
    QTRY_VERIFY2(
        window.progressScreen()->findChild<ReviewHeatMap*>()->accessibleDescription().contains(
            QStringLiteral(": 1 on 1 day")),
        qPrintable(window.progressScreen()->findChild<ReviewHeatMap*>()->accessibleDescription()));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::MockInterviewIndex));

    // View's screen items are radio items: exactly the shown screen's is
    // checked, and choosing it again keeps it so.
    QMenu* view = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            view = menu->menu();
    }
    QVERIFY(view);
    QList<QAction*> screens;
    for (QAction* action : view->actions()) {
        if (action->isCheckable())
            screens << action;
    }
    QCOMPARE(screens.size(), 6);
    QVERIFY(screens.first()->actionGroup() && screens.first()->actionGroup()->isExclusive());
    screens.at(MainWindow::StoriesIndex)->trigger();
    QVERIFY(screens.at(MainWindow::StoriesIndex)->isChecked());
    QCOMPARE(window.currentScreen(), int(MainWindow::StoriesIndex));
    screens.at(MainWindow::RequirementsIndex)->trigger();
    QVERIFY(screens.at(MainWindow::RequirementsIndex)->isChecked());
    QVERIFY(!screens.at(MainWindow::StoriesIndex)->isChecked());
    QVERIFY(!screens.at(MainWindow::QuestionsIndex)->isChecked());
}

void MainWindowTest::findGoesToTheCurrentScreensFilter()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.questionsScreen()->filterField()));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.requirementsScreen()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
}

void MainWindowTest::remembersTheLastScreen()
{
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        window.showScreen(MainWindow::RequirementsIndex);
        window.resize(1000, 640);
        window.close();
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QCOMPARE(window.currentScreen(), int(MainWindow::RequirementsIndex));
    QCOMPARE(window.size(), QSize(1000, 640));
}

void MainWindowTest::onlyTheShownScreenIsMadeBeforeTheFirstPaint()
{
    // The candidate left the window on Practice last time.
    QSettings().setValue(QStringLiteral("window/screen"), int(MainWindow::PracticeIndex));
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QList<Screen*> made = window.findChildren<Screen*>();
    QCOMPARE(made.size(), 1);
    QVERIFY(qobject_cast<PracticeScreen*>(made.constFirst()));
    QCOMPARE(window.currentScreen(), int(MainWindow::PracticeIndex));
    // Every screen is in the navigation by name all the same.
    const auto* navigation = window.findChild<QListWidget*>();
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    QCOMPARE(navigation->item(MainWindow::StoriesIndex)->text(), QStringLiteral("Stories"));

    // A screen's menu opened before its screen is made makes it.
    QMenu* question = menuTitled(window, QStringLiteral("Question"));
    QVERIFY(question);
    QVERIFY(question->actions().isEmpty());
    Q_EMIT question->aboutToShow();
    QVERIFY(!question->actions().isEmpty());
    QCOMPARE(window.findChildren<Screen*>().size(), 2);
    QCOMPARE(window.currentScreen(), int(MainWindow::PracticeIndex));

    // The rest follow the first paint, the screen shown staying as it is.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.findChildren<Screen*>().size(), 6);
    QCOMPARE(window.currentScreen(), int(MainWindow::PracticeIndex));
    QCOMPARE(window.findChildren<RequirementsScreen*>().size(), 1);
}

void MainWindowTest::screensMadeLaterLeaveTheKeysWhereTheUserTypes()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QCOMPARE(window.findChildren<Screen*>().size(), 1);
    // Typed into as soon as the window is there; the Stories screen, made
    // after, puts the focus on its list when it is made.
    QLineEdit* filter = window.questionsScreen()->filterField();
    filter->setFocus();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(window.findChildren<Screen*>().size(), 6);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cap"));
    QCOMPARE(filter->text(), QStringLiteral("cap"));
}

void MainWindowTest::windowComesUpBeforeTheStudyIsReadThenShowsIt()
{
    QSettings().setValue(QStringLiteral("window/screen"), int(MainWindow::ProgressIndex));
    StudyContext context(dataDir(), guideFixture("typical.md"), StudyContext::Opening::Later);
    QVERIFY(!context.isOpen());
    QVERIFY(!context.hasStorage());
    QVERIFY(!QFile::exists(dataDir() + QStringLiteral("/interview-prep.sqlite")));
    MainWindow window(context);
    QVERIFY(window.findChildren<Screen*>().isEmpty());
    auto* navigation = window.findChild<QListWidget*>();
    QCOMPARE(navigation->count(), 6);
    // The screen it will open on is marked from the start (an unmarked list
    // would mark its first row when it gets the focus, as if chosen).
    QCOMPARE(navigation->currentRow(), int(MainWindow::ProgressIndex));
    // No screen is made from a study not yet read.
    navigation->setCurrentRow(MainWindow::PracticeIndex);
    QVERIFY(window.findChildren<Screen*>().isEmpty());
    QVERIFY(!window.requirementsScreen());
    // Chosen before the study is read (Ctrl+3 as the window appears): the
    // study opens there, not on the screen of last time.
    window.showScreen(MainWindow::StoriesIndex);
    QVERIFY(window.findChildren<Screen*>().isEmpty());
    // Nothing to start a mock interview on yet (Ctrl+Shift+M).
    QMenu* practice = menuTitled(window, QStringLiteral("Practice"));
    QAction* mock = practice->actions().constLast();
    QCOMPARE(mock->text(), QStringLiteral("&Mock Interview…"));
    QVERIFY(!mock->isEnabled());
    QSignalSpy opened(&window, &MainWindow::studyOpened);
    window.show();
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(context.isOpen());
    QVERIFY(context.hasStorage());
    QCOMPARE(window.currentScreen(), int(MainWindow::StoriesIndex));
    QCOMPARE(navigation->currentRow(), int(MainWindow::StoriesIndex));
    QCOMPARE(window.windowTitle(), context.guide().title);
    QVERIFY(window.guideSummary()->text().contains(context.guide().title));
    QTRY_COMPARE(window.findChildren<Screen*>().size(), 6);
    QVERIFY(mock->isEnabled());
    // The keys are on the screen, and the database works as if it had been
    // opened first.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.storiesScreen()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.storiesScreen()->storyModel()->rowCount(), 1);
    QCOMPARE(context.data()->stories().all()->size(), 1);
}

void MainWindowTest::interviewReopenedBehindTheScreenInUseLeavesTheKeysThere()
{
    {
        // Left with a mock interview running, then on the question browser.
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.showScreen(MainWindow::MockInterviewIndex);
        QVERIFY(window.mockInterviewScreen()->start(
            30, MockInterviewPlanner::defaultMix(context.guide(), 30), 11));
        window.showScreen(MainWindow::QuestionsIndex);
        window.show();
        QVERIFY(window.close());
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex));
    QLineEdit* filter = window.questionsScreen()->filterField();
    filter->setFocus();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The interview comes back on its screen, made after the first paint,
    // and focuses its outline there: not where the user types.
    QTRY_COMPARE(window.findChildren<Screen*>().size(), 6);
    QCOMPARE(window.mockInterviewScreen()->page(), MockInterviewScreen::Page::Running);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bias"));
    QCOMPARE(filter->text(), QStringLiteral("bias"));
    QVERIFY(window.mockInterviewScreen()->runPage()->outlineEdit()->toPlainText().isEmpty());
}

void MainWindowTest::practiceMenuKeepsItsOrderThroughRebuilds()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QMenu* practice = menuTitled(window, QStringLiteral("Practice"));
    QVERIFY(practice);
    const auto items = [practice] {
        Q_EMIT practice->aboutToShow();
        QStringList texts;
        for (const QAction* action : practice->actions())
            texts << (action->isSeparator() ? QStringLiteral("|") : action->text());
        return texts;
    };
    const QStringList first = items();
    // Show Answer | the grades | Undo Grade | Set Interview Date… | Mock Interview…
    QCOMPARE(first.count(QStringLiteral("|")), 4);
    QCOMPARE(first.constLast(), QStringLiteral("&Mock Interview…"));
    QCOMPARE(first.at(first.size() - 2), QStringLiteral("|"));
    // The separators, the mock interview item and the menu's own entry in
    // the menu bar are the menu's children.
    const qsizetype own = practice->findChildren<QAction*>().size();
    QCOMPARE(own, qsizetype(first.count(QStringLiteral("|"))) + 2);
    // A new text size makes the screens again: the same items, once each,
    // and no separator left behind.
    const QPointer<PracticeScreen> before = window.practiceScreen();
    window.textZoom()->zoomIn();
    QTRY_VERIFY(!before);
    QCOMPARE(items(), first);
    QCOMPARE(practice->findChildren<QAction*>().size(), own);
}

void MainWindowTest::closedBeforeTheStudyIsReadKeepsTheLastScreen()
{
    QSettings().setValue(QStringLiteral("window/screen"), int(MainWindow::ProgressIndex));
    {
        StudyContext context(dataDir(), guideFixture("typical.md"), StudyContext::Opening::Later);
        MainWindow window(context);
        QVERIFY(window.close());
        QVERIFY(!context.isOpen());
    }
    QCOMPARE(QSettings().value(QStringLiteral("window/screen")).toInt(),
             int(MainWindow::ProgressIndex));
}

void MainWindowTest::guideWarningsShowInTheMessageBar()
{
    StudyContext context(dataDir(), guideFixture("quirks.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(window.guideMessages()->isVisible());
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Warning);
    QCOMPARE(window.guideMessages()->details().size(), 4);
    QVERIFY(window.guideMessages()->details().at(0).startsWith(QStringLiteral("Line 42:")));
    QVERIFY(!window.storageMessages()->isVisible());
}

void MainWindowTest::unreadableGuideShowsAnErrorAndStaysUsable()
{
    StudyContext context(dataDir(), guideFixture("bad-yaml.md"));
    MainWindow window(context);
    window.show();
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Error);
    QVERIFY(window.guideMessages()->details().at(0).contains(QStringLiteral("never closed")));
    // What could be read is still there to study.
    QCOMPARE(window.questionsScreen()->questionList()->model()->rowCount(), 1);
}

void MainWindowTest::corruptDatabaseIsReportedAndLeftUntouched()
{
    QVERIFY(QDir().mkpath(dataDir()));
    const QString file = dataDir() + QStringLiteral("/interview-prep.sqlite");
    const QByteArray garbage =
        QByteArray("this is not a database, but it is the user's file\n").repeated(200);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        QVERIFY(!context.hasStorage());
        MainWindow window(context);
        window.show();
        QVERIFY(window.storageMessages()->isVisible());
        QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.storageMessages()->summary().contains(QStringLiteral("cannot be saved")));
        QVERIFY(window.questionsScreen()->notesEditor()->editor()->isReadOnly());
        QCOMPARE(window.questionsScreen()->questionList()->model()->rowCount(), 5);
        window.close();
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), garbage);
}

void MainWindowTest::quittingSavesANoteStillWaitingForItsPause()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        key = window.questionsScreen()->currentQuestionKey();
        QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("typed just before quitting"));
        window.close(); // well inside the autosave pause
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.questionsScreen()->selectQuestion(key);
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("typed just before quitting"));
}

void MainWindowTest::f1ListsTheShortcuts()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList listed;
    QStringList filtered;
    QTimer::singleShot(0, this, [&listed, &filtered] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* list = dialog->findChild<QTreeWidget*>();
        if (!list)
            return;
        for (int group = 0; group < list->topLevelItemCount(); ++group) {
            for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
                const QTreeWidgetItem* item = list->topLevelItem(group)->child(row);
                listed << item->text(0) + QStringLiteral(" = ") + item->text(1);
            }
        }
        // Typing finds a command by its words or its key; the list keeps a
        // current row among what shows.
        auto* filter = dialog->findChild<QLineEdit*>();
        QTest::keyClicks(filter, QStringLiteral("clock"));
        for (int group = 0; group < list->topLevelItemCount(); ++group) {
            const QTreeWidgetItem* heading = list->topLevelItem(group);
            for (int row = 0; row < heading->childCount(); ++row) {
                const QTreeWidgetItem* item = heading->child(row);
                if (!item->isHidden() && !heading->isHidden())
                    filtered << item->text(0);
            }
        }
        if (list->currentItem() && !list->currentItem()->isHidden())
            filtered << QStringLiteral("current: ") + list->currentItem()->text(0);
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(listed.contains(QStringLiteral("Reveal or Hide Answer = Space")));
    QVERIFY(listed.contains(QStringLiteral("Bookmark Question = Ctrl+D")));
    QVERIFY(listed.contains(QStringLiteral("Questions = Ctrl+2")));
    QVERIFY(listed.contains(QStringLiteral("Stories = Ctrl+3")));
    QVERIFY(listed.contains(QStringLiteral("New Story = Ctrl+N")));
    QVERIFY(listed.contains(QStringLiteral("Link Questions… = Ctrl+L")));
    QVERIFY(listed.contains(QStringLiteral("Rehearse… = Ctrl+R")));
    QVERIFY(listed.contains(QStringLiteral("Answer with a Story… = Ctrl+Shift+S")));
    QVERIFY(listed.contains(QStringLiteral("Zoom In = Ctrl++, Ctrl+=")));
    QVERIFY(listed.contains(QStringLiteral("Copy = Ctrl+C, Ctrl+Ins")));
    // Keys that live inside screens and dialogs, not in a menu.
    QVERIFY(listed.contains(QStringLiteral("Reset the clock = R")));
    QVERIFY(listed.contains(QStringLiteral("Clear a date = Delete (in the date field)")));
    QVERIFY(listed.contains(QStringLiteral("Clear the filter = Esc")));
    QCOMPARE(filtered, (QStringList{QStringLiteral("Start or stop the clock"),
                                    QStringLiteral("Reset the clock"),
                                    QStringLiteral("current: Start or stop the clock")}));
}

void MainWindowTest::screenMenusStayButActOnlyOnTheirScreen()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QMenu* story = menuTitled(window, QStringLiteral("Story"));
    QMenu* question = menuTitled(window, QStringLiteral("Question"));
    QVERIFY(story && question);
    const auto enabledItems = [](const QMenu* menu) {
        return std::count_if(menu->actions().cbegin(), menu->actions().cend(),
                             [](const QAction* action) { return action->isEnabled(); });
    };
    // Menus stay where they are on every screen; what does not apply to the
    // screen shown is disabled, and its shortcuts do nothing.
    QVERIFY(story->menuAction()->isVisible());
    QCOMPARE(enabledItems(story), 0);
    QVERIFY(enabledItems(question) > 0);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.storiesScreen()->storyModel()->rowCount(), 0);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(story->menuAction()->isVisible());
    QVERIFY(question->menuAction()->isVisible());
    QVERIFY(enabledItems(story) > 0);
    QCOMPARE(enabledItems(question), 0);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.storiesScreen()->storyModel()->rowCount(), 1);
    QTRY_VERIFY(window.storiesScreen()->editor()->titleEdit()->hasFocus());
}

// The issue's own check: write a story, fill its parts, link it to a
// question, find it on that question, delete it and see the link gone.
void MainWindowTest::storyWrittenLinkedFoundAndDeletedFromTheKeyboard()
{
    QString behavioralKey;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        behavioralKey = context.guide().questions.at(2).key;
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        StoryEditor* editor = window.storiesScreen()->editor();
        QTRY_VERIFY(editor->titleEdit()->hasFocus());
        for (const char* text :
             {"Pipeline outage", "ops", "The nightly load failed.", "I owned the fix.",
              "I replayed the partitions.", "Reports were back by 8:40."}) {
            QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(text));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }

        ip::test::onNextModal<QuestionPickerDialog>([](QuestionPickerDialog* dialog) {
            // It opens on the behavioral questions; the first is checked.
            dialog->list()->setFocus();
            QTest::keyClick(dialog->list(), Qt::Key_Space);
            QTest::keyClick(dialog->list(), Qt::Key_Return);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // On the question, beside the notes.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        window.questionsScreen()->selectQuestion(behavioralKey);
        QListWidget* linked = window.questionsScreen()->linkedStories()->list();
        QCOMPARE(window.questionsScreen()->linkedStories()->titles(),
                 QStringList{QStringLiteral("Pipeline outage")});
        // Enter on it opens the story.
        linked->setFocus();
        linked->setCurrentRow(0);
        QTest::keyClick(linked, Qt::Key_Return);
        QCOMPARE(window.currentScreen(), int(MainWindow::StoriesIndex));
        QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Pipeline outage"));

        ip::test::onNextModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        window.storiesScreen()->storyList()->setFocus();
        QTest::keyClick(window.storiesScreen()->storyList(), Qt::Key_Delete);
        QCOMPARE(window.storiesScreen()->storyModel()->rowCount(), 0);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.questionsScreen()->linkedStories()->titles().isEmpty());
        window.close();
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    QCOMPARE(context.data()->stories().all()->size(), 0);
    QCOMPARE(context.data()->stories().forQuestion({context.guide().key, behavioralKey})->size(),
             0);
}

void MainWindowTest::quittingSavesAStoryStillWaitingForItsPause()
{
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showScreen(MainWindow::StoriesIndex);
        window.storiesScreen()->newStory();
        QPlainTextEdit* action = window.storiesScreen()->editor()->partEdit(StoryField::Action);
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("typed just before quitting"));
        window.close(); // well inside the autosave pause
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    const auto stories = context.data()->stories().all();
    QVERIFY(stories.ok());
    QCOMPARE(stories->size(), 1);
    QCOMPARE(stories->first().action, QStringLiteral("typed just before quitting"));
}

void MainWindowTest::exportsTheStoriesAsMarkdownAndPdf()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    StarStory story;
    story.title = QStringLiteral("Pipeline outage");
    story.action = QStringLiteral("I replayed the partitions.");
    story.questions = {{context.guide().key, context.guide().questions.at(2).key}};
    QVERIFY(window.storiesScreen()->storyModel()->create(story).ok());

    const QString markdown = m_temp->path() + QStringLiteral("/stories.md");
    QVERIFY(window.writeStories(markdown, false));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("Pipeline outage")));
    QVERIFY(text.contains(QStringLiteral("I replayed the partitions.")));
    QVERIFY(text.contains(QStringLiteral("Tell me about a time a pipeline failed")));

    const QString pdf = m_temp->path() + QStringLiteral("/stories.pdf");
    QVERIFY(window.writeStories(pdf, true));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
}

void MainWindowTest::openingAnotherGuideKeepsTheStories()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showScreen(MainWindow::StoriesIndex);
    window.storiesScreen()->newStory();
    QTest::keyClicks(window.storiesScreen()->editor()->titleEdit(), QStringLiteral("Kept"));
    // The typed title is saved first; the new screens read it back.
    window.openGuide(guideFixture("quirks.md"));
    QCOMPARE(window.currentScreen(), int(MainWindow::StoriesIndex));
    QCOMPARE(window.storiesScreen()->storyModel()->rowCount(), 1);
    QCOMPARE(window.storiesScreen()->storyModel()->story(0).title, QStringLiteral("Kept"));
    QCOMPARE(window.storiesScreen()->editor()->titleEdit()->text(), QStringLiteral("Kept"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.questionsScreen()->linkedStories()->titles().isEmpty());
}

void MainWindowTest::includedGuidesOpenFromTheFileMenu()
{
    StudyContext context(dataDir(), QString());
    MainWindow window(context);
    window.show();
    QMenu* included = nullptr;
    for (QAction* action : window.menuBar()->actions()) {
        for (QAction* item : action->menu() ? action->menu()->actions() : QList<QAction*>()) {
            if (item->menu() && item->text() == QStringLiteral("Open &Included Guide"))
                included = item->menu();
        }
    }
    QVERIFY(included);
    Q_EMIT included->aboutToShow(); // as when the user opens it
    QStringList titles;
    for (QAction* action : included->actions())
        titles << action->text();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("&1 AI Engineer"), QStringLiteral("&2 Data Scientist"),
                          QStringLiteral("&3 Machine Learning Engineer")}));
    included->actions().at(1)->trigger();
    QCOMPARE(context.guide().title, QStringLiteral("Data Scientist"));
    QVERIFY(!context.guide().hasErrors());
    QVERIFY(window.questionsScreen()->questionList()->model()->rowCount() >= 40);
    // The next start opens it again.
    QCOMPARE(QSettings().value(QStringLiteral("guide/last")).toString(),
             QStringLiteral(":/content/data-scientist.md"));
}

void MainWindowTest::guideSummaryComesBackAfterAPassingMessage()
{
    StudyContext context(dataDir(), QString());
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel* summary = window.guideSummary();
    const QString text = summary->text();
    QVERIFY2(text.contains(context.guide().title), qPrintable(text));
    QVERIFY(summary->isVisible());
    // "Saved" and the like cover it for a moment...
    window.statusBar()->showMessage(QStringLiteral("Saved"), 100);
    QVERIFY(!summary->isVisible());
    // ...and then it is back, unchanged.
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 5000);
    QCOMPARE(summary->text(), text);
}

void MainWindowTest::fileWithNothingToStudyKeepsTheOpenGuide()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString title = context.guide().title;
    const int questions = window.questionsScreen()->questionList()->model()->rowCount();
    QVERIFY(questions > 0);

    // A picture renamed to .md: binary, nothing in it to study.
    const QString picture = m_temp->path() + QStringLiteral("/holiday.md");
    {
        QFile out(picture);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(2000, '\0'));
    }
    QVERIFY(!window.openGuide(picture));
    QCOMPARE(context.guide().title, title);
    QCOMPARE(window.questionsScreen()->questionList()->model()->rowCount(), questions);
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Error);
    QVERIFY2(window.guideMessages()->summary().contains(QStringLiteral("holiday.md")),
             qPrintable(window.guideMessages()->summary()));
    QVERIFY2(window.guideMessages()->summary().contains(QStringLiteral("stays open")),
             qPrintable(window.guideMessages()->summary()));
    QVERIFY(!window.guideMessages()->details().isEmpty());
}

void MainWindowTest::openRecentReopensGuidesAndForgetsOnesThatAreGone()
{
    // Copies the user owns, so one can disappear.
    const QString first = m_temp->path() + QStringLiteral("/first.md");
    const QString second = m_temp->path() + QStringLiteral("/second.md");
    QVERIFY(QFile::copy(guideFixture("typical.md"), first));
    QVERIFY(QFile::copy(guideFixture("typical.md"), second));
    {
        StudyContext context(dataDir(), QString());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openGuide(first));
        QVERIFY(window.openGuide(second));
        QVERIFY(window.openGuide(QStringLiteral(":/content/data-scientist.md")));
    }
    // After a restart: newest first, numbered, the included guide not among
    // them (it has its own menu).
    StudyContext context(dataDir(), QString());
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu* file = menuTitled(window, QStringLiteral("File"));
    QVERIFY(file);
    QMenu* recent = nullptr;
    for (QAction* item : file->actions()) {
        if (item->menu() && item->text() == QStringLiteral("Open &Recent"))
            recent = item->menu();
    }
    QVERIFY(recent);
    QStringList entries;
    for (QAction* action : recent->actions()) {
        if (!action->isSeparator())
            entries << action->text();
    }
    QCOMPARE(entries, (QStringList{QStringLiteral("&1 second.md"), QStringLiteral("&2 first.md"),
                                   QStringLiteral("&Clear List")}));

    // Opened once the menu is closed (the open rebuilds the menu).
    recent->actions().at(1)->trigger();
    QTRY_COMPARE(context.guide().fileName, QFileInfo(first).absoluteFilePath());
    QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("&1 first.md"));

    // A guide deleted since: the open one stays, the entry goes, the bar says so.
    QVERIFY(QFile::remove(second));
    recent->actions().at(1)->trigger();
    QTRY_COMPARE(window.guideMessages()->kind(), MessageBar::Kind::Error);
    QCOMPARE(context.guide().fileName, QFileInfo(first).absoluteFilePath());
    QVERIFY2(window.guideMessages()->summary().contains(QStringLiteral("no longer there")),
             qPrintable(window.guideMessages()->summary()));
    QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("&1 first.md"));
    QVERIFY(recent->actions().at(1)->isSeparator());

    // Clear List leaves a disabled line saying there is nothing.
    recent->actions().last()->trigger();
    QCOMPARE(recent->actions().size(), 1);
    QVERIFY(!recent->actions().first()->isEnabled());
}

void MainWindowTest::everyMenuItemHasItsOwnAcceleratorLetter()
{
    QVERIFY(QFile::copy(guideFixture("typical.md"), m_temp->path() + QStringLiteral("/a.md")));
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // With a recent guide, so that submenu has entries too.
    QVERIFY(window.openGuide(m_temp->path() + QStringLiteral("/a.md")));
    const QStringList problems = ip::test::acceleratorProblems(window.menuBar());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void MainWindowTest::guideSummaryCountsReadRightForOne()
{
    // One question and no requirements: "1 question", not "1 questions".
    const QString path = m_temp->path() + QStringLiteral("/one.md");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nterm: \"One\"\ncategory: \"Technical\"\n---\n\n# One\n\n"
                   "## Interview Questions and Answers\n\n### Technical Questions\n\n"
                   "#### Question 1: What is it?\n\n**Answer**:\nThis.\n");
    }
    StudyContext context(dataDir(), path);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(context.guide().questions.size(), 1);
    QCOMPARE(window.guideSummary()->text(),
             context.guide().title + QStringLiteral(" — 1 question, 0 requirements"));
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
