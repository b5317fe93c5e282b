// "A note typed and then the app killed with SIGKILL two seconds later is
// there on the next start": the real window in a child process, a real kill.
// Also when every save was failing: the next start offers it back from the
// recovery journal.
#include "DirectSql.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RecoveryJournal.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/drafts/RecoveredDraftsOffer.h"

#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

class NoteSurvivesKillTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noteTypedTwoSecondsBeforeAKillIsKept();
    void noteThatCouldNotBeSavedIsOfferedBackAfterAKill();

private:
    // Starts the child, waits for its "typed KEY", kills it two seconds later.
    QString typeThenKill(const QString& dataDir, const QString& text, const QStringList& extra);
};

void NoteSurvivesKillTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("note-survives-kill"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

QString NoteSurvivesKillTest::typeThenKill(const QString& dataDir, const QString& text,
                                           const QStringList& extra)
{
    const QString guide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
    QProcess child;
    child.start(QStringLiteral(NOTE_KILL_CHILD), QStringList{dataDir, guide, text} + extra);
    if (!child.waitForStarted(30000))
        return QString();
    QString reported;
    while (!reported.startsWith(QLatin1String("typed "))) {
        if (!child.waitForReadyRead(60000))
            return QString();
        reported = QString::fromUtf8(child.readLine()).trimmed();
    }
    QTest::qWait(2000);
    child.kill(); // SIGKILL: no closeEvent, no chance to save on the way out
    child.waitForFinished(30000);
    if (child.exitStatus() != QProcess::CrashExit)
        return QString();
    return reported.mid(6);
}

void NoteSurvivesKillTest::noteThatCouldNotBeSavedIsOfferedBackAfterAKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    const QString text = QStringLiteral("Written while the disk was full.");
    const QString questionKey = typeThenKill(dir.path(), text, {QStringLiteral("--refuse-writes")});
    QVERIFY2(!questionKey.isEmpty(), "the child did not type, or was not killed");

    const auto journalled = RecoveryJournal(dir.path()).read().drafts;
    QCOMPARE(journalled.size(), 1);
    QCOMPARE(journalled.first().field(QStringLiteral("note")), text);

    {
        // The child's stand-in for a full disk goes: the disk has room again.
        DirectSql sql(dir.path() + QStringLiteral("/interview-prep.sqlite"));
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER refuse_INSERT")));
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER refuse_UPDATE")));
    }
    const QString guide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
    StudyContext context(dir.path(), guide);
    QVERIFY(context.data());
    QCOMPARE(context.data()->notes().markdown({context.guide().key, questionKey}).value(),
             QString());
    MainWindow window(context);
    window.show();
    QVERIFY(window.recoveryMessages()->isVisible());
    QCOMPARE(window.recoveryMessages()->summary(),
             QStringLiteral("1 unsaved note from your last session was kept."));
    window.recoveryMessages()->actionButtons().first()->click(); // Restore
    QCOMPARE(context.data()->notes().markdown({context.guide().key, questionKey}).value(), text);
    QVERIFY(RecoveryJournal(dir.path()).read().drafts.isEmpty());
}

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
    QVERIFY2(context.data(), "the database did not open after the kill");
    const auto stored = context.data()->notes().markdown({context.guide().key, questionKey});
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), text);
}

QTEST_MAIN(NoteSurvivesKillTest)
#include "tst_note_survives_kill.moc"
