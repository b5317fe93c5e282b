#include "ui/MainWindow.h"

#include "StudyContext.h"
#include "services/DeferredStorageCheck.h"
#include "services/ExportService.h"
#include "services/GuideParseWorker.h"
#include "services/PracticeService.h"
#include "services/StoryExporter.h"
#include "services/StudyData.h"
#include "ui/EditCommands.h"
#include "ui/FirstWindowGeometry.h"
#include "ui/FreedMemory.h"
#include "ui/GuideFilesWatcher.h"
#include "ui/GuideReadProgress.h"
#include "ui/MessageBar.h"
#include "ui/RecentGuidesMenu.h"
#include "ui/ScreenSet.h"
#include "ui/ShortcutsDialog.h"
#include "ui/WindowShortcutKeeper.h"
#include "ui/backups/RestoreBackupDialog.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/drafts/RecoveredDraftsOffer.h"
#include "ui/drafts/UnsavedDraftsDialog.h"
#include "ui/formats/FormatActions.h"
#include "ui/library/GuideSwitcher.h"
#include "ui/library/LibraryActions.h"
#include "ui/mock/MockInterviewScreen.h"
#include "ui/practice/PracticeScreen.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/TextZoom.h"
#include "ui/preferences/ThemeMenu.h"
#include "ui/preferences/WindowTheme.h"
#include "ui/progress/ProgressScreen.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/search/SearchDialog.h"
#include "ui/search/SearchHitOpener.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ip {

namespace {
const auto AfterFirstPaintEvent = QEvent::Type(QEvent::registerEventType());
const auto AfterStudyPaintEvent = QEvent::Type(QEvent::registerEventType());
} // namespace

MainWindow::MainWindow(StudyContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(context)
{
    // Before any widget, so none is laid out at the desktop's size first.
    m_zoom = new TextZoom(this);
    // Headings, column widths and the like are sized from the font when a
    // screen is made: a new text size makes them again.
    connect(m_zoom, &TextZoom::percentChanged, this, &MainWindow::rebuildScreens,
            Qt::QueuedConnection);
    // Likewise the colours: a few labels and charts take theirs when made.
    m_theme = new WindowTheme(this);
    connect(m_theme, &WindowTheme::choiceChanged, this, &MainWindow::rebuildScreens,
            Qt::QueuedConnection);
    // The guide switcher heads the navigation: which guide the screens show.
    // Made first, so Tab goes from the guide to the screens' names, as they
    // are drawn, and from there into the screen (a screen made later joins
    // the chain at its end; setTabOrder() would leave the guide after it).
    m_guideSwitcher = new GuideSwitcher(m_context, this);
    m_navigation = new QListWidget(this);
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_stack = new QStackedWidget(this);
    m_screens = new ScreenSet(m_context, m_stack, this);
    connect(m_screens, &ScreenSet::screenMade, this, &MainWindow::onScreenMade);
    connect(m_screens, &ScreenSet::loadFailed, this, &MainWindow::showLoadFailure);
    for (const QString& title : ScreenSet::titles())
        m_navigation->addItem(title);
    {
        // The screen the study will open on is marked from the first paint;
        // a list without a current row would take the first one when it gets
        // the focus, as if it had been chosen.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(
            QSettings().value(QStringLiteral("window/screen"), QuestionsIndex).toInt());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);

    m_guideMessages = new MessageBar(this);
    m_storageMessages = new MessageBar(this);
    m_recoveryMessages = new MessageBar(this);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_storageMessages);
    rightLayout->addWidget(m_recoveryMessages);
    rightLayout->addWidget(m_guideMessages);
    rightLayout->addWidget(m_stack, 1);

    auto* left = new QWidget(this);
    left->setBackgroundRole(QPalette::Window);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 4, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_guideSwitcher, 0, Qt::AlignHCenter);
    leftLayout->addWidget(m_navigation, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(left);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    m_guideSummary = new QLabel(this);
    m_guideSummary->setObjectName(QStringLiteral("guideSummary"));
    m_guideSummary->setTextFormat(Qt::PlainText); // a guide's title is text
    statusBar()->addWidget(m_guideSummary, 1);
    m_unsavedStatus = new QLabel(this);
    m_unsavedStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_unsavedStatus);
    m_unsavedStatus->hide();

    m_settingsTimer = new QTimer(this);
    m_settingsTimer->setSingleShot(true);
    m_settingsTimer->setInterval(SettingsSaveDelayMs);
    connect(m_settingsTimer, &QTimer::timeout, this, &MainWindow::saveSettings);

    buildMenus();
    fitNavigation();
    // A first start fits the screen, frame and status bar included; later
    // starts restore what the user left.
    const FirstWindowGeometry first =
        FirstWindowGeometry::forScreen(screen() ? screen()->availableGeometry()
                                                : QRect(0, 0, FirstWindowGeometry::PreferredWidth,
                                                        FirstWindowGeometry::PreferredHeight));
    setGeometry(first.geometry);
    if (first.maximised)
        setWindowState(windowState() | Qt::WindowMaximized);
    restoreSettings();
    m_fileCheckTimer = new QTimer(this);
    m_fileCheckTimer->setInterval(FileCheckIntervalMs);
    connect(m_fileCheckTimer, &QTimer::timeout, this, &MainWindow::checkDatabaseFile);
    // The candidate may edit the guide in another editor while studying it.
    m_guideWatcher = new GuideFilesWatcher(this);
    connect(m_guideWatcher, &GuideFilesWatcher::changed, this, [this](const QString& file) {
        m_changedGuideFile = file;
        reloadGuide();
    });
    m_reloadRetry = new QTimer(this);
    m_reloadRetry->setSingleShot(true);
    m_reloadRetry->setInterval(ReadOnlyRetryMs);
    connect(m_reloadRetry, &QTimer::timeout, this, &MainWindow::reloadGuide);
    if (m_context.isOpen())
        showStudy();
    // Restoring the geometry above is not a change of the user's.
    m_settingsTimer->stop();
}

