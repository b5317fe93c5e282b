#pragma once

#include "ui/Screen.h"

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace ip {

class StoryEditor;
class StoryFindingsList;
class StoryListModel;
class StoryListPane;
class StoryQuestionsPanel;
class StoryTimingPanel;
class StudyContext;

// The Stories screen: the candidate's STAR stories in a filterable list, the
// chosen story's editor (saved as typed), and beside it how long it runs, what
// the completeness check would have fixed, and the questions it answers.
class StoriesScreen : public Screen {
    Q_OBJECT
public:
    explicit StoriesScreen(StudyContext& context, QWidget* parent = nullptr);
    // On a story list made and read by the caller (shared with the question
    // browser, which may be made first); the caller owns it and reports a
    // failed read.
    StoriesScreen(StudyContext& context, StoryListModel* sharedModel, QWidget* parent = nullptr);
    // The story list as this screen reads it: the user's stories, read-only
    // without a database to write to, timed at the stored speaking rate.
    static StoryListModel* makeStoryModel(StudyContext& context, QObject* parent);
    ~StoriesScreen() override;

    static QString screenTitle() { return tr("Stories"); }
    QString title() const override { return screenTitle(); }
    void focusFilter() override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;
    void commitPendingEdits() override;

    // The screen's own commands, for the window's menu; their shortcuts work
    // while this screen is shown.
    QList<QAction*> commands() const;

    // Shared with the question browser, so both see the same links.
    StoryListModel* storyModel() const { return m_model; }
    QListView* storyList() const { return m_list; }
    QLineEdit* filterField() const;
    StoryEditor* editor() const { return m_editor; }
    StoryTimingPanel* timingPanel() const { return m_timing; }
    StoryFindingsList* findingsList() const { return m_findings; }
    StoryQuestionsPanel* questionsPanel() const { return m_questions; }
    QString countText() const;

    // Selects the story, clearing the filter if it hides it.
    bool selectStory(const QString& storyId);
    QString currentStoryId() const;

    void newStory();
    void duplicateStory();
    // Asks first, naming the story.
    void deleteStory();
    void linkQuestions();
    void rehearse();
    void showCoverage();

Q_SIGNALS:
    // The user wants to see a question in the question browser.
    void openQuestionRequested(const QString& questionKey);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildSidePane();
    void buildCommands();
    void onCurrentChanged();
    void onStoryDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void refreshSidePanes();
    void updateEmptyText();
    void updateCommands();
    void ensureSelection();
    void report(const ip::Error& error);

    StudyContext& m_context;
    StoryListModel* m_model = nullptr;
    StoryListPane* m_listPane = nullptr;
    QListView* m_list = nullptr;
    QStackedWidget* m_centre = nullptr;
    QLabel* m_emptyText = nullptr;
    StoryEditor* m_editor = nullptr;
    StoryTimingPanel* m_timing = nullptr;
    StoryFindingsList* m_findings = nullptr;
    StoryQuestionsPanel* m_questions = nullptr;
    QSplitter* m_splitter = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_linkAction = nullptr;
    QAction* m_rehearseAction = nullptr;
    QAction* m_coverageAction = nullptr;
};

} // namespace ip
