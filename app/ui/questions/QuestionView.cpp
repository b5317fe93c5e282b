#include "ui/questions/QuestionView.h"

#include "content/MarkdownRenderer.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ip {

namespace {
enum Page { HiddenPage = 0, AnswerPage = 1 };
enum Mode { QuestionMode = 0, EmptyMode = 1 };

QColor mixed(const QColor& a, const QColor& b, float weightOfA)
{
    QColor colour;
    colour.setRgbF(a.redF() * weightOfA + b.redF() * (1 - weightOfA),
                   a.greenF() * weightOfA + b.greenF() * (1 - weightOfA),
                   a.blueF() * weightOfA + b.blueF() * (1 - weightOfA));
    return colour;
}
} // namespace

QString QuestionView::styleSheet(const QPalette& palette)
{
    // Qt's rich text understands a subset of CSS. The grid and the header's
    // shading are the palette's text colour over its base, so tables read in
    // light and dark themes alike.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QString grid = mixed(text, base, 0.35f).name();
    const QString header = mixed(text, base, 0.1f).name();
    return QStringLiteral("h2 { margin-top: 18px; margin-bottom: 6px; }"
                          "p, li { line-height: 130%; }"
                          "table { margin-top: 6px; margin-bottom: 6px; border-collapse: collapse;"
                          " border-style: solid; border-color: %1; }"
                          "th, td { padding: 3px 8px; border-color: %1; vertical-align: top; }"
                          "th { background-color: %2; font-weight: bold; }"
                          "code { font-family: monospace; }")
        .arg(grid, header);
}

QuestionView::QuestionView(QWidget* parent) : QWidget(parent)
{
    // The guide's own words: "a < b" is text, never markup (the answer below
    // is the only part rendered, through MarkdownRenderer).
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    // A long category ("Statistics and Experimentation") wraps rather than
    // widening the pane, and the window past a small screen.
    m_heading->setWordWrap(true);

    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.45);
    promptFont.setWeight(QFont::DemiBold);
    m_prompt->setFont(promptFont);

    m_reveal = new QPushButton(this);
    m_reveal->setFocusPolicy(Qt::TabFocus);
    connect(m_reveal, &QPushButton::clicked, this, &QuestionView::toggleAnswer);

    m_hiddenHint = new QLabel(
        tr("The answer is hidden.\nSay your answer out loud first, then press Space to compare."),
        this);
    m_hiddenHint->setAlignment(Qt::AlignCenter);
    m_hiddenHint->setForegroundRole(QPalette::PlaceholderText);
    m_hiddenHint->setWordWrap(true);

    m_answer = new QTextBrowser(this);
    m_answer->setOpenLinks(false);
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setFrameShape(QFrame::NoFrame);
    m_answer->document()->setDefaultStyleSheet(styleSheet(m_answer->palette()));
    m_answer->document()->setDocumentMargin(2);
    // QTextEdit breaks a word anywhere once it does not fit, so a table in
    // a narrow pane read "regularisat-ion" over two lines; words stay whole
    // and a table too wide for the pane scrolls instead.
    m_answer->setWordWrapMode(QTextOption::WordWrap);
    connect(m_answer, &QTextBrowser::anchorClicked, this, &QuestionView::openLink);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(HiddenPage, m_hiddenHint);
    m_pages->insertWidget(AnswerPage, m_answer);

    auto* questionPage = new QWidget(this);
    auto* questionLayout = new QVBoxLayout(questionPage);
    questionLayout->setContentsMargins(16, 12, 16, 8);
    questionLayout->setSpacing(10);
    questionLayout->addWidget(m_heading);
    questionLayout->addWidget(m_prompt);
    questionLayout->addWidget(m_reveal, 0, Qt::AlignLeft);
    questionLayout->addWidget(m_pages, 1);

    // The filter's own words are quoted: plain text, never markup.
    m_emptyMessage = new QLabel(this);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_clearFilter = new QPushButton(tr("&Clear Filter"), this);
    m_clearFilter->setToolTip(tr("Show every question again (Escape in the filter field clears "
                                 "the text)"));
    connect(m_clearFilter, &QPushButton::clicked, this, &QuestionView::clearFilterRequested);
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(16, 12, 16, 8);
    emptyLayout->setSpacing(12);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyMessage);
    emptyLayout->addWidget(m_clearFilter, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_modes = new QStackedWidget(this);
    m_modes->insertWidget(QuestionMode, questionPage);
    m_modes->insertWidget(EmptyMode, emptyPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modes);

    setQuestion(nullptr);
}

void QuestionView::setQuestion(const Question* question)
{
    m_question = question;
    m_reveal->setEnabled(question != nullptr);
    if (question) {
        m_heading->setText(tr("Question %1 · %2").arg(question->number).arg(question->category));
        m_prompt->setText(question->prompt);
        m_answer->setHtml(answerHtml(*question));
        m_modes->setCurrentIndex(QuestionMode);
    } else {
        m_heading->clear();
        m_prompt->clear();
        m_answer->clear();
        showEmptyState(tr("No question to show."), false);
    }
    // A new question always starts hidden, so the candidate answers first.
    m_revealed = true;
    setAnswerRevealed(false);
}

void QuestionView::showEmptyState(const QString& message, bool offerClearFilter)
{
    m_emptyMessage->setText(message);
    m_clearFilter->setVisible(offerClearFilter);
    m_modes->setCurrentIndex(m_question ? QuestionMode : EmptyMode);
}

bool QuestionView::isShowingEmptyState() const
{
    return m_modes->currentIndex() == EmptyMode;
}

QString QuestionView::emptyStateText() const
{
    return m_emptyMessage->text();
}

void QuestionView::setAnswerRevealed(bool revealed)
{
    const bool changed = revealed != m_revealed;
    m_revealed = revealed && m_question;
    m_pages->setCurrentIndex(m_revealed ? AnswerPage : HiddenPage);
    m_reveal->setText(m_revealed ? tr("Hide answer  (Space)") : tr("Reveal answer  (Space)"));
    if (m_revealed)
        m_answer->verticalScrollBar()->setValue(0);
    if (changed)
        Q_EMIT answerRevealedChanged(m_revealed);
}

QString QuestionView::answerHtml(const Question& question)
{
    if (question.parts.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("This guide gives no answer here."));
    QString html;
    for (const QuestionPart& part : question.parts) {
        html += QStringLiteral("<h2>%1</h2>").arg(part.name.toHtmlEscaped());
        html += MarkdownRenderer::toHtml(part.markdown);
    }
    return html;
}

void QuestionView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A new theme: the grid and header colours follow it.
    if (event->type() == QEvent::PaletteChange) {
        m_answer->document()->setDefaultStyleSheet(styleSheet(m_answer->palette()));
        if (m_question)
            m_answer->setHtml(answerHtml(*m_question));
    }
}

void QuestionView::openLink(const QUrl& url)
{
    // Only ordinary web and mail links leave the app, and only on a click.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
        scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace ip