void MainWindow::showStudy()
{
    connect(m_context.drafts(), &DraftKeeper::changed, this, &MainWindow::onDraftsChanged);
    // Only the screen shown is made before the first paint.
    buildScreens(m_screenBeforeStudy >= 0
                     ? m_screenBeforeStudy
                     : QSettings().value(QStringLiteral("window/screen"), QuestionsIndex).toInt());
    showStorageState();
    updateStorageActions();
    m_recovered = new RecoveredDraftsOffer(
        m_context.dataDirectory(),
        [this](const Draft& draft) {
            // What is typed now reaches the database first, so the recovered
            // text is compared with it rather than overwritten by it.
            commitAllEdits();
            return m_context.writeDraft(draft);
        },
        m_recoveryMessages, this, m_context.drafts());
    connect(m_recovered, &RecoveredDraftsOffer::restored, this, &MainWindow::rebuildScreens);
    if (m_context.hasStorage())
        m_recovered->offer();
    m_fileCheckTimer->start();
    watchOpenGuide();
}

MainWindow::~MainWindow()
{
    // The screens and bars go after this body, with the QWidget part of the
    // window; what they signal on the way (a filter cleared, a draft
    // committed) must not reach slots of a window that is no longer one.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
    if (m_context.drafts())
        QObject::disconnect(m_context.drafts(), nullptr, this, nullptr);
}

SearchDialog* MainWindow::searchDialog() const
{
    return m_searchDialog;
}

void MainWindow::showSearch()
{
    if (m_searchDialog) {
        m_searchDialog->present();
        return;
    }
    StudyData* studyData = m_context.data();
    const QString unavailable =
        m_context.storageError() ? m_context.storageError()->message : QString();
    m_searchDialog =
        new SearchDialog(studyData ? &studyData->search() : nullptr, unavailable, this);
    // Gone once closed: a restored backup replaces the service it searches.
    connect(m_searchDialog, &QDialog::finished, m_searchDialog, &QObject::deleteLater);
    m_searchDialog->setModal(true);
    m_searchDialog->queryField()->setText(m_lastSearch);
    connect(m_searchDialog, &SearchDialog::finished, this,
            [this] { m_lastSearch = m_searchDialog->queryField()->text(); });
    // Queued: opening another guide must not run inside the dialog's close.
    connect(
        m_searchDialog, &SearchDialog::hitChosen, this,
        [this](const SearchHit& hit) {
            if (!m_searchHits)
                m_searchHits = std::make_unique<SearchHitOpener>(*this, m_context);
            m_searchHits->open(hit);
        },
        Qt::QueuedConnection);
    m_searchDialog->present();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_library = new LibraryActions(m_context, this);
    connect(m_library, &LibraryActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_library, &LibraryActions::openGuideRequested, this,
            [this](const QString& path) { openGuide(path); });
    // Queued: opening a guide and the library dialog run event loops of
    // their own, and the switcher is refilled by the open; not from inside
    // the combo box's own signal.
    connect(
        m_guideSwitcher, &GuideSwitcher::guideChosen, this,
        [this](const QString& path) { openGuide(path); }, Qt::QueuedConnection);
    connect(m_guideSwitcher, &GuideSwitcher::manageLibraryChosen, m_library,
            &LibraryActions::showLibrary, Qt::QueuedConnection);
    file->addAction(m_library->openFromLibraryAction());
    QAction* open = file->addAction(tr("&Open Guide File…"), this, &MainWindow::chooseGuide);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentGuides = new RecentGuidesMenu(this);
    file->addMenu(m_recentGuides);
    // Queued: opening rebuilds the menu, which deletes the item chosen.
    connect(
        m_recentGuides, &RecentGuidesMenu::openRequested, this,
        [this](const QString& path) { openRecentGuide(path); }, Qt::QueuedConnection);
    // The guides that come with the app, by their titles, numbered to be
    // chosen by key as in Open Recent.
    // Filled when first opened: the titles are read from the guides.
    QMenu* shipped = file->addMenu(tr("Open &Included Guide"));
    connect(shipped, &QMenu::aboutToShow, this, [this, shipped] {
        if (!shipped->isEmpty())
            return;
        for (const QString& path : StudyContext::includedGuidePaths()) {
            QString title =
                StudyContext::includedGuideTitle(path).replace(u'&', QStringLiteral("&&"));
            if (shipped->actions().size() < 9)
                title = QStringLiteral("&%1 %2").arg(shipped->actions().size() + 1).arg(title);
            shipped->addAction(title, this, [this, path] { openGuide(path); });
        }
    });
    // The formats other programs read and write, and printing.
    m_formats = new FormatActions(m_context, this, [this] { commitAllEdits(); });
    connect(m_formats, &FormatActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_formats, &FormatActions::openGuideRequested, this,
            [this](const QString& path) { openGuide(path); });
    QMenu* imports = file->addMenu(tr("Impor&t"));
    imports->addAction(m_library->importGuidesAction());
    imports->addAction(m_formats->importFlashcardsAction());
    file->addSeparator();
    // Everything that leaves the app as a file, in one place: the user's
    // data and stories first, then the open guide with the user's work.
    QMenu* exports = file->addMenu(tr("&Export"));
    QAction* exportAction = exports->addAction(tr("&Data (JSON)…"), this, &MainWindow::exportData);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* storiesMarkdown =
        exports->addAction(tr("&Stories (Markdown)…"), this, [this] { exportStories(false); });
    QAction* storiesPdf =
        exports->addAction(tr("Stories (&PDF)…"), this, [this] { exportStories(true); });
    exports->addSeparator();
    exports->addActions(m_formats->exportActions());
    file->addAction(m_formats->printAction());
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    // Also, and above all, when the database is damaged and could not open.
    file->addAction(tr("Re&store from Backup…"), this, &MainWindow::chooseBackupToRestore);
    m_storageActions = {exportAction, storiesMarkdown, storiesPdf, backup};
    m_storageActions << m_formats->storageActions();
    updateStorageActions();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    new EditCommands(menuBar()->addMenu(tr("&Edit")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Requirements"), tr("&Questions"), tr("&Stories"),
                            tr("&Practice"),     tr("Pro&gress"),  tr("&Mock Interviews")};
    // One screen shows at a time: radio items.
    auto* screenGroup = new QActionGroup(this);
    screenGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    for (int index = 0; index < int(names.size()); ++index) {
        QAction* action =
            view->addAction(names.at(index), this, [this, index] { showScreen(index); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + index)));
        action->setCheckable(true);
        action->setActionGroup(screenGroup);
        m_screenActions << action;
    }
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find in Current Screen"), this, [this] {
        if (auto* screen = qobject_cast<Screen*>(m_stack->currentWidget()))
            screen->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* search = view->addAction(tr("Search &Everything…"), this, &MainWindow::showSearch);
    search->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    new WindowShortcutKeeper(this, search->shortcuts());
    view->addSeparator();
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_zoom, &TextZoom::zoomIn);
    // Ctrl+= too: on most keyboards + needs Shift.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_zoom, &TextZoom::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* actualSize = view->addAction(tr("&Actual Size"), m_zoom, &TextZoom::reset);
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addMenu(new ThemeMenu(m_theme, view));

    // These menus hold their screens' commands, added as the screens are
    // made; a menu opened before that makes its screen.
    m_questionMenu = menuBar()->addMenu(tr("&Question"));
    connect(m_questionMenu, &QMenu::aboutToShow, this, [this] { m_screens->questions(); });
    m_storyMenu = menuBar()->addMenu(tr("St&ory"));
    connect(m_storyMenu, &QMenu::aboutToShow, this, [this] { m_screens->stories(); });
    m_practiceMenu = menuBar()->addMenu(tr("&Practice"));
    connect(m_practiceMenu, &QMenu::aboutToShow, this, [this] { m_screens->practice(); });
    m_mockSeparator = m_practiceMenu->addSeparator();
    m_mockAction = m_practiceMenu->addAction(tr("&Mock Interview…"), this, [this] {
        showScreen(MockInterviewIndex);
        if (MockInterviewScreen* mock = m_screens->mockInterviews())
            mock->chooseAndStart();
    });
    m_mockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mockAction->setEnabled(false); // until the study is open and can be saved

    QMenu* settings = menuBar()->addMenu(tr("Se&ttings"));
    QAction* preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About Interview Prep"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildScreens(int shown)
{
    if (shown < 0 || shown >= ScreenSet::Count)
        shown = QuestionsIndex;
    // The keys were on the screen: they go to its successor, not to
    // whatever Qt picks while the old one goes.
    const bool focusInScreen = m_stack->isAncestorOf(QApplication::focusWidget());
    m_screens->clear(ScreenSet::Deletion::Later);
    // Their commands went with them; the mock interview item stays.
    m_questionMenu->clear();
    m_storyMenu->clear();
    for (QAction* action : m_practiceMenu->actions()) {
        if (action == m_mockSeparator || action == m_mockAction)
            continue;
        // The separators between the commands are the menu's own.
        if (action->parent() == m_practiceMenu)
            delete action;
        else
            m_practiceMenu->removeAction(action);
    }
    m_mockAction->setEnabled(m_context.canEditStudy());
    // Grades given on the new screens are scheduled for the retention the
    // user chose (the stored schedules already are).
    if (m_context.hasStorage())
        m_context.data()->practice().useScheduler(
            ReviewScheduler(Preferences::load().schedulerSettings()));
    fitNavigation();
    showGuideDiagnostics();
    updateStatusBar();
    m_guideSwitcher->refresh();
    showScreen(shown);
    if (focusInScreen && m_stack->currentWidget())
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    // The rest once the window is on the screen (with the study in it, when
    // the study came after the window).
    if (m_firstPaintDone && !m_studyPaintPending)
        m_screens->makeRemainingLater();
    // The guide was read (for All guides, every snapshot in the library
    // decoded) and its screen made: what that needed only on the way goes,
    // and with it the guide shown before, once the screens that held it
    // are deleted (their deletion was posted first).
    QMetaObject::invokeMethod(this, &giveFreedMemoryBack, Qt::QueuedConnection);
}

