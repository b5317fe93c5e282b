// What a screen reader or a keyboard user finds in the real window: every
// control Tab or a screen reader can move to has a name, on every screen and
// in every dialog the window opens; Tab visits them in the order they are
// drawn; list rows say in words what their delegates paint; and the F1 list
// names every key the window answers to.
#include "GuideLookup.h"
#include "StudyContext.h"
#include "model/Draft.h"
#include "model/StarStory.h"
#include "services/MockInterviewPlanner.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "stories/ModalDialog.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"
#include "ui/backups/RestoreBackupDialog.h"
#include "ui/drafts/UnsavedDraftsDialog.h"
#include "ui/library/GuideSwitcher.h"
#include "ui/library/LibraryDialog.h"
#include "ui/mock/MockInterviewRunPage.h"
#include "ui/mock/MockInterviewScreen.h"
#include "ui/mock/MockInterviewSetupDialog.h"
#include "ui/practice/InterviewDateDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/questions/QuestionListModel.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/search/SearchDialog.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/RehearsalDialog.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryCoverageView.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItem>

using namespace ip;
using ip::test::requirementKey;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

// Cells of a long list are all made alike: the first rows show whether the
// model names them, and walking thousands would only slow the test.
constexpr int CellsLookedAt = 60;

// "QToolButton 'bookmarkedOnly' (PushButton) in QuestionsScreen > QSplitter"
QString describe(QAccessibleInterface* interface)
{
    QString text;
    if (QObject* object = interface->object()) {
        text = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            text += QStringLiteral(" '") + object->objectName() + u'\'';
    } else if (QAccessibleTableCellInterface* cell = interface->tableCellInterface()) {
        text = QStringLiteral("cell at row %1, column %2")
                   .arg(cell->rowIndex())
                   .arg(cell->columnIndex());
    } else {
        text = QStringLiteral("item");
    }
    text += QStringLiteral(" (role 0x") + QString::number(int(interface->role()), 16) + u')';
    QStringList ancestors;
    for (QAccessibleInterface* parent = interface->parent(); parent && ancestors.size() < 4;
         parent = parent->parent()) {
        if (QObject* object = parent->object()) {
            QString name = QString::fromLatin1(object->metaObject()->className());
            if (!object->objectName().isEmpty())
                name += u'\'' + object->objectName() + u'\'';
            ancestors << name;
        }
    }
    if (!ancestors.isEmpty())
        text += QStringLiteral(" in ") + ancestors.join(QStringLiteral(" < "));
    const QString value = interface->text(QAccessible::Value);
    if (!value.isEmpty())
        text += QStringLiteral(" value “") + value.left(40) + QStringLiteral("”");
    return text;
}

bool isItemView(QAccessibleInterface* interface)
{
    return qobject_cast<QAbstractItemView*>(interface->object()) != nullptr;
}

struct Walk {
    QStringList unnamed;
    int focusable = 0; // seen, named or not: a walk that sees none proves nothing
};

void collectUnnamed(QAccessibleInterface* interface, Walk& walk, int depth)
{
    if (!interface || !interface->isValid() || depth > 60)
        return;
    const QAccessible::State state = interface->state();
    if (state.invisible)
        return;
    if (state.focusable && !state.offscreen) {
        ++walk.focusable;
        if (interface->text(QAccessible::Name).trimmed().isEmpty())
            walk.unnamed << describe(interface);
    }
    const int count = interface->childCount();
    const int looked = isItemView(interface) ? qMin(count, CellsLookedAt) : count;
    for (int index = 0; index < looked; ++index)
        collectUnnamed(interface->child(index), walk, depth + 1);
}

