// How much of the start Database::open takes with its checks at open (what
// the app does today) and with DatabaseOptions::deferChecks, on a database a
// candidate would have after months of use, and what the deferred checks then
// cost on their worker thread. Run by hand:
//
//   start-bench-open [--runs N] [--heavy]     measure (in a temporary folder)
//   start-bench-open --make DIR               only write that database to DIR
//   start-bench-open --make-library DIR       only write a library's database:
//       100 guides of 100 questions (10,000 in all), 10,000 notes on them,
//       1,000 stories and 20,000 reviews (issue 12's budget for the start)
//
// --heavy also measures bench/storage's well-used database (10,000 notes,
// 1,000 stories).
#include "../support/SyntheticGuides.h"
#include "content/GuideJson.h"
#include "services/GuideSearchText.h"
#include "storage/Database.h"
#include "storage/DeferredDatabaseChecks.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <thread>

namespace {

struct Contents {
    int notes = 0;
    int stories = 0;
    int reviews = 0;
};

// Every question of the three shipped guides with a note, a few dozen
// stories, and a year of answers logged in review.
const Contents Realistic{172, 40, 3000};
const Contents Heavy{10000, 1000, 20000};

[[noreturn]] void fail(const QString& what, const ip::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

QString noteText(int i)
{
    QString text = QStringLiteral("## Notes for question %1\n\n").arg(i);
    while (text.size() < 1200)
        text +=
            QStringLiteral("Bias-variance trade-off, regularisation, cross-validation; say why. ");
    return text;
}

std::unique_ptr<ip::Database> open(const QString& dir, bool deferChecks)
{
    ip::DatabaseOptions options;
    options.deferChecks = deferChecks;
    auto database = ip::Database::open(dir, options);
    if (!database)
        fail(QStringLiteral("open"), database.error());
    return std::move(database).value();
}

void populate(const QString& dir, const Contents& contents)
{
    auto database = open(dir, true);
    auto transaction = ip::Transaction::begin(*database, QStringLiteral("populate"));
    if (!transaction)
        fail(QStringLiteral("begin"), transaction.error());
    ip::QuestionNoteRepository notes(*database);
    for (int i = 0; i < contents.notes; ++i) {
        const auto saved = notes.save({QStringLiteral("guide-%1").arg(i % 3),
                                       QStringLiteral("question-%1").arg(i),
                                       noteText(i),
                                       i % 9 == 0,
                                       {}});
        if (!saved)
            fail(QStringLiteral("populate notes"), saved.error());
    }
    ip::StoryRepository stories(*database);
    for (int i = 0; i < contents.stories; ++i) {
        ip::StarStory story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.situation = noteText(i).left(400);
        story.task = noteText(i).left(200);
        story.action = noteText(i).left(600);
        story.result = noteText(i).left(200);
        story.tags = {QStringLiteral("leadership"), QStringLiteral("tag-%1").arg(i % 13)};
        story.questions = {
            {QStringLiteral("guide-%1").arg(i % 3), QStringLiteral("question-%1").arg(i)}};
        if (const auto saved = stories.save(story); !saved)
            fail(QStringLiteral("populate stories"), saved.error());
    }
    ip::ReviewRepository reviews(*database);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < contents.reviews; ++i) {
        ip::ReviewLogEntry entry;
        entry.guideKey = QStringLiteral("guide-%1").arg(i % 3);
        entry.questionKey = QStringLiteral("question-%1").arg(i % 172);
        entry.reviewedAt = start.addSecs(qint64(i) * 9000);
        entry.grade = i % 4 + 1;
        entry.seconds = 30 + i % 90;
        if (const auto saved = reviews.restoreLogEntry(entry); !saved)
            fail(QStringLiteral("populate reviews"), saved.error());
    }
    if (auto committed = transaction->commit(); !committed)
        fail(QStringLiteral("commit"), committed.error());
}

// The library as the app keeps it: each guide's snapshot and search entries,
// and the candidate's notes on the guides' questions.
void populateLibrary(const QString& dir)
{
    constexpr int Guides = 100;
    auto database = open(dir, true);
    auto transaction = ip::Transaction::begin(*database, QStringLiteral("populate library"));
    if (!transaction)
        fail(QStringLiteral("begin"), transaction.error());
    const ip::bench::Vocabulary words;
    QRandomGenerator random(42);
    ip::QuestionNoteRepository notes(*database);
    for (int g = 0; g < Guides; ++g) {
        const ip::Guide guide = ip::bench::makeGuide(g, words, random);
        ip::LibraryEntry entry;
        entry.guideKey = guide.key;
        entry.filePath = QDir(dir).filePath(guide.key + QStringLiteral(".md"));
        entry.contentHash = QStringLiteral("bench:%1").arg(g);
        entry.snapshot = QJsonDocument(ip::GuideJson::toJson(guide)).toJson(QJsonDocument::Compact);
        entry.importedAt = QDateTime::currentDateTimeUtc();
        if (const auto saved = ip::LibraryRepository(*database).save(
                entry, ip::GuideSearchText::documentsOf(guide));
            !saved)
            fail(QStringLiteral("populate library"), saved.error());
        for (const ip::Question& question : guide.questions) {
            if (const auto saved =
                    notes.save({guide.key, question.key, words.sentence(random, 80), false, {}});
                !saved)
                fail(QStringLiteral("populate notes"), saved.error());
        }
    }
    if (auto committed = transaction->commit(); !committed)
        fail(QStringLiteral("commit"), committed.error());
    database.reset();
    // The stories and a year of reviews, as in the well-used database.
    populate(dir, Contents{0, Heavy.stories, Heavy.reviews});
}

void removeBackups(const QString& dir)
{
    QDir(QDir(dir).filePath(QString::fromLatin1(ip::Database::BackupFolderName)))
        .removeRecursively();
}

// One Database::open, timed; `backupDue` removes the backups first (untimed)
// so the scheduled backup is due, as at the first start of a day.
double timeOpen(const QString& dir, bool deferChecks, bool backupDue)
{
    if (backupDue)
        removeBackups(dir);
    QElapsedTimer timer;
    timer.start();
    auto database = open(dir, deferChecks);
    return msSince(timer);
}

// The deferred checks on a std::thread while the app's connection stays
// open, timed from the start of the thread to its end.
double timeDeferredChecks(const QString& dir, bool backupDue)
{
    if (backupDue)
        removeBackups(dir);
    auto database = open(dir, true);
    const ip::DeferredDatabaseChecks checks(*database);
    double ms = 0;
    std::thread worker([&checks, &ms, backupDue] {
        QElapsedTimer timer;
        timer.start();
        const auto report = checks.run();
        ms = msSince(timer);
        if (!report)
            fail(QStringLiteral("deferred checks"), report.error());
        if (report->backupPath.isEmpty() == backupDue) {
            std::fprintf(stderr, "deferred checks: backup %s\n",
                         backupDue ? "not made although due" : "made although not due");
            std::exit(1);
        }
    });
    worker.join();
    return ms;
}

void measure(const QString& dir, const Contents& contents, const char* label, int runs)
{
    QElapsedTimer timer;
    timer.start();
    populate(dir, contents);
    std::printf(
        "%s: %d notes, %d stories, %d logged answers; %.2f MB (written in %.0f ms)\n", label,
        contents.notes, contents.stories, contents.reviews,
        double(QFileInfo(QDir(dir).filePath(QString::fromLatin1(ip::Database::FileName))).size()) /
            1e6,
        msSince(timer));
    // Warm up the page cache and make the first scheduled backup.
    timeOpen(dir, false, false);

    QList<double> full, deferred, fullDue, deferredDue, checks, checksDue;
    for (int i = 0; i < runs; ++i) {
        // Alternating, so a slower moment of the machine hits all alike.
        // In this order, each case finds the backups it needs: the open
        // with the backup due makes the one the next four find fresh.
        fullDue << timeOpen(dir, false, true);
        full << timeOpen(dir, false, false);
        deferred << timeOpen(dir, true, false);
        checks << timeDeferredChecks(dir, false);
        deferredDue << timeOpen(dir, true, true);
        checksDue << timeDeferredChecks(dir, true);
    }
    std::printf("  Database::open, medians of %d runs:\n", runs);
    std::printf("    checks at open (today)        %7.2f ms   daily backup due: %7.2f ms\n",
                median(full), median(fullDue));
    std::printf("    deferChecks                   %7.2f ms   daily backup due: %7.2f ms\n",
                median(deferred), median(deferredDue));
    std::printf("  DeferredDatabaseChecks::run on a worker thread, afterwards:\n");
    std::printf("    quick_check                   %7.2f ms   with the backup:  %7.2f ms\n\n",
                median(checks), median(checksDue));
}

// What open() saves by reading only the migrations' names when the schema
// is current, instead of loading every script.
void measureMigrationLookup()
{
    const QString directory = ip::SchemaMigrator::builtInDirectory();
    const int rounds = 1000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        if (!ip::SchemaMigrator::load(directory))
            std::exit(1);
    }
    const double loadMs = msSince(timer) / rounds;
    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        if (!ip::SchemaMigrator::latestVersionIn(directory))
            std::exit(1);
    }
    const double namesMs = msSince(timer) / rounds;
    std::printf("schema version lookup: loading the scripts %.3f ms, their names only %.3f ms\n",
                loadMs, namesMs);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption makeOption(
        QStringLiteral("make"), QStringLiteral("Only write the realistic database into DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                        QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption heavyOption(QStringLiteral("heavy"),
                                         QStringLiteral("Also measure a 10,000-note database."));
    const QCommandLineOption libraryOption(
        QStringLiteral("make-library"),
        QStringLiteral("Only write a library of 100 guides and 10,000 notes into DIR."),
        QStringLiteral("DIR"));
    parser.addOptions({makeOption, libraryOption, runsOption, heavyOption});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(makeOption)) {
        populate(parser.value(makeOption), Realistic);
        return 0;
    }
    if (parser.isSet(libraryOption)) {
        populateLibrary(parser.value(libraryOption));
        return 0;
    }
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a working folder\n");
        return 1;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    measureMigrationLookup();
    measure(temporary.filePath(QStringLiteral("realistic")), Realistic, "realistic", runs);
    if (parser.isSet(heavyOption))
        measure(temporary.filePath(QStringLiteral("heavy")), Heavy, "heavy", runs);
    return 0;
}
