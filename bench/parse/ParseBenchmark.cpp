// Parse speed, measured by hand (not a CTest test: CI machines are noisy).
//   parse-bench [GUIDE.md]
// Prints the median time for the shipped guide, throughput in MB/s on a large
// synthetic guide, and the time and peak memory of the hostile inputs the
// parser must refuse quickly, and the time to key a guide whose prompts all
// repeat.
#include "content/GuideParser.h"
#include "content/GuideSource.h"
#include "content/MarkdownRenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace ip;

namespace {

double medianMicroseconds(const QByteArray& bytes, int runs)
{
    std::vector<double> samples;
    samples.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Guide guide = GuideParser::parse(bytes, QStringLiteral("bench.md"));
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (guide.questions.isEmpty() && guide.requirementCount() == 0 && !guide.hasErrors())
            qFatal("nothing parsed");
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// A guide of the usual shape, as large as the size limit allows.
QByteArray syntheticGuide()
{
    QByteArray text = "---\nterm: Synthetic\ntags: [a, b]\n---\n\n"
                      "## Overview of Requirements and Recommendations\n\n### Certifications\n\n"
                      "- **Required**: one of\n";
    for (int i = 0; i < 50; ++i)
        text += "  - **Certificate " + QByteArray::number(i) +
                ": Associate**: proves *skill* "
                "number " +
                QByteArray::number(i) + ".\n";
    text += "\n## Interview Questions and Answers\n\n";
    int number = 1;
    while (text.size() < GuideSource::MaxBytes - 4000) {
        if (number % 10 == 1)
            text += "### Category " + QByteArray::number(number / 10) + " Questions\n\n";
        text += "#### Question " + QByteArray::number(number) + ": How would you handle case " +
                QByteArray::number(number) +
                "?\n\n**Answer**:\nA model answer with **bold**, "
                "`code` and a [link](https://example.org).\n\n- point one\n- point two with "
                "_emphasis_\n  - nested detail\n\n| metric | value |\n|---|---|\n| AUC | 0.91 |\n\n"
                "**Example Scenario**:\n- **Context**: a team of 5.\n- **Action**: did things.\n"
                "- **Outcome**: 20% better.\n\n**Common Pitfalls**:\n- one\n- two\n\n"
                "**Follow-up Points**:\n- why?\n- how?\n\n";
        ++number;
    }
    return text;
}

long peakRssKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char* argv[])
{
    QTextStream out(stdout);
    const QString shippedPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                         : QStringLiteral(IP_SOURCE_DIR "/content/ml-engineer.md");
    QFile shipped(shippedPath);
    if (!shipped.open(QIODevice::ReadOnly)) {
        out << "cannot read " << shippedPath << '\n';
        return 1;
    }
    const QByteArray guideBytes = shipped.readAll();
    const double shippedUs = medianMicroseconds(guideBytes, 200);
    const Guide guide = GuideParser::parse(guideBytes, shippedPath);
    out << "shipped guide: " << guideBytes.size() / 1024 << " KB, " << guide.questions.size()
        << " questions: median " << QString::number(shippedUs / 1000.0, 'f', 3) << " ms ("
        << QString::number(guideBytes.size() / shippedUs, 'f', 1) << " MB/s)\n";

    QElapsedTimer renderTimer;
    renderTimer.start();
    int rendered = 0;
    for (const Question& question : guide.questions)
        for (const QuestionPart& part : question.parts)
            rendered += int(MarkdownRenderer::toHtml(part.markdown).size() > 0);
    out << "render every part of the shipped guide (" << rendered
        << " parts): " << QString::number(double(renderTimer.nsecsElapsed()) / 1e6, 'f', 3)
        << " ms\n";

    const QByteArray large = syntheticGuide();
    const double largeUs = medianMicroseconds(large, 21);
    out << "synthetic guide: " << large.size() / 1024 << " KB: median "
        << QString::number(largeUs / 1000.0, 'f', 2) << " ms, "
        << QString::number(large.size() / largeUs, 'f', 1) << " MB/s\n";

    const struct {
        const char* name;
        QByteArray bytes;
    } hostile[] = {
        {"table, 4000 columns", "|" + QByteArray("a|").repeated(4000) + "\n|" +
                                    QByteArray("-|").repeated(4000) + "\n" +
                                    QByteArray("x\n").repeated(8000)},
        {"lists nested 20000 deep + emphasis",
         QByteArray("- ").repeated(20000) + QByteArray("*a ").repeated(20000)},
        {"quotes nested 20000 deep + emphasis",
         QByteArray(20000, '>') + " " + QByteArray("*a ").repeated(20000)},
        {"quotes nested 32 deep + 300 KB emphasis",
         QByteArray(32, '>') + " " + QByteArray("*a ").repeated(100000)},
        {"1 MB of emphasis markers", QByteArray("*a _").repeated(GuideSource::MaxBytes / 4 - 1)},
    };
    for (const auto& input : hostile) {
        QElapsedTimer timer;
        timer.start();
        const Guide result = GuideParser::parse(input.bytes, QStringLiteral("hostile.md"));
        out << "hostile: " << input.name << " (" << input.bytes.size() / 1024
            << " KB): " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) << " ms, "
            << (result.hasErrors() ? "refused" : "parsed") << '\n';
    }

    // Every question and requirement has the same text, so each key needs a
    // duplicate suffix: the shape that made key assignment quadratic.
    const struct {
        const char* name;
        QByteArray bytes;
    } repeated[] = {
        {"256 KB of \"#### Question 1: a\"",
         "## Interview Questions and Answers\n\n" +
             QByteArray("#### Question 1: a\n").repeated(256 * 1024 / 19)},
        {"256 KB of one requirement title",
         "## Requirements\n\n### Skills\n\n" +
             QByteArray("- **a**: b\n").repeated(256 * 1024 / 11)},
    };
    for (const auto& input : repeated) {
        QElapsedTimer timer;
        timer.start();
        const Guide result = GuideParser::parse(input.bytes, QStringLiteral("repeated.md"));
        out << "repeated: " << input.name << " (" << input.bytes.size() / 1024 << " KB, "
            << result.questions.size() + result.requirementCount()
            << " keys): " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) << " ms\n";
    }
    out << "peak memory of this run: " << peakRssKilobytes() / 1024 << " MB\n";
    return 0;
}
