// Stories exported for reading and printing: the exact Markdown, and a PDF
// with one A4 page per story, both written atomically with typed errors.
#include "content/GuideJson.h"
#include "content/MarkdownRenderer.h"
#include "services/StoryExporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <algorithm>

using ip::ErrorKind;
using ip::Guide;
using ip::QuestionRef;
using ip::StarStory;
using ip::StoryExporter;

namespace {

Guide smallGuide()
{
    Guide guide;
    guide.key = QStringLiteral("ml-engineer");
    guide.title = QStringLiteral("ML Engineer");
    ip::Question twelve;
    twelve.key = QStringLiteral("ml-engineer/slow-pipeline");
    twelve.number = 12;
    twelve.prompt = QStringLiteral("Tell me about a time you sped up a slow pipeline.");
    ip::Question three;
    three.key = QStringLiteral("ml-engineer/conflict");
    three.number = 3;
    three.prompt = QStringLiteral("Describe a disagreement with a colleague.");
    guide.questions = {three, twelve};
    return guide;
}

StarStory pipelineStory()
{
    StarStory story;
    story.id = QStringLiteral("s1");
    story.title = QStringLiteral("Faster nightly pipeline");
    story.situation = QStringLiteral("Our nightly training pipeline took 9 hours.");
    story.task = QStringLiteral("I owned getting it under 3 hours.");
    story.action = QStringLiteral("I profiled every stage.\n\nI rewrote the loader.\nThen I cached "
                                  "features.");
    story.result = QStringLiteral("It runs in 2 hours; the team ships a day earlier.");
    story.tags = {QStringLiteral("performance"), QStringLiteral("data")};
    story.questions = {
        {QStringLiteral("ml-engineer"), QStringLiteral("ml-engineer/conflict")},
        {QStringLiteral("ml-engineer"), QStringLiteral("ml-engineer/slow-pipeline")}};
    return story;
}

StarStory draftStory()
{
    StarStory story;
    story.id = QStringLiteral("s2");
    story.situation = QStringLiteral("A release was late.");
    story.task = QStringLiteral("I had to ship it.");
    story.action = QStringLiteral("I cut scope.");
    story.questions = {{QStringLiteral("old-guide"), QStringLiteral("old-guide/gone")}};
    return story;
}

const QString ExpectedMarkdown =
    QStringLiteral("# Faster nightly pipeline\n"
                   "\n"
                   "Tags: performance, data\n"
                   "\n"
                   "## Situation\n"
                   "\n"
                   "Our nightly training pipeline took 9 hours.\n"
                   "\n"
                   "## Task\n"
                   "\n"
                   "I owned getting it under 3 hours.\n"
                   "\n"
                   "## Action\n"
                   "\n"
                   "I profiled every stage.\n"
                   "\n"
                   "I rewrote the loader.\n"
                   "Then I cached features.\n"
                   "\n"
                   "## Result\n"
                   "\n"
                   "It runs in 2 hours; the team ships a day earlier.\n"
                   "\n"
                   "Answers:\n"
                   "\n"
                   "- Question 3: Describe a disagreement with a colleague.\n"
                   "- Question 12: Tell me about a time you sped up a slow pipeline.\n"
                   "\n"
                   "# Untitled story\n"
                   "\n"
                   "## Situation\n"
                   "\n"
                   "A release was late.\n"
                   "\n"
                   "## Task\n"
                   "\n"
                   "I had to ship it.\n"
                   "\n"
                   "## Action\n"
                   "\n"
                   "I cut scope.\n"
                   "\n"
                   "## Result\n"
                   "\n"
                   "_Not written yet._\n"
                   "\n"
                   "Answers:\n"
                   "\n"
                   "- old-guide/gone\n");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects in the file: "/Type /Page" not followed by "s" (that one is
// the page tree). Qt writes its page dictionaries uncompressed.
int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// The /Count of the page tree, -1 when there is none.
int pageTreeCount(const QByteArray& pdf)
{
    static const QRegularExpression count(
        QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"));
    const QRegularExpressionMatch match = count.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<StarStory> numberedStories(int count)
{
    QList<StarStory> stories;
    for (int i = 1; i <= count; ++i) {
        StarStory story = pipelineStory();
        story.title = QStringLiteral("Story %1").arg(i);
        stories << story;
    }
    return stories;
}

} // namespace

class StoryExporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markdownHasEveryPartInOrder();
    void markdownWithoutGuidePrintsKeys();
    void markdownWithSeveralGuides();
    void markdownOfNoStoriesIsEmpty();
    void markdownShowsTitlesTagsAndPromptsAsTyped_data();
    void markdownShowsTitlesTagsAndPromptsAsTyped();
    void writeMarkdownReplacesTheFile();
    void writeMarkdownIntoMissingFolderFails();
    void pdfHasOnePagePerStory_data();
    void pdfHasOnePagePerStory();
    void pdfLongStoryRunsOnToMorePages();
    void pdfOfNoStoriesIsRefused();
    void pdfIntoMissingFolderFailsAndLeavesNothing();
    void guidesFromLibrarySkipsBadSnapshots();
};

void StoryExporterTest::markdownHasEveryPartInOrder()
{
    const Guide guide = smallGuide();
    const QString markdown = StoryExporter::toMarkdown({pipelineStory(), draftStory()}, &guide);
    QCOMPARE(markdown, ExpectedMarkdown);
}

void StoryExporterTest::markdownWithoutGuidePrintsKeys()
{
    const QString markdown = StoryExporter::toMarkdown({pipelineStory()}, nullptr);
    QVERIFY2(markdown.endsWith(QStringLiteral("Answers:\n\n- ml-engineer/conflict\n"
                                              "- ml-engineer/slow-pipeline\n")),
             qPrintable(markdown));
    // A question with the right key in another guide is not that question.
    Guide other = smallGuide();
    other.key = QStringLiteral("someone-else");
    QVERIFY(!StoryExporter::toMarkdown({pipelineStory()}, &other).contains(u"Question 3"));
}

void StoryExporterTest::markdownWithSeveralGuides()
{
    Guide first = smallGuide();
    Guide second = smallGuide();
    second.questions[0].number = 99;
    Guide old;
    old.key = QStringLiteral("old-guide");
    ip::Question gone;
    gone.key = QStringLiteral("old-guide/gone");
    gone.number = 7;
    gone.prompt = QStringLiteral("A prompt\nover two lines.");
    old.questions = {gone};

    const QString markdown = StoryExporter::toMarkdown({pipelineStory(), draftStory()},
                                                       QList<Guide>{first, second, old});
    QVERIFY(markdown.contains(u"- Question 3: Describe a disagreement"));
    QVERIFY(!markdown.contains(u"Question 99"));
    QVERIFY(markdown.contains(u"- Question 7: A prompt over two lines.\n"));
    QCOMPARE(StoryExporter::questionLabel(
                 QuestionRef{QStringLiteral("nowhere"), QStringLiteral("nowhere/q")}, {first}),
             QStringLiteral("nowhere/q"));
}

void StoryExporterTest::markdownOfNoStoriesIsEmpty()
{
    QCOMPARE(StoryExporter::toMarkdown({}, nullptr), QString());
}

void StoryExporterTest::markdownShowsTitlesTagsAndPromptsAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("comparison") << QStringLiteral("Compare a < b and c > d");
    QTest::newRow("html") << QStringLiteral("<b>x</b> and <img src=x>");
    QTest::newRow("heading mark") << QStringLiteral("# Not a heading");
    QTest::newRow("closing hashes") << QStringLiteral("Ends in hashes ##");
    QTest::newRow("csharp") << QStringLiteral("C# and F#");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_ **c** ~~d~~");
    QTest::newRow("link") << QStringLiteral("[click](https://example.invalid) ![i](x.png)");
    QTest::newRow("code") << QStringLiteral("`code` and ``more``");
    QTest::newRow("autolink") << QStringLiteral("<https://example.invalid>");
    QTest::newRow("bare link") << QStringLiteral("see https://example.invalid/?a=1&b=2 now");
    QTest::newRow("entity") << QStringLiteral("&amp; &lt; &#35;");
    QTest::newRow("backslash") << QStringLiteral("a \\* b \\");
    QTest::newRow("bullet") << QStringLiteral("- not a list");
    QTest::newRow("plus") << QStringLiteral("+ not a list");
    QTest::newRow("ordered") << QStringLiteral("1. not a list");
    QTest::newRow("quote") << QStringLiteral("> not a quote");
    QTest::newRow("rule") << QStringLiteral("---");
}

void StoryExporterTest::markdownShowsTitlesTagsAndPromptsAsTyped()
{
    // What a reader sees: the export rendered by a CommonMark/GFM renderer
    // (ours drops raw HTML, so unescaped markup would lose text) and read
    // back as plain text must hold each text exactly as typed.
    QFETCH(QString, text);
    Guide guide = smallGuide();
    guide.questions[0].prompt = text;
    StarStory story = pipelineStory();
    story.title = text;
    story.tags = {text, QStringLiteral("plain")};
    const QString markdown = StoryExporter::toMarkdown({story}, &guide);

    QTextDocument rendered;
    rendered.setHtml(ip::MarkdownRenderer::toHtml(markdown));
    const QStringList lines = rendered.toPlainText().split(u'\n');
    QVERIFY2(lines.contains(text), qPrintable(markdown));
    QVERIFY2(lines.contains(QStringLiteral("Tags: ") + text + QStringLiteral(", plain")),
             qPrintable(rendered.toPlainText()));
    // The list bullet is drawn by the renderer, not part of the text.
    const bool answered = std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) {
        return line.endsWith(QStringLiteral("Question 3: ") + text);
    });
    QVERIFY2(answered, qPrintable(rendered.toPlainText()));
    // Still one heading per story and one per part.
    QCOMPARE(markdown.count(
                 QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption)),
             1);
}