void MainWindow::onScreenMade(Screen* screen, int index)
{
    connectScreen(screen);
    switch (index) {
    case QuestionsIndex: {
        auto* questions = static_cast<QuestionsScreen*>(screen);
        connect(questions, &QuestionsScreen::openStoryRequested, this, [this](const QString& id) {
            showScreen(StoriesIndex);
            if (m_screens->stories()->selectStory(id))
                m_screens->stories()->editor()->focusField(StoryField::Title);
        });
        m_questionMenu->addActions(questions->commands());
        break;
    }
    case StoriesIndex: {
        auto* stories = static_cast<StoriesScreen*>(screen);
        connect(stories, &StoriesScreen::openQuestionRequested, this, [this](const QString& key) {
            showScreen(QuestionsIndex);
            m_screens->questions()->revealQuestion(key);
        });
        m_storyMenu->addActions(stories->commands());
        break;
    }
    case PracticeIndex: {
        auto* practice = static_cast<PracticeScreen*>(screen);
        // New due days: the session is made again (after the menu item's slot).
        connect(practice, &PracticeScreen::interviewDateChanged, this, &MainWindow::rebuildScreens,
                Qt::QueuedConnection);
        // Show Answer | the grades | Undo Grade | Set Interview Date… | Mock Interview…
        const QList<QAction*> commands = practice->commands();
        for (int i = 0; i < commands.size(); ++i) {
            if (i == 1 || i == 5 || i == 6)
                m_practiceMenu->insertSeparator(m_mockSeparator);
            m_practiceMenu->insertAction(m_mockSeparator, commands.at(i));
        }
        break;
    }
    case ProgressIndex:
        connect(static_cast<ProgressScreen*>(screen), &ProgressScreen::interviewDateChanged, this,
                &MainWindow::rebuildScreens, Qt::QueuedConnection);
        break;
    default:
        break;
    }
}

QList<Screen*> MainWindow::screens() const
{
    return m_screens->madeScreens();
}

RequirementsScreen* MainWindow::requirementsScreen() const
{
    return m_screens->requirements();
}

QuestionsScreen* MainWindow::questionsScreen() const
{
    return m_screens->questions();
}

