// Flashcard files of every shape people export (Anki's text export, CSV and
// TSV from spreadsheets) turned into guides: each row checks the prompts,
// the answers and the categories, and that the guide written parses with
// GuideParser without an error, every card one question with one Answer.
// Broken files are refused with the line at fault, and nothing is written.
#include "VerifyOk.h"
#include "content/GuideParser.h"
#include "content/MarkdownRenderer.h"
#include "services/AnkiDeckWriter.h"
#include "services/FlashcardImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using ip::FlashcardImporter;

namespace {

QByteArray deepList(int depth)
{
    QByteArray html;
    for (int i = 0; i < depth; ++i)
        html += "<ul><li>level " + QByteArray::number(i);
    for (int i = 0; i < depth; ++i)
        html += "</li></ul>";
    return html;
}

QString renderedAnswer(const ip::Question& question)
{
    return question.parts.isEmpty() ? QString()
                                    : ip::MarkdownRenderer::toHtml(question.parts.first().markdown);
}

} // namespace

class FlashcardImporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imports_data();
    void imports();
    void refuses_data();
    void refuses();
    void partsFromHeadings();
    void keysAreStable();
    void titleFromTheFileOrGiven();
    void guideIsSuggestedBesideTheCards_data();
    void guideIsSuggestedBesideTheCards();
    void importFileWritesTheGuide();
    void importFileWritesNothingOnError();
    void ankiRoundTrip();
    void ankiRoundTripOfOddGuides_data();
    void ankiRoundTripOfOddGuides();
};

