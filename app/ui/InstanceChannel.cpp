#include "ui/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <functional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

namespace ip {

namespace {

const QByteArray ShowRequest = "show\n";
// A request is one short line; a connection sending more is not one of ours.
constexpr qsizetype MaxRequestBytes = 64;
// After running out of file descriptors, when to accept again.
constexpr int RetryAcceptMs = 500;

bool fillAddress(const QString& path, sockaddr_un& address)
{
    const QByteArray encoded = QFile::encodeName(path);
    std::memset(&address, 0, sizeof address);
    if (encoded.isEmpty() || std::size_t(encoded.size()) >= sizeof address.sun_path)
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), std::size_t(encoded.size()));
    return true;
}

int bindTo(int socket, const sockaddr_un& address)
{
    return ::bind(socket, reinterpret_cast<const sockaddr*>(&address), sizeof address);
}

// One accepted connection: its lines are read as they come, and it is
// closed when the other side is done or sends what is not a request.
class RequestConnection : public QObject {
public:
    RequestConnection(int socket, InstanceChannel* channel, std::function<void()> onShow)
        : QObject(channel), m_socket(socket), m_onShow(std::move(onShow)),
          m_notifier(new QSocketNotifier(socket, QSocketNotifier::Read, this))
    {
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            if (!readAvailable()) {
                m_notifier->setEnabled(false);
                deleteLater();
            }
        });
    }
    ~RequestConnection() override { ::close(m_socket); }
    RequestConnection(const RequestConnection&) = delete;
    RequestConnection& operator=(const RequestConnection&) = delete;

private:
    // False once the connection is over.
    bool readAvailable()
    {
        char buffer[256];
        for (;;) {
            const ssize_t got = ::read(m_socket, buffer, sizeof buffer);
            if (got == 0)
                return false;
            if (got < 0)
                return errno == EINTR ? true : (errno == EAGAIN || errno == EWOULDBLOCK);
            m_pending.append(buffer, qsizetype(got));
            for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
                if (m_pending.first(end + 1) == ShowRequest)
                    m_onShow();
                m_pending.remove(0, end + 1);
            }
            if (m_pending.size() > MaxRequestBytes)
                return false;
        }
    }

    int m_socket;
    std::function<void()> m_onShow;
    QSocketNotifier* m_notifier;
    QByteArray m_pending;
};

} // namespace

InstanceChannel::InstanceChannel(QString dataDirectory, QObject* parent)
    : QObject(parent), m_dataDirectory(std::move(dataDirectory))
{
}

InstanceChannel::~InstanceChannel()
{
    if (m_listener < 0)
        return;
    delete m_notifier;
    ::close(m_listener);
    // Listening means holding the folder's lock, so the name is this
    // instance's to take away.
    QFile::remove(socketPath(m_dataDirectory));
}

QString InstanceChannel::serverName(const QString& dataDirectory)
{
    const QByteArray folder = QDir::cleanPath(QDir(dataDirectory).absolutePath()).toUtf8();
    return QStringLiteral("interview-prep-") +
           QString::fromLatin1(
               QCryptographicHash::hash(folder, QCryptographicHash::Sha1).toHex().left(16));
}

QString InstanceChannel::socketPath(const QString& dataDirectory)
{
    QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::tempPath();
    return QDir(folder).filePath(serverName(dataDirectory));
}

bool InstanceChannel::listen()
{
    if (m_listener >= 0)
        return true;
    const QString path = socketPath(m_dataDirectory);
    sockaddr_un address{};
    if (!fillAddress(path, address))
        return false;
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener < 0)
        return false;
    int bound = bindTo(listener, address);
    if (bound != 0 && errno == EADDRINUSE) {
        // A socket file left by an instance that was killed: whoever holds
        // the folder's lock owns the name.
        ::unlink(address.sun_path);
        bound = bindTo(listener, address);
    }
    // Only this user may ask (connecting needs write permission).
    if (bound != 0 || ::chmod(address.sun_path, S_IRUSR | S_IWUSR) != 0 ||
        ::listen(listener, 8) != 0) {
        ::close(listener);
        return false;
    }
    m_listener = listener;
    m_notifier = new QSocketNotifier(listener, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InstanceChannel::acceptConnections);
    return true;
}

void InstanceChannel::acceptConnections()
{
    for (;;) {
        const int connection =
            ::accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (connection < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // The request stays queued, and the socket readable: rest
                // rather than spin, and take it when descriptors are free.
                m_notifier->setEnabled(false);
                QTimer::singleShot(RetryAcceptMs, this, [this] { m_notifier->setEnabled(true); });
            }
            return; // none left (EAGAIN), or one that gave up meanwhile
        }
        new RequestConnection(connection, this, [this] { Q_EMIT showRequested(); });
    }
}

bool InstanceChannel::askRunningToShow(const QString& dataDirectory, int timeoutMs)
{
    sockaddr_un address{};
    if (!fillAddress(socketPath(dataDirectory), address))
        return false;
    const int socket = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (socket < 0)
        return false;
    // Blocking, within the time given: a connect waits only while the
    // running app's queue of connections is full; nothing listening fails at
    // once.
    timeval timeout{};
    timeout.tv_sec = timeoutMs / 1000;
    timeout.tv_usec = (timeoutMs % 1000) * 1000;
    ::setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    int connected = -1;
    do {
        connected = ::connect(socket, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    } while (connected != 0 && errno == EINTR);
    bool sent = connected == 0;
    for (qsizetype written = 0; sent && written < ShowRequest.size();) {
        // MSG_NOSIGNAL: an app that closes the connection first must not
        // kill this one with SIGPIPE.
        const ssize_t wrote = ::send(socket, ShowRequest.constData() + written,
                                     std::size_t(ShowRequest.size() - written), MSG_NOSIGNAL);
        if (wrote > 0)
            written += wrote;
        else if (wrote < 0 && errno != EINTR)
            sent = false;
    }
    ::close(socket);
    return sent;
}

} // namespace ip
