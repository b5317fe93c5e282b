#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace ip {

class FormatActions;
class GuideFilesWatcher;
class GuideSwitcher;
class LibraryActions;
class MessageBar;
class RecoveredDraftsOffer;
class MockInterviewScreen;
class PracticeScreen;
class ProgressScreen;
class QuestionsScreen;
class TextZoom;
class WindowTheme;
struct Preferences;
class RecentGuidesMenu;
class SearchDialog;
class SearchHitOpener;
class RequirementsScreen;
class Screen;
class ScreenSet;
class StoriesScreen;
class StudyContext;
struct Error;
struct Guide;

// Assembles the screens, the menus and the status bar; holds no study logic
// of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StudyContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The status bar's standing line: the guide and its size.
    QLabel* guideSummary() const { return m_guideSummary; }

    enum ScreenIndex {
        RequirementsIndex = 0,
        QuestionsIndex = 1,
        StoriesIndex = 2,
        PracticeIndex = 3,
        ProgressIndex = 4,
        MockInterviewIndex = 5
    };
    // Settings are written this long after the last change (a resize, a
    // splitter drag), so a crash keeps them without a write per pixel.
    static constexpr int SettingsSaveDelayMs = 1000;
    // How often the database file is checked for having been deleted or
    // replaced, beside the check before every write.
    static constexpr int FileCheckIntervalMs = 2000;
    // The storage checks and the screens not shown wait for the first paint,
    // or this long after the window is shown when it is not painted.
    static constexpr int FirstPaintFallbackMs = 1000;
    // How often a read-only rebuild waiting for a dialog to close looks again.
    static constexpr int ReadOnlyRetryMs = 250;
    void showScreen(int index);
    int currentScreen() const;

    // Opens another guide in place of the current one, keeping what the user
    // typed (it is saved first; if it cannot be, the user is asked). Returns
    // whether the guide was opened.
    bool openGuide(const QString& path);
    // Reads the open guide's file again after it changed on disk, keeping the
    // screen, the selected question and requirement and what was typed. A
    // file that now has errors leaves the guide shown as it is and the
    // message bar lists the problems. Returns whether the guide was read again.
    bool reloadGuide();
    // Watches the open guide's file for reloadGuide().
    GuideFilesWatcher* guideWatcher() const { return m_guideWatcher; }

    // Each screen is made when first asked for (see ScreenSet).
    RequirementsScreen* requirementsScreen() const;
    QuestionsScreen* questionsScreen() const;
    StoriesScreen* storiesScreen() const;
    PracticeScreen* practiceScreen() const;
    ProgressScreen* progressScreen() const;
    MockInterviewScreen* mockInterviewScreen() const;
    MessageBar* guideMessages() const { return m_guideMessages; }
    // Search everything (Ctrl+K); null until first opened and while closed.
    SearchDialog* searchDialog() const;
    void showSearch();
    MessageBar* storageMessages() const { return m_storageMessages; }
    MessageBar* recoveryMessages() const { return m_recoveryMessages; }
    RecoveredDraftsOffer* recoveredDrafts() const { return m_recovered; }
    // "2 changes not saved — retrying" in the status bar; empty when all is saved.
    QString unsavedStatus() const;

    // Puts a backup in place of the database (the current file is kept
    // aside) and shows what it holds. Returns whether it was restored.
    bool restoreBackup(const QString& backupPath);

    // Writes every story with its linked questions to a Markdown or PDF file;
    // a failure is shown in a dialog. Returns whether the file was written.
    bool writeStories(const QString& path, bool pdf);

    // File › Import, the guide's formats in File › Export, File › Print.
    LibraryActions* libraryActions() const { return m_library; }
    GuideSwitcher* guideSwitcher() const { return m_guideSwitcher; }
    FormatActions* formatActions() const { return m_formats; }

    // What Settings › Preferences does once accepted: text size, speaking
    // rate, practice (a new retention reschedules every question).
    void applyPreferences(const Preferences& chosen);
    TextZoom* textZoom() const { return m_zoom; }
    WindowTheme* theme() const { return m_theme; }

