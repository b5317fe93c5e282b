#pragma once

#include "model/QuestionRef.h"
#include "util/Result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace ip {

class AutosaveTimer;
class DraftKeeper;
class QuestionNotes;
struct Draft;

// The user's own Markdown notes beside a question. There is no Save button:
// text is saved after a short pause in typing, when the editor loses focus,
// when another question is chosen and when the app quits. A save that fails
// keeps the text and tries again, so nothing typed is dropped.
class NotesEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500; // the pause; AutosaveTimer bounds the wait

    // notes may be null (no database): the editor is then read-only. Saves go
    // through the draft keeper, which keeps and retries what failed.
    NotesEditor(QuestionNotes* notes, DraftKeeper* drafts, const QString& unavailableReason,
                QWidget* parent = nullptr);

    // Saves the current note if it changed, then shows this question's note
    // (or its unsaved draft). The prompt names the note in messages.
    void setQuestion(const QuestionRef& question, const QString& prompt = QString());
    // Saves now if anything is waiting. Returns false when the save failed
    // (the text is then kept by the draft keeper).
    bool commit();

    void focusEditor();
    void setPreviewVisible(bool visible);
    bool isPreviewVisible() const;
    void togglePreview() { setPreviewVisible(!isPreviewVisible()); }

    QPlainTextEdit* editor() const { return m_editor; }
    // The rendered notes; with none, a hint that says how to write some.
    QTextBrowser* preview() const { return m_preview; }
    QString statusText() const;
    int wordCount() const;

Q_SIGNALS:
    // After a successful save (also of a retried one): the note as stored.
    void noteSaved(const QString& questionKey, const QString& markdown);
    void saveFailed(const ip::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited();
    void updateWordCount();
    void showPreviewOf(const QString& markdown);
    void setStatus(const QString& text, bool isError = false);
    QString draftId() const;

    QuestionNotes* m_notes;
    DraftKeeper* m_drafts;
    QuestionRef m_question;
    QString m_prompt;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel* m_status = nullptr;
    QLabel* m_words = nullptr;
    QToolButton* m_previewButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QTextBrowser* m_preview = nullptr;
    AutosaveTimer* m_autosave = nullptr;
};

} // namespace ip
