#include "ui/mock/MockInterviewReviewPage.h"

#include "content/MarkdownRenderer.h"
#include "services/MockInterviewMarkdown.h"
#include "services/MockInterviewService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/questions/QuestionView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ip {

namespace {

constexpr std::array<ReviewGrade, 4> Grades{ReviewGrade::Again, ReviewGrade::Hard,
                                            ReviewGrade::Good, ReviewGrade::Easy};

QString gradeName(int grade)
{
    switch (grade) {
    case 1:
        return MockInterviewReviewPage::tr("Again");
    case 2:
        return MockInterviewReviewPage::tr("Hard");
    case 3:
        return MockInterviewReviewPage::tr("Good");
    case 4:
        return MockInterviewReviewPage::tr("Easy");
    }
    return {};
}

const Question* findQuestion(const Guide* guide, const QString& key)
{
    if (!guide)
        return nullptr;
    for (const Question& question : guide->questions) {
        if (question.key == key)
            return &question;
    }
    return nullptr;
}

QString timeAgainstBox(const MockInterviewQuestion& asked)
{
    const QString taken = MockInterviewMarkdown::duration(asked.secondsTaken);
    const QString box = MockInterviewMarkdown::duration(asked.timeBoxSeconds);
    if (asked.isOverTime())
        return MockInterviewReviewPage::tr("%1 of %2, over time by %3")
            .arg(taken, box,
                 MockInterviewMarkdown::duration(asked.secondsTaken - asked.timeBoxSeconds));
    return MockInterviewReviewPage::tr("%1 of %2").arg(taken, box);
}

} // namespace

MockInterviewReviewPage::MockInterviewReviewPage(StudyData* studyData, bool canSave,
                                                 QWidget* parent)
    : QWidget(parent), m_data(studyData), m_canSave(canSave)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_history = new QPushButton(tr("Hi&story"), this);
    m_history->setToolTip(tr("Back to the list of your mock interviews (Escape)"));
    connect(m_history, &QPushButton::clicked, this, &MockInterviewReviewPage::historyRequested);
    auto* back = new QAction(tr("History"), this);
    back->setShortcut(Qt::Key_Escape);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &MockInterviewReviewPage::historyRequested);
    addAction(back);
    m_export = new QPushButton(tr("E&xport as Markdown…"), this);
    m_export->setToolTip(tr("Save this mock interview with your outlines, times, grades and "
                            "the model answers as a Markdown file"));
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_interview.id); });

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Mock interview questions"));
    m_list->setToolTip(tr("Up and Down choose a question; 1 to 4 grade it"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(3);
    connect(m_list, &QListWidget::currentRowChanged, this, &MockInterviewReviewPage::showDetail);

    m_detail = new QTextBrowser(this);
    m_detail->setOpenLinks(false);
    m_detail->setFocusPolicy(Qt::ClickFocus);
    m_detail->setAccessibleName(tr("Question, your outline and the model answer"));
    m_detail->document()->setDefaultStyleSheet(QuestionView::styleSheet(m_detail->palette()));
    m_detail->setWordWrapMode(QTextOption::WordWrap);

    m_gradePrompt = new QLabel(tr("How well did you answer?"), this);
    auto* gradeRow = new QHBoxLayout;
    gradeRow->addWidget(m_gradePrompt);
    for (ReviewGrade grade : Grades) {
        const int value = static_cast<int>(grade);
        auto* button = new QPushButton(tr("%1  (%2)").arg(gradeName(value)).arg(value), this);
        button->setFocusPolicy(Qt::TabFocus);
        button->setCheckable(true);
        button->setToolTip(tr("Grade this answer %1 (key %2); it goes into your practice "
                              "schedule")
                               .arg(gradeName(value))
                               .arg(value));
        button->setAccessibleName(tr("Grade %1").arg(gradeName(value)));
        connect(button, &QPushButton::clicked, this, [this, grade] { this->grade(grade); });
        gradeRow->addWidget(button);
        m_gradeButtons[value - 1] = button;

        auto* action = new QAction(gradeName(value), this);
        action->setShortcut(Qt::Key_0 + value);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, grade] { this->grade(grade); });
        addAction(action);
        m_gradeActions[value - 1] = action;
    }
    gradeRow->addStretch(1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(gradeRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    // Room for a prompt on two or three lines rather than six.
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(m_export);
    header->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_list);
}

void MockInterviewReviewPage::setInterview(const MockInterview& interview, const Guide& guide)
{
    m_interview = interview;
    m_guide = &guide;
    fillList();
    int first = 0;
    for (const MockInterviewQuestion& asked : std::as_const(interview.questions)) {
        if (asked.answered && !asked.grade) {
            first = asked.position;
            break;
        }
    }
    setCurrentPosition(first);
    updateSummary();
}

int MockInterviewReviewPage::currentPosition() const
{
    return m_list->currentRow();
}

void MockInterviewReviewPage::setCurrentPosition(int position)
{
    m_list->setCurrentRow(position);
    showDetail();
}

QPushButton* MockInterviewReviewPage::gradeButton(ReviewGrade grade) const
{
    return m_gradeButtons[static_cast<int>(grade) - 1];
}

