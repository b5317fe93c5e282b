#pragma once

#include "ui/Screen.h"

#include <memory>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace ip {

class LinkedStoriesList;
class NotesEditor;
class OrphanedNoteFilterModel;
class OrphanedNoteListModel;
class OrphanedNoteView;
class QuestionFilterModel;
class QuestionListModel;
class QuestionNotes;
struct QuestionNote;
class QuestionView;
class StoryListModel;
class StudyContext;

// The question browser: a filterable list, the selected question with its
// answer hidden until revealed, and the user's notes beside it with the
// stories that answer the question. The state filter also offers the notes
// kept for questions the guide no longer has ("Orphaned notes"), which are
// read, edited and deleted there.
class QuestionsScreen : public Screen {
    Q_OBJECT
public:
    explicit QuestionsScreen(StudyContext& context, QWidget* parent = nullptr);
    // stories: shared with the Stories screen so links show on both; null
    // makes the screen read the stories itself.
    QuestionsScreen(StudyContext& context, StoryListModel* stories, QWidget* parent = nullptr);
    ~QuestionsScreen() override;

    static QString screenTitle() { return tr("Questions"); }
    QString title() const override { return screenTitle(); }
    void focusFilter() override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;
    void commitPendingEdits() override;

    // The screen's own commands, for the window's menu; their shortcuts work
    // while this screen is shown.
    QList<QAction*> commands() const;

    QListView* questionList() const { return m_list; }
    QuestionView* questionView() const { return m_view; }
    NotesEditor* notesEditor() const { return m_notes; }
    QLineEdit* filterField() const { return m_filter; }
    QComboBox* categoryFilter() const { return m_category; }
    // Any, New, Due, Weak, Confident: where the question stands in practice;
    // then "Orphaned notes (n)" while there are any.
    QComboBox* standingFilter() const { return m_standing; }
    QToolButton* bookmarkedOnlyButton() const { return m_bookmarkedOnly; }
    QAction* bookmarkedOnlyAction() const { return m_bookmarkedOnlyAction; }
    LinkedStoriesList* linkedStories() const { return m_linkedStories; }

    // The notes whose question left the guide, listed in the question list's
    // place while the state filter is on "Orphaned notes".
    QListView* orphanedNoteList() const { return m_orphanList; }
    OrphanedNoteView* orphanedNoteView() const { return m_orphanView; }
    QAction* deleteOrphanedNoteAction() const { return m_deleteOrphanAction; }
    int orphanedNoteCount() const;
    bool isShowingOrphanedNotes() const { return m_showingOrphans; }
    // Turns the state filter to "Orphaned notes"; false when there are none.
    bool showOrphanedNotes();

    void selectQuestion(const QString& key);
    // The question shown, or while orphaned notes are listed the key of the
    // note shown.
    QString currentQuestionKey() const;
    // Selects the question, clearing the filters if they hide it; a key the
    // guide no longer has shows its orphaned note, if there is one.
    bool revealQuestion(const QString& key);

    // Links stories to the current question, or starts a new one for it.
    void answerWithStory();

Q_SIGNALS:
    // The user wants to work on a story on the Stories screen.
    void openStoryRequested(const QString& storyId);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildCommands();
    void onCurrentChanged();
    void toggleBookmark();
    void updateCount();
    // Reads every question's practice schedule again (on show: the grades
    // of the Practice screen and the command line change them).
    void loadStandings();
    void ensureSelection();
    void pinCurrentQuestion();
    void updateCommands();
    bool filtersSet() const;
    QString emptyStateMessage() const;
    void clearFilters();
    // Adds, renames or removes the state filter's "Orphaned notes (n)".
    void updateOrphanedNotesItem();
    void setOrphansShown(bool shown);
    void onOrphanChanged();
    void ensureOrphanSelection();
    void deleteOrphanedNote();
    // The guide an orphaned note's question was in, by its title.
    QString guideTitleOf(const QuestionNote& note) const;

    StudyContext& m_context;
    QuestionNotes* m_noteStore = nullptr; // null without storage
    QuestionListModel* m_model = nullptr;
    QuestionFilterModel* m_filtered = nullptr;

    QLineEdit* m_filter = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_standing = nullptr;
    QToolButton* m_bookmarkedOnly = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QuestionView* m_view = nullptr;
    NotesEditor* m_notes = nullptr;
    StoryListModel* m_stories = nullptr;
    LinkedStoriesList* m_linkedStories = nullptr;
    QSplitter* m_splitter = nullptr;
    QHBoxLayout* m_filterRow = nullptr;

    OrphanedNoteListModel* m_orphans = nullptr;
    OrphanedNoteFilterModel* m_orphansFiltered = nullptr;
    QListView* m_orphanList = nullptr;
    OrphanedNoteView* m_orphanView = nullptr;
    QStackedWidget* m_lists = nullptr;  // the questions, or the orphaned notes
    QStackedWidget* m_centre = nullptr; // the question, or the orphaned note
    bool m_showingOrphans = false;

    QAction* m_revealAction = nullptr;
    QAction* m_bookmarkAction = nullptr;
    QAction* m_bookmarkedOnlyAction = nullptr;
    QAction* m_editNotesAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_answerAction = nullptr;
    QAction* m_deleteOrphanAction = nullptr;
};

} // namespace ip