// Every focusable interface under widget that a screen reader would announce
// without a name, described so the failure says where it is. Fails the
// walk's own check when it sees fewer than expected focusable ones.
QStringList unnamedFocusable(QWidget* widget, int atLeast = 1)
{
    Walk walk;
    collectUnnamed(QAccessible::queryAccessibleInterface(widget), walk, 0);
    walk.unnamed.removeDuplicates();
    if (walk.focusable < atLeast)
        walk.unnamed << QStringLiteral("only %1 focusable seen in %2, %3 expected")
                            .arg(walk.focusable)
                            .arg(QString::fromLatin1(widget->metaObject()->className()))
                            .arg(atLeast);
    return walk.unnamed;
}

QString shortName(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QStringLiteral(" '") + widget->objectName() + u'\'';
    if (QAccessibleInterface* interface =
            QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget)))
        name += QStringLiteral(" “") + interface->text(QAccessible::Name).left(30) +
                QStringLiteral("”");
    return name;
}

// The controls Tab stops at under root, in the order it visits them. Qt's
// own parts of a control (a spin box's line edit) are left out.
QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    QWidget* widget = root;
    for (int guard = 0; guard < 2000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == root)
            break;
        if (widget->isVisibleTo(root) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->objectName().startsWith(QLatin1String("qt_")) && (root->isAncestorOf(widget)))
            stops << widget;
    }
    return stops;
}

// Where Tab goes against the order the controls are read in: along a row
// from left to right, down a column, and up only into a column further
// right (the next pane of a splitter). Rows are told apart by their tops.
QStringList tabOrderAgainstReading(QWidget* root)
{
    constexpr int Slack = 4;
    QStringList wrong;
    const QList<QWidget*> stops = tabStops(root);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect from(stops.at(i - 1)->mapTo(root, QPoint(0, 0)), stops.at(i - 1)->size());
        const QRect to(stops.at(i)->mapTo(root, QPoint(0, 0)), stops.at(i)->size());
        const bool sameRow = qAbs(to.top() - from.top()) <= Slack;
        const bool backAlongRow = sameRow && to.left() < from.left();
        const bool upTheSameColumn =
            !sameRow && to.top() < from.top() - Slack && to.left() <= from.left() + Slack;
        if (backAlongRow || upTheSameColumn)
            wrong << shortName(stops.at(i - 1)) + QStringLiteral(" → ") + shortName(stops.at(i));
    }
    return wrong;
}

QAction* menuAction(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            if (QAction* found = menuAction(action->menu(), text))
                return found;
        } else if (action->text().remove(u'&') == text) {
            return action;
        }
    }
    return nullptr;
}

QAction* windowAction(const QMainWindow& window, const QString& text)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu()) {
            if (QAction* found = menuAction(top->menu(), text))
                return found;
        }
    }
    return nullptr;
}

} // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyControlOnEveryScreenHasAName();
    void everyDialogsControlsHaveNames();
    void listRowsSayWhatTheyPaint();
    void shortcutsListNamesEveryKeyOfTheWindow();
    void theWalkFindsAControlWithoutAName();
    void tabFollowsTheDrawnOrderOnEveryScreen();
    void theOrderCheckFindsATabGoingBack();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // A guide with notes, a bookmark, requirement progress and a story, so
    // that the screens show their marks and panes filled in.
    void seedStudy();
    // Opens the dialog the action opens, collects its unnamed controls and
    // its Tab steps against the drawn order, and closes it; an entry says so
    // if no such dialog came.
    template <typename Dialog> QStringList unnamedInDialog(QAction* action, int atLeast = 1);
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_storyId;
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void AccessibilityTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void AccessibilityTest::seedStudy()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    QVERIFY(context.canSave());
    const Guide& guide = context.guide();
    QVERIFY(guide.questions.size() >= 2);
    const QuestionRef question{guide.key, guide.questions.at(1).key};
    QVERIFY(context.data()->notes().saveMarkdown(question, QStringLiteral("My own answer")));
    QVERIFY(context.data()->notes().setBookmarked(question, true));
    RequirementProgress progress;
    progress.guideKey = guide.key;
    progress.requirementKey =
        requirementKey(guide, QStringLiteral("Google Professional Data Engineer"));
    QVERIFY(!progress.requirementKey.isEmpty());
    progress.status = RequirementStatus::InProgress;
    progress.evidence = QStringLiteral("exam booked for March");
    QVERIFY(context.data()->progress().save(progress));
    StarStory story;
    story.title = QStringLiteral("The pipeline that failed at night");
    story.situation = QStringLiteral("Our nightly load failed after a schema change.");
    story.action = QStringLiteral("I added a contract test.");
    story.questions = {question};
    const auto saved = context.data()->stories().save(story);
    QVERIFY(saved);
    m_storyId = saved->id;
}

