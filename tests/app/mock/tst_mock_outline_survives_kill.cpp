// "Killing the app with SIGKILL in the middle of a mock interview loses no
// outline older than a second": the mock interview screen in a child
// process types an outline and says so; the child is killed 1.5 s later,
// with no chance to save on the way out, and the outline is in the database.
#include "StudyContext.h"
#include "services/MockInterviewService.h"
#include "services/StudyData.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

class MockOutlineSurvivesKillTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void outlineTypedBeforeAKillIsKept();
};

void MockOutlineSurvivesKillTest::outlineTypedBeforeAKillIsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString guide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
    const QString text = QStringLiteral("SCD type 2: valid-from, valid-to; close the old row.");

    QProcess child;
    child.start(QStringLiteral(MOCK_KILL_CHILD), {dir.path(), guide, text});
    QVERIFY(child.waitForStarted(30000));
    QString reported;
    while (!reported.startsWith(QLatin1String("typed "))) {
        QVERIFY2(child.waitForReadyRead(60000), "the child never typed the outline");
        reported = QString::fromUtf8(child.readLine()).trimmed();
    }
    const qint64 mockId = reported.mid(6).toLongLong();
    QVERIFY(mockId > 0);
    // A second and a half after the last keystroke: the autosave bound is
    // one second, so a kill now must find the outline stored.
    QTest::qWait(1500);
    child.kill(); // SIGKILL: no closeEvent, no commitPendingEdits
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    StudyContext context(dir.path(), guide);
    QVERIFY2(context.data(), "the database did not open after the kill");
    const auto interview = context.data()->mockInterviews().load(mockId);
    QVERIFY2(interview.ok(), interview.ok() ? "" : qPrintable(interview.error().message));
    QVERIFY(!interview->isFinished());
    QCOMPARE(interview->questions.first().outline, text);
    QVERIFY(interview->questions.first().secondsTaken > 0);
    QCOMPARE(interview->resumePosition(), 0);
}

QTEST_MAIN(MockOutlineSurvivesKillTest)
#include "tst_mock_outline_survives_kill.moc"
