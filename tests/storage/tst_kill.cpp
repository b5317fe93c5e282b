// The promise that matters most: whatever moment the app dies at (a crash,
// kill -9, the window manager giving up), the database still opens, passes
// the full integrity check and holds every change that was committed.
//
// A child process saves notes, a counter and multi-row stories in a loop and
// reports each one after its commit returns; the test kills it with SIGKILL
// at a random moment (during start-up, opening, migration, a save, a WAL
// checkpoint or a backup), then checks the database, again and again.
#include "StorageTestSupport.h"
#include "storage/DatabaseInspector.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

class KillTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void committedWritesSurviveSigkill();
};

void KillTest::committedWritesSurviveSigkill()
{
    const int kills = qEnvironmentVariableIntValue("IP_KILL_TEST_KILLS") > 0
                          ? qEnvironmentVariableIntValue("IP_KILL_TEST_KILLS")
                          : 40;
    const quint32 seed = qEnvironmentVariableIsSet("IP_KILL_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("IP_KILL_TEST_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill test: %d kills, seed %u (set IP_KILL_TEST_SEED to repeat)", kills, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.path();

    QStringList committedNotes;
    int storiesReported = 0;
    int killsMidWrite = 0;

    for (int run = 0; run < kills; ++run) {
        storagetest::Child child({QStringLiteral("write"), dataDir, QString::number(run)});
        QVERIFY2(child.process().waitForStarted(30000), "the child did not start");
        // Every fifth kill comes early, to land during start-up, the open or
        // (in the first run) the migration; the rest while writing. Those wait
        // for the child's first write before their random delay, so a loaded
        // machine (a sanitizer build, a parallel test) cannot move them all
        // into the start-up. peek() leaves the output for allLines().
        if (run % 5 != 0) {
            const QDeadlineTimer firstWrite(30000);
            while (!child.process().peek(1 << 20).contains("note ") && !firstWrite.hasExpired())
                child.process().waitForReadyRead(50);
        }
        QTest::qSleep(run % 5 == 0 ? int(random.bounded(0, 25)) : int(random.bounded(25, 300)));
        child.process().kill();
        QVERIFY(child.process().waitForFinished(30000));

        int writesThisRun = 0;
        int highestCounter = -1; // the counter note restarts at 0 in each run
        for (const QString& line : child.allLines()) {
            if (line.startsWith(QLatin1String("note "))) {
                committedNotes << line.mid(5);
                ++writesThisRun;
            } else if (line.startsWith(QLatin1String("counter "))) {
                highestCounter = std::max(highestCounter, line.mid(8).toInt());
            } else if (line.startsWith(QLatin1String("story "))) {
                ++storiesReported;
            } else if (line.startsWith(QLatin1String("error "))) {
                QFAIL(qPrintable(QStringLiteral("run %1: the child could not work: %2 (seed %3)")
                                     .arg(run)
                                     .arg(line, QString::number(seed))));
            }
        }
        if (writesThisRun > 0)
            ++killsMidWrite;

        // What the next start of the app would do: open (taking over the lock
        // the killed process left behind), then look at everything.
        ip::DatabaseOptions options;
        options.scheduledBackup = false;
        auto database = storagetest::openDatabase(dataDir, options);
        QVERIFY2(database, qPrintable(QStringLiteral("run %1, seed %2: %3")
                                          .arg(run)
                                          .arg(seed)
                                          .arg(database ? QString() : database.error().message)));
        const QString file = (*database)->filePath();
        QCOMPARE(storagetest::rawRows(file, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});

        ip::QuestionNoteRepository notes(**database);
        for (const QString& key : std::as_const(committedNotes)) {
            const auto note = notes.find({storagetest::KillTestGuide, key});
            IP_VERIFY_OK(note);
            QVERIFY2(note->has_value(),
                     qPrintable(QStringLiteral("run %1, seed %2: committed note %3 is lost")
                                    .arg(run)
                                    .arg(seed)
                                    .arg(key)));
            QCOMPARE((*note)->markdown, storagetest::killTestNoteText(key));
        }
        if (highestCounter >= 0) {
            const auto counter =
                notes.find({storagetest::KillTestGuide, QStringLiteral("counter")});
            IP_VERIFY_OK(counter);
            QVERIFY(counter->has_value());
            // The kill may land after a commit and before its report: the
            // stored value can be ahead of the last report, never behind.
            QVERIFY2((*counter)->markdown.toInt() >= highestCounter,
                     qPrintable(QStringLiteral("run %1: counter %2 < reported %3")
                                    .arg(run)
                                    .arg((*counter)->markdown)
                                    .arg(highestCounter)));
        }

        // A story is a row, three tags and two links in one transaction:
        // there is no state in between.
        const auto stories = ip::StoryRepository(**database).all();
        IP_VERIFY_OK(stories);
        for (const ip::StarStory& story : *stories) {
            QCOMPARE(story.tags, storagetest::KillTestStoryTags);
            QCOMPARE(story.questions.size(), 2);
        }
        QVERIFY(stories->size() >= storiesReported);
        database->reset();

        // A backup is complete or absent, never a torn file under a backup's name.
        for (const ip::BackupCheck& backup : ip::DatabaseInspector::inspect(dataDir).backups)
            QVERIFY2(backup.problem.isEmpty(),
                     qPrintable(backup.path + QStringLiteral(": ") + backup.problem));
    }

    qInfo("kill test: %d of %d kills landed while writing; %lld committed notes checked",
          killsMidWrite, kills, qlonglong(committedNotes.size()));
    // The test means nothing if the kills all landed before the first write.
    QVERIFY2(killsMidWrite >= kills / 2, "too few kills landed while the child was writing");
}

QTEST_GUILESS_MAIN(KillTest)
#include "tst_kill.moc"