template <typename Dialog>
QStringList AccessibilityTest::unnamedInDialog(QAction* action, int atLeast)
{
    QStringList unnamed;
    bool seen = false;
    test::onNextModal<Dialog>([&unnamed, &seen, atLeast](Dialog* dialog) {
        seen = true;
        unnamed = unnamedFocusable(dialog, atLeast);
        for (const QString& step : tabOrderAgainstReading(dialog))
            unnamed << QStringLiteral("Tab order: ") + step;
        dialog->reject();
    });
    action->trigger();
    if (!seen)
        unnamed << QStringLiteral("no %1 opened")
                       .arg(QString::fromLatin1(Dialog::staticMetaObject.className()));
    for (QString& entry : unnamed)
        entry.prepend(QString::fromLatin1(Dialog::staticMetaObject.className()) +
                      QStringLiteral(": "));
    return unnamed;
}

void AccessibilityTest::everyControlOnEveryScreenHasAName()
{
    seedStudy();
    if (QTest::currentTestFailed())
        return;
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QStringList unnamed;
    const QStringList screens = {QStringLiteral("Requirements"), QStringLiteral("Questions"),
                                 QStringLiteral("Stories"),      QStringLiteral("Practice"),
                                 QStringLiteral("Progress"),     QStringLiteral("Mock interview")};
    for (int index = 0; index < screens.size(); ++index) {
        window.showScreen(index);
        QTRY_COMPARE(window.currentScreen(), index);
        QCoreApplication::processEvents();
        // The navigation, the guide switcher and the screen's own controls.
        for (const QString& entry : unnamedFocusable(&window, 4))
            unnamed << screens.at(index) + QStringLiteral(": ") + entry;
    }

    // The pages a screen turns to: a requirement chosen, the answer shown,
    // the orphaned notes, a mock interview running and reviewed.
    window.showScreen(MainWindow::RequirementsIndex);
    QVERIFY(window.requirementsScreen()->selectRequirement(
        requirementKey(context.guide(), QStringLiteral("Google Professional Data Engineer"))));
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Requirement chosen: ") + entry;

    window.showScreen(MainWindow::QuestionsIndex);
    QuestionsScreen* questions = window.questionsScreen();
    QVERIFY(questions->revealQuestion(context.guide().questions.at(1).key));
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Answer shown: ") + entry;

    window.showScreen(MainWindow::PracticeIndex);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    if (QWidget* focus = QApplication::focusWidget())
        QTest::keyClick(focus, Qt::Key_Space);
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Practice answer: ") + entry;

    window.showScreen(MainWindow::MockInterviewIndex);
    MockInterviewScreen* mock = window.mockInterviewScreen();
    QVERIFY(mock->start(10, MockInterviewPlanner::defaultMix(context.guide(), 10), 7));
    QTRY_COMPARE(mock->page(), MockInterviewScreen::Page::Running);
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Mock running: ") + entry;
    mock->runPage()->finishNow();
    QTRY_COMPARE(mock->page(), MockInterviewScreen::Page::Review);
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Mock review: ") + entry;
    mock->showHistory();
    QTRY_COMPARE(mock->page(), MockInterviewScreen::Page::History);
    for (const QString& entry : unnamedFocusable(&window))
        unnamed << QStringLiteral("Mock history: ") + entry;

    for (const QString& entry : std::as_const(unnamed))
        qWarning("without a name: %s", qPrintable(entry));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 focusable without a name, the first: %2")
                            .arg(unnamed.size())
                            .arg(unnamed.value(0))));
}