void FlashcardImporterTest::imports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("prompts");
    QTest::addColumn<QStringList>("answers");    // Markdown each Answer contains
    QTest::addColumn<QStringList>("categories"); // per question
    QTest::addColumn<QStringList>("notInHtml");  // what no rendered answer may hold

    QTest::newRow("tsv") << QByteArray("What is bias?\tError from wrong assumptions.\tTechnical\n")
                         << QStringList{u"What is bias?"_s}
                         << QStringList{u"Error from wrong assumptions."_s}
                         << QStringList{u"Technical"_s} << QStringList{};
    QTest::newRow("csv with quoted separators, newlines and doubled quotes")
        << QByteArray(
               "\"Define \"\"recall\"\"\",\"TP / (TP + FN), a ratio\nsecond line\",Metrics\n")
        << QStringList{u"Define \"recall\""_s}
        << QStringList{u"TP / (TP + FN), a ratio\\\nsecond line"_s} << QStringList{u"Metrics"_s}
        << QStringList{};
    QTest::newRow("tsv with a quoted tab")
        << QByteArray("\"front\twith tab\"\t\"back\twith tab\"\n")
        << QStringList{u"front with tab"_s} << QStringList{u"back with tab"_s}
        << QStringList{u"General"_s} << QStringList{};
    QTest::newRow("anki html")
        << QByteArray("#separator:tab\n#html:true\n#tags column:3\n"
                      "What is <b>L2</b>?\tPenalty on <i>squared</i> weights<br>Also: "
                      "<code>x*x</code><div>New line</div>\tRegularization\n")
        << QStringList{u"What is L2?"_s}
        << QStringList{u"Penalty on *squared* weights\\\nAlso: `x*x`\\\nNew line"_s}
        << QStringList{u"Regularization"_s} << QStringList{u"<b>"_s, u"<div"_s};
    QTest::newRow("bom and crlf") << QByteArray("\xEF\xBB\xBFQ1?,A1\r\nQ2?,\"A2\r\nmore\"\r\n")
                                  << QStringList{u"Q1?"_s, u"Q2?"_s}
                                  << QStringList{u"A1"_s, u"A2\\\nmore"_s}
                                  << QStringList{u"General"_s, u"General"_s}
                                  << QStringList{u"\r"_s};
    QTest::newRow("empty rows skipped")
        << QByteArray("\n\nQ?\tA\n\t\n \t \n\nQ2?\tB\n\n") << QStringList{u"Q?"_s, u"Q2?"_s}
        << QStringList{u"A"_s, u"B"_s} << QStringList{u"General"_s, u"General"_s} << QStringList{};
    QTest::newRow("anki headers, plain text")
        << QByteArray(
               "#separator:Semicolon\n#html:false\n#notetype:Basic\n#deck:Default\n"
               "#columns:Front;Back;Tags\n#tags column:3\nQ?;a <b> & c;Tag_With_Underscore\n")
        << QStringList{u"Q?"_s} << QStringList{u"a &lt;b&gt; & c"_s}
        << QStringList{u"Tag With Underscore"_s} << QStringList{u"<b>"_s};
    QTest::newRow("anki guid, notetype and deck columns")
        << QByteArray("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n"
                      "#deck column:3\n#tags column:6\nabc123\tBasic\tDefault\tFront?\tBack.\tCat "
                      "other\n")
        << QStringList{u"Front?"_s} << QStringList{u"Back."_s} << QStringList{u"Cat"_s}
        << QStringList{};
    QTest::newRow("further fields added to the back")
        << QByteArray("#separator:tab\n#html:true\n#tags column:4\nQ?\tBack\tExtra field\tT\n")
        << QStringList{u"Q?"_s} << QStringList{u"Back\n\nExtra field"_s} << QStringList{u"T"_s}
        << QStringList{};
    QTest::newRow("spreadsheet header row")
        << QByteArray("Question,Answer,Tags\nWhat?,That.,Basics\n") << QStringList{u"What?"_s}
        << QStringList{u"That."_s} << QStringList{u"Basics"_s} << QStringList{};
    QTest::newRow("entities")
        << QByteArray("&lt;tag&gt; &amp; &quot;q&quot; &#233;&#x1F600;&nbsp;x\t&lt;b&gt;bold?"
                      "&lt;/b&gt;&nbsp;no\n")
        << QStringList{QString::fromUtf8("<tag> & \"q\" \xC3\xA9\xF0\x9F\x98\x80 x")}
        << QStringList{u"&lt;b&gt;bold?&lt;/b&gt; no"_s} << QStringList{u"General"_s}
        << QStringList{u"<b>"_s};
    QTest::newRow("leading bold label stays in the answer")
        << QByteArray("#html:true\nQ?\t<b>Note:</b> watch out<br><br><b>Example</b> here\n")
        << QStringList{u"Q?"_s} << QStringList{u"***Note:*** watch out\n\n***Example*** here"_s}
        << QStringList{u"General"_s} << QStringList{};
    QTest::newRow("markdown syntax in plain text stays text")
        << QByteArray("#html:false\nQ?\t\"# not a heading\n- not a list\n1. nope\n---\n===\n"
                      "| a | b |\n|---|---|\n*x* [l](u) <i>\"\n")
        << QStringList{u"Q?"_s} << QStringList{u"\\# not a heading"_s} << QStringList{u"General"_s}
        << QStringList{u"<h"_s,     u"<ul"_s, u"<ol"_s, u"<hr"_s,
                       u"<table"_s, u"<em"_s, u"<a "_s, u"<i>"_s};
    QTest::newRow("lists and a paragraph after them")
        << QByteArray("#html:true\nQ?\t<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>"
                      "<ol start=\"3\"><li>three</li></ol><p>after</p>\n")
        << QStringList{u"Q?"_s} << QStringList{u"- one\n- two\n  - deep\n\n3. three\n\nafter"_s}
        << QStringList{u"General"_s} << QStringList{};
    QTest::newRow("script and style dropped, links kept when safe")
        << QByteArray("#html:true\nQ?<script>x()</script>\t<style>p{}</style>Safe "
                      "<a href=\"https://example.org/x\">link</a> <a "
                      "href=\"javascript:alert(1)\">bad</a> <img src=\"a/b.png\">\n")
        << QStringList{u"Q?"_s}
        << QStringList{u"Safe [link](<https://example.org/x>) bad (image: b.png)"_s}
        << QStringList{u"General"_s} << QStringList{u"x()"_s, u"p{}"_s, u"javascript"_s, u"<img"_s};
    QTest::newRow("categories in order of first use")
        << QByteArray("A?\ta\tTech\nB?\tb\nC?\tc\tBehavioral_Questions\nD?\td\tTech\nE?\te\tQ1\n")
        << QStringList{u"A?"_s, u"D?"_s, u"B?"_s, u"C?"_s, u"E?"_s}
        << QStringList{u"a"_s, u"d"_s, u"b"_s, u"c"_s, u"e"_s}
        << QStringList{u"Tech"_s, u"Tech"_s, u"General"_s, u"Behavioral"_s,
                       QString::fromUtf8("\xE2\x80\x9CQ1\xE2\x80\x9D")}
        << QStringList{};
    QTest::newRow("semicolons detected")
        << QByteArray("Q?;A, with comma;T\n") << QStringList{u"Q?"_s}
        << QStringList{u"A, with comma"_s} << QStringList{u"T"_s} << QStringList{};
    QTest::newRow("lists nested 40 deep")
        << QByteArray("#html:true\nDeep?\t" + deepList(40) + "\n") << QStringList{u"Deep?"_s}
        << QStringList{u"- level 0"_s} << QStringList{u"General"_s} << QStringList{};
    QTest::newRow("code block and inline code")
        << QByteArray("#html:true\nCode?\t<pre>def f():<br>    return \"```\"</pre>use "
                      "<code>a`b</code>\n")
        << QStringList{u"Code?"_s}
        << QStringList{u"````\ndef f():\n    return \"```\"\n````\n\nuse ``a`b``"_s}
        << QStringList{u"General"_s} << QStringList{};
    QTest::newRow("prompt that looks numbered")
        << QByteArray("1. First?\tYes\n#hash?\tNo\n") << QStringList{u"1. First?"_s, u"#hash?"_s}
        << QStringList{u"Yes"_s, u"No"_s} << QStringList{u"General"_s, u"General"_s}
        << QStringList{};
    QTest::newRow("prompts repeated get distinct keys")
        << QByteArray("Same?\tone\nSame?\ttwo\n") << QStringList{u"Same?"_s, u"Same?"_s}
        << QStringList{u"one"_s, u"two"_s} << QStringList{u"General"_s, u"General"_s}
        << QStringList{};
}

