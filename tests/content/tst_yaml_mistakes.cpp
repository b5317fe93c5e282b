// Front matter mistakes people make, each as a guide the real parser reads:
// the one diagnostic must stand at the line of the mistake (not where
// yaml-cpp gave up) and say in plain words what is wrong. Front matter that is
// right, however unusual, must draw no diagnostic at all.
#include "SampleGuide.h"
#include "content/GuideParser.h"
#include "content/YamlMistakes.h"

#include <QTest>
#include <yaml-cpp/exceptions.h>

using namespace Qt::StringLiterals;

using namespace ip;
using ip::test::OneQuestion;
using ip::test::withFrontMatter;

namespace {

Guide parsed(const QByteArray& bytes)
{
    return GuideParser::parse(bytes, QStringLiteral("guide.md"));
}

QString listed(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << QStringLiteral("%1:%2: %3: %4")
                     .arg(d.line)
                     .arg(d.column)
                     .arg(Diagnostic::severityName(d.severity), d.message);
    return lines.join(u'\n');
}

// Words of yaml-cpp's that mean nothing to a person writing a guide.
const QStringList Jargon{u"scalar"_s, u"token"_s, u"flow"_s,    u"EOF"_s,      u"map "_s,
                         u"anchor"_s, u"alias"_s, u"illegal"_s, u"not found"_s};

} // namespace

class YamlMistakesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mistakes_data();
    void mistakes();
    void rightFrontMatterSaysNothing_data();
    void rightFrontMatterSaysNothing();
    void yamlCppMessagesInPlainWords_data();
    void yamlCppMessagesInPlainWords();
};

