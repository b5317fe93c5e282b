// Practice through StudyData on real SQLite files: a grade writes the log and
// the FSRS-6 schedule together; the stored schedule always equals a replay of
// the log, also after a grade logged out of order, a JSON restore merged into
// other grades, a backup file put in place, and new scheduler settings.
#include "DirectSql.h"
#include "VerifyOk.h"
#include "services/ExportService.h"
#include "services/PracticeService.h"
#include "services/ReviewScheduleReplay.h"
#include "services/StudyData.h"
#include "storage/BackupRestore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

const QString GuideKey = QStringLiteral("machine-learning-engineer");
const QuestionRef Overfitting{GuideKey, QStringLiteral("machine-learning-engineer/overfitting")};
const QuestionRef Bias{GuideKey, QStringLiteral("machine-learning-engineer/bias-variance")};
const QDateTime Monday(QDate(2026, 3, 2), QTime(19, 30), QTimeZone::utc());

QString fileIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).filePath(QString::fromLatin1(Database::FileName));
}

int staleMarks(const QString& file)
{
    DirectSql sql(file);
    QSqlQuery query = sql.query();
    query.exec(QStringLiteral("SELECT count(*) FROM review_schedule_stale"));
    return query.next() ? query.value(0).toInt() : -1;
}

// What the stored schedules must equal: the whole log replayed.
QList<ReviewSchedule> replayed(PracticeService& practice, const QList<QuestionRef>& questions)
{
    QList<ReviewLogEntry> log;
    for (const QuestionRef& question : questions)
        log.append(*practice.log(question));
    return ReviewScheduleReplay(practice.scheduler()).replayAll(log);
}

} // namespace

class PracticeServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gradeWritesLogAndScheduleTogether();
    void olderGradeIsReplayedIntoItsPlace();
    void undoTakesTheGradeBackOutOfLogAndSchedule();
    void dueQuestionsSoonestFirst();
    void jsonRestoreReplaysTheMergedLog();
    void backupFileRestoreReplaysTheLog();
    void staleSchedulesAreReplayedInMemoryWhenReadOnly();
    void newSettingsMoveDueDaysNotMemory();
};

void PracticeServiceTest::gradeWritesLogAndScheduleTogether()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    QVERIFY(!practice.schedule(Overfitting)->has_value());

    const auto first = practice.record(Overfitting, ReviewGrade::Good, 42.5, Monday);
    IP_VERIFY_OK(first);
    QCOMPARE(first->stability, 2.3065);
    QCOMPARE(first->intervalDays, 2);
    QCOMPARE(first->dueAt, QDateTime(QDate(2026, 3, 4), QTime(0, 0), QTimeZone::utc()));
    const auto second =
        practice.record(Overfitting, ReviewGrade::Good, 20, Monday.addDays(3).addSecs(-3600));
    IP_VERIFY_OK(second);
    QCOMPARE(practice.schedule(Overfitting)->value(), *second);
    QCOMPARE(second->reviews, 2);

    const auto log = practice.log(Overfitting);
    IP_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).seconds, 42.5);
    QCOMPARE(log->at(0).grade, 3);
    QCOMPARE(replayed(practice, {Overfitting}), QList<ReviewSchedule>{*second});

    // Nothing of a refused grade is written, neither log nor schedule.
    QVERIFY(!practice.record(Bias, ReviewGrade::Good, -1, Monday));
    QVERIFY(practice.log(Bias)->isEmpty());
    QVERIFY(!practice.schedule(Bias)->has_value());
}

void PracticeServiceTest::olderGradeIsReplayedIntoItsPlace()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Easy, 10, Monday.addDays(5)));
    // Logged afterwards (a command's --at), but given first.
    const auto older = practice.record(Overfitting, ReviewGrade::Again, 10, Monday);
    IP_VERIFY_OK(older);
    QCOMPARE(older->reviews, 2);
    QCOMPARE(older->lastReviewedAt, Monday.addDays(5));
    QCOMPARE(older->lastGrade, 4);
    QCOMPARE(replayed(practice, {Overfitting}), QList<ReviewSchedule>{*older});

    // A grade at the very time of a logged one replaces it.
    const auto regraded = practice.record(Overfitting, ReviewGrade::Hard, 10, Monday);
    IP_VERIFY_OK(regraded);
    QCOMPARE(practice.log(Overfitting)->size(), 2);
    QCOMPARE(practice.log(Overfitting)->at(0).grade, 2);
    QCOMPARE(replayed(practice, {Overfitting}), QList<ReviewSchedule>{*regraded});
}

