#include "ui/AutosaveTimer.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

namespace ip {

namespace {

qint64 monotonicMs()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started.elapsed();
}

} // namespace

AutosaveTimer::AutosaveTimer(QObject* parent, int pauseMs, Clock clock)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock(monotonicMs)), m_pauseMs(pauseMs),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AutosaveTimer::fireIfDue);
}

void AutosaveTimer::edited()
{
    m_lastEdit = m_clock();
    if (!m_firstEdit)
        m_firstEdit = m_lastEdit;
    schedule();
}

void AutosaveTimer::stop()
{
    m_firstEdit.reset();
    m_timer->stop();
}

qint64 AutosaveTimer::dueAt() const
{
    if (!m_firstEdit)
        return 0;
    // A pause ends the wait; the first unsaved edit bounds it.
    return std::min(m_lastEdit + m_pauseMs, *m_firstEdit + std::max(m_pauseMs, MaxUnsavedMs));
}

void AutosaveTimer::fireIfDue()
{
    if (!m_firstEdit)
        return;
    if (m_clock() < dueAt()) {
        schedule();
        return;
    }
    stop();
    Q_EMIT due();
}

void AutosaveTimer::schedule()
{
    m_timer->start(int(std::clamp<qint64>(dueAt() - m_clock(), 0, MaxUnsavedMs)));
}

} // namespace ip
