#pragma once

#include "model/QuestionRef.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace ip {

class AutosaveTimer;
class QuestionNotes;

// The user's own Markdown notes beside a question. There is no Save button:
// text is saved after a short pause in typing, when the editor loses focus,
// when another question is chosen and when the app quits. A save that fails
// keeps the text and tries again, so nothing typed is dropped.
class NotesEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500; // the pause; AutosaveTimer bounds the wait

    // notes may be null (no database): the editor is then read-only.
    NotesEditor(QuestionNotes* notes, const QString& unavailableReason, QWidget* parent = nullptr);

    // Saves the current note if it changed, then shows this question's note.
    void setQuestion(const QuestionRef& question);
    // Saves now if anything is waiting. Returns false when a save failed.
    bool commit();

    void focusEditor();
    void setPreviewVisible(bool visible);
    bool isPreviewVisible() const;
    void togglePreview() { setPreviewVisible(!isPreviewVisible()); }

    QPlainTextEdit* editor() const { return m_editor; }
    QString statusText() const;
    int wordCount() const;

Q_SIGNALS:
    // After a successful save: whether the question now has any note.
    void noteSaved(const QString& questionKey, bool hasText);
    void saveFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited();
    void updateWordCount();
    void setStatus(const QString& text, bool isError = false);
    bool saveNote(const QuestionRef& question, const QString& markdown);

    QuestionNotes* m_notes;
    QuestionRef m_question;
    bool m_dirty = false;
    bool m_loading = false;
    // Text whose save failed, by question key, retried on the next commit.
    QHash<QString, QString> m_unsaved;

    QLabel* m_status = nullptr;
    QLabel* m_words = nullptr;
    QToolButton* m_previewButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QTextBrowser* m_preview = nullptr;
    AutosaveTimer* m_autosave = nullptr;
};

} // namespace ip
