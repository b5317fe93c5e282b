// Parse speed, measured by hand (not a CTest test: CI machines are noisy).
//   parse-bench [GUIDE.md] [--write-realistic FILE]
// Prints the median time for the shipped guide; on a realistic guide of about
// 1 MB, the throughput of GuideParser::parse beside that of cmark-gfm alone
// turning the same bytes into HTML (the Markdown library's share of the work,
// so the ratio is what our own work costs); throughput on a large synthetic
// guide; the time and peak memory of the hostile inputs the parser must
// refuse quickly; and the time to key a guide whose prompts all repeat.
// --write-realistic saves the realistic guide, to profile `check` on it.
#include "content/GuideParser.h"
#include "content/GuideSource.h"
#include "content/MarkdownRenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace ip;

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The shipped guides cut into pieces that each start at a category or
// question heading, so they can be dealt out again in another order.
QList<QByteArray> questionChunks(const QByteArray& guide)
{
    const qsizetype start = guide.indexOf("\n## Interview Questions and Answers\n");
    const qsizetype end = guide.indexOf("\n## Conclusion\n");
    if (start < 0 || end < start)
        qFatal("a shipped guide lost its questions part");
    const QByteArray body = guide.mid(start + 1, end - start);
    QList<QByteArray> chunks;
    qsizetype chunkStart = body.indexOf("\n### ") + 1;
    for (;;) {
        qsizetype next = chunkStart;
        do
            next = body.indexOf("\n###", next + 1);
        while (next >= 0 && body.mid(next + 1, 5) != "#### " && body.mid(next + 1, 4) != "### ");
        if (next < 0) {
            chunks << body.mid(chunkStart);
            return chunks;
        }
        chunks << body.mid(chunkStart, next + 1 - chunkStart);
        chunkStart = next + 1;
    }
}

// A guide of the shape people write, as large as the size limit allows: the
// front matter, introduction and requirements of the machine learning guide,
// then the questions of all three shipped guides dealt out again and again
// (numbered on, each round's prompts marked so every key is its own), with a
// further-reading paragraph of links and emphasis every third question and a
// table every fifth, which the shipped guides have few of.
QByteArray realisticGuide()
{
    const QString dir = QStringLiteral(IP_SOURCE_DIR "/content/");
    const QByteArray ml = readFile(dir + QStringLiteral("ml-engineer.md"));
    QList<QList<QByteArray>> sources;
    for (const char* name : {"ml-engineer.md", "ai-engineer.md", "data-scientist.md"})
        sources << questionChunks(readFile(dir + QLatin1String(name)));

    QByteArray text = ml.left(ml.indexOf("\n## Interview Questions and Answers\n") + 1);
    text += "## Interview Questions and Answers\n\n";
    const QByteArray conclusion = ml.mid(ml.indexOf("\n## Conclusion\n") + 1);
    static const QRegularExpression questionHeading(QStringLiteral("^#### Question \\d+: (.*)$"));
    int number = 1;
    for (int round = 1;; ++round) {
        for (const QList<QByteArray>& chunks : std::as_const(sources)) {
            for (QByteArray chunk : chunks) {
                const qsizetype headingEnd = chunk.indexOf('\n');
                const QString heading = QString::fromUtf8(chunk.left(headingEnd));
                if (const QRegularExpressionMatch match = questionHeading.match(heading);
                    match.hasMatch()) {
                    QByteArray renamed = "#### Question " + QByteArray::number(number) + ": " +
                                         match.captured(1).toUtf8();
                    if (round > 1)
                        renamed += " (round " + QByteArray::number(round) + ")";
                    chunk.replace(0, headingEnd, renamed);
                    if (!chunk.endsWith("\n\n"))
                        chunk += '\n';
                    if (number % 3 == 0)
                        chunk += "Further reading: the *" + QByteArray::number(number) +
                                 "th* note in [the team handbook](https://example.org/handbook/" +
                                 QByteArray::number(number) +
                                 "), ~~the old wiki~~ and **<https://example.com/faq>**.\n\n";
                    if (number % 5 == 0)
                        chunk += "| approach | latency | cost |\n|:---|---:|---:|\n| batch | 2 h | "
                                 "low |\n| online | 40 ms | `high` |\n\n";
                    ++number;
                }
                if (text.size() + chunk.size() + conclusion.size() >= GuideSource::MaxBytes)
                    return text + conclusion;
                text += chunk;
            }
        }
    }
}

// The Markdown library's share of the work: cmark-gfm with the same GitHub
// extensions parsing the bytes and rendering them as HTML.
qsizetype cmarkToHtml(const QByteArray& bytes)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, bytes.constData(), size_t(bytes.size()));
    cmark_node* root = cmark_parser_finish(parser);
    char* html =
        cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const qsizetype size = qsizetype(qstrlen(html));
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return size;
}

struct SideBySide {
    double parseUs = 0;
    double cmarkUs = 0;
};

// This thread's processor time in microseconds: on a machine shared with
// builds, wall time counts the other processes too and the ratio swings by
// half; processor time does not.
double threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

// Runs alternate, so a machine that slows down part way through slows both.
SideBySide parseBesideCmark(const QByteArray& bytes, int runs)
{
    std::vector<double> parse;
    std::vector<double> cmark;
    for (int i = 0; i < runs; ++i) {
        double start = threadCpuMicroseconds();
        if (cmarkToHtml(bytes) == 0)
            qFatal("cmark-gfm rendered nothing");
        cmark.push_back(threadCpuMicroseconds() - start);
        start = threadCpuMicroseconds();
        const Guide guide = GuideParser::parse(bytes, QStringLiteral("realistic.md"));
        parse.push_back(threadCpuMicroseconds() - start);
        if (guide.questions.isEmpty() || guide.hasErrors())
            qFatal("the realistic guide did not parse");
    }
    return SideBySide{median(parse), median(cmark)};
}

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
    return median(std::move(samples));
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
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QByteArray realistic = realisticGuide();
    if (const qsizetype option = arguments.indexOf(QStringLiteral("--write-realistic"));
        option >= 0) {
        QFile file(arguments.value(option + 1));
        if (!file.open(QIODevice::WriteOnly) || file.write(realistic) != realistic.size()) {
            out << "cannot write " << arguments.value(option + 1) << '\n';
            return 1;
        }
        arguments.remove(option, 2);
    }
    const QString shippedPath = !arguments.isEmpty()
                                    ? arguments.first()
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

    const Guide realisticParsed = GuideParser::parse(realistic, QStringLiteral("realistic.md"));
    constexpr int SideBySideRuns = 31;
    const SideBySide sideBySide = parseBesideCmark(realistic, SideBySideRuns);
    const double parseMBs = realistic.size() / sideBySide.parseUs;
    const double cmarkMBs = realistic.size() / sideBySide.cmarkUs;
    out << "realistic guide: " << realistic.size() / 1024 << " KB, "
        << realisticParsed.questions.size() << " questions, median processor time of "
        << SideBySideRuns << " runs: parse: " << QString::number(parseMBs, 'f', 1)
        << " MB/s, cmark-gfm HTML: " << QString::number(cmarkMBs, 'f', 1) << " MB/s, ratio "
        << QString::number(100.0 * parseMBs / cmarkMBs, 'f', 0) << "%\n";

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
