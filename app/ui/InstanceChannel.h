#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace ip {

// One window per data folder: the running app listens on a local socket named
// after its folder, and a second start on the same folder asks it to come to
// the front instead of opening a window of its own (which could not save
// anything: the folder is locked).
//
// A Unix domain socket watched by a QSocketNotifier, not QLocalServer: the
// only message is one line, and Qt Network with what it loads (Kerberos,
// proxy support) cost a start about 1.7 MB of memory and its relocations
// before the window could appear.
class InstanceChannel : public QObject {
    Q_OBJECT
public:
    explicit InstanceChannel(QString dataDirectory, QObject* parent = nullptr);
    // Stops listening and removes the socket file.
    ~InstanceChannel() override;
    InstanceChannel(const InstanceChannel&) = delete;
    InstanceChannel& operator=(const InstanceChannel&) = delete;

    // Starts listening. Call only while holding the folder's lock: a socket
    // left by a crashed instance is then known to be stale and is replaced.
    bool listen();

    // From a second start: asks the app running on `dataDirectory` to show
    // its window. False when none answers in time (then say so instead).
    // Returns at once when nothing listens.
    static bool askRunningToShow(const QString& dataDirectory, int timeoutMs = 2000);

    // The socket's name for a data folder: a hash, as socket paths are short.
    static QString serverName(const QString& dataDirectory);
    // Where that socket lives: the user's runtime folder (private to them),
    // else the temporary folder.
    static QString socketPath(const QString& dataDirectory);

Q_SIGNALS:
    void showRequested();

private:
    void acceptConnections();

    QString m_dataDirectory;
    int m_listener = -1;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ip
