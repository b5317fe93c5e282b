// What the candidate feels of storage: how long the GUI thread waits when a
// note is saved (p50, p99), how long opening a well-used database takes
// (10,000 notes, 1,000 stories), and how long restoring a story with 100,000
// tags takes. Run on the disk the app will use:
//
//   bench_storage [--dir DIR] [--saves N]
//
// Budgets (DESIGN.md): a save costs the GUI thread a few milliseconds at
// most; the whole start, window included, stays under 300 ms.
#include "DatabaseTestPeer.h"
#include "storage/Database.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Percentiles {
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.at(std::min(samples.size() - 1, qsizetype(q * double(samples.size()))));
    };
    return {at(0.50), at(0.90), at(0.99), samples.last()};
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString& what, const ip::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

std::unique_ptr<ip::Database> open(const QString& dir)
{
    ip::DatabaseOptions options;
    options.scheduledBackup = false;
    auto database = ip::Database::open(dir, options);
    if (!database)
        fail(QStringLiteral("open"), database.error());
    return std::move(database).value();
}

// A note as long as a real one: a few paragraphs.
QString noteText(int i)
{
    QString text = QStringLiteral("## Notes for question %1\n\n").arg(i);
    while (text.size() < 1200)
        text +=
            QStringLiteral("Bias-variance trade-off, regularisation, cross-validation; say why. ");
    return text;
}

Percentiles measureSaves(ip::Database& database, int saves)
{
    ip::QuestionNoteRepository notes(database);
    QList<double> samples;
    samples.reserve(saves);
    for (int i = 0; i < saves + 50; ++i) {
        // Typing: mostly the same few notes saved again, sometimes a new one.
        const QString key = QStringLiteral("q%1").arg(i % 7 == 0 ? 1000 + i : i % 20);
        QElapsedTimer timer;
        timer.start();
        const auto saved = notes.save({QStringLiteral("bench"), key, noteText(i), false, {}});
        const double ms = msSince(timer);
        if (!saved)
            fail(QStringLiteral("save"), saved.error());
        if (i >= 50) // the first saves warm caches up
            samples << ms;
    }
    return percentiles(samples);
}

void populate(ip::Database& database, int noteCount, int storyCount)
{
    auto transaction = ip::Transaction::begin(database, QStringLiteral("populate"));
    if (!transaction)
        fail(QStringLiteral("begin"), transaction.error());
    ip::QuestionNoteRepository notes(database);
    for (int i = 0; i < noteCount; ++i) {
        const auto saved = notes.save({QStringLiteral("guide-%1").arg(i % 10),
                                       QStringLiteral("question-%1").arg(i),
                                       noteText(i),
                                       i % 9 == 0,
                                       {}});
        if (!saved)
            fail(QStringLiteral("populate notes"), saved.error());
    }
    ip::StoryRepository stories(database);
    for (int i = 0; i < storyCount; ++i) {
        ip::StarStory story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.situation = noteText(i).left(400);
        story.task = noteText(i).left(200);
        story.action = noteText(i).left(600);
        story.result = noteText(i).left(200);
        story.tags = {QStringLiteral("leadership"), QStringLiteral("tag-%1").arg(i % 13),
                      QStringLiteral("ml")};
        story.questions = {
            {QStringLiteral("guide-%1").arg(i % 10), QStringLiteral("question-%1").arg(i)},
            {QStringLiteral("guide-%1").arg(i % 10), QStringLiteral("question-%1").arg(i + 1)}};
        const auto saved = stories.save(story);
        if (!saved)
            fail(QStringLiteral("populate stories"), saved.error());
    }
    if (auto committed = transaction->commit(); !committed)
        fail(QStringLiteral("commit"), committed.error());
}

// A backup may hold a story with any number of tags; restoring one with
// 100,000 distinct tags once took 36 s in de-duplicating them alone.
void measureManyTags(const QString& dir)
{
    auto database = open(dir);
    ip::StarStory story;
    story.title = QStringLiteral("Many tags");
    story.tags.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        story.tags << QStringLiteral("tag-%1").arg(i);
    QElapsedTimer timer;
    timer.start();
    const auto restored = ip::StoryRepository(*database).restore(story);
    if (!restored)
        fail(QStringLiteral("restore"), restored.error());
    if (restored->tags.size() != 100000) {
        std::fprintf(stderr, "unexpected tag count %lld\n", qlonglong(restored->tags.size()));
        std::exit(1);
    }
    std::printf("restore a story with 100,000 tags: %.1f ms\n", msSince(timer));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Work in DIR (default: a temporary folder)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption savesOption(QStringLiteral("saves"),
                                         QStringLiteral("Note saves to time."), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    parser.addOption(dirOption);
    parser.addOption(savesOption);
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary(parser.isSet(dirOption)
                                ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                : QString());
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a working folder\n");
        return 1;
    }
    const int saves = parser.value(savesOption).toInt();
    std::printf("working in %s\n\n", qPrintable(temporary.path()));

    {
        const QString dir = temporary.filePath(QStringLiteral("saves"));
        auto database = open(dir);
        const Percentiles full = measureSaves(*database, saves);
        std::printf("note save, synchronous=FULL (what the app uses), %d saves:\n"
                    "  p50 %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms\n",
                    saves, full.p50, full.p90, full.p99, full.max);
        // For comparison only: NORMAL skips the sync at commit and would lose
        // the last commits on a power cut.
        ip::DatabaseTestPeer::query(*database).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        const Percentiles normal = measureSaves(*database, saves);
        std::printf("note save, synchronous=NORMAL (comparison, not used):\n"
                    "  p50 %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms\n\n",
                    normal.p50, normal.p90, normal.p99, normal.max);
    }

    const QString dir = temporary.filePath(QStringLiteral("big"));
    {
        auto database = open(dir);
        QElapsedTimer timer;
        timer.start();
        populate(*database, 10000, 1000);
        std::printf("populated 10,000 notes and 1,000 stories in %.0f ms\n", msSince(timer));
    }
    std::printf("database file: %.1f MB\n\n",
                double(QFileInfo(dir + QStringLiteral("/interview-prep.sqlite")).size()) / 1e6);

    QList<double> opens;
    QList<double> loadNotes;
    QList<double> loadStories;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto database = open(dir);
        opens << msSince(timer);

        timer.restart();
        const auto notes = ip::QuestionNoteRepository(*database).all();
        loadNotes << msSince(timer);
        timer.restart();
        const auto stories = ip::StoryRepository(*database).all();
        loadStories << msSince(timer);
        if (!notes || notes->size() != 10000 || !stories || stories->size() != 1000) {
            std::fprintf(stderr, "unexpected contents\n");
            return 1;
        }
    }
    const Percentiles open = percentiles(opens);
    std::printf("open (lock, header, quick_check, WAL, version), 21 runs:\n"
                "  median %.2f ms   max %.2f ms\n",
                open.p50, open.max);
    std::printf("read all 10,000 notes: median %.2f ms\n", percentiles(loadNotes).p50);
    std::printf("read all 1,000 stories with tags and links: median %.2f ms\n",
                percentiles(loadStories).p50);

    measureManyTags(temporary.filePath(QStringLiteral("tags")));

    auto database = ::open(dir);
    QElapsedTimer timer;
    timer.start();
    const auto backup = database->backup(QStringLiteral("bench"));
    if (!backup)
        fail(QStringLiteral("backup"), backup.error());
    std::printf("backup (VACUUM INTO + fsync): %.1f ms\n", msSince(timer));
    return 0;
}