StoriesScreen* MainWindow::storiesScreen() const
{
    return m_screens->stories();
}

PracticeScreen* MainWindow::practiceScreen() const
{
    return m_screens->practice();
}

ProgressScreen* MainWindow::progressScreen() const
{
    return m_screens->progress();
}

MockInterviewScreen* MainWindow::mockInterviewScreen() const
{
    return m_screens->mockInterviews();
}

void MainWindow::fitNavigation()
{
    QFont navigationFont = font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    // As wide as the longest screen name needs, no wider: on a small screen
    // every pixel it does not take goes to what the user reads.
    const QFontMetrics metrics(navigationFont);
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        widest = qMax(widest, metrics.horizontalAdvance(item->text()));
        item->setToolTip(tr("Ctrl+%1").arg(row + 1));
    }
    const int padding = metrics.height();
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setSizeHint(QSize(widest + padding, metrics.height() * 2));
    m_navigation->setFixedWidth(widest + 2 * padding);
    // Inset like the screens' names under it.
    m_guideSwitcher->setFixedWidth(m_navigation->width() - 8);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // The text size changed (View › Zoom, Preferences).
    if (event->type() == QEvent::FontChange && m_navigation)
        fitNavigation();
}

void MainWindow::showPreferences()
{
    Preferences current = Preferences::load();
    PreferencesDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences(dialog.chosen());
}

void MainWindow::applyPreferences(const Preferences& chosen)
{
    const Preferences before = Preferences::load();
    m_zoom->setPercent(chosen.textSizePercent);
    if (auto* stories = static_cast<StoriesScreen*>(m_screens->madeScreen(StoriesIndex))) {
        stories->timingPanel()->setWordsPerMinute(chosen.wordsPerMinute);
    } else {
        QSettings().setValue(StoryTimingPanel::SettingsKey, chosen.wordsPerMinute);
        // The question browser's stories are timed at it too.
        if (StoryListModel* shared = m_screens->madeStoryModel())
            shared->setWordsPerMinute(chosen.wordsPerMinute);
    }
    // The retention is kept once the stored schedules follow it.
    if (chosen.desiredRetentionPercent == before.desiredRetentionPercent ||
        applySchedulerSettings(chosen))
        chosen.savePractice();
    else if (m_context.hasStorage()) // grades go on as the stored schedules were made
        m_context.data()->practice().useScheduler(ReviewScheduler(before.schedulerSettings()));
    // The practice session is made for a daily limit and shows the intervals
    // each grade would give: it is made again for the new ones.
    if (chosen.desiredRetentionPercent != before.desiredRetentionPercent ||
        chosen.newQuestionsPerDay != before.newQuestionsPerDay)
        rebuildScreens();
}

bool MainWindow::applySchedulerSettings(const Preferences& preferences)
{
    if (!m_context.hasStorage() || !m_context.canSave())
        return false;
    // Every due day is worked out again for the new retention.
    const Result<void> applied =
        m_context.data()->practice().setScheduler(ReviewScheduler(preferences.schedulerSettings()));
    if (!applied.ok())
        showStorageFailure(applied.error());
    return applied.ok();
}

void MainWindow::commitAllEdits()
{
    for (Screen* screen : screens())
        screen->commitPendingEdits();
}

void MainWindow::connectScreen(Screen* screen)
{
    connect(screen, &Screen::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 4000); });
    connect(screen, &Screen::storageFailed, this, &MainWindow::showStorageFailure);
    connect(screen, &Screen::loadFailed, this, &MainWindow::showLoadFailure);
    connect(screen, &Screen::stateChanged, this, &MainWindow::scheduleSettingsSave);
}

void MainWindow::showLoadFailure(const Error& error)
{
    m_storageMessages->showMessage(
        MessageBar::Kind::Error,
        tr("Some of your data could not be read, so what is shown may be incomplete: %1")
            .arg(error.message));
}

void MainWindow::showStorageFailure(const Error& error)
{
    if (error.kind == ErrorKind::Vanished) {
        checkDatabaseFile();
        return;
    }
    if (m_showingVanished)
        return; // that message says more, and offers the way out
    m_showingSaveFailure = true;
    if (error.kind == ErrorKind::Corrupt) {
        m_storageMessages->showMessage(
            MessageBar::Kind::Error,
            tr("Your last change could not be saved because the database is damaged: %1 What you "
               "typed is kept.")
                .arg(error.message),
            {}, {{tr("&Restore from Backup…"), [this] { chooseBackupToRestore(); }}});
        return;
    }
    if (error.kind == ErrorKind::Locked) {
        m_storageMessages->showMessage(
            MessageBar::Kind::Warning,
            tr("Another program is using the database, so your last change is waiting. It is "
               "kept and saved as soon as the database is free."),
            {error.message});
        return;
    }
    const bool kept = !m_context.drafts()->isEmpty();
    m_storageMessages->showMessage(
        MessageBar::Kind::Error,
        kept ? tr("Your last change could not be saved: %1 What you typed is kept and saving is "
                  "retried every few seconds.")
                   .arg(error.message)
             : tr("Your last change could not be saved: %1").arg(error.message));
}

void MainWindow::onDraftsChanged()
{
    const DraftKeeper* drafts = m_context.drafts();
    const QString status = drafts->statusText();
    m_unsavedStatus->setText(status);
    m_unsavedStatus->setToolTip(drafts->lastError() ? drafts->lastError()->message : QString());
    m_unsavedStatus->setVisible(!status.isEmpty());
    // The red bar is about text that is now saved.
    if (drafts->isEmpty() && m_showingSaveFailure) {
        m_showingSaveFailure = false;
        m_storageMessages->hide();
        statusBar()->showMessage(tr("Everything is saved."), 4000);
    }
}

QString MainWindow::unsavedStatus() const
{
    return m_unsavedStatus->text();
}