void YamlMistakesTest::mistakes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("words");

    // yaml-cpp: "illegal EOF in scalar" at the last line.
    QTest::newRow("quotation mark never closed")
        << withFrontMatter("term: \"Data Scientist\ndescription: x\nauthor: y") << 2 << 7 << "error"
        << QStringList{u"quotation mark opened on line 2 is never closed"_s};
    QTest::newRow("single quotation mark never closed")
        << withFrontMatter("description: x\nterm: 'Data Scientist\nauthor: y") << 3 << 7 << "error"
        << QStringList{u"quotation mark opened on line 3 is never closed"_s, u"'"_s};
    // yaml-cpp: "end of map not found" on line 3, where the next quote closes it.
    QTest::newRow("quotation mark closed by the next value's")
        << withFrontMatter("term: \"Data Scientist\ndescription: \"Learn\"\nauthor: y") << 2 << 7
        << "error"
        << QStringList{u"quotation mark opened on line 2 is not closed on that line"_s,
                       u"on line 3"_s};
    // yaml-cpp: "end of sequence flow not found" on the line after.
    QTest::newRow("bracket never closed")
        << withFrontMatter("term: ok\ndescription: fine\ntags: [a, b\nauthor: x") << 4 << 7
        << "error" << QStringList{u"\"[\" opened on line 4 is never closed with \"]\""_s};
    QTest::newRow("brace never closed")
        << withFrontMatter("avatar: {url: a.png, alt: me\nterm: x") << 2 << 9 << "error"
        << QStringList{u"\"{\" opened on line 2 is never closed with \"}\""_s};
    QTest::newRow("tab used for indentation")
        << withFrontMatter("term: x\ntags:\n\t- a\n\t- b") << 4 << 1 << "error"
        << QStringList{u"indented with a tab"_s, u"spaces"_s};
    QTest::newRow("tab used for indentation in a map")
        << withFrontMatter("avatar:\n\turl: a.png\nterm: x") << 3 << 1 << "error"
        << QStringList{u"indented with a tab"_s};
    QTest::newRow("tab in a block value's indentation")
        << withFrontMatter("description: |\n  one\n\ttwo") << 4 << 1 << "error"
        << QStringList{u"indented with a tab"_s};
    // yaml-cpp: "illegal map value" at the line after.
    QTest::newRow("no space after the colon")
        << withFrontMatter("term:Data\ndescription: x") << 2 << 6 << "error"
        << QStringList{u"no space after the colon of \"term\""_s, u"term: Data"_s};
    QTest::newRow("no space after the colon of a date")
        << withFrontMatter("term: x\npubDate:2025-02-05\nauthor: y") << 3 << 9 << "error"
        << QStringList{u"no space after the colon of \"pubDate\""_s, u"pubDate: 2025-02-05"_s};
    // yaml-cpp: "end of map not found" at the item.
    QTest::newRow("list item indented less than the one above")
        << withFrontMatter("term: x\ntags:\n  - a\n - b\nauthor: y") << 5 << 2 << "error"
        << QStringList{u"indented by 1 space"_s, u"line 4 by 2 spaces"_s, u"line up"_s};
    // yaml-cpp reads "b - c" as one item and says nothing.
    QTest::newRow("list item indented more than the one above")
        << withFrontMatter("tags:\n  - a\n  - b\n   - c\nauthor: y") << 5 << 4 << "warning"
        << QStringList{u"indented by 3 spaces"_s, u"line 4 by 2 spaces"_s};
    QTest::newRow("list item under a key that has a value")
        << withFrontMatter("term: x\n- a") << 3 << 1 << "error"
        << QStringList{u"follows \"term\" on line 2, which already has a value"_s, u"tags:"_s};
    // yaml-cpp reads "x - a" as the title and says nothing.
    QTest::newRow("indented list item under a key that has a value")
        << withFrontMatter("term: x\n  - a\nauthor: y") << 3 << 3 << "warning"
        << QStringList{u"follows \"term\" on line 2"_s};
    // yaml-cpp says nothing and reads the first.
    QTest::newRow("key given twice")
        << withFrontMatter("term: x\ndescription: y\nterm: z") << 4 << 1 << "warning"
        << QStringList{u"\"term\" is given a second time"_s, u"first on line 2"_s};
    QTest::newRow("key given twice in a nested map")
        << withFrontMatter("avatar:\n  url: a\n  url: b") << 4 << 3 << "warning"
        << QStringList{u"\"url\" is given a second time"_s, u"first on line 3"_s};
    // yaml-cpp: "illegal map value".
    QTest::newRow("colon inside an unquoted value")
        << withFrontMatter("term: ML: the basics\ndescription: y") << 2 << 9 << "error"
        << QStringList{u"value of \"term\" contains a colon"_s, u"term: \"ML: the basics\""_s};
    QTest::newRow("value ending in a colon")
        << withFrontMatter("description: Learn this:\nterm: x") << 2 << 24 << "error"
        << QStringList{u"value of \"description\" contains a colon"_s, u"quotation marks"_s};
    QTest::newRow("key indented under a key that has a value")
        << withFrontMatter("term: x\n description: y") << 3 << 2 << "error"
        << QStringList{u"\"description\" is indented more than \"term\" on line 2"_s};
    QTest::newRow("key indented less than its neighbours")
        << withFrontMatter("avatar:\n    url: a\n  alt: b\nterm: x") << 4 << 3 << "error"
        << QStringList{u"\"alt\" is indented by 2 spaces"_s, u"\"url\" on line 3"_s, u"4 spaces"_s};
    QTest::newRow("text after the closing quotation mark")
        << withFrontMatter("term: \"Data\" Scientist") << 2 << 13 << "error"
        << QStringList{u"text follows the closing quotation mark"_s};
    QTest::newRow("a line that is not key: value")
        << withFrontMatter("term: x\nSome words about the guide") << 3 << 1 << "warning"
        << QStringList{u"not \"key: value\""_s, u"term: Data Scientist"_s};
    QTest::newRow("brackets nested too deep")
        << withFrontMatter("term: " + QByteArray(5000, '[') + QByteArray(5000, ']')) << 2 << 23
        << "error" << QStringList{u"nested more than 16 deep"_s};
    // The "---" on line 9 (a rule in the body) was taken as the end.
    QTest::newRow("guide's text starts inside the front matter")
        << QByteArray("---\nterm: Guide\ndescription: x\n\n## Overview of Requirements\n\n"
                      "- **Required**: a\n\n---\n\n" +
                      OneQuestion)
        << 5 << 1 << "error"
        << QStringList{u"looks like the guide's Markdown (a heading)"_s, u"line 9"_s,
                       u"\"---\" that should end the front matter"_s};
    QTest::newRow("guide's bold text starts inside the front matter")
        << QByteArray("---\nterm: Guide\n**Required**: a\n---\n\n" + OneQuestion) << 3 << 1
        << "error" << QStringList{u"looks like the guide's Markdown (body text)"_s};
    QTest::newRow("closing line missing: points where the text starts")
        << QByteArray("---\nterm: Guide\ndescription: x\n\n# Data Scientist\n\n" + OneQuestion) << 5
        << 1 << "error"
        << QStringList{u"starts on line 1 has no closing \"---\" line"_s,
                       u"put a line \"---\" above"_s};
    QTest::newRow("closing line missing, no text after it")
        << QByteArray("---\nterm: Guide\ndescription: x\n") << 1 << 1 << "error"
        << QStringList{u"has no closing \"---\" line"_s};

    // What the scanner leaves to yaml-cpp, translated.
    QTest::newRow("value starting with an asterisk")
        << withFrontMatter("term: *bold* guide") << 2 << 7 << "error"
        << QStringList{u"starts with \"*\""_s, u"quotation marks"_s};
    QTest::newRow("value starting with an at sign")
        << withFrontMatter("author: @someone") << 2 << 9 << "error"
        << QStringList{u"cannot start with \"@\""_s, u"quotation marks"_s};
    QTest::newRow("unknown backslash escape")
        << withFrontMatter("term: \"C:\\quiz\"") << 2 << 12 << "error"
        << QStringList{u"backslash"_s, u"\\\\"_s, u"single quotation marks"_s,
                       u"Unknown escape: \\q"_s};
    QTest::newRow("one-line value starting with a bar")
        << withFrontMatter("description: | short") << 2 << 16 << "error"
        << QStringList{u"starts with \"|\" or \">\""_s, u"quotation marks"_s};
}