void StoryExporterTest::writeMarkdownReplacesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stories.md"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export that is much longer than the new one will be ....\n");
    }
    const Guide guide = smallGuide();
    const auto written =
        StoryExporter::writeMarkdown(path, {pipelineStory(), draftStory()}, &guide);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(QString::fromUtf8(readAll(path)), ExpectedMarkdown);
    // Nothing left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("stories.md")});
}

void StoryExporterTest::writeMarkdownIntoMissingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/stories.md"));
    const auto written = StoryExporter::writeMarkdown(path, {pipelineStory()}, nullptr);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Io);
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u"does not exist"),
             qPrintable(written.error().message));
}

void StoryExporterTest::pdfHasOnePagePerStory_data()
{
    QTest::addColumn<int>("stories");
    QTest::newRow("one story") << 1;
    QTest::newRow("three stories") << 3;
    QTest::newRow("twelve stories") << 12;
}

void StoryExporterTest::pdfHasOnePagePerStory()
{
    QFETCH(int, stories);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stories.pdf"));
    const Guide guide = smallGuide();
    const auto written = StoryExporter::writePdf(path, numberedStories(stories), &guide);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written.value(), stories);

    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pageObjects(pdf), stories);
    QCOMPARE(pageTreeCount(pdf), stories);
    // A4 is 595 x 842 points.
    QVERIFY2(QRegularExpression(QStringLiteral("/MediaBox\\s*\\[0 0 595\\.?\\d* 841\\.?\\d*|"
                                               "/MediaBox\\s*\\[0 0 595\\.?\\d* 842"))
                 .match(QString::fromLatin1(pdf))
                 .hasMatch(),
             "not an A4 page");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("stories.pdf")});
}

