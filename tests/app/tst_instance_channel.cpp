// One window per data folder: a second start asks the running app to come to
// the front. Real local sockets.
#include "ui/InstanceChannel.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

class InstanceChannelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondStartAsksTheRunningOneToShow();
    void nobodyListeningIsSaid();
    void staleSocketOfAKilledInstanceIsReplaced();
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
    // The name is taken by a socket that is not the folder's owner any more
    // (a killed instance leaves its socket file behind; this one even still
    // accepts). The instance holding the lock takes the name over.
    {
        QLocalServer killed;
        QVERIFY(killed.listen(InstanceChannel::serverName(dir.path())));
        InstanceChannel second(dir.path());
        QVERIFY(second.listen());
        QSignalSpy shown(&second, &InstanceChannel::showRequested);
        QVERIFY(InstanceChannel::askRunningToShow(dir.path()));
        QTRY_COMPARE(shown.size(), 1);
    }
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
