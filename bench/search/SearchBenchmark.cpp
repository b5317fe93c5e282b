// Search everything per keystroke, measured by hand:
//   search-bench [GUIDES]   (default 100 guides of 100 questions)
// Budget (issue 12): with 10,000 questions, 10,000 notes and 1,000 stories,
// the hits for a typed character in under 16 ms at the 95th percentile. A
// keystroke here is what the Ctrl+K dialog does: run the query for what the
// field holds (FTS5, best 50) and put the hits into the results model.
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

constexpr int QuestionsPerGuide = 100;
constexpr int Stories = 1000;

// A language of a few thousand words, some far more common than others, as
// in real text: made of syllables, so prefixes are shared the way English
// words share them. The words the queries type are among them.
class Vocabulary {
public:
    Vocabulary()
    {
        const QStringList syllables = {
            QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),
            QStringLiteral("ne"),  QStringLiteral("ru"),  QStringLiteral("ta"),
            QStringLiteral("shi"), QStringLiteral("po"),  QStringLiteral("de"),
            QStringLiteral("vi"),  QStringLiteral("gra"), QStringLiteral("str"),
            QStringLiteral("on"),  QStringLiteral("el"),  QStringLiteral("ix"),
            QStringLiteral("ment")};
        QRandomGenerator random(7);
        for (int i = 0; i < 4000; ++i) {
            QString word;
            const int parts = 2 + random.bounded(3);
            for (int p = 0; p < parts; ++p)
                word += syllables.at(random.bounded(int(syllables.size())));
            m_words << word;
        }
        // Common words at the front, where the skewed pick lands most.
        m_words =
            QStringList{QStringLiteral("the"),  QStringLiteral("model"), QStringLiteral("feature"),
                        QStringLiteral("data"), QStringLiteral("team"),  QStringLiteral("drift")} +
            m_words + QStringList{QStringLiteral("kolmogorov"), QStringLiteral("résumé")};
    }

    QString sentence(QRandomGenerator& random, int count) const
    {
        QStringList picked;
        for (int i = 0; i < count; ++i) {
            // Squared: a few words often, most of them rarely.
            const double x = random.generateDouble();
            picked << m_words.at(qsizetype(x * x * double(m_words.size() - 1)));
        }
        return picked.join(u' ');
    }

private:
    QStringList m_words;
};

Guide makeGuide(int number, const Vocabulary& words, QRandomGenerator& random)
{
    Guide guide;
    guide.key = QStringLiteral("guide-%1").arg(number);
    guide.title = QStringLiteral("Guide %1").arg(number);
    for (int i = 0; i < QuestionsPerGuide; ++i) {
        Question q;
        q.key = guide.key + QStringLiteral("/q%1").arg(i);
        q.number = i + 1;
        q.category = QStringLiteral("Category %1").arg(i % 6);
        q.prompt = words.sentence(random, 12) + u'?';
        q.parts = {{PartName::Answer, words.sentence(random, 250), {}, {}},
                   {PartName::ExampleScenario, words.sentence(random, 60), {}, {}},
                   {PartName::CommonPitfalls, words.sentence(random, 30), {}, {}},
                   {PartName::FollowUpPoints, words.sentence(random, 30), {}, {}}};
        guide.questions << q;
    }
    return guide;
}

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
    Vocabulary words;
    QRandomGenerator random(42);
    QElapsedTimer timer;
    timer.start();
    std::vector<double> imports;
    QList<Guide> made;
    for (int g = 0; g < guides; ++g) {
        made << makeGuide(g, words, random);
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
    out << "index a guide of " << QuestionsPerGuide
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
    out << "library of " << guides * QuestionsPerGuide << " questions, "
        << guides * QuestionsPerGuide << " notes and " << Stories << " stories made in "
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
