#include "ui/questions/NotesEditor.h"

#include "content/MarkdownRenderer.h"
#include "services/DraftWriter.h"
#include "services/QuestionNotes.h"
#include "ui/AutosaveTimer.h"
#include "ui/TextTone.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/questions/QuestionView.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
enum Page { EditPage = 0, PreviewPage = 1 };
}

NotesEditor::NotesEditor(QuestionNotes* notes, DraftKeeper* drafts,
                         const QString& unavailableReason, QWidget* parent)
    : QWidget(parent), m_notes(notes), m_drafts(drafts)
{
    auto* title = new QLabel(tr("Your notes"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may quote an error naming a file
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_words = new QLabel(this);
    m_words->setForegroundRole(QPalette::PlaceholderText);

    m_previewButton = new QToolButton(this);
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("Show the notes rendered (Ctrl+Shift+P)"));
    m_previewButton->setAutoRaise(true);
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreviewVisible);

    m_editor = new QPlainTextEdit(this);
    m_editor->setTabChangesFocus(true);
    // Named here: the heading above is no buddy once the stack takes the
    // editor as its child.
    m_editor->setAccessibleName(tr("Your notes"));
    m_editor->installEventFilter(this);
    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Your notes, rendered"));
    m_preview->document()->setDefaultStyleSheet(QuestionView::styleSheet(m_preview->palette()));
    m_preview->setWordWrapMode(QTextOption::WordWrap);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(EditPage, m_editor);
    m_pages->insertWidget(PreviewPage, m_preview);

    m_autosave = new AutosaveTimer(this, AutosaveDelayMs);
    connect(m_autosave, &AutosaveTimer::due, this, &NotesEditor::commit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesEditor::onTextEdited);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(m_previewButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_words);

    // A reason means nothing can be saved; the notes that can be read are
    // still shown.
    m_readOnly = !m_notes || !unavailableReason.isEmpty();
    if (m_readOnly) {
        m_editor->setReadOnly(true);
        m_editor->setPlaceholderText(
            tr("Notes cannot be saved right now: %1").arg(unavailableReason));
        m_editor->setToolTip(tr("Read-only: %1").arg(unavailableReason));
    } else {
        m_editor->setPlaceholderText(
            tr("Your own answer, keywords to remember, links…\n\nMarkdown works here. "
               "Everything is saved as you type."));
    }
    // A retry in the background reached the database: the note on screen is
    // saved unless the user typed more since.
    connect(m_drafts, &DraftKeeper::saved, this, [this](const QString& id) {
        if (id == draftId() && !m_dirty)
            setStatus(tr("Saved"));
    });
    setEnabled(false);
    updateWordCount();
}

QString NotesEditor::draftId() const
{
    return DraftWriter::noteDraft(m_question, QString(), QString()).id();
}

void NotesEditor::setQuestion(const QuestionRef& question, const QString& prompt)
{
    commit();
    m_question = question;
    m_prompt = prompt;
    setEnabled(!question.questionKey.isEmpty());
    QString text;
    const std::optional<Draft> unsaved = m_drafts->draft(draftId());
    if (unsaved) {
        text = unsaved->field(QStringLiteral("note"));
    } else if (m_notes && !question.questionKey.isEmpty()) {
        const auto stored = m_notes->markdown(question);
        if (stored.ok())
            text = stored.value();
        else
            Q_EMIT saveFailed(stored.error());
    }
    m_loading = true;
    m_editor->setPlainText(text); // also starts a fresh undo history
    m_loading = false;
    m_dirty = false;
    if (isPreviewVisible())
        showPreviewOf(text);
    if (unsaved)
        setStatus(tr("Not saved"), true);
    else
        setStatus(m_readOnly ? tr("Read-only") : QString());
    updateWordCount();
}

void NotesEditor::onTextEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    setStatus(tr("Editing…"));
    updateWordCount();
    m_autosave->edited();
}

bool NotesEditor::commit()
{
    m_autosave->stop();
    if (!m_dirty || m_question.questionKey.isEmpty() || m_readOnly)
        return true;
    m_dirty = false;
    const Draft draft = DraftWriter::noteDraft(m_question, m_prompt, m_editor->toPlainText());
    // The writer outlives this editor in the keeper only while the window
    // does; a guide switch settles every draft first.
    QPointer<NotesEditor> self(this);
    const auto saved = m_drafts->save(draft, [self](const Draft& d) -> Result<void> {
        // The notes service lives as long as the editor's screen.
        QuestionNotes* notes = self ? self->m_notes : nullptr;
        if (!notes)
            return makeError(ErrorKind::Internal,
                             tr("The Questions screen was closed before the note was saved."));
        const QuestionRef question{d.guideKey, d.itemKey};
        const QString markdown = d.field(QStringLiteral("note"));
        const auto stored = notes->saveMarkdown(question, markdown);
        if (!stored.ok())
            return stored.error();
        if (self)
            Q_EMIT self->noteSaved(question.questionKey, markdown);
        return {};
    });
    if (saved.ok()) {
        setStatus(tr("Saved"));
        return true;
    }
    setStatus(tr("Not saved"), true);
    m_status->setToolTip(saved.error().message);
    Q_EMIT saveFailed(saved.error());
    return false;
}

void NotesEditor::focusEditor()
{
    setPreviewVisible(false);
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void NotesEditor::setPreviewVisible(bool visible)
{
    if (visible)
        showPreviewOf(m_editor->toPlainText());
    m_pages->setCurrentIndex(visible ? PreviewPage : EditPage);
    const QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(visible);
}

void NotesEditor::showPreviewOf(const QString& markdown)
{
    if (!markdown.trimmed().isEmpty()) {
        m_preview->setHtml(MarkdownRenderer::toHtml(markdown));
        return;
    }
    // An empty box would look like the notes failed to load: say there are
    // none, and how to write some.
    const QString hint = m_readOnly ? tr("No notes for this question.")
                                    : tr("No notes yet. Press Ctrl+E to write some.");
    m_preview->setHtml(
        QStringLiteral("<p style=\"color: %1;\"><i>%2</i></p>")
            .arg(palette().color(QPalette::PlaceholderText).name(), hint.toHtmlEscaped()));
}

bool NotesEditor::isPreviewVisible() const
{
    return m_pages->currentIndex() == PreviewPage;
}

QString NotesEditor::statusText() const
{
    return m_status->text();
}

int NotesEditor::wordCount() const
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    int count = 0;
    for (auto it = word.globalMatch(m_editor->toPlainText()); it.hasNext(); it.next())
        ++count;
    return count;
}

bool NotesEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::updateWordCount()
{
    const int words = wordCount();
    m_words->setText(tr("%n word(s)", nullptr, words));
}

void NotesEditor::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    if (!isError)
        m_status->setToolTip(QString());
    TextTone::set(m_status, isError ? TextTone::Tone::Error : TextTone::Tone::Muted);
}

} // namespace ip
