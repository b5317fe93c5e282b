#include "ui/practice/PracticeNotesPane.h"

#include "content/MarkdownRenderer.h"
#include "ui/questions/QuestionView.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ip {

namespace {

// A story's part as an escaped paragraph with its letter's name, or nothing
// when the part is still empty.
QString partHtml(const QString& name, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(name.toHtmlEscaped(), escaped);
}

} // namespace

PracticeNotesPane::PracticeNotesPane(QWidget* parent) : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setAccessibleName(tr("Your notes and stories for this question"));
    auto* layout = new QVBoxLayout(this);
    // Apart from the answer, and off the window's edge like the header.
    layout->setContentsMargins(12, 0, 16, 0);
    layout->addWidget(m_browser);
}

void PracticeNotesPane::setContent(const QString& noteMarkdown, const QList<StarStory>& stories)
{
    m_note = noteMarkdown.trimmed();
    m_stories = stories;
    m_empty = m_note.isEmpty() && m_stories.isEmpty();
    render();
}

void PracticeNotesPane::render()
{
    QString html;
    if (!m_note.isEmpty())
        html +=
            QStringLiteral("<h3>%1</h3>").arg(tr("Your notes")) + MarkdownRenderer::toHtml(m_note);
    if (!m_stories.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(m_stories.size() == 1
                             ? tr("Your story")
                             : tr("Your stories (%n)", nullptr, int(m_stories.size())));
        for (const StarStory& story : std::as_const(m_stories)) {
            const QString title =
                story.title.trimmed().isEmpty() ? tr("Untitled story") : story.title.trimmed();
            html += QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped()) +
                    partHtml(tr("Situation:"), story.situation) +
                    partHtml(tr("Task:"), story.task) + partHtml(tr("Action:"), story.action) +
                    partHtml(tr("Result:"), story.result);
        }
    }
    m_browser->document()->setDefaultStyleSheet(QuestionView::styleSheet(palette()));
    m_browser->setHtml(html);
}

void PracticeNotesPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace ip
