#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace ip {

// Says when the open guide's file has changed on disk, once per burst of
// writes. Editors save in several steps (truncate and write, or write a
// temporary file and rename it over the original, which takes the watched
// file away): the folder is watched too, so the file is watched again when
// it reappears, and the signal waits until the writes have been quiet for
// SettleDelayMs. A file that goes and does not come back is only unwatched
// until it does; nothing is reported for it.
class GuideFileWatcher : public QObject {
    Q_OBJECT
public:
    // Short enough that an edit shows well within a second; long enough that
    // an editor's save steps are one change.
    static constexpr int SettleDelayMs = 200;

    explicit GuideFileWatcher(QObject* parent = nullptr);

    // Watches this file instead of the one before. An empty path or a Qt
    // resource path (":/...", which cannot change) stops watching.
    void watch(const QString& path);
    // The file watched; empty when none is.
    QString path() const { return m_path; }

Q_SIGNALS:
    // The file has new contents (written in place or replaced).
    void changed(const QString& path);

private:
    // What tells one version of the file from another without reading it.
    struct Stamp {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp&) const = default;
    };
    static Stamp stampOf(const QString& path);
    void onFileEvent();
    void settle();
    void rearm();

    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr;
    QString m_path;
    Stamp m_stamp;
    // The file itself reported a change since the last signal.
    bool m_touched = false;
};

} // namespace ip