void MainWindow::checkDatabaseFile()
{
    const Result<void> present = m_context.checkStorageFile();
    // Shown again if the user dismissed it: it is the only way out.
    if (present.ok() || (m_showingVanished && m_storageMessages->isVisible()))
        return;
    m_showingVanished = true;
    m_showingSaveFailure = false;
    m_storageMessages->showMessage(
        MessageBar::Kind::Error, present.error().message,
        {tr("Your notes, stories and progress are still held by the app; nothing you type is "
            "lost while it waits.")},
        {{tr("&Save Everything to a New Database"), [this] { rescueDatabase(); }}});
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A window shown but never painted (minimised at once) still gets its
    // checks and screens.
    if (!m_firstPaintDone)
        QTimer::singleShot(FirstPaintFallbackMs, this, &MainWindow::afterFirstPaint);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == AfterFirstPaintEvent) {
        afterFirstPaint();
        return true;
    }
    if (event->type() == AfterStudyPaintEvent) {
        startBackgroundWork();
        return true;
    }
    // Posted at low priority: the paint reaches the screen first, and what
    // was already waiting in the event loop goes before it.
    if (event->type() == QEvent::Paint && !m_firstPaintDone && !m_afterFirstPaintPosted) {
        m_afterFirstPaintPosted = true;
        QCoreApplication::postEvent(this, new QEvent(AfterFirstPaintEvent), Qt::LowEventPriority);
    } else if (event->type() == QEvent::Paint && m_studyPaintPending) {
        m_studyPaintPending = false;
        QCoreApplication::postEvent(this, new QEvent(AfterStudyPaintEvent), Qt::LowEventPriority);
    }
    return QMainWindow::event(event);
}

void MainWindow::startBackgroundWork()
{
    if (m_backgroundWorkStarted)
        return;
    m_backgroundWorkStarted = true;
    m_studyPaintPending = false;
    startStorageChecks();
    m_screens->makeRemainingLater();
}

void MainWindow::afterFirstPaint()
{
    if (m_firstPaintDone)
        return;
    m_firstPaintDone = true;
    if (m_context.isOpen()) {
        startBackgroundWork();
    } else {
        // The window came up before the database and the guide were read;
        // the screen it showed last comes now (and the rest after it).
        const QString chosen = m_context.guideToOpen();
        m_readingGuide = true;
        {
            const GuideReadProgress progress(this, chosen.isEmpty() ? StudyContext::ShippedGuidePath
                                                                    : chosen);
            m_context.open([this] { Q_EMIT storageOpened(); });
        }
        m_readingGuide = false;
        if (!m_context.isOpen()) {
            // Another instance holds the folder: nothing was read, nothing
            // is shown or remembered; the app hands over to it.
            Q_EMIT anotherInstanceRunning();
            return;
        }
        if (GuideParseWorker::wasCancelled() && !chosen.isEmpty()) {
            // The guide chosen is not shown; the one that comes with the app
            // is, and the next start tries the chosen one again.
            m_context.openGuide(QString());
            statusBar()->showMessage(
                tr("Opening “%1” was cancelled.").arg(StudyContext::displayName(chosen)), 5000);
        }
        // The checks and the other screens once the study is painted; on
        // their own if it is not (the window minimised meanwhile).
        m_studyPaintPending = true;
        showStudy();
        // The keys go to the study, as on a start that had it at once: the
        // window's activation put them on its first field (the guide
        // switcher or the navigation) before there was a screen.
        if (QWidget* shown = m_stack->currentWidget())
            shown->setFocus(Qt::OtherFocusReason);
        Q_EMIT studyOpened();
        update();
        QTimer::singleShot(FirstPaintFallbackMs, this, &MainWindow::startBackgroundWork);
    }
}

void MainWindow::startStorageChecks()
{
    DeferredStorageCheck* check = m_context.startDeferredChecks();
    if (!check)
        return;
    connect(check, &DeferredStorageCheck::passed, this, [this](const QStringList& warnings) {
        // Once the database is known sound, and after the first paint.
        m_library->includeShippedGuides();
        // The database is sound; something beside it (the backup) was not.
        if (!warnings.isEmpty())
            m_storageMessages->showMessage(MessageBar::Kind::Warning, warnings.first(),
                                           warnings.mid(1));
    });
    connect(check, &DeferredStorageCheck::failed, this, &MainWindow::onStorageCheckFailed);
}

void MainWindow::onStorageCheckFailed(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Vanished:
        checkDatabaseFile(); // offers to save everything to a new file
        return;
    case ErrorKind::Corrupt:
        break;
    default:
        // Not known to be damaged, only not checked this time.
        m_storageMessages->showMessage(
            MessageBar::Kind::Warning,
            tr("Your database could not be checked for damage: %1").arg(error.message));
        return;
    }
    // Nothing more goes into the file from now on; what is typed goes to the
    // draft keeper (its saves fail and are journalled).
    m_context.refuseWrites(error);
    showReadOnlyScreens();
}

void MainWindow::showReadOnlyScreens()
{
    // A screen's dialog (a picker, Rehearse, a confirmation) or a guide being
    // read would be deleted under its caller by a rebuild: wait until it is
    // gone. Saves fail meanwhile, so nothing reaches the file.
    if (QApplication::activeModalWidget() || readingGuide()) {
        QTimer::singleShot(ReadOnlyRetryMs, this, &MainWindow::showReadOnlyScreens);
        return;
    }
    // The screens come back read-only with everything in the file still
    // shown, and the bar offers the way back.
    rebuildScreens();
    showStorageState();
}

void MainWindow::rescueDatabase()
{
    if (readingGuide())
        return;
    const Result<QString> rescued = m_context.rescueStorage();
    if (!rescued.ok()) {
        m_storageMessages->showMessage(
            MessageBar::Kind::Error,
            tr("The new database could not be written: %1").arg(rescued.error().message), {},
            {{tr("&Try Again"), [this] { rescueDatabase(); }}});
        return;
    }
    m_showingVanished = false;
    QStringList details;
    if (!rescued->isEmpty())
        details << tr("The file that had taken its place was kept as %1.")
                       .arg(QDir::toNativeSeparators(*rescued));
    m_storageMessages->showMessage(
        MessageBar::Kind::Information,
        tr("Everything was written to a new database at %1; saving goes on there.")
            .arg(QDir::toNativeSeparators(m_context.data()->filePath())),
        details);
    m_context.drafts()->retryAll();
}