QString MockInterviewReviewPage::rowText(const MockInterviewQuestion& asked) const
{
    const QString grade = asked.grade      ? gradeName(*asked.grade)
                          : asked.answered ? tr("not graded")
                                           : tr("not reached");
    return tr("%1. %2\n%3 · %4")
        .arg(asked.position + 1)
        .arg(asked.prompt, timeAgainstBox(asked), grade);
}

void MockInterviewReviewPage::fillList()
{
    m_list->clear();
    for (const MockInterviewQuestion& asked : std::as_const(m_interview.questions)) {
        auto* item = new QListWidgetItem(rowText(asked), m_list);
        item->setToolTip(asked.prompt);
    }
}

void MockInterviewReviewPage::updateSummary()
{
    const QDateTime started = m_interview.startedAt.toLocalTime();
    m_title->setText(tr("Mock interview of %1, %2")
                         .arg(QLocale().toString(started.date(), QLocale::ShortFormat),
                              started.time().toString(QStringLiteral("HH:mm"))));
    const int count = int(m_interview.questions.size());
    const QString questions = tr("%n question(s)", nullptr, count);
    QString text = tr("%1 · %2 taken of %3 in time boxes")
                       .arg(questions, MockInterviewMarkdown::duration(m_interview.secondsTaken()),
                            MockInterviewMarkdown::duration(m_interview.timeBoxSeconds()));
    if (const auto mean = m_interview.meanGrade())
        text += QStringLiteral(" · ") + tr("mean grade %1").arg(QLocale().toString(*mean, 'f', 1));
    const int left = count - m_interview.gradedCount();
    if (left > 0)
        text += QStringLiteral(" · ") + (tr("%n questions to grade", nullptr, left));
    m_summary->setText(text);
}

void MockInterviewReviewPage::showDetail()
{
    const int position = currentPosition();
    const bool valid = position >= 0 && position < m_interview.questions.size();
    // A question the interview ended before is not graded: it was not asked.
    const bool canGrade = valid && m_canSave && m_data && m_interview.isFinished() &&
                          m_interview.questions.at(position).answered;
    for (int i = 0; i < 4; ++i) {
        m_gradeButtons[i]->setEnabled(canGrade);
        m_gradeButtons[i]->setChecked(valid && m_interview.questions.at(position).grade == i + 1);
        m_gradeActions[i]->setEnabled(canGrade);
    }
    m_detail->setHtml(valid ? detailHtml(m_interview.questions.at(position)) : QString());
    m_detail->verticalScrollBar()->setValue(0);
}

QString MockInterviewReviewPage::detailHtml(const MockInterviewQuestion& asked) const
{
    const Question* question = findQuestion(m_guide, asked.questionKey);
    QString html;
    html += QStringLiteral("<p style=\"color: %1\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(),
                     tr("Question %1 · %2 · %3")
                         .arg(asked.position + 1)
                         .arg(asked.category, timeAgainstBox(asked))
                         .toHtmlEscaped());
    html += QStringLiteral("<h2 style=\"font-size: x-large\">%1</h2>")
                .arg((question ? question->prompt : asked.prompt).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Your outline").toHtmlEscaped());
    if (asked.outline.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No outline written.").toHtmlEscaped());
    else
        html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                    .arg(asked.outline.toHtmlEscaped());

    if (m_data) {
        const auto stories = m_data->stories().forQuestion(m_interview.refOf(asked));
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Your stories for it").toHtmlEscaped());
        if (!stories || stories->isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("No story is linked to this question.").toHtmlEscaped());
        } else {
            html += QStringLiteral("<ul>");
            for (const StarStory& story : *stories) {
                const QString title = story.title.simplified().isEmpty() ? tr("Untitled story")
                                                                         : story.title.simplified();
                html += QStringLiteral("<li>%1</li>").arg(title.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Model answer").toHtmlEscaped());
    if (!question) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("This question is no longer in the guide.").toHtmlEscaped());
    } else if (question->parts.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("This guide gives no answer here.").toHtmlEscaped());
    }
    if (question) {
        for (const QuestionPart& part : question->parts) {
            html += QStringLiteral("<h4>%1</h4>").arg(part.name.toHtmlEscaped());
            html += MarkdownRenderer::toHtml(part.markdown);
        }
    }
    return html;
}

void MockInterviewReviewPage::grade(ReviewGrade grade)
{
    const int position = currentPosition();
    if (!m_data || !m_canSave || !m_interview.isFinished() || position < 0 ||
        position >= m_interview.questions.size() || !m_interview.questions.at(position).answered)
        return;
    const auto stored = m_data->mockInterviews().grade(m_interview.id, position, grade);
    if (!stored) {
        Q_EMIT storageFailed(stored.error());
        return;
    }
    m_interview = *stored;
    m_list->item(position)->setText(rowText(m_interview.questions.at(position)));
    updateSummary();
    // On to the next question still to grade, after this one first.
    const int count = int(m_interview.questions.size());
    int next = position;
    for (int step = 1; step <= count; ++step) {
        const int candidate = (position + step) % count;
        const MockInterviewQuestion& other = m_interview.questions.at(candidate);
        if (other.answered && !other.grade) {
            next = candidate;
            break;
        }
    }
    setCurrentPosition(next);
    Q_EMIT graded(m_interview.id);
}

void MockInterviewReviewPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_detail->document()->setDefaultStyleSheet(QuestionView::styleSheet(m_detail->palette()));
        showDetail();
    }
}

} // namespace ip