void AccessibilityTest::everyDialogsControlsHaveNames()
{
    seedStudy();
    if (QTest::currentTestFailed())
        return;
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList unnamed;
    const auto action = [&window](const char* text) {
        QAction* found = windowAction(window, QString::fromUtf8(text));
        if (!found)
            qWarning("no menu item %s", text);
        return found;
    };

    QAction* shortcuts = action("Keyboard Shortcuts");
    QVERIFY(shortcuts);
    unnamed << unnamedInDialog<ShortcutsDialog>(shortcuts);
    QAction* preferences = action("Preferences…");
    QVERIFY(preferences);
    unnamed << unnamedInDialog<PreferencesDialog>(preferences);
    QAction* library = action("Open from Library…");
    QVERIFY(library);
    unnamed << unnamedInDialog<LibraryDialog>(library);
    QAction* mock = action("Mock Interview…");
    QVERIFY(mock);
    unnamed << unnamedInDialog<MockInterviewSetupDialog>(mock);
    QAction* backUp = action("Back Up Now");
    QVERIFY(backUp);
    backUp->trigger();
    QAction* restore = action("Restore from Backup…");
    QVERIFY(restore);
    unnamed << unnamedInDialog<RestoreBackupDialog>(restore);

    window.showScreen(MainWindow::PracticeIndex);
    QAction* date = action("Set Interview Date…");
    QVERIFY(date);
    unnamed << unnamedInDialog<InterviewDateDialog>(date);

    window.showScreen(MainWindow::QuestionsIndex);
    window.questionsScreen()->selectQuestion(context.guide().questions.at(1).key);
    QAction* answer = action("Answer with a Story…");
    QVERIFY(answer);
    unnamed << unnamedInDialog<StoryPickerDialog>(answer);

    window.showScreen(MainWindow::StoriesIndex);
    QVERIFY(window.storiesScreen()->selectStory(m_storyId));
    QAction* link = action("Link Questions…");
    QVERIFY(link);
    unnamed << unnamedInDialog<QuestionPickerDialog>(link);
    QAction* rehearse = action("Rehearse…");
    QVERIFY(rehearse);
    // Its keys act on the whole dialog (Space, R, Esc): no control takes
    // the focus, and the dialog is announced by its title.
    unnamed << unnamedInDialog<RehearsalDialog>(rehearse, 0);
    QAction* coverage = action("Question Coverage…");
    QVERIFY(coverage);
    unnamed << unnamedInDialog<StoryCoverageView>(coverage);

    // Search everything: empty, then with hits.
    window.showSearch();
    SearchDialog* search = window.searchDialog();
    QVERIFY(search);
    QTRY_VERIFY(search->isVisible());
    for (const QString& entry : unnamedFocusable(search))
        unnamed << QStringLiteral("SearchDialog: ") + entry;
    search->queryField()->setText(QStringLiteral("pipeline"));
    QTRY_VERIFY(search->findChild<QAbstractItemView*>()->model()->rowCount() > 0);
    for (const QString& entry : unnamedFocusable(search))
        unnamed << QStringLiteral("SearchDialog with hits: ") + entry;
    search->reject();

    // Asked before quitting with text that could not be saved: made here, as
    // making a save fail is tst_unsaved_work's business.
    Draft draft;
    draft.kind = DraftKind::Note;
    draft.label = QStringLiteral("Note on “What is a slowly changing dimension?”");
    draft.setField(QStringLiteral("markdown"), QStringLiteral("Type 2 keeps history"));
    UnsavedDraftsDialog drafts({draft}, QStringLiteral("the disk is full"),
                               QStringLiteral("Quit Without Saving"), &window);
    drafts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&drafts));
    for (const QString& entry : unnamedFocusable(&drafts))
        unnamed << QStringLiteral("UnsavedDraftsDialog: ") + entry;
    drafts.reject();

    unnamed.removeDuplicates();
    for (const QString& entry : std::as_const(unnamed))
        qWarning("%s", qPrintable(entry));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 without a name or out of order, the first: %2")
                            .arg(unnamed.size())
                            .arg(unnamed.value(0))));
}

