#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ip {

class MessageBar;
class QuestionsScreen;
class RequirementsScreen;
class Screen;
class StoriesScreen;
class StudyContext;

// Assembles the screens, the menus and the status bar; holds no study logic
// of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StudyContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum ScreenIndex { RequirementsIndex = 0, QuestionsIndex = 1, StoriesIndex = 2 };
    void showScreen(int index);
    int currentScreen() const;

    // Opens another guide in place of the current one, keeping what the user
    // typed (it is saved first).
    void openGuide(const QString& path);

    RequirementsScreen* requirementsScreen() const { return m_requirements; }
    QuestionsScreen* questionsScreen() const { return m_questions; }
    StoriesScreen* storiesScreen() const { return m_stories; }
    MessageBar* guideMessages() const { return m_guideMessages; }
    MessageBar* storageMessages() const { return m_storageMessages; }

    // Writes every story with its linked questions to a Markdown or PDF file;
    // a failure is shown in a dialog. Returns whether the file was written.
    bool writeStories(const QString& path, bool pdf);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildScreens();
    void connectScreen(Screen* screen);
    void showGuideDiagnostics();
    void showStorageState();
    void updateStatusBar();
    void chooseGuide();
    void exportData();
    void exportStories(bool pdf);
    QList<Screen*> screens() const;
    void commitAllEdits();
    void backUpNow();
    void showShortcuts();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    StudyContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    MessageBar* m_guideMessages = nullptr;
    MessageBar* m_storageMessages = nullptr;
    RequirementsScreen* m_requirements = nullptr;
    QuestionsScreen* m_questions = nullptr;
    StoriesScreen* m_stories = nullptr;
    QMenu* m_questionMenu = nullptr;
    QMenu* m_storyMenu = nullptr;
    QList<QAction*> m_screenActions;
};

} // namespace ip
