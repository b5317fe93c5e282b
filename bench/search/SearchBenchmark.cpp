// Search everything per keystroke, measured by hand:
//   search-bench [GUIDES]   (default 100 guides of 100 questions)
// Budget (issue 12): with 10,000 questions, 10,000 notes and 1,000 stories,
// the hits for a typed character in under 16 ms at the 95th percentile. A
// keystroke here is what the Ctrl+K dialog does: run the query for what the
// field holds (FTS5, best 50) and put the hits into the results model.
#include "../support/SyntheticGuides.h"
#include "model/Guide.h"
#include "model/LibraryEntry.h"
#include "services/GuideSearchText.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"
#include "storage/Transaction.h"
#include "ui/search/SearchResultsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace ip;

namespace {

constexpr int Stories = 1000;

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString summary(std::vector<double> values, const QString& what)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double share) {
        return values[std::min(values.size() - 1, size_t(share * double(values.size())))];
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, worst %3 ms over %4 %5")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(values.back(), 0, 'f', 2)
        .arg(values.size())
        .arg(what);
}

bool fill(Database& database, int guides, QTextStream& out)
{
    bench::Vocabulary words;
    QRandomGenerator random(42);
    QElapsedTimer timer;
    timer.start();
    std::vector<double> imports;
    QList<Guide> made;
    for (int g = 0; g < guides; ++g) {
        made << bench::makeGuide(g, words, random);
        LibraryEntry entry;
        entry.guideKey = made.last().key;
        entry.filePath = entry.guideKey + QStringLiteral(".md");
        entry.contentHash = QString::number(g);
        entry.snapshot = QByteArray(200 * 1024, 'x'); // a snapshot's size; never read here
        QElapsedTimer one;
        one.start();
        if (!LibraryRepository(database).save(entry, GuideSearchText::documentsOf(made.last())))
            return false;
        imports.push_back(milliseconds(one));
    }
    out << "index a guide of " << bench::QuestionsPerGuide
        << " questions with its snapshot: " << summary(imports, QStringLiteral("guides")) << "\n";

    auto transaction = Transaction::begin(database, QStringLiteral("bench"));
    if (!transaction)
        return false;
    QuestionNoteRepository notes(database);
    for (const Guide& guide : std::as_const(made)) {
        for (const Question& question : guide.questions) {
            if (!notes.save(
                    QuestionNote{guide.key, question.key, words.sentence(random, 40), false, {}}))
                return false;
        }
    }
    StoryRepository stories(database);
    for (int s = 0; s < Stories; ++s) {
        StarStory story;
        story.title = words.sentence(random, 6);
        story.situation = words.sentence(random, 60);
        story.task = words.sentence(random, 30);
        story.action = words.sentence(random, 90);
        story.result = words.sentence(random, 40);
        story.tags = {QStringLiteral("tag%1").arg(s % 20)};
        if (!stories.save(story))
            return false;
    }
    if (!transaction->commit())
        return false;
    out << "library of " << guides * bench::QuestionsPerGuide << " questions, "
        << guides * bench::QuestionsPerGuide << " notes and " << Stories << " stories made in "
        << qRound(milliseconds(timer)) << " ms\n";
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int guides = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100;
    QTemporaryDir dir;
    // To look into the library with sqlite3 afterwards.
    if (qEnvironmentVariableIsSet("IP_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        out << "library kept in " << dir.path() << "\n";
    }
    auto database = Database::open(dir.path());
    if (!database || !fill(**database, guides, out)) {
        out << "could not make the library\n";
        return 1;
    }

    SearchService search(**database);
    SearchResultsModel results;
    // Typed a character at a time, as in the field: common words with
    // thousands of hits, a rare word, a phrase, an exclusion, accents.
    const QStringList typed = {QStringLiteral("feature drift"), QStringLiteral("kolmogorov"),
                               QStringLiteral("\"the model\""), QStringLiteral("data -team"),
                               QStringLiteral("resume"),        QStringLiteral("kalomi")};
    (void)search.search(QStringLiteral("warm"));
    std::vector<double> keystrokes;
    for (const QString& query : typed) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            // The middle of three runs: the machine's other work is not
            // the search's.
            std::vector<double> runs;
            qsizetype found = 0;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto hits = search.search(query.left(length));
                if (!hits) {
                    out << "search failed: " << hits.error().message << "\n";
                    return 1;
                }
                results.setHits(*hits);
                runs.push_back(milliseconds(timer));
                found = hits->size();
            }
            std::sort(runs.begin(), runs.end());
            keystrokes.push_back(runs[1]);
            if (qEnvironmentVariableIsSet("IP_BENCH_VERBOSE"))
                out << query.left(length) << ": " << runs[1] << " ms, " << found << " hits\n";
        }
    }
    out << "search and show the best " << SearchService::DefaultLimit
        << " hits per keystroke: " << summary(keystrokes, QStringLiteral("keystrokes")) << "\n";
    return 0;
}