void AccessibilityTest::listRowsSayWhatTheyPaint()
{
    seedStudy();
    if (QTest::currentTestFailed())
        return;
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Guide& guide = context.guide();

    // Questions: the ★ and ✎ of the second line, and the practice standing.
    window.showScreen(MainWindow::QuestionsIndex);
    const QAbstractItemModel* questions = window.questionsScreen()->questionList()->model();
    QModelIndex bookmarked;
    for (int row = 0; row < questions->rowCount(); ++row) {
        const QModelIndex index = questions->index(row, 0);
        if (index.data(QuestionListModel::KeyRole).toString() == guide.questions.at(1).key)
            bookmarked = index;
    }
    QVERIFY(bookmarked.isValid());
    const QString described = bookmarked.data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(described.contains(QStringLiteral("bookmarked")) &&
                 described.contains(QStringLiteral("has notes")) &&
                 described.contains(guide.questions.at(1).category),
             qPrintable(described));

    // Stories: the ✓ or ○ and the count of linked questions.
    window.showScreen(MainWindow::StoriesIndex);
    const QModelIndex story = window.storiesScreen()->storyList()->model()->index(0, 0);
    QCOMPARE(story.data(Qt::AccessibleDescriptionRole).toString(),
             story.data(StoryListModel::CompleteRole).toBool()
                 ? QStringLiteral("complete, answers 1 question")
                 : QStringLiteral("to finish, answers 1 question"));

    // Requirements: the level's badge and the status, beside the title.
    window.showScreen(MainWindow::RequirementsIndex);
    RequirementChecklistModel* requirements = window.requirementsScreen()->model();
    const QModelIndex certificate = requirements->indexForKey(
        requirementKey(guide, QStringLiteral("Google Professional Data Engineer")));
    QVERIFY(certificate.isValid());
    const QString level = RequirementChecklistModel::levelLabel(
        certificate.data(RequirementChecklistModel::LevelRole).toString());
    QCOMPARE(certificate.data(Qt::AccessibleDescriptionRole).toString(),
             level.isEmpty() ? QStringLiteral("In progress")
                             : level + QStringLiteral(", In progress"));
}

void AccessibilityTest::shortcutsListNamesEveryKeyOfTheWindow()
{
    seedStudy();
    if (QTest::currentTestFailed())
        return;
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Every screen made, so that its commands exist; the mock interview's
    // run and review pages too.
    for (int index = 0; index < 6; ++index) {
        window.showScreen(index);
        QTRY_COMPARE(window.currentScreen(), index);
    }

    // What F1 lists: each row's command and its keys, one by one.
    QSet<QString> commandsWithKeys;
    QSet<QString> keysListed;
    QAction* shortcuts = windowAction(window, QStringLiteral("Keyboard Shortcuts"));
    QVERIFY(shortcuts);
    test::onNextModal<ShortcutsDialog>([&](ShortcutsDialog* dialog) {
        QTreeWidget* list = dialog->list();
        for (int group = 0; group < list->topLevelItemCount(); ++group) {
            for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
                const QTreeWidgetItem* item = list->topLevelItem(group)->child(row);
                for (const QString& key : item->text(1).split(QStringLiteral(", "))) {
                    commandsWithKeys << item->text(0) + u'=' + key;
                    keysListed << key;
                }
            }
        }
        dialog->reject();
    });
    shortcuts->trigger();
    QVERIFY(!keysListed.isEmpty());

    // Every key an action or shortcut of the window answers to. A menu
    // command is listed under its own words; a key that acts inside a
    // screen is listed by KeyboardReference in the words people use ("Esc",
    // "Enter"), so its primary key is looked for among all the keys.
    const auto spoken = [](QString key) {
        key.replace(QStringLiteral("Return"), QStringLiteral("Enter"));
        key.replace(QStringLiteral("Escape"), QStringLiteral("Esc"));
        return key;
    };
    QStringList missing;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        const QString command = action->text().remove(u'&');
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        if (!commandsWithKeys.contains(command + u'=' + key) && !keysListed.contains(spoken(key)))
            missing << command + QStringLiteral(" (") + key + u')';
    }
    for (QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        const QString key = shortcut->key().toString(QKeySequence::NativeText);
        if (!keysListed.contains(spoken(key)))
            missing << QStringLiteral("shortcut ") + shortcut->objectName() + QStringLiteral(" (") +
                           key + u')';
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the F1 list: ") +
                                           missing.join(QStringLiteral("; "))));
}