Q_SIGNALS:
    // A context opened later (StudyContext::Opening::Later) has been opened,
    // after the window's first paint; storageError() says whether it worked.
    void studyOpened();
    // On the way there: the database is open (or could not be), the guide
    // not read yet. The instance channel can listen from here.
    void storageOpened();
    // The data folder is held by another instance of the app: nothing was
    // read, and the window stays empty.
    void anotherInstanceRunning();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void buildMenus();
    // Makes the screen shown now, the others after the first paint.
    void buildScreens(int shown);
    void onScreenMade(Screen* screen, int index);
    void afterFirstPaint();
    // The storage checks and the screens not shown, once the user sees the
    // study: they must not hold up its paint.
    void startBackgroundWork();
    // The guide's screens, the database's state, the drafts left by a crash:
    // everything that needs the context open.
    void showStudy();
    void connectScreen(Screen* screen);
    void showLoadFailure(const Error& error);
    void showGuideDiagnostics();
    enum class GuideOpening { Chosen, Reload };
    // openGuide() and reloadGuide(): a reload keeps the guide shown when the
    // file now has errors, and leaves the recent guides alone.
    bool readGuideInto(const QString& path, GuideOpening opening);
    // This window's read of a guide, or any other parse waited for.
    bool readingGuide() const;
    // Points the watcher at the guide open now.
    void watchOpenGuide();
    // A guide's problems, one line each, with their line numbers.
    static QStringList diagnosticLines(const Guide& guide);
    void showStorageState();
    void updateStatusBar();
    // "1 story", "3 stories".
    static QString storiesText(int count);
    void chooseGuide();
    // A guide from File › Open Recent; one that has gone is taken off the list.
    void openRecentGuide(const QString& path);
    void exportData();
    void exportStories(bool pdf);
    QList<Screen*> screens() const;
    void commitAllEdits();
    // Saves what is typed; when something cannot be saved, asks the user
    // (Retry, Save a Copy As…, go on without it). False: the user cancelled.
    bool settleDrafts(const QString& discardText);
    void onDraftsChanged();
    void showStorageFailure(const Error& error);
    void checkDatabaseFile();
    // The integrity check and daily backup left out of the open, once the
    // window is up; a damaged file then turns the screens read-only.
    void startStorageChecks();
    void onStorageCheckFailed(const Error& error);
    void showReadOnlyScreens();
    void rescueDatabase();
    void scheduleSettingsSave();
    void chooseBackupToRestore();
    void updateStorageActions();
    void rebuildScreens();
    void backUpNow();
    void showShortcuts();
    void showAbout();
    // The navigation's font and width follow the text size.
    void fitNavigation();
    void showPreferences();
    // False when the schedules could not follow (shown to the user).
    bool applySchedulerSettings(const Preferences& preferences);
    void saveSettings() const;
    void restoreSettings();

    bool m_firstPaintDone = false;
    bool m_afterFirstPaintPosted = false;
    // The study came after the window: the background work waits for its
    // paint.
    bool m_studyPaintPending = false;
    bool m_backgroundWorkStarted = false;
    // A screen chosen before the study was read, to open it on.
    int m_screenBeforeStudy = -1;
    // Made for each use, as the services it searches are made again when a
    // backup is restored; the last query is kept for the next.
    QPointer<SearchDialog> m_searchDialog;
    QString m_lastSearch;
    std::unique_ptr<SearchHitOpener> m_searchHits;
    StudyContext& m_context;
    GuideSwitcher* m_guideSwitcher = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    MessageBar* m_guideMessages = nullptr;
    MessageBar* m_storageMessages = nullptr;
    MessageBar* m_recoveryMessages = nullptr;
    RecoveredDraftsOffer* m_recovered = nullptr;
    QLabel* m_unsavedStatus = nullptr;
    // What is open, always shown; a passing message ("Saved") covers it for
    // a moment, then it is back.
    QLabel* m_guideSummary = nullptr;
    QTimer* m_settingsTimer = nullptr;
    QTimer* m_fileCheckTimer = nullptr;
    // The storage bar shows a failed save that a later success clears.
    bool m_showingSaveFailure = false;
    bool m_showingVanished = false;
    bool m_readingGuide = false; // a guide is being parsed; do not start another
    GuideFilesWatcher* m_guideWatcher = nullptr;
    // The file whose change reloadGuide() is reading in; empty for a retry.
    QString m_changedGuideFile;
    // A change to the guide's file that came while a dialog was open or a
    // guide was being read is applied once they are gone.
    QTimer* m_reloadRetry = nullptr;
    ScreenSet* m_screens = nullptr;
    QMenu* m_questionMenu = nullptr;
    QMenu* m_storyMenu = nullptr;
    QMenu* m_practiceMenu = nullptr;
    // Practice › Mock Interview… and the separator above it stay while the
    // practice commands before them come and go with the screen.
    QAction* m_mockSeparator = nullptr;
    QAction* m_mockAction = nullptr;
    RecentGuidesMenu* m_recentGuides = nullptr;
    LibraryActions* m_library = nullptr;
    FormatActions* m_formats = nullptr;
    TextZoom* m_zoom = nullptr;
    WindowTheme* m_theme = nullptr;
    QList<QAction*> m_screenActions;
    QList<QAction*> m_storageActions; // need a database
};

} // namespace ip