void MainWindow::scheduleSettingsSave()
{
    m_settingsTimer->start();
}

void MainWindow::updateStorageActions()
{
    for (QAction* action : std::as_const(m_storageActions))
        action->setEnabled(m_context.hasStorage());
}

void MainWindow::chooseBackupToRestore()
{
    if (readingGuide())
        return;
    const Result<QList<BackupInfo>> backups = m_context.backups();
    if (!backups.ok()) {
        QMessageBox::warning(this, tr("Restore from Backup"), backups.error().message);
        return;
    }
    const QString problem =
        m_context.storageError() && m_context.storageError()->kind == ErrorKind::Corrupt
            ? m_context.storageError()->message
            : QString();
    RestoreBackupDialog dialog(backups.value(), problem, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    restoreBackup(dialog.chosenPath());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (readingGuide())
        return false;
    // A deleted database is only in the open file; the restore could not
    // keep it aside, so it is written out first.
    if (!m_context.checkStorageFile().ok()) {
        rescueDatabase();
        if (!m_context.checkStorageFile().ok())
            return false;
    }
    if (!settleDrafts(tr("Restore &Without Saving")))
        return false;
    saveSettings();
    const int current = currentScreen();
    // The screens hold the repositories the restore closes: they go first.
    m_screens->clear(ScreenSet::Deletion::Now);
    const Result<RestoreOutcome> restored = m_context.restoreBackup(backupPath);
    m_showingVanished = false;
    m_showingSaveFailure = false;
    buildScreens(current);
    updateStorageActions();
    if (!restored.ok()) {
        m_storageMessages->showMessage(
            MessageBar::Kind::Error,
            tr("The backup could not be restored: %1").arg(restored.error().message));
        if (!m_context.hasStorage())
            showStorageState();
        return false;
    }
    QStringList details;
    if (!restored->keptAside.isEmpty())
        details << tr("The database you had before was kept as %1.")
                       .arg(QDir::toNativeSeparators(restored->keptAside));
    m_storageMessages->showMessage(
        MessageBar::Kind::Information,
        tr("Restored the backup made %1: %2.")
            .arg(QLocale().toString(restored->backup.madeAt.toLocalTime(), QLocale::ShortFormat),
                 RestoreBackupDialog::contentsText(restored->backup)),
        details);
    return true;
}

void MainWindow::rebuildScreens()
{
    // Before the study is read there is nothing to rebuild: the screens are
    // made with the text size and preferences of that moment.
    if (!m_context.isOpen())
        return;
    // Once the guide being read is in: the screens are made from it.
    if (readingGuide()) {
        QTimer::singleShot(ReadOnlyRetryMs, this, &MainWindow::rebuildScreens);
        return;
    }
    commitAllEdits();
    // The new screens take up the selection, panes and preview shown now.
    saveSettings();
    // Drafts kept for the screens about to go are written by their keys.
    m_context.drafts()->rebindAll(
        [this](const Draft& draft) { return m_context.writeDraft(draft); });
    buildScreens(currentScreen());
}

bool MainWindow::settleDrafts(const QString& discardText)
{
    commitAllEdits();
    DraftKeeper* drafts = m_context.drafts();
    if (!drafts)
        return true; // nothing read yet, so nothing typed
    while (!drafts->isEmpty() && !drafts->retryAll()) {
        UnsavedDraftsDialog dialog(drafts->drafts(),
                                   drafts->lastError() ? drafts->lastError()->message : QString(),
                                   discardText, this);
        dialog.exec();
        switch (dialog.choice()) {
        case UnsavedDraftsDialog::Cancel:
            return false;
        case UnsavedDraftsDialog::Retry:
            continue;
        case UnsavedDraftsDialog::SaveCopy: {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save a Copy of Your Unsaved Work"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                    QStringLiteral("/interview-prep-unsaved.md"),
                tr("Markdown files (*.md)"));
            if (path.isEmpty())
                continue;
            if (const Result<void> written = drafts->writeCopy(path); !written.ok()) {
                QMessageBox::warning(this, tr("Copy Not Saved"), written.error().message);
                continue;
            }
            drafts->discardAll();
            return true;
        }
        case UnsavedDraftsDialog::Discard:
            drafts->discardAll();
            return true;
        }
    }
    return true;
}

void MainWindow::showScreen(int index)
{
    if (index < 0 || index >= ScreenSet::Count)
        return;
    // Keys act on the screen the user chose: its main view takes the focus,
    // unless the focus is already inside it or the user is moving through the
    // navigation list. Decided before the switch, because QStackedWidget moves
    // the focus into the new page's first field (a filter) by itself.
    QWidget* screen = m_screens->screen(index);
    if (!screen) {
        // The study is not read yet: it opens on the screen chosen now
        // (Ctrl+3 pressed as the window appeared) instead of the last one.
        m_screenBeforeStudy = index;
        return;
    }
    const bool keepFocus =
        m_navigation->hasFocus() || screen->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(screen);
    if (!keepFocus)
        screen->setFocus(Qt::OtherFocusReason);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    for (int i = 0; i < int(m_screenActions.size()); ++i)
        m_screenActions.at(i)->setChecked(i == index);
    // The Question and Story menus stay in place, as menus do; their
    // screens enable the items while they show (and have something to act
    // on).
    scheduleSettingsSave();
}

int MainWindow::currentScreen() const
{
    return m_screens->indexOf(m_stack->currentWidget());
}

bool MainWindow::openGuide(const QString& path)
{
    return readGuideInto(path, GuideOpening::Chosen);
}