void FlashcardImporterTest::imports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, prompts);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, notInHtml);

    const ip::Result<ip::FlashcardImport> import =
        FlashcardImporter::fromBytes(bytes, QStringLiteral("cards.txt"));
    IP_VERIFY_OK(import);
    // Read again from the bytes written, as the app will read the file.
    const ip::Guide guide = ip::GuideParser::parse(import->guideText, QStringLiteral("cards.md"));
    for (const ip::Diagnostic& diagnostic : guide.diagnostics)
        QVERIFY2(diagnostic.severity != ip::Diagnostic::Severity::Error,
                 qPrintable(diagnostic.message + u'\n' + QString::fromUtf8(import->guideText)));
    QCOMPARE(import->cardCount, guide.questions.size());
    QCOMPARE(guide.questions.size(), answers.size());
    QStringList gotPrompts;
    QStringList gotCategories;
    for (const ip::Question& question : guide.questions) {
        gotPrompts << question.prompt;
        gotCategories << question.category;
        QCOMPARE(question.parts.size(), 1);
        QCOMPARE(question.parts.first().name, QStringLiteral("Answer"));
        const QString html = renderedAnswer(question);
        for (const QString& absent : notInHtml)
            QVERIFY2(!html.contains(absent), qPrintable(absent + u'\n' + html));
    }
    QCOMPARE(gotPrompts, prompts);
    QCOMPARE(gotCategories, categories);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString& markdown = guide.questions.at(i).parts.first().markdown;
        QVERIFY2(markdown.contains(answers.at(i)),
                 qPrintable(QStringLiteral("expected:\n%1\nin:\n%2").arg(answers.at(i), markdown)));
    }
}

