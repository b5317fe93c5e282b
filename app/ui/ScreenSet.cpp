#include "ui/ScreenSet.h"

#include "StudyContext.h"
#include "ui/mock/MockInterviewScreen.h"
#include "ui/practice/PracticeScreen.h"
#include "ui/preferences/Preferences.h"
#include "ui/progress/ProgressScreen.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryListModel.h"

#include <QApplication>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>

namespace ip {

ScreenSet::ScreenSet(StudyContext& context, QStackedWidget* stack, QObject* parent)
    : QObject(parent), m_context(context), m_stack(stack)
{
}

ScreenSet::~ScreenSet()
{
    // The screens before the story list they hold.
    clear(Deletion::Now);
}

StoryListModel* ScreenSet::madeStoryModel() const
{
    return m_storyModel;
}

QStringList ScreenSet::titles()
{
    return {RequirementsScreen::screenTitle(), QuestionsScreen::screenTitle(),
            StoriesScreen::screenTitle(),      PracticeScreen::screenTitle(),
            ProgressScreen::screenTitle(),     MockInterviewScreen::screenTitle()};
}

Screen* ScreenSet::screen(int index)
{
    // Nothing to show before the study is read: the navigation may ask
    // already (it takes a row when the window gets the focus).
    if (index < 0 || index >= Count || !m_context.isOpen())
        return nullptr;
    if (!m_screens.at(index)) {
        // A screen puts the focus on its main view when made, to have it
        // there when first shown; one made behind the screen in use must not
        // take the keys from where the user is typing.
        const QPointer<QWidget> focused = QApplication::focusWidget();
        Screen* made = create(index);
        // A screen that takes the focus itself (Practice's keys act on the
        // whole screen) is announced by its title.
        made->setAccessibleName(made->title());
        m_screens.at(index) = made;
        m_stack->addWidget(made);
        // Connected first: restoring may already report (an interview that
        // cannot be read).
        Q_EMIT screenMade(made, index);
        // As it was left: the last session's, or the one before a rebuild
        // (which may open an interview and focus its outline).
        QSettings settings;
        made->restoreState(settings);
        if (focused && QApplication::focusWidget() != focused && m_stack->currentWidget() != made)
            focused->setFocus(Qt::OtherFocusReason);
    }
    return m_screens.at(index);
}

Screen* ScreenSet::madeScreen(int index) const
{
    return index >= 0 && index < Count ? m_screens.at(index).data() : nullptr;
}

QList<Screen*> ScreenSet::madeScreens() const
{
    QList<Screen*> made;
    for (const QPointer<Screen>& screen : m_screens) {
        if (screen)
            made << screen.data();
    }
    return made;
}

int ScreenSet::indexOf(const QWidget* widget) const
{
    for (int index = 0; index < Count; ++index) {
        if (widget && m_screens.at(index) == widget)
            return index;
    }
    return -1;
}

void ScreenSet::makeRemainingLater()
{
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return; // those screens are gone; the new ones have their own turn
        for (int index = 0; index < Count; ++index) {
            if (!m_screens.at(index)) {
                screen(index);
                makeRemainingLater();
                return;
            }
        }
    });
}

void ScreenSet::makeAll()
{
    for (int index = 0; index < Count; ++index)
        screen(index);
}

void ScreenSet::clear(Deletion deletion)
{
    ++m_generation;
    for (QPointer<Screen>& screen : m_screens) {
        if (!screen)
            continue;
        m_stack->removeWidget(screen);
        if (deletion == Deletion::Now)
            delete screen.data();
        else
            screen->deleteLater();
        screen = nullptr;
    }
    // After the screens that show it, which may still write through it.
    if (m_storyModel) {
        if (deletion == Deletion::Now)
            delete m_storyModel;
        else
            m_storyModel->deleteLater();
        m_storyModel = nullptr;
    }
}

Screen* ScreenSet::create(int index)
{
    switch (index) {
    case Requirements:
        return new RequirementsScreen(m_context, m_stack);
    case Questions:
        return new QuestionsScreen(m_context, storyModel(), m_stack);
    case Stories:
        return new StoriesScreen(m_context, storyModel(), m_stack);
    case Practice:
        return new PracticeScreen(m_context, Preferences::load().newQuestionsPerDay, m_stack);
    case Progress:
        return new ProgressScreen(m_context, m_stack);
    default:
        return new MockInterviewScreen(m_context, m_stack);
    }
}

StoryListModel* ScreenSet::storyModel()
{
    if (!m_storyModel) {
        m_storyModel = StoriesScreen::makeStoryModel(m_context, this);
        if (const auto loaded = m_storyModel->reload(); !loaded.ok()) {
            // Once the screen showing it is connected.
            QMetaObject::invokeMethod(
                this, [this, error = loaded.error()] { Q_EMIT loadFailed(error); },
                Qt::QueuedConnection);
        }
    }
    return m_storyModel;
}

RequirementsScreen* ScreenSet::requirements()
{
    return static_cast<RequirementsScreen*>(screen(Requirements));
}

QuestionsScreen* ScreenSet::questions()
{
    return static_cast<QuestionsScreen*>(screen(Questions));
}

StoriesScreen* ScreenSet::stories()
{
    return static_cast<StoriesScreen*>(screen(Stories));
}

PracticeScreen* ScreenSet::practice()
{
    return static_cast<PracticeScreen*>(screen(Practice));
}

ProgressScreen* ScreenSet::progress()
{
    return static_cast<ProgressScreen*>(screen(Progress));
}

MockInterviewScreen* ScreenSet::mockInterviews()
{
    return static_cast<MockInterviewScreen*>(screen(MockInterview));
}

} // namespace ip