void PracticeServiceTest::undoTakesTheGradeBackOutOfLogAndSchedule()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    const auto first = practice.record(Overfitting, ReviewGrade::Good, 30, Monday);
    IP_VERIFY_OK(first);
    const QDateTime later = Monday.addDays(2).addMSecs(123);
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Again, 12, later));

    // The second grade goes; the schedule is the first grade's again.
    const auto undone = practice.undo({GuideKey, Overfitting.questionKey, later, 1, 12});
    IP_VERIFY_OK(undone);
    QCOMPARE(undone->value(), *first);
    QCOMPARE(practice.schedule(Overfitting)->value(), *first);
    QCOMPARE(practice.log(Overfitting)->size(), 1);

    // Taking back the only grade makes the question new again.
    const auto none = practice.undo({GuideKey, Overfitting.questionKey, Monday, 3, 30});
    IP_VERIFY_OK(none);
    QVERIFY(!none->has_value());
    QVERIFY(!practice.schedule(Overfitting)->has_value());
    QVERIFY(practice.log(Overfitting)->isEmpty());

    // A grade that is not logged is an error that changes nothing.
    IP_VERIFY_OK(practice.record(Bias, ReviewGrade::Easy, 5, Monday));
    const auto missing = practice.undo({GuideKey, Bias.questionKey, Monday.addSecs(1), 4, 5});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(practice.log(Bias)->size(), 1);
    QVERIFY(practice.schedule(Bias)->has_value());
}

void PracticeServiceTest::dueQuestionsSoonestFirst()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Again, 5, Monday)); // due Tuesday
    IP_VERIFY_OK(practice.record(Bias, ReviewGrade::Easy, 5, Monday));         // due in 8 days
    const QDateTime tuesdayMorning(QDate(2026, 3, 3), QTime(6, 0), QTimeZone::utc());

    const auto dueTuesday = practice.dueBy(tuesdayMorning);
    IP_VERIFY_OK(dueTuesday);
    QCOMPARE(dueTuesday->size(), 1);
    QCOMPARE(dueTuesday->first().questionKey, Overfitting.questionKey);
    QVERIFY(practice.dueBy(Monday.addSecs(3600))->isEmpty());
    const auto dueLater = practice.dueBy(Monday.addDays(10));
    QCOMPARE(dueLater->size(), 2);
    QCOMPARE(dueLater->at(1).questionKey, Bias.questionKey);
    QCOMPARE(practice.schedulesForGuide(GuideKey)->size(), 2);
}

void PracticeServiceTest::jsonRestoreReplaysTheMergedLog()
{
    QTemporaryDir from;
    QTemporaryDir to;
    BackupDocument document;
    {
        auto data = StudyData::open(from.path());
        IP_VERIFY_OK(data);
        IP_VERIFY_OK((*data)->practice().record(Overfitting, ReviewGrade::Good, 5, Monday));
        IP_VERIFY_OK(
            (*data)->practice().record(Overfitting, ReviewGrade::Again, 5, Monday.addDays(9)));
        IP_VERIFY_OK((*data)->practice().record(Bias, ReviewGrade::Hard, 5, Monday.addDays(1)));
        document = *(*data)->exporter().exportAll();
    }
    auto data = StudyData::open(to.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    // This database's own grade falls between the restored ones.
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Easy, 5, Monday.addDays(3)));
    const ReviewSchedule before = practice.schedule(Overfitting)->value();

    const auto summary = (*data)->exporter().restore(document);
    IP_VERIFY_OK(summary);
    QCOMPARE(summary->reviews, 3);
    QCOMPARE(staleMarks(fileIn(to)), 1);

    const auto after = practice.schedule(Overfitting);
    IP_VERIFY_OK(after);
    QCOMPARE(practice.log(Overfitting)->size(), 3);
    QVERIFY(after->value() != before);
    QCOMPARE(after->value().lapses, 1);
    const QList<ReviewSchedule> expected = replayed(practice, {Overfitting, Bias});
    QCOMPARE(*practice.schedulesForGuide(GuideKey), expected);
    QCOMPARE(staleMarks(fileIn(to)), 0);
}

