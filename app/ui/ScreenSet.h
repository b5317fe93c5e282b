#pragma once

#include <QObject>
#include <QPointer>
#include <array>

class QStackedWidget;
class QWidget;

namespace ip {

class MockInterviewScreen;
class PracticeScreen;
class ProgressScreen;
class QuestionsScreen;
class RequirementsScreen;
class Screen;
class StoriesScreen;
class StoryListModel;
class StudyContext;
struct Error;

// The main window's screens, each made when it is first needed. The window
// makes the one it shows before its first paint and the others one per turn
// of the event loop after it (makeRemainingLater), so the window appears
// without waiting for screens nobody looks at yet. Screens go into the stack
// in the order they are made; their index is their place in the navigation.
class ScreenSet : public QObject {
    Q_OBJECT
public:
    // In navigation order, as MainWindow::ScreenIndex.
    enum Index { Requirements, Questions, Stories, Practice, Progress, MockInterview, Count };

    ScreenSet(StudyContext& context, QStackedWidget* stack, QObject* parent = nullptr);
    ~ScreenSet() override;

    // The screens' names in navigation order, known before any is made.
    static QStringList titles();

    // The screen, made now if it was not yet; null for an index out of range
    // and until the context is open.
    Screen* screen(int index);
    // The screen if it has been made, else null.
    Screen* madeScreen(int index) const;
    // The screens made so far, in navigation order.
    QList<Screen*> madeScreens() const;
    // The navigation index of a screen in the stack, or -1.
    int indexOf(const QWidget* widget) const;

    // Makes every screen not made yet, one per turn of the event loop.
    void makeRemainingLater();
    // Makes every screen now (before listing all their commands).
    void makeAll();
    // Takes every screen out of the stack and deletes it with the story list
    // they share: now, or once control is back in the event loop (a screen's
    // own slot may be on the call stack).
    enum class Deletion { Now, Later };
    void clear(Deletion deletion);

    // The story list the Stories screen and the question browser share, if
    // one of them has been made.
    StoryListModel* madeStoryModel() const;

    RequirementsScreen* requirements();
    QuestionsScreen* questions();
    StoriesScreen* stories();
    PracticeScreen* practice();
    ProgressScreen* progress();
    MockInterviewScreen* mockInterviews();

Q_SIGNALS:
    // A screen was made and put in the stack; its saved state is restored.
    void screenMade(ip::Screen* screen, int index);
    // The stories the Stories screen and the question browser share could
    // not be read.
    void loadFailed(const ip::Error& error);

private:
    Screen* create(int index);
    // Made with the first of the two screens that show it.
    StoryListModel* storyModel();

    StudyContext& m_context;
    QStackedWidget* m_stack;
    std::array<QPointer<Screen>, Count> m_screens;
    StoryListModel* m_storyModel = nullptr;
    // Bumped by clear(), so that a pending makeRemainingLater() for screens
    // that are gone stops.
    int m_generation = 0;
};

} // namespace ip