void YamlMistakesTest::mistakes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, severity);
    QFETCH(QStringList, words);

    const Guide guide = parsed(input);
    const QString all = listed(guide.diagnostics);
    QVERIFY2(guide.diagnostics.size() == 1, qPrintable(all));
    const Diagnostic& said = guide.diagnostics.first();
    QCOMPARE(said.line, line);
    QCOMPARE(said.column, column);
    QCOMPARE(Diagnostic::severityName(said.severity), severity);
    for (const QString& word : words)
        QVERIFY2(said.message.contains(word), qPrintable(word + u'\n' + all));
    for (const QString& word : Jargon)
        QVERIFY2(!said.message.contains(word), qPrintable(word + u'\n' + all));
    // The body is read whatever the front matter's state.
    if (!said.message.contains(u"no closing"))
        QCOMPARE(guide.questions.size(), 1);
}

void YamlMistakesTest::rightFrontMatterSaysNothing_data()
{
    QTest::addColumn<QByteArray>("yaml");

    QTest::newRow("quoted value with a colon") << QByteArray("term: \"ML: the basics\"");
    QTest::newRow("single quotes with an escaped quote") << QByteArray("term: 'It''s: fine'");
    QTest::newRow("web address") << QByteArray("image: https://example.invalid/a.png");
    QTest::newRow("time of day") << QByteArray("time: 12:30");
    QTest::newRow("comment lines and a trailing comment")
        << QByteArray("# written by hand\nterm: x # the title\n# the end");
    QTest::newRow("block list, compact list, flow list")
        << QByteArray("tags:\n  - a\n  - b\nother:\n- c\n- d\nmore: [e, f]");
    QTest::newRow("flow list over lines") << QByteArray("tags: [a,\n  b,\n  c]");
    QTest::newRow("list of maps") << QByteArray(
        "images:\n  - url: a\n    alt: b\n  - url: c\n    alt: d\nterm: x");
    QTest::newRow("nested lists") << QByteArray(
        "groups:\n  - name: a\n    items:\n      - x\n      - y\n  - name: b");
    QTest::newRow("block value with colons, tabs and hashes")
        << QByteArray("description: |\n  Note: this\n  \tindented: text\n  ## not a heading\n"
                      "term: x");
    QTest::newRow("folded value") << QByteArray("description: >-\n  one\n  two\nterm: x");
    QTest::newRow("quoted value over lines")
        << QByteArray("description: \"a long\n  description\"\nterm: x");
    QTest::newRow("plain value over lines")
        << QByteArray("description: a long\n  description over lines\nterm: x");
    QTest::newRow("nested map") << QByteArray("avatar:\n  url: a.png\n  alt: Me\nterm: x");
    QTest::newRow("same key in two maps")
        << QByteArray("avatar:\n  url: a\nimage:\n  url: b\nterm: x");
    QTest::newRow("same key in two list items") << QByteArray("images:\n  - url: a\n  - url: b");
    QTest::newRow("hash inside a word") << QByteArray("term: C# developer");
}