void PracticeServiceTest::backupFileRestoreReplaysTheLog()
{
    QTemporaryDir dir;
    QString backup;
    {
        auto data = StudyData::open(dir.path());
        IP_VERIFY_OK(data);
        // Stored under other settings: intervals for 80% retention.
        SchedulerSettings eighty;
        eighty.desiredRetention = 0.8;
        IP_VERIFY_OK((*data)->practice().setScheduler(ReviewScheduler(eighty)));
        IP_VERIFY_OK((*data)->practice().record(Overfitting, ReviewGrade::Good, 5, Monday));
        IP_VERIFY_OK(
            (*data)->practice().record(Overfitting, ReviewGrade::Good, 5, Monday.addDays(3)));
        QCOMPARE((*data)->practice().schedule(Overfitting)->value().intervalDays, 46);
        const auto made = (*data)->backup(QStringLiteral("manual"));
        IP_VERIFY_OK(made);
        backup = *made;
    }
    IP_VERIFY_OK(BackupRestore::restore(dir.path(), backup));
    QCOMPARE(staleMarks(fileIn(dir)), 1);

    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    const auto schedule = (*data)->practice().schedule(Overfitting);
    IP_VERIFY_OK(schedule);
    // Replayed under this app's settings (90%), not kept from the backup.
    QCOMPARE(schedule->value().intervalDays, 14);
    QCOMPARE(QList<ReviewSchedule>{schedule->value()},
             replayed((*data)->practice(), {Overfitting}));
    QCOMPARE(staleMarks(fileIn(dir)), 0);
}

void PracticeServiceTest::staleSchedulesAreReplayedInMemoryWhenReadOnly()
{
    QTemporaryDir dir;
    {
        auto data = StudyData::open(dir.path());
        IP_VERIFY_OK(data);
        IP_VERIFY_OK((*data)->practice().record(Overfitting, ReviewGrade::Good, 5, Monday));
        IP_VERIFY_OK((*data)->practice().record(Bias, ReviewGrade::Again, 5, Monday));
    }
    {
        // What a restore leaves: a mark, and schedules that disagree with the log.
        DirectSql sql(fileIn(dir));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO review_schedule_stale VALUES (1)")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM review_schedule WHERE question_key = '%1'")
                             .arg(Bias.questionKey)));
    }
    StudyDataOptions options;
    options.readOnly = true;
    auto data = StudyData::open(dir.path(), options);
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    QVERIFY(practice.schedule(Bias)->has_value());
    QCOMPARE(*practice.schedulesForGuide(GuideKey), replayed(practice, {Overfitting, Bias}));
    QCOMPARE(practice.dueBy(Monday.addDays(1))->size(), 1);
    // Nothing was written.
    QCOMPARE(staleMarks(fileIn(dir)), 1);
}

void PracticeServiceTest::newSettingsMoveDueDaysNotMemory()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    PracticeService& practice = (*data)->practice();
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Good, 5, Monday));
    IP_VERIFY_OK(practice.record(Overfitting, ReviewGrade::Good, 5, Monday.addDays(3)));
    const ReviewSchedule before = practice.schedule(Overfitting)->value();
    QCOMPARE(before.intervalDays, 14);

    // An interview in four days: nothing may be due after the day before it.
    const QDate interview = Monday.date().addDays(7);
    IP_VERIFY_OK(practice.setScheduler(
        ReviewScheduler({}, [&](const QuestionRef&, const QDate& reviewDay, int) {
            return int(reviewDay.daysTo(interview)) - 1;
        })));
    const ReviewSchedule capped = practice.schedule(Overfitting)->value();
    QCOMPARE(capped.intervalDays, 3);
    QCOMPARE(capped.dueAt, QDateTime(interview.addDays(-1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(capped.stability, before.stability);
    QCOMPARE(capped.difficulty, before.difficulty);

    IP_VERIFY_OK(practice.setScheduler(ReviewScheduler()));
    QCOMPARE(practice.schedule(Overfitting)->value(), before);
}

QTEST_GUILESS_MAIN(PracticeServiceTest)
#include "tst_practice_service.moc"