void AccessibilityTest::theWalkFindsAControlWithoutAName()
{
    // The walk itself: a control without a name is found and named by its
    // class and object name; one named, hidden or not focusable is not.
    QWidget window;
    auto* named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Title"));
    auto* nameless = new QLineEdit(&window);
    nameless->setObjectName(QStringLiteral("nameless"));
    nameless->move(0, 40);
    auto* hidden = new QLineEdit(&window);
    hidden->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedFocusable(&window);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(unnamed.first().startsWith(QStringLiteral("QLineEdit 'nameless'")),
             qPrintable(unnamed.first()));
}

void AccessibilityTest::tabFollowsTheDrawnOrderOnEveryScreen()
{
    seedStudy();
    if (QTest::currentTestFailed())
        return;
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // A finished mock interview, so that the history's buttons are enabled.
    window.showScreen(MainWindow::MockInterviewIndex);
    MockInterviewScreen* mock = window.mockInterviewScreen();
    QVERIFY(mock->start(10, MockInterviewPlanner::defaultMix(context.guide(), 10), 7));
    mock->runPage()->finishNow();
    QTRY_COMPARE(mock->page(), MockInterviewScreen::Page::Review);
    mock->showHistory();
    QTRY_COMPARE(mock->page(), MockInterviewScreen::Page::History);
    mock->historyList()->setCurrentItem(mock->historyList()->topLevelItem(0));

    QStringList wrong;
    for (int index = 0; index < 6; ++index) {
        window.showScreen(index);
        QTRY_COMPARE(window.currentScreen(), index);
        QCoreApplication::processEvents();
        const QList<QWidget*> stops = tabStops(&window);
        // The guide, then the screens' names, then the screen.
        QVERIFY(stops.size() > 2);
        QCOMPARE(stops.at(0), static_cast<QWidget*>(window.guideSwitcher()));
        QCOMPARE(stops.at(1)->accessibleName(), QStringLiteral("Screens"));
        for (const QString& step : tabOrderAgainstReading(&window))
            wrong << QStringLiteral("screen %1: ").arg(index) + step;
    }
    for (const QString& step : std::as_const(wrong))
        qWarning("Tab goes back: %s", qPrintable(step));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.value(0)));
}

void AccessibilityTest::theOrderCheckFindsATabGoingBack()
{
    // Three fields in a row, made (and so visited) in another order than
    // they are drawn; then put right with setTabOrder.
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* first = new QLineEdit(&window);
    auto* third = new QLineEdit(&window);
    third->setObjectName(QStringLiteral("third"));
    auto* second = new QLineEdit(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addWidget(third);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList wrong = tabOrderAgainstReading(&window);
    QCOMPARE(wrong.size(), 1);
    QVERIFY2(wrong.first().startsWith(QStringLiteral("QLineEdit 'third'")),
             qPrintable(wrong.first()));
    QWidget::setTabOrder(first, second);
    QVERIFY(tabOrderAgainstReading(&window).isEmpty());
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
