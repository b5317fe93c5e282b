#include "ui/GuideFileWatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace ip {

GuideFileWatcher::GuideFileWatcher(QObject* parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleDelayMs);
    connect(m_settle, &QTimer::timeout, this, &GuideFileWatcher::settle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &GuideFileWatcher::onFileEvent);
    // Any entry of the folder created, removed or renamed: one of them may be
    // the guide coming back under its name.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle,
            qOverload<>(&QTimer::start));
}

void GuideFileWatcher::watch(const QString& path)
{
    const bool resource =
        path.isEmpty() || path.startsWith(u':') || path.startsWith(QLatin1String("qrc:"));
    // The same file read again: a change made while it was being read is
    // still to be reported.
    if (!resource && !m_path.isEmpty() && QFileInfo(path).absoluteFilePath() == m_path) {
        rearm();
        return;
    }
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_settle->stop();
    m_touched = false;
    m_path.clear();
    if (resource)
        return;
    m_path = QFileInfo(path).absoluteFilePath();
    m_stamp = stampOf(m_path);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
    rearm();
}

GuideFileWatcher::Stamp GuideFileWatcher::stampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return Stamp{true, info.size(), info.lastModified()};
}

void GuideFileWatcher::onFileEvent()
{
    m_touched = true;
    m_settle->start();
}

void GuideFileWatcher::rearm()
{
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void GuideFileWatcher::settle()
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return; // gone for now; the folder's watch sees it come back
    // A file renamed over the guide is a new file to the system, and a watch
    // follows the file it was made on: watched afresh, whether or not the
    // old one was reported gone.
    if (m_watcher->files().contains(m_path))
        m_watcher->removePath(m_path);
    m_watcher->addPath(m_path);
    // Taken after the watch is back, so a write in between is not missed.
    const Stamp now = stampOf(m_path);
    const bool differs = m_touched || !(now == m_stamp);
    m_touched = false;
    m_stamp = now;
    if (differs)
        Q_EMIT changed(m_path);
}

} // namespace ip
