#include "ui/GuideFilesWatcher.h"

#include "ui/GuideFileWatcher.h"

namespace ip {

GuideFilesWatcher::GuideFilesWatcher(QObject* parent) : QObject(parent) {}

void GuideFilesWatcher::watch(const QStringList& paths)
{
    QHash<QString, GuideFileWatcher*> kept;
    for (const QString& path : paths) {
        if (path.isEmpty() || path.startsWith(u':') || kept.contains(path))
            continue;
        // A file watched before is watched on (GuideFileWatcher::watch of the
        // same file): a change made while it was read is still reported.
        GuideFileWatcher* watcher = m_watchers.take(path);
        if (!watcher) {
            watcher = new GuideFileWatcher(this);
            connect(watcher, &GuideFileWatcher::changed, this, &GuideFilesWatcher::changed);
        }
        watcher->watch(path);
        kept.insert(path, watcher);
    }
    // Later: the window reads the guides again from within a watcher's
    // signal, and that watcher may be one dropped here.
    for (GuideFileWatcher* dropped : std::as_const(m_watchers)) {
        dropped->disconnect(this);
        dropped->deleteLater();
    }
    m_watchers = std::move(kept);
}

} // namespace ip
