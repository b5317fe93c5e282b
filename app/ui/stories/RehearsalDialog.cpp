#include "ui/stories/RehearsalDialog.h"

#include "services/StoryCheck.h"
#include "ui/TextTone.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace ip {

namespace {
// Large enough to read from an arm's length while speaking.
constexpr double PartScale = 1.45;
constexpr double ClockScale = 3.0;
constexpr int TickMs = 100;
} // namespace

RehearsalDialog::RehearsalDialog(const StarStory& story, int wordsPerMinute, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rehearse: %1").arg(StoryListModel::displayTitle(story)));

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("rehearsalTitle"));
    title->setTextFormat(Qt::PlainText); // the user's title, never markup
    title->setText(StoryListModel::displayTitle(story));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setWordWrap(true);

    m_clock = new QLabel(this);
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * ClockScale);
    clockFont.setWeight(QFont::DemiBold);
    clockFont.setStyleHint(QFont::Monospace);
    clockFont.setFamily(QStringLiteral("monospace"));
    m_clock->setFont(clockFont);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clock->setAccessibleDescription(tr("Time spoken"));

    const SpeakingEstimate estimate = StoryCheck::estimate(story, wordsPerMinute);
    m_targetText = tr("Target %1–%2 · your text runs about %3 at %4 words a minute")
                       .arg(StoryTimingPanel::clockText(StoryCheck::TargetMinSeconds),
                            StoryTimingPanel::clockText(StoryCheck::TargetMaxSeconds),
                            StoryTimingPanel::clockText(int(std::lround(estimate.seconds))))
                       .arg(wordsPerMinute);
    m_target = new QLabel(m_targetText, this);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_target->setWordWrap(true);

    m_startStop = new QPushButton(this);
    m_startStop->setFocusPolicy(Qt::NoFocus); // Space belongs to the clock
    connect(m_startStop, &QPushButton::clicked, this, &RehearsalDialog::toggle);
    auto* resetButton = new QPushButton(tr("Reset (R)"), this);
    resetButton->setFocusPolicy(Qt::NoFocus);
    connect(resetButton, &QPushButton::clicked, this, &RehearsalDialog::reset);
    auto* closeButton = new QPushButton(tr("Close (Esc)"), this);
    closeButton->setFocusPolicy(Qt::NoFocus);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* parts = new QWidget(this);
    auto* partsLayout = new QVBoxLayout(parts);
    partsLayout->setContentsMargins(0, 0, 16, 0);
    const QList<QPair<StoryField, QString>> texts{{StoryField::Situation, story.situation},
                                                  {StoryField::Task, story.task},
                                                  {StoryField::Action, story.action},
                                                  {StoryField::Result, story.result}};
    for (const auto& [field, text] : texts) {
        auto* heading = new QLabel(storyFieldName(field), parts);
        QFont headingFont = heading->font();
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
        headingFont.setWeight(QFont::DemiBold);
        heading->setFont(headingFont);
        heading->setForegroundRole(QPalette::PlaceholderText);
        auto* body = new QLabel(text.trimmed().isEmpty() ? tr("(empty)") : text.trimmed(), parts);
        QFont bodyFont = body->font();
        bodyFont.setPointSizeF(bodyFont.pointSizeF() * PartScale);
        body->setFont(bodyFont);
        body->setWordWrap(true);
        body->setTextFormat(Qt::PlainText);
        body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        partsLayout->addWidget(heading);
        partsLayout->addWidget(body);
        partsLayout->addSpacing(12);
    }
    partsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(parts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    // The title shares its row with the clock only; the target line, as
    // long as a sentence, goes under both rather than taking the title's
    // room beside the clock (where it made the title wrap halfway across).
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_clock, 0, Qt::AlignRight | Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Space starts and stops the clock."), this), 1);
    buttons->addWidget(m_startStop);
    buttons->addWidget(resetButton);
    buttons->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(header);
    layout->addWidget(m_target);
    layout->addSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &RehearsalDialog::updateClock);
    // Large to read at arm's length, but never past the screen (1024x600):
    // the buttons and the frame must stay on it.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(960, room.width() - 40), qMin(680, room.height() - 60));
    updateClock();
}

qint64 RehearsalDialog::elapsedMs() const
{
    return m_stoppedMs + (m_running.isValid() ? m_running.elapsed() : 0);
}

QString RehearsalDialog::clockText() const
{
    return m_clock->text();
}

QString RehearsalDialog::targetText() const
{
    return m_target->text();
}

void RehearsalDialog::toggle()
{
    if (m_running.isValid()) {
        m_stoppedMs += m_running.elapsed();
        m_running.invalidate();
        m_tick->stop();
    } else {
        m_running.start();
        m_tick->start();
    }
    updateClock();
}

void RehearsalDialog::reset()
{
    const bool running = m_running.isValid();
    m_stoppedMs = 0;
    if (running)
        m_running.start();
    updateClock();
}

void RehearsalDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Space) {
            toggle();
            return;
        }
        if (event->key() == Qt::Key_R) {
            reset();
            return;
        }
    }
    QDialog::keyPressEvent(event); // Esc closes
}

void RehearsalDialog::updateClock()
{
    const int seconds = int(elapsedMs() / 1000);
    m_clock->setText(StoryTimingPanel::clockText(seconds));
    m_startStop->setText(m_running.isValid() ? tr("Stop (Space)") : tr("Start (Space)"));
    // The clock turns red once the story runs past the target, and the
    // target line says so in words: the colour is not the only sign.
    const bool over = seconds > StoryCheck::TargetMaxSeconds;
    TextTone::set(m_clock, over ? TextTone::Tone::Error : TextTone::Tone::Normal);
    const QString target = over ? tr("Over the target time. %1").arg(m_targetText) : m_targetText;
    if (m_target->text() != target)
        m_target->setText(target);
}

} // namespace ip
