// Start-up and search-as-you-type, measured by hand:
//   study-bench [QUESTIONS]
// Budgets (DESIGN.md): the window usable in 300 ms; one frame, 16 ms, per
// keystroke at 10,000 questions.
#include "StudyContext.h"
#include "ui/MainWindow.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace ip;

namespace {

const QStringList Words = {
    QStringLiteral("model"),    QStringLiteral("gradient"),  QStringLiteral("feature"),
    QStringLiteral("latency"),  QStringLiteral("drift"),     QStringLiteral("embedding"),
    QStringLiteral("training"), QStringLiteral("metric"),    QStringLiteral("pipeline"),
    QStringLiteral("customer"), QStringLiteral("retrieval"), QStringLiteral("variance"),
    QStringLiteral("the"),      QStringLiteral("and"),       QStringLiteral("with"),
    QStringLiteral("data"),     QStringLiteral("team"),      QStringLiteral("result"),
};

QString sentence(QRandomGenerator& random, int words)
{
    QStringList picked;
    for (int i = 0; i < words; ++i)
        picked << Words.at(random.bounded(int(Words.size())));
    return picked.join(u' ');
}

// Questions shaped like the shipped guide's: a prompt and four parts of a few
// hundred words in all.
QList<Question> library(int count)
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
        questions << q;
    }
    return questions;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

// From nothing to a shown window on the shipped guide: the first start (a
// new database, the guide parsed) and a later one (the parsed snapshot).
void measureStart(QTextStream& out)
{
    QTemporaryDir dataDir;
    for (const char* which : {"first start", "later start"}) {
        QElapsedTimer timer;
        timer.start();
        ip::StudyContext context(dataDir.path(), QString());
        ip::MainWindow window(context);
        window.show();
        QCoreApplication::processEvents();
        out << which << ": window shown in " << QString::number(milliseconds(timer), 'f', 1)
            << " ms\n";
        window.close();
    }
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("IP_PARSE_WORKER"))
        qputenv("IP_PARSE_WORKER", IP_APP_EXECUTABLE);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    measureStart(out);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QList<Question> questions = library(count);

    QElapsedTimer timer;
    timer.start();
    QuestionListModel model(questions, {});
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    out << count << " questions: list and filter models built in "
        << QString::number(milliseconds(timer), 'f', 1) << " ms\n";

    // Typing "gradient drift" one key at a time, then clearing it.
    const QString typed = QStringLiteral("gradient drift");
    std::vector<double> perKey;
    for (int length = 1; length <= typed.size(); ++length) {
        timer.restart();
        filter.setText(typed.left(length));
        (void)filter.rowCount(); // the proxy filters lazily; a view asks at once
        perKey.push_back(milliseconds(timer));
    }
    timer.restart();
    filter.setText(QString());
    (void)filter.rowCount();
    perKey.push_back(milliseconds(timer));
    std::sort(perKey.begin(), perKey.end());
    out << "filter per keystroke: median " << QString::number(perKey[perKey.size() / 2], 'f', 2)
        << " ms, worst " << QString::number(perKey.back(), 'f', 2) << " ms over " << perKey.size()
        << " keystrokes\n";

    timer.restart();
    filter.setCategory(QStringLiteral("Category 3"));
    const int shown = filter.rowCount();
    out << "category filter: " << QString::number(milliseconds(timer), 'f', 2) << " ms (" << shown
        << " shown)\n";
    return 0;
}