void StoryExporterTest::pdfLongStoryRunsOnToMorePages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QList<StarStory> stories = numberedStories(2);
    QStringList paragraphs;
    for (int i = 0; i < 120; ++i)
        paragraphs << QStringLiteral("Paragraph %1 of a story that goes on and on.").arg(i);
    stories[0].action = paragraphs.join(QStringLiteral("\n\n"));
    const auto written = StoryExporter::writePdf(path, stories, nullptr);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QVERIFY2(written.value() > 2, qPrintable(QString::number(written.value())));
    QCOMPARE(pageObjects(readAll(path)), written.value());
}

void StoryExporterTest::pdfOfNoStoriesIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    const auto written = StoryExporter::writePdf(path, {}, nullptr);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!QFile::exists(path));
}

void StoryExporterTest::pdfIntoMissingFolderFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/stories.pdf"));
    const auto written = StoryExporter::writePdf(path, numberedStories(1), nullptr);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Io);
    QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void StoryExporterTest::guidesFromLibrarySkipsBadSnapshots()
{
    ip::LibraryEntry good;
    good.guideKey = QStringLiteral("ml-engineer");
    good.snapshot = QJsonDocument(ip::GuideJson::toJson(smallGuide())).toJson();
    ip::LibraryEntry bad;
    bad.guideKey = QStringLiteral("broken");
    bad.snapshot = "not json";
    const QList<Guide> guides = StoryExporter::guidesFromLibrary({bad, good});
    QCOMPARE(guides.size(), 1);
    QCOMPARE(guides.first().key, QStringLiteral("ml-engineer"));
    QCOMPARE(StoryExporter::questionLabel(
                 QuestionRef{QStringLiteral("ml-engineer"), QStringLiteral("ml-engineer/conflict")},
                 guides),
             QStringLiteral("Question 3: Describe a disagreement with a colleague."));
}

QTEST_MAIN(StoryExporterTest)
#include "tst_story_exporter.moc"