bool MainWindow::reloadGuide()
{
    const QString path = m_context.guideFile();
    if (path.isEmpty() || path.startsWith(u':'))
        return false;
    // A dialog's caller (a picker, a confirmation, a guide being read) would
    // lose its screen under it: the change is applied once it is gone.
    if (readingGuide() || QApplication::activeModalWidget()) {
        m_reloadRetry->start();
        return false;
    }
    m_reloadRetry->stop();
    // All guides names the library's file that changed.
    const QString changed = m_changedGuideFile.isEmpty() ? path : m_changedGuideFile;
    m_changedGuideFile.clear();
    const int screen = currentScreen();
    // Only the screens made so far have a place to keep.
    const auto* requirements =
        static_cast<RequirementsScreen*>(m_screens->madeScreen(RequirementsIndex));
    const auto* questions = static_cast<QuestionsScreen*>(m_screens->madeScreen(QuestionsIndex));
    const bool keepRequirement = requirements != nullptr;
    const bool keepQuestion = questions != nullptr;
    const QString question = questions ? questions->currentQuestionKey() : QString();
    const QString requirement = requirements ? requirements->currentRequirementKey() : QString();
    const QString questionFilter = questions ? questions->filterField()->text() : QString();
    const QString requirementFilter =
        requirements ? requirements->filterField()->text() : QString();
    if (!readGuideInto(path, GuideOpening::Reload))
        return false;
    // The new screens show the same place in the edited guide; the keys
    // follow the questions wherever they moved.
    if (keepRequirement) {
        m_screens->requirements()->filterField()->setText(requirementFilter);
        if (!requirement.isEmpty())
            m_screens->requirements()->selectRequirement(requirement);
    }
    if (keepQuestion) {
        m_screens->questions()->filterField()->setText(questionFilter);
        if (!question.isEmpty())
            m_screens->questions()->revealQuestion(question);
    }
    showScreen(screen);
    statusBar()->showMessage(
        tr("“%1” changed on disk and was read again.").arg(QFileInfo(changed).fileName()), 5000);
    return true;
}

void MainWindow::watchOpenGuide()
{
    m_guideWatcher->watch(m_context.guideFiles());
}

bool MainWindow::readGuideInto(const QString& path, GuideOpening opening)
{
    const bool reload = opening == GuideOpening::Reload;
    const QString discardText = reload ? tr("Reload &Without Saving") : tr("Open &Without Saving");
    if (m_readingGuide || !settleDrafts(discardText))
        return false;
    // A new guide is parsed in a worker process, which can take up to its
    // time limit; the window keeps painting, and after a moment says what it
    // is doing and offers to stop.
    m_readingGuide = true;
    Guide guide;
    {
        const GuideReadProgress progress(this, path);
        guide = m_context.readGuide(path);
    }
    m_readingGuide = false;
    if (GuideParseWorker::wasCancelled()) {
        statusBar()->showMessage(
            tr("Opening “%1” was cancelled.").arg(StudyContext::displayName(path)), 5000);
        return false;
    }
    if (reload && guide.hasErrors()) {
        // Most often an edit caught half-way (a quote not yet closed): what
        // was studied stays, and the next save of the file is read again.
        m_guideMessages->showMessage(
            MessageBar::Kind::Error,
            tr("“%1” changed on disk but cannot be read completely. Fix the problems below in the "
               "file; the guide as it was before stays shown until then.")
                .arg(StudyContext::displayName(path)),
            diagnosticLines(guide));
        return false;
    }
    if (guide.hasErrors() && guide.questions.isEmpty() && guide.requirementCount() == 0) {
        // Nothing in it to study (an image, a binary or not a guide at all):
        // the guide open now stays, and the bar says why in the parser's words.
        m_guideMessages->showMessage(
            MessageBar::Kind::Error,
            tr("“%1” could not be opened: nothing in it can be studied. The guide you had open "
               "stays open.")
                .arg(StudyContext::displayName(path)),
            diagnosticLines(guide));
        return false;
    }
    // Typing went on while the guide was read.
    if (!settleDrafts(discardText))
        return false;
    saveSettings();
    if (!reload) {
        // The next start reopens the guide the user chose, unless it could
        // only be read in part.
        if (!guide.hasErrors())
            QSettings().setValue(QStringLiteral("guide/last"), path);
        // The switcher, not the recent files, goes back to All guides.
        if (path != StudyContext::AllGuidesPath)
            m_recentGuides->add(path);
    }
    m_context.setGuide(std::move(guide), path);
    buildScreens(currentScreen());
    watchOpenGuide();
    return true;
}

