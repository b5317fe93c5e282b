// The question filter per keystroke, measured by hand:
//   question-filter-bench [QUESTIONS]   (default 1,000)
// Budget (DESIGN.md): one frame, 16 ms, per keystroke. A keystroke here is
// what the Questions screen does: filter and rank every question (prompt,
// four parts, notes), then make the bold words and the "why it matched"
// quotes of the rows a list shows, and paint that list.
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionItemDelegate.h"
#include "ui/questions/QuestionListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace ip;

namespace {

const QStringList Words = {
    QStringLiteral("model"),       QStringLiteral("gradient"),  QStringLiteral("feature"),
    QStringLiteral("latency"),     QStringLiteral("drift"),     QStringLiteral("embedding"),
    QStringLiteral("training"),    QStringLiteral("metric"),    QStringLiteral("pipeline"),
    QStringLiteral("customer"),    QStringLiteral("retrieval"), QStringLiteral("variance"),
    QStringLiteral("the"),         QStringLiteral("and"),       QStringLiteral("with"),
    QStringLiteral("data"),        QStringLiteral("team"),      QStringLiteral("result"),
    QStringLiteral("**overfit**"), QStringLiteral("résumé"),    QStringLiteral("naïve"),
    QStringLiteral("— rôle"),
};
// Visible rows of the list at 1024x600, rounded up.
constexpr int VisibleRows = 20;

QString sentence(QRandomGenerator& random, int words)
{
    QStringList picked;
    for (int i = 0; i < words; ++i)
        picked << Words.at(random.bounded(int(Words.size())));
    return picked.join(u' ');
}

// Shaped like the shipped guides: a prompt and four parts of a few hundred
// words in all; a note of forty words on every third question.
QList<Question> guide(int count, QHash<QString, QuestionNote>& notes)
{
    QRandomGenerator random(42);
    QList<Question> questions;
    questions.reserve(count);
    for (int i = 0; i < count; ++i) {
        Question q;
        q.key = QStringLiteral("bench/q%1").arg(i);
        q.number = i + 1;
        q.category = QStringLiteral("Category %1").arg(i % 8);
        q.prompt = sentence(random, 12) + u'?';
        q.parts = {QuestionPart{QStringLiteral("Answer"), sentence(random, 250), {}, {}},
                   QuestionPart{QStringLiteral("Example Scenario"), sentence(random, 60), {}, {}},
                   QuestionPart{QStringLiteral("Common Pitfalls"), sentence(random, 30), {}, {}},
                   QuestionPart{QStringLiteral("Follow-up Points"), sentence(random, 30), {}, {}}};
        if (i % 3 == 0)
            notes.insert(
                q.key,
                QuestionNote{QStringLiteral("bench"), q.key, sentence(random, 40), false, {}});
        questions << q;
    }
    return questions;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Times {
    std::vector<double> values;
    QString summary() const
    {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return QStringLiteral("median %1 ms, worst %2 ms over %3 keystrokes")
            .arg(sorted[sorted.size() / 2], 0, 'f', 2)
            .arg(sorted.back(), 0, 'f', 2)
            .arg(sorted.size());
    }
};

// What a view asks for the rows it shows.
void readVisibleRows(const QuestionFilterModel& filter)
{
    for (int row = 0; row < std::min(VisibleRows, filter.rowCount()); ++row) {
        const QModelIndex index = filter.index(row, 0);
        (void)index.data(QuestionFilterModel::PromptMatchRole);
        (void)index.data(QuestionFilterModel::MatchQuoteRole);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QHash<QString, QuestionNote> notes;
    const QList<Question> questions = guide(count, notes);

    QElapsedTimer timer;
    timer.start();
    QuestionListModel model(questions, notes);
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    out << count << " questions (" << notes.size() << " with notes): models built in "
        << QString::number(milliseconds(timer), 'f', 1) << " ms\n";

    // Typed a key at a time, then cleared: one word that is rare in the
    // prompts (quotes from deep in the parts), accents typed without them,
    // and two words that must both occur.
    const QStringList typed = {QStringLiteral("overfit"), QStringLiteral("naive resume"),
                               QStringLiteral("gradient drift")};
    Times modelOnly;
    for (const QString& text : typed) {
        for (int length = 1; length <= text.size(); ++length) {
            timer.restart();
            filter.setText(text.left(length));
            (void)filter.rowCount(); // the proxy filters lazily; a view asks at once
            readVisibleRows(filter);
            modelOnly.values.push_back(milliseconds(timer));
        }
        timer.restart();
        filter.setText(QString());
        (void)filter.rowCount();
        readVisibleRows(filter);
        modelOnly.values.push_back(milliseconds(timer));
    }
    out << "filter, rank and quote the visible rows per keystroke: " << modelOnly.summary() << "\n";

    // The same with the list on screen, painted after every key.
    QListView view;
    view.setModel(&filter);
    view.setItemDelegate(new QuestionItemDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(340, 600);
    view.show();
    QCoreApplication::processEvents();
    Times painted;
    for (const QString& text : typed) {
        for (int length = 1; length <= text.size(); ++length) {
            timer.restart();
            filter.setText(text.left(length));
            (void)view.viewport()->grab();
            painted.values.push_back(milliseconds(timer));
        }
    }
    out << "the same with the list painted: " << painted.summary() << "\n";

    // A note saved while a filter is on re-filters and re-ranks its row.
    filter.setText(QStringLiteral("overfit"));
    (void)filter.rowCount();
    Times noteSaves;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        model.setNotes(i * 7 % count, QStringLiteral("an overfit note %1").arg(i));
        noteSaves.values.push_back(milliseconds(timer));
    }
    out << "a saved note re-matched while filtering: " << noteSaves.summary() << "\n";
    return 0;
}