void FlashcardImporterTest::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("not utf-8") << QByteArray("Q?\tA\nR\xE9sum\xE9?\tB\n")
                               << QStringLiteral("Line 2: cards.txt is not UTF-8 text (byte 0xe9)");
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEQ\0?\0") << QStringLiteral("saved as UTF-16");
    QTest::newRow("nul bytes") << QByteArray("Q?\tA\nB\0\tC\n", 10)
                               << QStringLiteral("Line 2: cards.txt contains NUL bytes");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("cards.txt holds no flashcards");
    QTest::newRow("blank lines") << QByteArray("\n\r\n\t\n")
                                 << QStringLiteral("cards.txt holds no flashcards");
    QTest::newRow("headers only") << QByteArray("#separator:tab\n#html:true\n")
                                  << QStringLiteral("cards.txt holds no flashcards");
    QTest::newRow("only a front column")
        << QByteArray("Q1?\nQ2?\n")
        << QStringLiteral("2 cards have a front but no back (lines 1, 2)");
    QTest::newRow("one card without a back")
        << QByteArray("Q?\tA\n\nLonely?\t\n")
        << QStringLiteral("Line 3: the card \"Lonely?\" has a front but no back");
    QTest::newRow("a back that is only markup")
        << QByteArray("#html:true\nQ?\t<br><div></div>\n")
        << QStringLiteral("Line 2: the card \"Q?\" has a front but no back");
    QTest::newRow("a back without a front") << QByteArray("Q?\tA\n\tB\n")
                                            << QStringLiteral("Line 2: a card has a back but no "
                                                              "front");
    QTest::newRow("unclosed quote")
        << QByteArray("Q?,A\nQ2?,\"open\nmore\n")
        << QStringLiteral("Line 2: a field starts with a double quote that is never closed");
    QTest::newRow("unknown separator") << QByteArray("#html:true\n#separator:xyz\nQ\tA\n")
                                       << QStringLiteral("Line 2: the separator \"xyz\"");
    QTest::newRow("a guide over the size limit")
        << QByteArray("Q?\t" + QByteArray(1100 * 1024, 'a') + "\n")
        << QStringLiteral("may be at most 1024 KB");
}

void FlashcardImporterTest::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const ip::Result<ip::FlashcardImport> import =
        FlashcardImporter::fromBytes(bytes, QStringLiteral("/some/where/cards.txt"));
    QVERIFY(!import.ok());
    QCOMPARE(import.error().kind, ip::ErrorKind::InvalidInput);
    QVERIFY2(import.error().message.contains(message), qPrintable(import.error().message));
}

void FlashcardImporterTest::partsFromHeadings()
{
    // Headings naming a guide's parts (as the Anki export writes them) split
    // the back into those parts; other headings stay text.
    const auto import = FlashcardImporter::fromBytes(
        "#html:true\nQ?\tBefore<h3>Common Pitfalls</h3>guessing<h2>Other</h2>more"
        "<h4 class=\"x\">follow-ups</h4>why?<h3>Example Scenario</h3>\n",
        QStringLiteral("cards.txt"));
    IP_VERIFY_OK(import);
    const ip::Question& question = import->guide.questions.first();
    QCOMPARE(question.parts.size(), 3);
    QCOMPARE(question.parts.at(0).name, QStringLiteral("Answer"));
    QCOMPARE(question.parts.at(0).markdown, QStringLiteral("Before"));
    QCOMPARE(question.parts.at(1).name, QStringLiteral("Common Pitfalls"));
    QCOMPARE(question.parts.at(1).markdown, QStringLiteral("guessing\n\n***Other***\n\nmore"));
    QCOMPARE(question.parts.at(2).name, QStringLiteral("Follow-up Points"));
    QCOMPARE(question.parts.at(2).markdown, QStringLiteral("why?"));
}