void MainWindow::openRecentGuide(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        m_recentGuides->remove(path);
        m_guideMessages->showMessage(
            MessageBar::Kind::Error,
            tr("“%1” is no longer there; it was taken off the recent guides. The guide you had "
               "open stays open.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openGuide(path);
}

QStringList MainWindow::diagnosticLines(const Guide& guide)
{
    QStringList lines;
    for (const Diagnostic& diagnostic : guide.diagnostics) {
        lines << (diagnostic.line > 0
                      ? tr("Line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                      : diagnostic.message);
    }
    return lines;
}

void MainWindow::showGuideDiagnostics()
{
    const Guide& guide = m_context.guide();
    const QStringList lines = diagnosticLines(guide);
    int errors = 0;
    for (const Diagnostic& diagnostic : guide.diagnostics)
        errors += diagnostic.isError() ? 1 : 0;
    const QString name = guide.isCombined() ? guide.title : QFileInfo(guide.fileName).fileName();
    if (errors > 0) {
        m_guideMessages->showMessage(
            MessageBar::Kind::Error,
            tr("“%1” could not be read completely: what could be read is shown, read-only. Fix "
               "the problems below in the file and open it again to take notes and practise.")
                .arg(name),
            lines);
    } else if (!lines.isEmpty()) {
        m_guideMessages->showMessage(MessageBar::Kind::Warning,
                                     lines.size() == 1
                                         ? tr("“%1” opened with 1 warning; everything else is "
                                              "shown.")
                                               .arg(name)
                                         : tr("“%1” opened with %n warnings; everything else is "
                                              "shown.",
                                              nullptr, int(lines.size()))
                                               .arg(name),
                                     lines);
    } else {
        m_guideMessages->hide();
    }
}

void MainWindow::showStorageState()
{
    if (const auto& error = m_context.storageError()) {
        QList<MessageBar::Action> actions;
        if (error->kind == ErrorKind::Corrupt)
            actions << MessageBar::Action{tr("&Restore from Backup…"),
                                          [this] { chooseBackupToRestore(); }};
        m_storageMessages->showMessage(
            MessageBar::Kind::Error,
            tr("Your progress and notes cannot be saved in this session. %1").arg(error->message),
            {}, actions);
    } else if (const QStringList warnings = m_context.data()->warnings(); !warnings.isEmpty()) {
        // The database works, but something beside it (a scheduled backup) did not.
        m_storageMessages->showMessage(MessageBar::Kind::Warning, warnings.first(),
                                       warnings.mid(1));
    }
}

QString MainWindow::storiesText(int count)
{
    return tr("%n story(ies)", nullptr, count);
}

void MainWindow::updateStatusBar()
{
    const Guide& guide = m_context.guide();
    setWindowTitle(guide.title);
    // Each count in its own plural form: "1 question, 20 requirements".
    const int questions = int(guide.questions.size());
    const int requirements = guide.requirementCount();
    m_guideSummary->setText(tr("%1 — %2, %3")
                                .arg(guide.title, tr("%n question(s)", nullptr, questions),
                                     tr("%n requirement(s)", nullptr, requirements)));
}

void MainWindow::chooseGuide()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Guide"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Interview guides (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openGuide(path);
}

void MainWindow::exportData()
{
    if (!m_context.hasStorage())
        return;
    commitAllEdits();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/interview-prep-export.json"),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto document = m_context.data()->exporter().exportAll();
    Result<void> written =
        document.ok() ? document->writeFile(path) : Result<void>(document.error());
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Export Failed"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported your data to %1").arg(path), 6000);
}

void MainWindow::exportStories(bool pdf)
{
    if (!m_context.hasStorage())
        return;
    commitAllEdits();
    if (m_screens->stories()->storyModel()->rowCount() == 0) {
        QMessageBox::information(this, tr("No Stories to Export"),
                                 tr("Write a story on the Stories screen (Ctrl+3) first."));
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        pdf ? QFileDialog::getSaveFileName(this, tr("Export Stories as PDF"),
                                           documents + QStringLiteral("/interview-stories.pdf"),
                                           tr("PDF files (*.pdf)"))
            : QFileDialog::getSaveFileName(this, tr("Export Stories as Markdown"),
                                           documents + QStringLiteral("/interview-stories.md"),
                                           tr("Markdown files (*.md)"));
    if (!path.isEmpty())
        writeStories(path, pdf);
}

bool MainWindow::writeStories(const QString& path, bool pdf)
{
    if (!m_context.hasStorage())
        return false;
    commitAllEdits();
    // The same stories and guides as `interview-prep export`: a story's links
    // into other guides of the library are named too, the open guide first.
    Result<StoryCollection> collection = m_context.data()->storyCollection();
    if (!collection.ok()) {
        QMessageBox::warning(this, tr("Export Failed"), collection.error().message);
        return false;
    }
    const QList<StarStory>& stories = collection->stories;
    QList<Guide> guides = collection->guides;
    guides.prepend(m_context.guide());
    QString done;
    Result<void> written;
    if (pdf) {
        const Result<int> pages = StoryExporter::writePdf(path, stories, guides);
        if (pages.ok())
            done = tr("Exported %1 to %2 (%3)")
                       .arg(storiesText(int(stories.size())), path,
                            tr("%n page(s)", nullptr, pages.value()));
        else
            written = pages.error();
    } else {
        written = StoryExporter::writeMarkdown(path, stories, guides);
        done = tr("Exported %1 to %2").arg(storiesText(int(stories.size())), path);
    }
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Export Failed"), written.error().message);
        return false;
    }
    statusBar()->showMessage(done, 6000);
    return true;
}

void MainWindow::backUpNow()
{
    if (!m_context.hasStorage())
        return;
    commitAllEdits();
    const auto path = m_context.data()->backup(QStringLiteral("manual"));
    if (!path.ok()) {
        QMessageBox::warning(this, tr("Backup Failed"), path.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(path.value()), 6000);
}

void MainWindow::showShortcuts()
{
    // Every screen's commands are listed.
    m_screens->makeAll();
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Interview Prep"),
        tr("<h3>Interview Prep %1</h3><p>Study for a job interview from a guide: track the "
           "requirements, practise the questions, keep your notes.</p><p>Your data stays on this "
           "computer, in %2.</p>")
            .arg(QApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_context.dataDirectory()).toHtmlEscaped()));
}

bool MainWindow::readingGuide() const
{
    // Also a parse the window did not start (the included guides going into
    // the library, an import): its wait runs a local event loop, and what
    // it works on must not be closed or replaced under it.
    return m_readingGuide || GuideParseWorker::isBusy();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (readingGuide()) {
        // Stop the parse first; the close is done once openGuide() returns.
        GuideParseWorker::cancel();
        event->ignore();
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (!m_context.isOpen()) {
        // Closed before anything was read: nothing to save, and no screen
        // to remember in place of the one shown last time.
        event->accept();
        return;
    }
    // A deleted database lives only in the open file: closing it at exit
    // would lose everything since the last backup.
    if (const Result<void> present = m_context.checkStorageFile(); !present.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Database Deleted"), present.error().message,
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton* rescue =
            box.addButton(tr("&Save Everything to a New Database"), QMessageBox::AcceptRole);
        QPushButton* quit = box.addButton(tr("&Quit Without Saving"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(rescue);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(rescue)) {
            rescueDatabase();
            if (!m_context.checkStorageFile().ok()) {
                event->ignore();
                return;
            }
        } else if (box.clickedButton() != static_cast<QAbstractButton*>(quit)) {
            event->ignore();
            return;
        }
    }
    if (!settleDrafts(tr("&Quit Without Saving"))) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    scheduleSettingsSave();
}

void MainWindow::moveEvent(QMoveEvent* event)
{
    QMainWindow::moveEvent(event);
    scheduleSettingsSave();
}

void MainWindow::saveSettings() const
{
    m_settingsTimer->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (currentScreen() >= 0)
        settings.setValue(QStringLiteral("window/screen"), currentScreen());
    for (Screen* screen : screens())
        screen->saveState(settings);
    settings.sync();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

} // namespace ip
