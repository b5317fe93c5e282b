#include "ui/mock/MockInterviewRunPage.h"

#include "services/MockInterviewService.h"
#include "ui/AutosaveTimer.h"
#include "ui/TextTone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace ip {

namespace {

QString clockText(double seconds)
{
    const qint64 whole = qint64(std::floor(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2")
        .arg(whole / 60, 2, 10, QLatin1Char('0'))
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MockInterviewRunPage::MockInterviewRunPage(MockInterviewService* service, bool canSave,
                                           QWidget* parent)
    : QWidget(parent), m_service(service), m_canSave(canSave)
{
    m_progress = new QLabel(this);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setForegroundRole(QPalette::PlaceholderText);

    m_countdown = new QLabel(this);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont clockFont = m_countdown->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    clockFont.setWeight(QFont::DemiBold);
    m_countdown->setFont(clockFont);
    m_countdown->setToolTip(tr("Time left for this question; it goes on past zero and never "
                               "stops you"));
    // A description, not a name: a label's name is its text, the time itself.
    m_countdown->setAccessibleDescription(tr("Time left for this question"));

    m_elapsed = new QLabel(this);
    m_elapsed->setTextFormat(Qt::PlainText);
    m_elapsed->setForegroundRole(QPalette::PlaceholderText);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // The guide's words: plain text, never markup.
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.45);
    promptFont.setWeight(QFont::DemiBold);
    m_prompt->setFont(promptFont);
    m_prompt->setAccessibleDescription(tr("Question"));

    auto* outlineLabel = new QLabel(tr("Your out&line (saved as you type):"), this);
    m_outline = new QPlainTextEdit(this);
    m_outline->setPlaceholderText(tr("The points you speak from: a few words each. The model "
                                     "answer is shown when the interview is over."));
    m_outline->setTabChangesFocus(true);
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->setToolTip(tr("Notes for your answer; saved within a second as you type"));
    outlineLabel->setBuddy(m_outline);

    m_saveState = new QLabel(this);
    m_saveState->setTextFormat(Qt::PlainText);
    m_saveState->setForegroundRole(QPalette::PlaceholderText);

    m_finish = new QPushButton(tr("En&d Interview"), this);
    m_finish->setToolTip(tr("Finish now and go to the review; questions not reached are left "
                            "out of it"));
    m_finish->setAccessibleName(tr("End interview"));
    connect(m_finish, &QPushButton::clicked, this, &MockInterviewRunPage::finishNow);
    m_next = new QPushButton(this);
    m_next->setDefault(false);
    m_next->setAutoDefault(false);
    connect(m_next, &QPushButton::clicked, this, &MockInterviewRunPage::next);

    m_nextAction = new QAction(tr("Next Question"), this);
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextAction, &QAction::triggered, this, &MockInterviewRunPage::next);
    addAction(m_nextAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    header->addWidget(m_progress, 1);
    auto* clocks = new QVBoxLayout;
    clocks->setSpacing(0);
    clocks->addWidget(m_countdown);
    clocks->addWidget(m_elapsed);
    header->addLayout(clocks);
    layout->addLayout(header);
    layout->addWidget(m_prompt);
    layout->addSpacing(6);
    layout->addWidget(outlineLabel);
    layout->addWidget(m_outline, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveState, 1);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &MockInterviewRunPage::updateClock);

    m_autosave = new AutosaveTimer(this);
    connect(m_autosave, &AutosaveTimer::due, this, &MockInterviewRunPage::saveOutline);
    connect(m_outline, &QPlainTextEdit::textChanged, this, [this] {
        if (!isRunning())
            return;
        m_saveState->clear();
        m_autosave->edited();
    });
    m_outline->setReadOnly(!canSave);
}

void MockInterviewRunPage::run(const MockInterview& interview)
{
    m_autosave->stop();
    m_interview = interview;
    showQuestion(interview.resumePosition());
}

void MockInterviewRunPage::showQuestion(int position)
{
    m_position = std::clamp(position, 0, int(m_interview.questions.size()) - 1);
    const MockInterviewQuestion& question = m_interview.questions.at(m_position);
    m_secondsBefore = question.secondsTaken;
    if (isVisible())
        m_clock.start();
    else
        m_clock.invalidate();
    const int count = int(m_interview.questions.size());
    m_progress->setText(
        tr("Question %1 of %2 · %3").arg(m_position + 1).arg(count).arg(question.category));
    m_prompt->setText(question.prompt);
    {
        // Showing the stored outline is not an edit to save.
        const QSignalBlocker quiet(m_outline);
        m_outline->setPlainText(question.outline);
    }
    m_outline->moveCursor(QTextCursor::End);
    m_saveState->clear();
    const bool last = m_position + 1 >= count;
    m_next->setText(last ? tr("Fi&nish  (Ctrl+Enter)") : tr("&Next Question  (Ctrl+Enter)"));
    m_next->setToolTip(last ? tr("Finish the interview and review your answers (Ctrl+Enter)")
                            : tr("Go on to the next question (Ctrl+Enter)"));
    m_next->setAccessibleName(last ? tr("Finish") : tr("Next question"));
    m_nextAction->setText(last ? tr("Finish") : tr("Next Question"));
    m_tick->start();
    updateClock();
}

double MockInterviewRunPage::secondsOnQuestion() const
{
    return m_secondsBefore + (m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0);
}

bool MockInterviewRunPage::isOverTime() const
{
    if (!isRunning())
        return false;
    return secondsOnQuestion() > m_interview.questions.at(m_position).timeBoxSeconds;
}

QString MockInterviewRunPage::countdownText() const
{
    if (!isRunning())
        return {};
    const double left = m_interview.questions.at(m_position).timeBoxSeconds - secondsOnQuestion();
    if (left >= 0)
        return tr("%1 left").arg(clockText(std::ceil(left)));
    return tr("+%1 over time").arg(clockText(-left));
}

void MockInterviewRunPage::updateClock()
{
    if (!isRunning())
        return;
    m_countdown->setText(countdownText());
    TextTone::set(m_countdown, isOverTime() ? TextTone::Tone::Error : TextTone::Tone::Normal);
    double total = secondsOnQuestion();
    for (const MockInterviewQuestion& question : std::as_const(m_interview.questions)) {
        if (question.position != m_position)
            total += question.secondsTaken;
    }
    m_elapsed->setText(
        tr("%1 of %n minutes in all", nullptr, m_interview.plannedMinutes).arg(clockText(total)));
}

bool MockInterviewRunPage::saveOutline()
{
    if (!isRunning() || !m_service || !m_canSave)
        return false;
    const QString text = m_outline->toPlainText();
    const auto saved =
        m_service->saveOutline(m_interview.id, m_position, text, secondsOnQuestion());
    if (!saved) {
        m_saveState->setText(tr("Not saved"));
        Q_EMIT storageFailed(saved.error());
        return false;
    }
    m_interview.questions[m_position].outline = text;
    m_saveState->setText(tr("Saved"));
    return true;
}

void MockInterviewRunPage::saveNow()
{
    // The time taken too, typed or not: a rebuild of the screens or the next
    // start resumes the question with the time stored.
    m_autosave->stop();
    if (isRunning() && !m_interview.isFinished())
        saveOutline();
}

bool MockInterviewRunPage::answerCurrent()
{
    if (!isRunning())
        return false;
    if (!m_service || !m_canSave)
        return true; // nothing can be stored; the candidate may still go through it
    m_autosave->stop();
    const QString text = m_outline->toPlainText();
    const double seconds = secondsOnQuestion();
    const auto saved = m_service->answer(m_interview.id, m_position, text, seconds);
    if (!saved) {
        m_saveState->setText(tr("Not saved"));
        Q_EMIT storageFailed(saved.error());
        return false;
    }
    MockInterviewQuestion& question = m_interview.questions[m_position];
    question.outline = text;
    question.secondsTaken = seconds;
    question.answered = true;
    return true;
}

void MockInterviewRunPage::next()
{
    if (!isRunning() || !answerCurrent())
        return;
    if (m_position + 1 >= m_interview.questions.size()) {
        complete();
        return;
    }
    showQuestion(m_position + 1);
    m_outline->setFocus();
}

void MockInterviewRunPage::finishNow()
{
    if (!isRunning() || !answerCurrent())
        return;
    complete();
}

void MockInterviewRunPage::complete()
{
    if (m_service && m_canSave) {
        if (const auto done = m_service->finish(m_interview.id); !done) {
            Q_EMIT storageFailed(done.error());
            return;
        }
    }
    const qint64 id = m_interview.id;
    m_tick->stop();
    m_interview = MockInterview();
    Q_EMIT finished(id);
}

void MockInterviewRunPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The clock runs while the candidate can see the question.
    if (isRunning() && !m_clock.isValid())
        m_clock.start();
}

void MockInterviewRunPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Leaving the page (another screen, the history) saves what waits.
    saveNow();
    if (m_clock.isValid()) {
        m_secondsBefore += double(m_clock.elapsed()) / 1000.0;
        m_clock.invalidate();
    }
}

} // namespace ip