void FlashcardImporterTest::keysAreStable()
{
    const QByteArray bytes("What is bias?\tError.\tTech\nWhat is variance?\tSpread.\tTech\n");
    const auto first = FlashcardImporter::fromBytes(bytes, QStringLiteral("ML Cards.csv"));
    const auto again = FlashcardImporter::fromBytes(bytes, QStringLiteral("ML Cards.csv"));
    IP_VERIFY_OK(first);
    IP_VERIFY_OK(again);
    QCOMPARE(first->guideText, again->guideText);
    QCOMPARE(first->guide.key, QStringLiteral("ml-cards"));
    QCOMPARE(first->guide.questions.at(1).key, QStringLiteral("ml-cards/what-is-variance"));
    // A card moved, another added: the keys follow the prompts, not positions.
    const auto edited = FlashcardImporter::fromBytes(
        "New?\tN.\tOther\nWhat is variance?\tSpread.\tTech\nWhat is bias?\tError.\tTech\n",
        QStringLiteral("ML Cards.csv"));
    IP_VERIFY_OK(edited);
    QStringList keys;
    for (const ip::Question& question : edited->guide.questions)
        keys << question.key;
    QVERIFY(keys.contains(first->guide.questions.at(0).key));
    QVERIFY(keys.contains(first->guide.questions.at(1).key));
}

void FlashcardImporterTest::titleFromTheFileOrGiven()
{
    const QByteArray bytes("Q?\tA\n");
    auto fromName = FlashcardImporter::fromBytes(bytes, QStringLiteral("/x/my_anki-deck.txt"));
    IP_VERIFY_OK(fromName);
    QCOMPARE(fromName->guide.title, QStringLiteral("my anki-deck"));
    auto given = FlashcardImporter::fromBytes(bytes, QStringLiteral("/x/deck.txt"),
                                              QStringLiteral("  Say \"hi\" \\ now: yes  "));
    IP_VERIFY_OK(given);
    QCOMPARE(given->guide.title, QStringLiteral("Say \"hi\" \\ now: yes"));
    QCOMPARE(FlashcardImporter::titleFor(QStringLiteral(".txt")), QStringLiteral("Flashcards"));
}

void FlashcardImporterTest::guideIsSuggestedBesideTheCards_data()
{
    QTest::addColumn<QString>("cards");
    QTest::addColumn<QString>("guide");
    QTest::newRow("anki export") << QStringLiteral("/home/me/anki_deck-2024.txt")
                                 << QStringLiteral("/home/me/anki deck-2024.md");
    QTest::newRow("spreadsheet") << QStringLiteral("/home/me/cards.csv")
                                 << QStringLiteral("/home/me/cards.md");
    QTest::newRow("no name") << QStringLiteral("/home/me/.tsv")
                             << QStringLiteral("/home/me/Flashcards.md");
    // The guide would replace the cards it is made of.
    QTest::newRow("cards named .md")
        << QStringLiteral("/home/me/cards.md") << QStringLiteral("/home/me/cards (guide).md");
}

void FlashcardImporterTest::guideIsSuggestedBesideTheCards()
{
    QFETCH(QString, cards);
    QFETCH(QString, guide);
    QCOMPARE(FlashcardImporter::guidePathFor(cards), guide);
}

void FlashcardImporterTest::importFileWritesTheGuide()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("cards.csv"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Q?,A\n");
    file.close();
    const QString out = dir.filePath(QStringLiteral("guide.md"));
    const auto import = FlashcardImporter::importFile(in, out);
    IP_VERIFY_OK(import);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), import->guideText);
    QVERIFY(!ip::GuideParser::parseFile(out).hasErrors());
}

