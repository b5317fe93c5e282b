// Parser behaviour, one named row per FORMAT.md rule or diagnostic. Each row
// feeds a guide (a fixture file or inline text) to the real parser and states
// what `check --json` must show, as "path=value" or "path~=text".
#include "JsonPath.h"
#include "SampleGuide.h"
#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "content/GuideSource.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace ip;
using ip::test::OneQuestion;
using ip::test::withFrontMatter;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray questions(const QByteArray& body)
{
    return "## Interview Questions and Answers\n\n### Technical Questions\n\n" + body;
}

QJsonObject parsed(const QByteArray& bytes)
{
    return GuideJson::toJson(GuideParser::parse(bytes, QStringLiteral("guide.md")));
}

} // namespace

class GuideParserTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void lineEndingsAndBom_data();
    void lineEndingsAndBom();
    void keysSurviveReordering();
    void keysAreUniqueWhenPromptsRepeat();
    void keysOfManyRepeatsFollowTheRule();
    void snapshotRoundTrip();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void missingFileIsAnError();
    void expectationsCanFail_data();
    void expectationsCanFail();
};

void GuideParserTest::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expectations");

    const QByteArray typical = fixture("typical.md");
    const QByteArray quirks = fixture("quirks.md");

    // Front matter
    QTest::newRow("title from term")
        << typical
        << QStringList{u"title=Data Engineer"_s, u"key=data-engineer"_s, u"ok=true"_s,
                       u"diagnostics#=0"_s};
    QTest::newRow("known metadata keys")
        << typical
        << QStringList{u"metadata/description~=data engineer"_s, u"metadata/category=Technical"_s,
                       u"metadata/vertical=Data"_s, u"metadata/author=Test Author"_s};
    QTest::newRow("dates quoted or not")
        << typical
        << QStringList{u"metadata/pubDate=2025-02-05"_s, u"metadata/modDate=2025-03-10"_s};
    QTest::newRow("flow tags") << typical
                               << QStringList{u"metadata/tags#=3"_s, u"metadata/tags/1=sql"_s};
    QTest::newRow("block tags") << quirks
                                << QStringList{u"metadata/tags#=2"_s, u"metadata/tags/0=one"_s};
    QTest::newRow("picture map kept, never fetched")
        << typical
        << QStringList{u"metadata/avatar/url=https://example.invalid/avatar.png"_s,
                       u"metadata/avatar/alt=Author photo"_s};
    QTest::newRow("unknown keys kept") << typical << QStringList{u"metadata/readingTime=12"_s};
    QTest::newRow("unknown nested keys kept")
        << quirks << QStringList{u"metadata/extraKey/nested=value"_s};
    QTest::newRow("title falls back to first heading")
        << QByteArray("# My Heading\n\n" + OneQuestion)
        << QStringList{u"title=My Heading"_s, u"key=my-heading"_s};
    QTest::newRow("title falls back to file name")
        << OneQuestion
        << QStringList{u"title=guide"_s, u"key=guide"_s, u"questions/0/key=guide/fine"_s};
    QTest::newRow("front matter not valid YAML, with its line")
        << fixture("bad-yaml.md")
        << QStringList{u"ok=false"_s, u"diagnostics/0/severity=error"_s, u"diagnostics/0/line=2"_s,
                       u"diagnostics/0/message~=quotation mark opened on line 2 is never closed"_s,
                       u"questions#=1"_s};
    QTest::newRow("YAML error at its line, not where yaml-cpp gave up")
        << withFrontMatter("term: ok\ndescription: fine\ntags: [a, b\nauthor: x")
        << QStringList{u"ok=false"_s, u"diagnostics/0/line=4"_s, u"diagnostics#=1"_s,
                       u"diagnostics/0/message=the \"[\" opened on line 4 is never closed with "
                       u"\"]\""_s};
    QTest::newRow("front matter not closed")
        << fixture("unclosed-front-matter.md")
        << QStringList{u"ok=false"_s, u"diagnostics/0/line=1"_s,
                       u"diagnostics/0/message~=closing"_s};
    QTest::newRow("front matter not a map is a warning")
        << fixture("front-matter-not-a-map.md")
        << QStringList{u"ok=true"_s, u"diagnostics/0/severity=warning"_s,
                       u"diagnostics/0/line=2"_s};
    QTest::newRow("date that is not a date")
        << withFrontMatter("term: T\npubDate: someday")
        << QStringList{u"ok=true"_s, u"diagnostics/0/severity=warning"_s, u"diagnostics/0/line=3"_s,
                       u"diagnostics/0/message~=pubDate"_s, u"metadata/pubDate=someday"_s};
    QTest::newRow("tags that are a map")
        << withFrontMatter("tags:\n  a: b")
        << QStringList{u"diagnostics/0/severity=warning"_s, u"diagnostics/0/message~=tags"_s};
    QTest::newRow("deeply nested YAML")
        << withFrontMatter("term: " + QByteArray(5000, '[') + QByteArray(5000, ']'))
        << QStringList{u"ok=false"_s, u"diagnostics/0/severity=error"_s, u"diagnostics/0/line=2"_s,
                       u"diagnostics#=1"_s, u"diagnostics/0/message~=nested more than 16 deep"_s};
    QTest::newRow("YAML alias expansion is bounded")
        << withFrontMatter("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                           "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                           "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                           "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]")
        << QStringList{u"ok=false"_s, u"diagnostics/0/message~=too many values"_s};

    // Requirements
    QTest::newRow("groups in file order")
        << typical
        << QStringList{u"requirementGroups#=3"_s, u"requirementGroups/0/name=Certifications"_s,
                       u"requirementGroups/1/name=Educational Background"_s,
                       u"requirementGroups/2/name=Industry Qualifications"_s};
    QTest::newRow("level from a label item")
        << typical
        << QStringList{u"requirementGroups/0/items#=3"_s,
                       u"requirementGroups/0/items/0/level=required"_s,
                       u"requirementGroups/0/items/2/level=recommended"_s,
                       u"requirementGroups/0/items/2/title=Databricks Certified Data Engineer "
                       u"Associate"_s};
    QTest::newRow("level note is not an item")
        << typical
        << QStringList{u"requirementGroups/0/items/0/title=Google Professional Data Engineer"_s};
    QTest::newRow("bold label containing a colon")
        << typical
        << QStringList{u"requirementGroups/0/items/1/title=Microsoft Certified: Azure Data "
                       u"Engineer Associate"_s,
                       u"requirementGroups/0/items/1/detail=Proves Azure data platform skills."_s};
    QTest::newRow("multi-word level word")
        << typical << QStringList{u"requirementGroups/1/items/1/level=nice to have"_s};
    QTest::newRow("items with no level")
        << typical
        << QStringList{u"requirementGroups/2/items/0/level=null"_s,
                       u"requirementGroups/2/items/0/title=SQL"_s,
                       u"requirementGroups/2/items/1/detail~=Airflow"_s};
    QTest::newRow("requirement keys from text")
        << typical
        << QStringList{u"requirementGroups/0/items/0/key=data-engineer/google-"
                       u"professional-data-engineer"_s};
    QTest::newRow("level from a bold paragraph above a list")
        << quirks
        << QStringList{u"requirementGroups/0/items/0/level=required"_s,
                       u"requirementGroups/0/items/1/level=preferred"_s};
    QTest::newRow("plain bullet is an item")
        << quirks
        << QStringList{u"requirementGroups/0/items/1/title=Plain bullet without a bold label"_s};
    QTest::newRow("colon inside the bold")
        << quirks
        << QStringList{u"requirementGroups/1/items/0/title=Python"_s,
                       u"requirementGroups/1/items/0/detail=colon inside the bold."_s};
    QTest::newRow("label without colon keeps nested detail")
        << quirks
        << QStringList{u"requirementGroups/1/items/1/title=Statistics"_s,
                       u"requirementGroups/1/items/1/detail~=- a nested detail bullet"_s};
    QTest::newRow("group heading without overview")
        << QByteArray("## Certifications\n\n- **Required**:\n  - **Cert A**: detail\n")
        << QStringList{u"ok=true"_s, u"requirementGroups/0/name=Certifications"_s,
                       u"requirementGroups/0/items/0/title=Cert A"_s};
    QTest::newRow("empty group is a warning")
        << QByteArray("## Requirements\n\n### Certifications\n\nNone needed.\n\n"
                      "### Skills\n\n- **Python**: yes\n")
        << QStringList{u"diagnostics#=1"_s, u"diagnostics/0/line=3"_s,
                       u"diagnostics/0/message~=no items"_s};

    // Categories and questions
    QTest::newRow("categories lose the Questions suffix")
        << typical
        << QStringList{u"categories#=4"_s, u"categories/0=Technical"_s,
                       u"categories/3=Problem-Solving"_s};
    QTest::newRow("categories without suffix, in file order")
        << quirks
        << QStringList{u"categories/0=Coding"_s, u"categories/1=Behavioral"_s,
                       u"categories/2=Leadership"_s};
    QTest::newRow("empty category is a warning")
        << quirks
        << QStringList{u"diagnostics/2/line=78"_s, u"diagnostics/2/message~=Leadership"_s};
    QTest::newRow("question number and prompt")
        << typical
        << QStringList{u"questions#=5"_s, u"questions/0/number=1"_s,
                       u"questions/0/prompt=What is a slowly changing dimension?"_s,
                       u"questions/0/category=Technical"_s,
                       u"questions/4/category=Problem-Solving"_s};
    QTest::newRow("question keys from the prompt")
        << typical
        << QStringList{u"questions/0/key=data-engineer/what-is-a-slowly-changing-dimension"_s};
    QTest::newRow("Q1. style") << quirks
                               << QStringList{u"questions/0/number=1"_s,
                                              u"questions/0/prompt=Reverse a linked list?"_s};
    QTest::newRow("unnumbered question gets the next number")
        << quirks
        << QStringList{u"questions/1/number=2"_s,
                       u"questions/1/prompt=How do you find duplicates in a large table?"_s};
    QTest::newRow("7) style") << quirks
                              << QStringList{u"questions/2/number=7"_s,
                                             u"questions/2/prompt=What is a hash map?"_s};
    QTest::newRow("N. style and Question N - style")
        << questions("#### 4. Four?\n\n**Answer**: a\n\n#### Question 12 - Twelve?\n\n"
                     "**Answer**: b\n\n#### Q 13: Thirteen?\n\n**Answer**: c\n")
        << QStringList{u"questions/0/number=4"_s,  u"questions/0/prompt=Four?"_s,
                       u"questions/1/number=12"_s, u"questions/1/prompt=Twelve?"_s,
                       u"questions/2/number=13"_s, u"questions/2/prompt=Thirteen?"_s};
    // Duplicate keys: the smallest free suffix from 2, in file order, with a
    // warning on each repeat; a prompt that spells a suffix takes it first.
    const auto asked = [](std::initializer_list<const char*> prompts) {
        QByteArray body;
        int number = 1;
        for (const char* prompt : prompts)
            body += "#### Question " + QByteArray::number(number++) + ": " + prompt +
                    "\n\n**Answer**: a\n\n";
        return questions(body);
    };
    QTest::newRow("repeated prompts count up from 2")
        << asked({"Same?", "Same?", "Same?"})
        << QStringList{u"questions/0/key=guide/same"_s,
                       u"questions/1/key=guide/same-2"_s,
                       u"questions/2/key=guide/same-3"_s,
                       u"diagnostics#=2"_s,
                       u"diagnostics/0/line=9"_s,
                       u"diagnostics/0/message=the question \"Same?\" appears more than once; this "
                       u"one is keyed \"guide/same-2\""_s,
                       u"diagnostics/1/line=13"_s,
                       u"diagnostics/1/message~=keyed \"guide/same-3\""_s};
    QTest::newRow("repeats of two prompts interleaved")
        << asked({"A?", "B?", "A?", "B?", "A?"})
        << QStringList{u"questions/2/key=guide/a-2"_s, u"questions/3/key=guide/b-2"_s,
                       u"questions/4/key=guide/a-3"_s, u"diagnostics#=3"_s};
    QTest::newRow("a prompt that spells a suffix keeps it")
        << asked({"A 3?", "A?", "A?", "A?", "A 3?"})
        << QStringList{u"questions/0/key=guide/a-3"_s,
                       u"questions/1/key=guide/a"_s,
                       u"questions/2/key=guide/a-2"_s,
                       u"questions/3/key=guide/a-4"_s,
                       u"questions/4/key=guide/a-3-2"_s,
                       u"diagnostics#=3"_s,
                       u"diagnostics/1/message~=keyed \"guide/a-4\""_s,
                       u"diagnostics/2/message=the question \"A 3?\" appears more than once; this "
                       u"one is keyed \"guide/a-3-2\""_s};
    QTest::newRow("a suffix taken before its prompt comes")
        << asked({"Same?", "Same?", "Same 2?"})
        << QStringList{u"questions/1/key=guide/same-2"_s, u"questions/2/key=guide/same-2-2"_s,
                       u"diagnostics#=2"_s, u"diagnostics/1/line=13"_s,
                       u"diagnostics/1/message~=\"Same 2?\""_s};
    QTest::newRow("requirement titles repeated across groups")
        << QByteArray("## Requirements\n\n### Skills\n\n- **SQL**: a\n- **Python**: b\n\n"
                      "### Tools\n\n- **SQL**: c\n- **SQL**: d\n")
        << QStringList{
               u"requirementGroups/0/items/0/key=guide/sql"_s,
               u"requirementGroups/0/items/1/key=guide/python"_s,
               u"requirementGroups/1/items/0/key=guide/sql-2"_s,
               u"requirementGroups/1/items/1/key=guide/sql-3"_s,
               u"diagnostics#=2"_s,
               u"diagnostics/0/line=10"_s,
               u"diagnostics/0/message=the requirement \"SQL\" appears more than once; this "
               u"one is keyed \"guide/sql-2\""_s,
               u"diagnostics/1/line=11"_s};
    QTest::newRow("category heading with no questions part above")
        << QByteArray("## Problem-Solving Questions\n\n#### Question 1: How?\n\n**Answer**: So.\n")
        << QStringList{u"categories/0=Problem-Solving"_s,
                       u"questions/0/category=Problem-Solving"_s};

    // Parts
    QTest::newRow("four parts in order")
        << typical
        << QStringList{u"questions/0/parts#=4"_s, u"questions/0/parts/0/name=Answer"_s,
                       u"questions/0/parts/1/name=Example Scenario"_s,
                       u"questions/0/parts/2/name=Common Pitfalls"_s,
                       u"questions/0/parts/3/name=Follow-up Points"_s};
    QTest::newRow("part markdown kept as source")
        << typical
        << QStringList{u"questions/0/parts/0/markdown~=- Type 2 adds a row per version."_s,
                       u"questions/0/parts/2/markdown~=- Forgetting to close"_s};
    QTest::newRow("part line range") << typical
                                     << QStringList{u"questions/0/parts/0/lines/first=48"_s,
                                                    u"questions/0/parts/0/lines/last=52"_s};
    QTest::newRow("Context/Action/Outcome as STAR fields")
        << typical
        << QStringList{u"questions/0/parts/1/star/situation=A customer table lost address "
                       u"history."_s,
                       u"questions/0/parts/1/star/action~=Type 2"_s,
                       u"questions/0/parts/1/star/result~=3 years"_s};
    QTest::newRow("Situation/Task/Action/Result as STAR fields")
        << typical
        << QStringList{u"questions/2/parts/1/star/task=I owned the fix."_s,
                       u"questions/2/parts/1/star/result~=2 hours"_s};
    QTest::newRow("STAR paragraphs inside an answer")
        << quirks
        << QStringList{u"questions/3/parts#=1"_s,
                       u"questions/3/parts/0/star/situation=Two of us wanted different schemas."_s,
                       u"questions/3/parts/0/star/action~=More detail about the action."_s,
                       u"questions/3/parts/0/star/result=We chose one in a day."_s};
    QTest::newRow("text before the first label belongs to the Answer")
        << quirks
        << QStringList{u"questions/0/parts/0/name=Answer"_s,
                       u"questions/0/parts/0/markdown~=Text before any label"_s,
                       u"questions/0/parts/0/markdown~=Walk the list once"_s};
    QTest::newRow("unknown part kept with a warning")
        << quirks
        << QStringList{u"questions/0/parts/1/name=Complexity"_s,
                       u"questions/0/parts/1/markdown=O(n) time, O(1) space."_s,
                       u"diagnostics/0/severity=warning"_s, u"diagnostics/0/line=42"_s};
    QTest::newRow("label and text on one line")
        << quirks
        << QStringList{u"questions/1/parts/0/markdown=Group by the key and keep groups with a "
                       u"count above one."_s};
    QTest::newRow("parts from sub-headings")
        << quirks
        << QStringList{u"questions/2/parts#=2"_s, u"questions/2/parts/1/name=Common Pitfalls"_s};
    QTest::newRow("missing parts are fine") << typical << QStringList{u"diagnostics#=0"_s};
    QTest::newRow("empty question is a warning")
        << quirks
        << QStringList{u"questions/4/parts#=0"_s, u"diagnostics/1/line=76"_s,
                       u"diagnostics/1/message~=no answer"_s};
    QTest::newRow("colon outside and inside the bold")
        << questions("#### Question 1: A?\n\n**Answer:** inside\n\n**Common Pitfalls**: outside\n")
        << QStringList{u"questions/0/parts/0/markdown=inside"_s,
                       u"questions/0/parts/1/markdown=outside"_s};
    QTest::newRow("synonym labels")
        << questions("#### Question 1: A?\n\n**Model answer**: a\n\n**Follow-up questions**:\n"
                     "- b\n")
        << QStringList{u"questions/0/parts/0/name=Answer"_s,
                       u"questions/0/parts/1/name=Follow-up Points"_s, u"diagnostics#=0"_s};

    // Conclusion and structure diagnostics
    QTest::newRow("closing paragraph after the last question")
        << typical
        << QStringList{u"conclusion=In closing, practise these answers out loud and keep your "
                       u"examples concrete."_s,
                       u"questions/4/parts/3/markdown~=broadcasting"_s};
    QTest::newRow("conclusion heading")
        << quirks << QStringList{u"conclusion=Good luck with your interview."_s};
    QTest::newRow("unknown heading is a warning")
        << quirks
        << QStringList{u"diagnostics/3/line=80"_s, u"diagnostics/3/message~=Random Section"_s,
                       u"ok=true"_s};
    QTest::newRow("no questions and no requirements")
        << fixture("no-structure.md")
        << QStringList{u"ok=false"_s, u"diagnostics/0/severity=error"_s,
                       u"diagnostics/0/message~=no requirements and no questions"_s};

    // Files that are not guides
    QTest::newRow("empty file") << QByteArray()
                                << QStringList{u"ok=false"_s, u"diagnostics/0/message~=empty"_s};
    QTest::newRow("only blank lines")
        << QByteArray("\n\n  \n") << QStringList{u"ok=false"_s, u"diagnostics/0/message~=empty"_s};
    QTest::newRow("binary garbage")
        << QByteArray("\x7f"
                      "ELF\x02\x01\x01\0\0\0",
                      10)
        << QStringList{u"ok=false"_s, u"diagnostics/0/message~=binary"_s,
                       u"diagnostics/0/line=1"_s};
    QTest::newRow("not UTF-8") << QByteArray("# Title\n\nCaf\xe9 au lait\n")
                               << QStringList{u"ok=false"_s, u"diagnostics/0/message~=UTF-8"_s,
                                              u"diagnostics/0/line=3"_s,
                                              u"diagnostics/0/column=4"_s};
    QTest::newRow("UTF-16 is named, not called binary")
        << QByteArray("\xFF\xFE#\0 \0T\0\n\0", 10)
        << QStringList{u"ok=false"_s, u"diagnostics#=1"_s,
                       u"diagnostics/0/message~=saved as UTF-16"_s};
    QTest::newRow("UTF-16 big-endian is named")
        << QByteArray("\xFE\xFF\0#\0 \0T\0\n", 10)
        << QStringList{u"ok=false"_s, u"diagnostics#=1"_s,
                       u"diagnostics/0/message~=saved as UTF-16"_s};
    QTest::newRow("overlong UTF-8 is refused")
        << QByteArray("# T\xc0\xaf\n")
        << QStringList{u"ok=false"_s, u"diagnostics/0/message~=UTF-8"_s};

    // A file saved twice by an editor that adds a byte order mark each time:
    // both go, so what follows them is read as the author sees it.
    QTest::newRow("front matter after two byte order marks")
        << "\xEF\xBB\xBF\xEF\xBB\xBF" + withFrontMatter("term: Twice")
        << QStringList{u"title=Twice"_s, u"questions#=1"_s, u"questions/0/lines/first=9"_s,
                       u"diagnostics#=0"_s};
    QTest::newRow("heading after two byte order marks")
        << "\xEF\xBB\xBF\xEF\xBB\xBF# Title\n\n" + OneQuestion
        << QStringList{u"title=Title"_s, u"questions/0/lines/first=7"_s,
                       u"questions/0/parts/0/markdown=Yes."_s};
}

