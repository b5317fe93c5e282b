// One window per data folder: a second start asks the running app to come to
// the front. Real local sockets.
#include "ui/InstanceChannel.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ip;

namespace {
// A socket bound where the folder's channel lives, as another process (a
// killed instance) would have left it; listening when `listening`.
int occupySocketPath(const QString& path, bool listening)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), std::size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return -1;
    if (listening && ::listen(fd, 1) != 0)
        return -1;
    return fd;
}
} // namespace

class InstanceChannelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondStartAsksTheRunningOneToShow();
    void nobodyListeningIsSaid();
    void staleSocketOfAKilledInstanceIsReplaced();
    void socketFileIsPrivateAndGoesWithTheChannel();
    void junkFromAnotherProgramIsIgnored();
    void eachFolderHasItsOwnChannel();
};

void InstanceChannelTest::secondStartAsksTheRunningOneToShow()
{
    QTemporaryDir dir;
    InstanceChannel running(dir.path());
    QVERIFY(running.listen());
    QSignalSpy shown(&running, &InstanceChannel::showRequested);
    QVERIFY(InstanceChannel::askRunningToShow(dir.path()));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(InstanceChannel::askRunningToShow(dir.path() + QStringLiteral("/")));
    QTRY_COMPARE(shown.size(), 2); // the same folder however it is spelled
}

void InstanceChannelTest::nobodyListeningIsSaid()
{
    QTemporaryDir dir;
    QVERIFY(!InstanceChannel::askRunningToShow(dir.path(), 500));
}

void InstanceChannelTest::staleSocketOfAKilledInstanceIsReplaced()
{
    QTemporaryDir dir;
    const QString path = InstanceChannel::socketPath(dir.path());
    // The name is taken by a socket that is not the folder's owner any more
    // (a killed instance leaves its socket file behind; this one even still
    // accepts). The instance holding the lock takes the name over.
    const int killed = occupySocketPath(path, true);
    QVERIFY(killed >= 0);
    {
        InstanceChannel second(dir.path());
        QVERIFY(second.listen());
        QSignalSpy shown(&second, &InstanceChannel::showRequested);
        QVERIFY(InstanceChannel::askRunningToShow(dir.path()));
        QTRY_COMPARE(shown.size(), 1);
    }
    ::close(killed);
    // Only a file left: the same.
    const int closed = occupySocketPath(path, false);
    QVERIFY(closed >= 0);
    ::close(closed);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!InstanceChannel::askRunningToShow(dir.path(), 500));
    InstanceChannel third(dir.path());
    QVERIFY(third.listen());
    QSignalSpy shown(&third, &InstanceChannel::showRequested);
    QVERIFY(InstanceChannel::askRunningToShow(dir.path()));
    QTRY_COMPARE(shown.size(), 1);
}

void InstanceChannelTest::socketFileIsPrivateAndGoesWithTheChannel()
{
    QTemporaryDir dir;
    const QString path = InstanceChannel::socketPath(dir.path());
    {
        InstanceChannel running(dir.path());
        QVERIFY(running.listen());
        QVERIFY(QFileInfo::exists(path));
        // Nobody but this user may connect.
        QCOMPARE(QFile::permissions(path) &
                     (QFile::WriteGroup | QFile::WriteOther | QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!InstanceChannel::askRunningToShow(dir.path(), 500));
}

void InstanceChannelTest::junkFromAnotherProgramIsIgnored()
{
    QTemporaryDir dir;
    InstanceChannel running(dir.path());
    QVERIFY(running.listen());
    QSignalSpy shown(&running, &InstanceChannel::showRequested);
    // Another program writes a long line to the socket and keeps it open.
    const int other = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(InstanceChannel::socketPath(dir.path()));
    std::memcpy(address.sun_path, encoded.constData(), std::size_t(encoded.size()));
    QCOMPARE(::connect(other, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    // A line that is not a request is skipped; one too long for a request
    // ends the connection.
    QCOMPARE(::write(other, "hide\n", 5), ssize_t(5));
    const QByteArray junk(4096, 'x');
    QCOMPARE(::write(other, junk.constData(), std::size_t(junk.size())), ssize_t(junk.size()));
    const auto closedByTheApp = [other] {
        char byte = 0;
        const ssize_t got = ::recv(other, &byte, 1, MSG_DONTWAIT);
        return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
    };
    QTRY_VERIFY(closedByTheApp());
    QCOMPARE(shown.size(), 0);
    // A real request after it still comes through.
    QVERIFY(InstanceChannel::askRunningToShow(dir.path()));
    QTRY_COMPARE(shown.size(), 1);
    ::close(other);
}

void InstanceChannelTest::eachFolderHasItsOwnChannel()
{
    QTemporaryDir one;
    QTemporaryDir two;
    QVERIFY(InstanceChannel::serverName(one.path()) != InstanceChannel::serverName(two.path()));
    InstanceChannel running(one.path());
    QVERIFY(running.listen());
    QSignalSpy shown(&running, &InstanceChannel::showRequested);
    QVERIFY(!InstanceChannel::askRunningToShow(two.path(), 500));
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 0);
}

QTEST_GUILESS_MAIN(InstanceChannelTest)
#include "tst_instance_channel.moc"