void FlashcardImporterTest::importFileWritesNothingOnError()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("guide.md"));
    const auto missing = FlashcardImporter::importFile(dir.filePath(QStringLiteral("no.csv")), out);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ip::ErrorKind::NotFound);
    QVERIFY(!QFile::exists(out));

    const QString in = dir.filePath(QStringLiteral("broken.csv"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Q?\n");
    file.close();
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    QVERIFY(!FlashcardImporter::importFile(in, out).ok());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("mine"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void FlashcardImporterTest::ankiRoundTrip()
{
    // Every shipped guide with a note on each question goes to Anki and
    // comes back: the same prompts under the same categories, with the same
    // parts, the note last.
    for (const char* name : {"ml-engineer.md", "ai-engineer.md", "data-scientist.md"}) {
        const ip::Guide guide = ip::GuideParser::parseFile(
            QStringLiteral(IP_SOURCE_DIR "/content/") + QLatin1String(name));
        QVERIFY(!guide.hasErrors());
        ip::NotesByGuide notes;
        for (const ip::Question& question : guide.questions) {
            ip::QuestionNote note;
            note.markdown = QStringLiteral("My note\twith a tab and a \"quote\".\n\n- a list");
            notes[guide.key].insert(question.key, note);
        }
        const QString deck = ip::AnkiDeckWriter::toText({guide}, notes, QStringLiteral("D"));
        const auto import = FlashcardImporter::fromBytes(deck.toUtf8(), QStringLiteral("deck.txt"));
        IP_VERIFY_OK(import);
        QCOMPARE(import->guide.categories, guide.categories);
        QCOMPARE(import->guide.questions.size(), guide.questions.size());
        for (qsizetype i = 0; i < guide.questions.size(); ++i) {
            QCOMPARE(import->guide.questions.at(i).prompt, guide.questions.at(i).prompt);
            QCOMPARE(import->guide.questions.at(i).category, guide.questions.at(i).category);
            const ip::Question& original = guide.questions.at(i);
            const ip::Question& back = import->guide.questions.at(i);
            QStringList names;
            for (const ip::QuestionPart& part : original.parts)
                if (!part.markdown.trimmed().isEmpty())
                    names << part.name;
            QStringList backNames;
            for (const ip::QuestionPart& part : back.parts)
                backNames << part.name;
            QCOMPARE(backNames, names);
            QVERIFY(back.parts.last().markdown.contains(QStringLiteral("***My notes***")));
        }
    }
}

void FlashcardImporterTest::ankiRoundTripOfOddGuides_data()
{
    QTest::addColumn<QString>("path");
    // Questions without an answer; answers of raw HTML alone, which the
    // deck does not pass on; the same prompt many times.
    QTest::newRow("quirks") << QStringLiteral(IP_TEST_DATA_DIR "/guides/quirks.md");
    QTest::newRow("raw HTML answer")
        << QStringLiteral(IP_SOURCE_DIR "/fuzz/corpus/guide_parser/shape-cdata.md");
    QTest::newRow("repeated prompts")
        << QStringLiteral(IP_SOURCE_DIR "/fuzz/corpus/guide_parser/repeated-prompts.md");
}

// Any guide the app opens goes to Anki and comes back with a card for each
// of its questions, under the same prompts.
void FlashcardImporterTest::ankiRoundTripOfOddGuides()
{
    QFETCH(QString, path);
    const ip::Guide guide = ip::GuideParser::parseFile(path);
    QVERIFY(!guide.questions.isEmpty());
    const QString deck = ip::AnkiDeckWriter::toText({guide}, {}, QStringLiteral("D"));
    const auto import = FlashcardImporter::fromBytes(deck.toUtf8(), QStringLiteral("deck.txt"));
    IP_VERIFY_OK(import);
    QCOMPARE(import->cardCount, guide.questions.size());
    for (qsizetype i = 0; i < guide.questions.size(); ++i)
        QCOMPARE(import->guide.questions.at(i).prompt, guide.questions.at(i).prompt);
}

QTEST_GUILESS_MAIN(FlashcardImporterTest)
#include "tst_flashcard_importer.moc"
