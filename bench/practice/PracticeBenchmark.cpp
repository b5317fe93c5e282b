// How long deriving the schedules from the review log takes (issue 11's
// budget: replaying 100,000 reviews well under a second): the FSRS-6 replay
// alone, in memory, and the whole rebuild a restore or the schema upgrade
// triggers (read the log from SQLite, replay, write every schedule in one
// transaction). Then today's queue from the stored schedules, and the
// readiness for an interview date over every question, and the commit of
// one grade.
//
//   practice-bench [--questions 2000] [--reviews-each 50] [--runs 7]
#include "model/Guide.h"
#include "services/ExportService.h"
#include "services/PracticeService.h"
#include "services/ReadinessReport.h"
#include "services/ReviewScheduleReplay.h"
#include "services/StudyData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

namespace {

// A realistic log: each question's reviews on growing gaps (same day now and
// then), grades mostly Good, some Again, Hard and Easy; seeded, so every run
// replays the same log.
QList<ip::ReviewLogEntry> makeLog(int questions, int reviewsEach)
{
    std::mt19937 random(2026);
    std::discrete_distribution<int> grade({8, 10, 70, 12});
    std::uniform_int_distribution<int> gap(0, 9);
    const QDateTime start(QDate(2024, 1, 1), QTime(7, 0), Qt::UTC);
    QList<ip::ReviewLogEntry> log;
    log.reserve(qsizetype(questions) * reviewsEach);
    for (int q = 0; q < questions; ++q) {
        QDateTime at = start.addSecs(qint64(q) * 37);
        for (int r = 0; r < reviewsEach; ++r) {
            log.append({QStringLiteral("guide-%1").arg(q % 5), QStringLiteral("question-%1").arg(q),
                        at, grade(random) + 1, 40});
            at = at.addSecs(gap(random) == 0 ? 1800
                                             : qint64(86400) * (1 + gap(random) * (r / 10 + 1)));
        }
    }
    return log;
}

// The median time of `runs` calls of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

[[noreturn]] void fail(const char* what, const ip::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("questions"), QStringLiteral("Questions."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("reviews-each"), QStringLiteral("Reviews per question."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.process(app);
    const int questions = parser.value(QStringLiteral("questions")).toInt();
    const int reviewsEach = parser.value(QStringLiteral("reviews-each")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QList<ip::ReviewLogEntry> log = makeLog(questions, reviewsEach);
    std::printf("log: %lld reviews of %d questions\n", qlonglong(log.size()), questions);

    // 1. The replay alone: sort by time, fold each question through FSRS-6.
    const ip::ReviewScheduler scheduler;
    qsizetype schedules = 0;
    const double replayMs = medianMs(
        runs, [&] { schedules = ip::ReviewScheduleReplay(scheduler).replayAll(log).size(); });
    std::printf("replay in memory: %.1f ms (median of %d) -> %lld schedules\n", replayMs, runs,
                qlonglong(schedules));

    // 2. The whole rebuild on a real database file.
    QTemporaryDir dir;
    ip::StudyDataOptions options;
    options.scheduledBackup = false;
    auto data = ip::StudyData::open(dir.path(), options);
    if (!data)
        fail("open", data.error());
    ip::BackupDocument document;
    document.reviews = log;
    if (auto restored = (*data)->exporter().restore(document); !restored)
        fail("restore the log", restored.error());
    const double rebuildMs = medianMs(runs, [&] {
        if (auto rebuilt = (*data)->practice().rebuildSchedules(); !rebuilt)
            fail("rebuild", rebuilt.error());
    });
    std::printf("rebuild from the database (read log, replay, write schedules, commit): %.1f ms "
                "(median of %d)\n",
                rebuildMs, runs);

    // Of which: reading the log back through Qt SQL.
    const double readMs = medianMs(runs, [&] {
        if (auto read = (*data)->exporter().exportAll(); !read)
            fail("read", read.error());
    });
    std::printf("  for comparison, an export reading everything sorted by time and keys: "
                "%.1f ms (median of %d)\n",
                readMs, runs);

    // 3. Today's queue from the stored schedules.
    qsizetype due = 0;
    const QDateTime now = log.last().reviewedAt.addDays(3);
    const double queueMs = medianMs(runs, [&] {
        auto queue = (*data)->practice().dueBy(now);
        if (!queue)
            fail("queue", queue.error());
        due = queue->size();
    });
    std::printf("due questions: %.2f ms (median of %d), %lld due\n", queueMs, runs, qlonglong(due));

    // 4. Readiness for an interview in three weeks over every question as one
    // guide in five categories: recall on the day, gains, the 90% list.
    ip::Guide guide;
    guide.key = QStringLiteral("bench-guide");
    for (int q = 0; q < questions; ++q) {
        ip::Question question;
        question.key = QStringLiteral("question-%1").arg(q);
        question.category = QStringLiteral("Category %1").arg(q % 5);
        guide.questions.append(question);
    }
    QList<ip::ReviewSchedule> guideSchedules = ip::ReviewScheduleReplay(scheduler).replayAll(log);
    for (ip::ReviewSchedule& schedule : guideSchedules)
        schedule.guideKey = guide.key;
    const QDate today = now.date();
    ip::ReadinessReport report;
    const double readinessMs = medianMs(runs, [&] {
        report = ip::ReadinessCalculator(scheduler).report(guide, guideSchedules, today.addDays(21),
                                                           today);
    });
    std::printf("readiness of %lld questions: %.2f ms (median of %d), %.1f%% ready, %lld to "
                "review for 90%%\n",
                qlonglong(report.questions.size()), readinessMs, runs, report.overall * 100,
                qlonglong(report.toReachTarget.size()));

    // 5. A grade as the Practice screen gives it: the log entry and the new
    // schedule committed in one transaction, while the GUI thread waits.
    // The p99 is the budget ("no more than a few milliseconds").
    constexpr int Grades = 500;
    std::vector<double> gradeMs;
    gradeMs.reserve(Grades);
    QElapsedTimer timer;
    for (int g = 0; g < Grades; ++g) {
        const ip::QuestionRef question{QStringLiteral("guide-%1").arg(g % 5),
                                       QStringLiteral("question-%1").arg(g % questions)};
        timer.start();
        if (auto recorded =
                (*data)->practice().record(question, ip::ReviewGrade::Good, 30, now.addSecs(g));
            !recorded)
            fail("grade", recorded.error());
        gradeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(gradeMs.begin(), gradeMs.end());
    std::printf("grading: %.2f ms median, %.2f ms p99, %.2f ms max (%d grades)\n",
                gradeMs.at(gradeMs.size() / 2), gradeMs.at(gradeMs.size() * 99 / 100),
                gradeMs.back(), Grades);
    return 0;
}
