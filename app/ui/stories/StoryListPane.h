#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace ip {

class StoryFilterModel;
class StoryListModel;

// The left of the Stories screen: a filter field, the stories it lets
// through, buttons for the list's commands and a count. Up and Down in the
// filter move through the list and Enter goes to it, so choosing a story
// needs no mouse.
class StoryListPane : public QWidget {
    Q_OBJECT
public:
    StoryListPane(StoryListModel* stories, const QList<QAction*>& buttonActions,
                  QWidget* parent = nullptr);

    QLineEdit* filterField() const { return m_filter; }
    QListView* list() const { return m_list; }
    StoryFilterModel* filterModel() const { return m_filtered; }
    QString countText() const;

    QString currentStoryId() const;
    // Selects the story, clearing the filter if it hides it.
    bool selectStory(const QString& storyId);
    // Makes some story current when none is and any is shown.
    void ensureCurrent();
    // "5 stories, 3 complete"; "2 of 5 stories" while filtering.
    void updateCount();

Q_SIGNALS:
    // The shown stories changed (filtering, adding, deleting).
    void shownStoriesChanged();
    // The filter is about to hide or show stories: what was typed into the
    // current story must be saved now, not from inside the filter's removal
    // of its row (a change to the stories there corrupts the filter's rows).
    void filterAboutToChange();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StoryListModel* m_stories;
    StoryFilterModel* m_filtered = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace ip