void GuideParserTest::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expectations);
    const QJsonObject json = parsed(input);
    for (const QString& expectation : expectations) {
        const QString failure = test::checkExpectation(json, expectation);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

void GuideParserTest::lineEndingsAndBom_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray lf = fixture("typical.md");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("CR") << cr;
    QTest::newRow("BOM and LF") << bom + lf;
    QTest::newRow("BOM and CRLF") << bom + crlf;
}

void GuideParserTest::lineEndingsAndBom()
{
    QFETCH(QByteArray, input);
    const QJsonObject reference = parsed(fixture("typical.md"));
    const QJsonObject json = parsed(input);
    QCOMPARE(json.value(QStringLiteral("metadata")), reference.value(QStringLiteral("metadata")));
    QCOMPARE(json.value(QStringLiteral("requirementGroups")),
             reference.value(QStringLiteral("requirementGroups")));
    QCOMPARE(json.value(QStringLiteral("questions")), reference.value(QStringLiteral("questions")));
    QCOMPARE(json.value(QStringLiteral("diagnostics")),
             reference.value(QStringLiteral("diagnostics")));
    QVERIFY(!json.value(QStringLiteral("questions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("parts"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("markdown"))
                 .toString()
                 .contains(u'\r'));
}

void GuideParserTest::keysSurviveReordering()
{
    const QByteArray a = "## Requirements\n\n### Skills\n\n- **Python**: x\n- **SQL**: y\n\n"
                         "## Interview Questions and Answers\n\n### Technical Questions\n\n"
                         "#### Question 1: First?\n\n**Answer**: 1\n\n"
                         "#### Question 2: Second?\n\n**Answer**: 2\n";
    const QByteArray b = "## Requirements\n\n### Skills\n\n- **SQL**: y\n- **Python**: x\n\n"
                         "## Interview Questions and Answers\n\n### Other Questions\n\n"
                         "#### Question 7: Second?\n\n**Answer**: 2, edited\n\n"
                         "#### Question 8: First?\n\n**Answer**: 1\n";
    const Guide first = GuideParser::parse("---\nterm: G\n---\n" + a, QStringLiteral("a.md"));
    const Guide second = GuideParser::parse("---\nterm: G\n---\n" + b, QStringLiteral("b.md"));
    QCOMPARE(first.questions.at(0).key, second.questions.at(1).key);
    QCOMPARE(first.questions.at(1).key, second.questions.at(0).key);
    QCOMPARE(first.requirementGroups.at(0).items.at(0).key,
             second.requirementGroups.at(0).items.at(1).key);
    QCOMPARE(first.questions.at(0).key, QStringLiteral("g/first"));
}

void GuideParserTest::keysAreUniqueWhenPromptsRepeat()
{
    const Guide guide = GuideParser::parse(
        questions("#### Question 1: Same?\n\n**Answer**: a\n\n#### Question 2: Same?\n\n"
                  "**Answer**: b\n"),
        QStringLiteral("g.md"));
    QCOMPARE(guide.questions.size(), 2);
    QCOMPARE(guide.questions.at(0).key, QStringLiteral("g/same"));
    QCOMPARE(guide.questions.at(1).key, QStringLiteral("g/same-2"));
    QCOMPARE(guide.diagnostics.size(), 1);
    QVERIFY(guide.diagnostics.at(0).message.contains(QStringLiteral("more than once")));
    QCOMPARE(guide.diagnostics.at(0).line, 9);
}

// Many repeats of prompts whose slugs spell each other's suffixes, checked
// against the rule stated plainly: the smallest free suffix from 2.
void GuideParserTest::keysOfManyRepeatsFollowTheRule()
{
    const QStringList prompts = {u"A?"_s, u"A 2?"_s, u"A 3?"_s, u"A 2 2?"_s, u"B?"_s, u"A 10?"_s};
    const QStringList slugs = {u"a"_s, u"a-2"_s, u"a-3"_s, u"a-2-2"_s, u"b"_s, u"a-10"_s};
    QByteArray body;
    QStringList expected;
    QSet<QString> used;
    qsizetype warnings = 0;
    for (int i = 0; i < 600; ++i) {
        const int which = (i * 7 + i / 13) % int(prompts.size());
        body += "#### Question " + QByteArray::number(i + 1) + ": " + prompts.at(which).toUtf8() +
                "\n\n**Answer**: a\n\n";
        const QString base = QStringLiteral("guide/") + slugs.at(which);
        QString key = base;
        for (int n = 2; used.contains(key); ++n)
            key = base + u'-' + QString::number(n);
        used.insert(key);
        expected << key;
        warnings += key != base ? 1 : 0;
    }
    const Guide guide = GuideParser::parse(questions(body), QStringLiteral("guide.md"));
    QStringList keys;
    for (const Question& question : guide.questions)
        keys << question.key;
    QCOMPARE(keys, expected);
    QCOMPARE(guide.diagnostics.size(), warnings);
}

void GuideParserTest::snapshotRoundTrip()
{
    for (const char* name : {"typical.md", "quirks.md"}) {
        const Guide guide = GuideParser::parse(fixture(name), QLatin1String(name));
        const QJsonObject json = GuideJson::toJson(guide);
        QCOMPARE(GuideJson::toJson(GuideJson::fromJson(json)), json);
        const Guide restored = GuideJson::fromJson(json);
        QCOMPARE(restored.metadata.pubDate, guide.metadata.pubDate);
        QCOMPARE(restored.metadata.tags, guide.metadata.tags);
    }
}

void GuideParserTest::hostileInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    // The shapes that make cmark-gfm 0.29.0.gfm.6 take seconds and gigabytes.
    QByteArray wideTable = "|" + QByteArray("a|").repeated(4000) + "\n|" +
                           QByteArray("-|").repeated(4000) + "\n" +
                           QByteArray("x\n").repeated(8000);
    QTest::newRow("table with thousands of columns") << wideTable << QStringLiteral("columns");
    QByteArray bareTable = QByteArray("a|").repeated(5000) + "a\n" +
                           QByteArray("-|").repeated(5000) + "-\n" +
                           QByteArray("b\n").repeated(2000);
    QTest::newRow("table without outer pipes") << bareTable << QStringLiteral("columns");
    QTest::newRow("nested lists then emphasis")
        << QByteArray("- ").repeated(20000) + QByteArray("*a ").repeated(20000)
        << QStringLiteral("nested");
    QTest::newRow("nested ordered lists then emphasis")
        << QByteArray("1. ").repeated(10000) + QByteArray("_a ").repeated(20000)
        << QStringLiteral("nested");
    QTest::newRow("nested block quotes then emphasis")
        << QByteArray(20000, '>') + " " + QByteArray("*a ").repeated(20000)
        << QStringLiteral("nested");
    QTest::newRow("nesting by indentation") << [] {
        QByteArray text;
        for (int i = 0; i < 600; ++i)
            text += QByteArray(2 * i, ' ') + "- a\n";
        return text;
    }() << QStringLiteral("nested");
    QTest::newRow("over the size limit")
        << QByteArray("a ").repeated(GuideSource::MaxBytes / 2 + 1) << QStringLiteral("larger");
    QTest::newRow("table inside a list") << "- item\n\n  |" + QByteArray("a|").repeated(100) +
                                                "\n  |" + QByteArray("-|").repeated(100) + "\n"
                                         << QStringLiteral("columns");
}

void GuideParserTest::hostileInputIsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Guide guide = GuideParser::parse(input, QStringLiteral("hostile.md"));
    QVERIFY(guide.hasErrors());
    QVERIFY2(guide.diagnostics.first().message.contains(message),
             qPrintable(guide.diagnostics.first().message));
}

