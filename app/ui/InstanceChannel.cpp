#include "ui/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace ip {

namespace {
const QByteArray ShowRequest = "show\n";
}

InstanceChannel::InstanceChannel(QString dataDirectory, QObject* parent)
    : QObject(parent), m_dataDirectory(std::move(dataDirectory)), m_server(new QLocalServer(this))
{
    // Only this user may ask.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onConnection);
}

QString InstanceChannel::serverName(const QString& dataDirectory)
{
    const QByteArray folder = QDir::cleanPath(QDir(dataDirectory).absolutePath()).toUtf8();
    return QStringLiteral("interview-prep-") +
           QString::fromLatin1(
               QCryptographicHash::hash(folder, QCryptographicHash::Sha1).toHex().left(16));
}

bool InstanceChannel::listen()
{
    const QString name = serverName(m_dataDirectory);
    if (m_server->listen(name))
        return true;
    // A socket file left by an instance that was killed: whoever holds the
    // folder's lock owns the name.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

bool InstanceChannel::askRunningToShow(const QString& dataDirectory, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(dataDirectory));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(ShowRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

void InstanceChannel::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // One line per request; anything else is ignored.
            while (socket->canReadLine()) {
                if (socket->readLine() == ShowRequest)
                    Q_EMIT showRequested();
            }
        });
    }
}

} // namespace ip
