#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ip {

// One window per data folder: the running app listens on a local socket named
// after its folder, and a second start on the same folder asks it to come to
// the front instead of opening a window of its own (which could not save
// anything: the folder is locked).
class InstanceChannel : public QObject {
    Q_OBJECT
public:
    explicit InstanceChannel(QString dataDirectory, QObject* parent = nullptr);

    // Starts listening. Call only while holding the folder's lock: a socket
    // left by a crashed instance is then known to be stale and is replaced.
    bool listen();

    // From a second start: asks the app running on `dataDirectory` to show
    // its window. False when none answers in time (then say so instead).
    static bool askRunningToShow(const QString& dataDirectory, int timeoutMs = 2000);

    // The socket's name for a data folder: a hash, as socket paths are short.
    static QString serverName(const QString& dataDirectory);

Q_SIGNALS:
    void showRequested();

private:
    void onConnection();

    QString m_dataDirectory;
    QLocalServer* m_server;
};

} // namespace ip