void GuideParserTest::missingFileIsAnError()
{
    const Guide guide = GuideParser::parseFile(QStringLiteral("/nonexistent/guide.md"));
    QVERIFY(guide.hasErrors());
    QVERIFY(guide.diagnostics.first().message.contains(QStringLiteral("does not exist")));
}

// The matcher itself: a row whose expectation holds whatever the parser
// does would hide a regression, so these must all be reported as failures.
void GuideParserTest::expectationsCanFail_data()
{
    QTest::addColumn<QString>("expectation");
    QTest::newRow("empty needle") << QStringLiteral("title~=");
    QTest::newRow("empty needle on a missing path") << QStringLiteral("nothing/here~=");
    QTest::newRow("missing path, contains") << QStringLiteral("diagnostics/0/line~=1");
    QTest::newRow("missing path, equals") << QStringLiteral("diagnostics/5/line=<missing>");
    QTest::newRow("index past the end") << QStringLiteral("questions/1/key=guide/fine");
    QTest::newRow("size of a scalar") << QStringLiteral("title#=5");
    QTest::newRow("no equals sign") << QStringLiteral("title");
    QTest::newRow("wrong value") << QStringLiteral("title=Guide");
    QTest::newRow("text not contained") << QStringLiteral("title~=x");
}

void GuideParserTest::expectationsCanFail()
{
    QFETCH(QString, expectation);
    const QJsonObject json = parsed(OneQuestion);
    QCOMPARE(test::checkExpectation(json, QStringLiteral("title=guide")), QString());
    QCOMPARE(test::checkExpectation(json, QStringLiteral("title~=ui")), QString());
    QVERIFY2(!test::checkExpectation(json, expectation).isEmpty(), qPrintable(expectation));
}

QTEST_GUILESS_MAIN(GuideParserTest)
#include "tst_guide_parser.moc"