void YamlMistakesTest::rightFrontMatterSaysNothing()
{
    QFETCH(QByteArray, yaml);
    const Guide guide = parsed(withFrontMatter(yaml));
    QVERIFY2(guide.diagnostics.isEmpty(), qPrintable(listed(guide.diagnostics)));
}

void YamlMistakesTest::yamlCppMessagesInPlainWords_data()
{
    namespace Msg = YAML::ErrorMsg;
    QTest::addColumn<QString>("yamlCpp");
    // The parser errors yaml-cpp can throw while loading a text.
    for (const char* message : {Msg::EOF_IN_SCALAR,
                                Msg::END_OF_MAP,
                                Msg::END_OF_SEQ,
                                Msg::END_OF_MAP_FLOW,
                                Msg::END_OF_SEQ_FLOW,
                                Msg::MAP_VALUE,
                                Msg::MAP_KEY,
                                Msg::BLOCK_ENTRY,
                                Msg::TAB_IN_INDENTATION,
                                Msg::UNKNOWN_TOKEN,
                                Msg::ANCHOR_NOT_FOUND,
                                Msg::CHAR_IN_ANCHOR,
                                Msg::INVALID_ANCHOR,
                                Msg::ALIAS_NOT_FOUND,
                                Msg::CHAR_IN_ALIAS,
                                Msg::INVALID_ALIAS,
                                Msg::UNKNOWN_ANCHOR,
                                Msg::CHAR_IN_BLOCK,
                                Msg::ZERO_INDENT_IN_BLOCK,
                                Msg::INVALID_HEX,
                                Msg::DOC_IN_SCALAR,
                                Msg::FLOW_END,
                                Msg::SINGLE_QUOTED_CHAR,
                                Msg::CHAR_IN_SCALAR,
                                Msg::MULTIPLE_TAGS,
                                Msg::MULTIPLE_ANCHORS,
                                Msg::MULTIPLE_ALIASES,
                                Msg::ALIAS_CONTENT,
                                Msg::CHAR_IN_TAG_HANDLE,
                                Msg::TAG_WITH_NO_SUFFIX,
                                Msg::END_OF_VERBATIM_TAG,
                                Msg::YAML_DIRECTIVE_ARGS,
                                Msg::YAML_MAJOR_VERSION,
                                Msg::REPEATED_YAML_DIRECTIVE,
                                Msg::TAG_DIRECTIVE_ARGS,
                                Msg::REPEATED_TAG_DIRECTIVE,
                                Msg::BAD_FILE})
        QTest::newRow(message) << QString::fromUtf8(message);
    QTest::newRow("unknown escape with its character")
        << QString::fromStdString(std::string(Msg::INVALID_ESCAPE) + "q");
    QTest::newRow("bad version with its text")
        << QString::fromStdString(std::string(Msg::YAML_VERSION) + "x.y");
}

void YamlMistakesTest::yamlCppMessagesInPlainWords()
{
    QFETCH(QString, yamlCpp);
    const QString plain = YamlMistakes::plainWords(yamlCpp.toStdString());
    QVERIFY2(!plain.contains(yamlCpp), qPrintable(plain));
    QVERIFY2(!plain.startsWith(u"it is not valid YAML"), qPrintable(plain));
    for (const QString& word : Jargon)
        QVERIFY2(!plain.contains(word), qPrintable(word + QStringLiteral(": ") + plain));
}

QTEST_GUILESS_MAIN(YamlMistakesTest)
#include "tst_yaml_mistakes.moc"
