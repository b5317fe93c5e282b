#include "ui/AutosaveTimer.h"

#include <QTimer>

namespace ip {

AutosaveTimer::AutosaveTimer(QObject* parent, int pauseMs)
    : QObject(parent), m_pause(new QTimer(this)), m_deadline(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(std::max(pauseMs, MaxUnsavedMs));
    auto fire = [this] {
        stop();
        Q_EMIT due();
    };
    connect(m_pause, &QTimer::timeout, this, fire);
    connect(m_deadline, &QTimer::timeout, this, fire);
}

void AutosaveTimer::edited()
{
    m_pause->start(); // restarts: waits for a pause
    if (!m_deadline->isActive())
        m_deadline->start(); // does not restart: bounds the wait
}

void AutosaveTimer::stop()
{
    m_pause->stop();
    m_deadline->stop();
}

bool AutosaveTimer::isPending() const
{
    return m_pause->isActive() || m_deadline->isActive();
}

} // namespace ip
