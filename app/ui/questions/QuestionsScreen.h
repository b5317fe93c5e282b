#pragma once

#include "ui/Screen.h"

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QToolButton;

namespace ip {

class NotesEditor;
class QuestionFilterModel;
class QuestionListModel;
class QuestionNotes;
class QuestionView;
class StudyContext;

// The question browser: a filterable list, the selected question with its
// answer hidden until revealed, and the user's notes beside it.
class QuestionsScreen : public Screen {
    Q_OBJECT
public:
    explicit QuestionsScreen(StudyContext& context, QWidget* parent = nullptr);
    ~QuestionsScreen() override;

    QString title() const override { return tr("Questions"); }
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
    QToolButton* bookmarkedOnlyButton() const { return m_bookmarkedOnly; }

    void selectQuestion(const QString& key);
    QString currentQuestionKey() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildCommands();
    void onCurrentChanged();
    void toggleBookmark();
    void updateCount();
    void ensureSelection();

    StudyContext& m_context;
    std::unique_ptr<QuestionNotes> m_noteStore;
    QuestionListModel* m_model = nullptr;
    QuestionFilterModel* m_filtered = nullptr;

    QLineEdit* m_filter = nullptr;
    QComboBox* m_category = nullptr;
    QToolButton* m_bookmarkedOnly = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QuestionView* m_view = nullptr;
    NotesEditor* m_notes = nullptr;
    QSplitter* m_splitter = nullptr;

    QAction* m_revealAction = nullptr;
    QAction* m_bookmarkAction = nullptr;
    QAction* m_editNotesAction = nullptr;
    QAction* m_previewAction = nullptr;
};

} // namespace ip
