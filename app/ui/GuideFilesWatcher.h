#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ip {

class GuideFileWatcher;

// Watches the files of the guides the window shows: one for a guide, every
// library file for All guides. Each file is watched as GuideFileWatcher
// watches one (editors' save steps, files replaced or briefly gone).
class GuideFilesWatcher : public QObject {
    Q_OBJECT
public:
    explicit GuideFilesWatcher(QObject* parent = nullptr);

    // Watches these files instead of the ones before; resource paths and
    // empty ones are left out (they cannot change).
    void watch(const QStringList& paths);
    // The files watched, as given.
    QStringList paths() const { return m_watchers.keys(); }

Q_SIGNALS:
    // One of the files has new contents.
    void changed(const QString& path);

private:
    QHash<QString, GuideFileWatcher*> m_watchers;
};

} // namespace ip
