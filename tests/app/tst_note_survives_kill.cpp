// "A note typed and then the app killed with SIGKILL two seconds later is
// there on the next start": the real window in a child process, a real kill.
#include "StudyContext.h"
#include "services/QuestionNotes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

class NoteSurvivesKillTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noteTypedTwoSecondsBeforeAKillIsKept();
};

void NoteSurvivesKillTest::noteTypedTwoSecondsBeforeAKillIsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString guide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
    const QString text = QStringLiteral("Type 2 keeps history; say so first.");

    QProcess child;
    child.start(QStringLiteral(NOTE_KILL_CHILD), {dir.path(), guide, text});
    QVERIFY(child.waitForStarted(30000));
    QString reported;
    while (!reported.startsWith(QLatin1String("typed "))) {
        QVERIFY2(child.waitForReadyRead(60000), "the child never typed the note");
        reported = QString::fromUtf8(child.readLine()).trimmed();
    }
    const QString questionKey = reported.mid(6);
    QTest::qWait(2000);
    child.kill(); // SIGKILL: no closeEvent, no chance to save on the way out
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    StudyContext context(dir.path(), guide);
    QVERIFY2(context.notes(), "the database did not open after the kill");
    const auto stored =
        QuestionNotes(*context.notes()).markdown({context.guide().key, questionKey});
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), text);
}

QTEST_GUILESS_MAIN(NoteSurvivesKillTest)
#include "tst_note_survives_kill.moc"
