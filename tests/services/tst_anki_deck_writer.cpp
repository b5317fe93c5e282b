// The Anki deck export checked field by field against Anki's text import
// format: the header lines, three columns on every note line, the front
// HTML-escaped, the back each part under its heading with the note last, the
// tags, and fields holding tabs, newlines and quotes kept on one line.
#include "VerifyOk.h"
#include "services/AnkiDeckWriter.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ip::AnkiDeckWriter;
using ip::Guide;
using ip::Question;
using ip::QuestionPart;

Q_DECLARE_METATYPE(ip::Question)

namespace {

Question question(const QString& prompt, const QList<QuestionPart>& parts,
                  const QString& category = QStringLiteral("Technical"))
{
    Question q;
    q.prompt = prompt;
    q.key = QStringLiteral("ml-engineer/") + QString::number(qHash(prompt));
    q.category = category;
    q.parts = parts;
    return q;
}

QuestionPart part(const QString& name, const QString& markdown)
{
    QuestionPart p;
    p.name = name;
    p.markdown = markdown;
    return p;
}

Guide guideWith(const QList<Question>& questions)
{
    Guide guide;
    guide.key = QStringLiteral("ml-engineer");
    guide.title = QStringLiteral("ML Engineer");
    guide.questions = questions;
    return guide;
}

// A note line split into its fields as Anki reads them: tabs separate
// fields (a field never holds a raw tab), a field starting with a quote is
// quoted with its quotes doubled.
QStringList fieldsOf(const QString& line)
{
    QStringList fields = line.split(u'\t');
    for (QString& field : fields) {
        if (field.startsWith(u'"')) {
            field = field.mid(1, field.size() - 2);
            field.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
    }
    return fields;
}

QStringList noteLines(const QString& text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.mid(4);
}

} // namespace

class AnkiDeckWriterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerLines();
    void fields_data();
    void fields();
    void everyLineHasThreeFields();
    void deckNames();
    void writeReadsTheNotesAndWritesAtomically();
    void writeIntoAMissingFolderIsAnError();
};

void AnkiDeckWriterTest::headerLines()
{
    const QString text = AnkiDeckWriter::toText({guideWith({})}, {},
                                                QStringLiteral("Interview "
                                                               "Prep::ML\tX"));
    QCOMPARE(text, QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n"
                                  "#deck:Interview Prep::ML X\n"));
}

void AnkiDeckWriterTest::fields_data()
{
    QTest::addColumn<Question>("question");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("front");
    QTest::addColumn<QString>("back");
    QTest::addColumn<QString>("tags");

    const auto answer = [](const QString& markdown) {
        return QList<QuestionPart>{part(QStringLiteral("Answer"), markdown)};
    };
    QTest::newRow("plain") << question(QStringLiteral("What is overfitting?"),
                                       answer(QStringLiteral("A model fits noise.")))
                           << QString() << QStringLiteral("What is overfitting?")
                           << QStringLiteral("<h3>Answer</h3><p>A model fits noise.</p>")
                           << QStringLiteral("Technical ml-engineer");
    QTest::newRow("less-than and ampersand escaped")
        << question(QStringLiteral("Is a < b && c > d?"), answer(QStringLiteral("Yes, 1 < 2 & 3.")))
        << QString() << QStringLiteral("Is a &lt; b &amp;&amp; c &gt; d?")
        << QStringLiteral("<h3>Answer</h3><p>Yes, 1 &lt; 2 &amp; 3.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("front starting with #")
        << question(QStringLiteral("#1 priority?"), answer(QStringLiteral("Users."))) << QString()
        << QStringLiteral("&#35;1 priority?") << QStringLiteral("<h3>Answer</h3><p>Users.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("tab and newlines in code")
        << question(QStringLiteral("Return early?"),
                    answer(QStringLiteral("```\nif x:\n\treturn 1\n```")))
        << QString() << QStringLiteral("Return early?")
        << QStringLiteral("<h3>Answer</h3><pre><code>if x:<br>&#9;return 1</code></pre>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("newline inside a paragraph")
        << question(QStringLiteral("Two lines?"), answer(QStringLiteral("line one\nline two")))
        << QString() << QStringLiteral("Two lines?")
        << QStringLiteral("<h3>Answer</h3><p>line one line two</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("parts in order, empty ones left out")
        << question(QStringLiteral("Parts?"),
                    {part(QStringLiteral("Answer"), QStringLiteral("- one\n- two")),
                     part(QStringLiteral("Example Scenario"), QString()),
                     part(QStringLiteral("Common Pitfalls"), QStringLiteral("**Never** guess."))})
        << QString() << QStringLiteral("Parts?")
        << QStringLiteral("<h3>Answer</h3><ul><li>one</li><li>two</li></ul>"
                          "<h3>Common Pitfalls</h3><p><strong>Never</strong> guess.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("note appended under My notes")
        << question(QStringLiteral("Note?"), answer(QStringLiteral("Model answer.")))
        << QStringLiteral("I *always* forget\nthis.\tReally.") << QStringLiteral("Note?")
        << QStringLiteral("<h3>Answer</h3><p>Model answer.</p><h3>My notes</h3>"
                          "<p>I <em>always</em> forget this.&#9;Really.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("blank note left out")
        << question(QStringLiteral("Blank note?"), answer(QStringLiteral("A.")))
        << QStringLiteral("  \n ") << QStringLiteral("Blank note?")
        << QStringLiteral("<h3>Answer</h3><p>A.</p>") << QStringLiteral("Technical ml-engineer");
    QTest::newRow("quotes make a quoted field")
        << question(QStringLiteral("Say \"hi\"?"),
                    answer(QStringLiteral("See [docs](https://example.org/a).")))
        << QString() << QStringLiteral("Say &quot;hi&quot;?")
        << QStringLiteral("<h3>Answer</h3><p>See <a href=\"https://example.org/a\">docs</a>.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("raw HTML in a part is not passed on")
        << question(QStringLiteral("Script?"),
                    answer(QStringLiteral("Use <script>alert(1)</script> never.")))
        << QString() << QStringLiteral("Script?")
        << QStringLiteral("<h3>Answer</h3><p>Use <!-- raw HTML omitted -->alert(1)<!-- raw HTML "
                          "omitted --> never.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("a part of raw HTML alone is left out")
        << question(QStringLiteral("Details?"),
                    {part(QStringLiteral("Answer"), QStringLiteral("Short.")),
                     part(QStringLiteral("Example Scenario"),
                          QStringLiteral("<details>\n<summary>x</summary>\n</details>"))})
        << QString() << QStringLiteral("Details?") << QStringLiteral("<h3>Answer</h3><p>Short.</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("an unanswered question says so")
        << question(QStringLiteral("An empty one?"), {}) << QString()
        << QStringLiteral("An empty one?")
        << QStringLiteral("<h3>Answer</h3><p>(The guide gives no answer.)</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("a question of raw HTML only says so too")
        << question(QStringLiteral("CDATA?"), answer(QStringLiteral("<![CDATA[x]]>"))) << QString()
        << QStringLiteral("CDATA?")
        << QStringLiteral("<h3>Answer</h3><p>(The guide gives no answer.)</p>")
        << QStringLiteral("Technical ml-engineer");
    QTest::newRow("category with spaces")
        << question(QStringLiteral("Design?"), answer(QStringLiteral("Yes.")),
                    QStringLiteral("ML System  Design"))
        << QString() << QStringLiteral("Design?") << QStringLiteral("<h3>Answer</h3><p>Yes.</p>")
        << QStringLiteral("ML_System_Design ml-engineer");
}

void AnkiDeckWriterTest::fields()
{
    QFETCH(Question, question);
    QFETCH(QString, note);
    QFETCH(QString, front);
    QFETCH(QString, back);
    QFETCH(QString, tags);

    const Guide guide = guideWith({question});
    ip::NotesByGuide notes;
    if (!note.isEmpty()) {
        ip::QuestionNote stored;
        stored.markdown = note;
        notes[guide.key].insert(question.key, stored);
    }
    const QString text = AnkiDeckWriter::toText({guide}, notes, QStringLiteral("Deck"));
    const QStringList lines = noteLines(text);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = fieldsOf(lines.first());
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), front);
    QCOMPARE(fields.at(1), back);
    QCOMPARE(fields.at(2), tags);
    // Quoted exactly when a field holds a quote, as Anki's own export does.
    QCOMPARE(lines.first().contains(QStringLiteral("\"\"")) || lines.first().startsWith(u'"'),
             (front + back + tags).contains(u'"'));
}

void AnkiDeckWriterTest::everyLineHasThreeFields()
{
    QList<Question> questions;
    for (int i = 0; i < 20; ++i)
        questions << question(
            QStringLiteral("Q%1 \t tab?").arg(i),
            {part(QStringLiteral("Answer"),
                  QStringLiteral("```\n\tcode %1\n\n\"x\"\n```\n\n| a | b |\n|---|"
                                 "---|\n| 1 | 2 |")
                      .arg(i))});
    const QString text = AnkiDeckWriter::toText({guideWith(questions)}, {}, QStringLiteral("D"));
    const QStringList lines = noteLines(text);
    QCOMPARE(lines.size(), 20);
    for (const QString& line : lines) {
        QVERIFY2(!line.startsWith(u'#'), qPrintable(line));
        QCOMPARE(fieldsOf(line).size(), 3);
    }
    QCOMPARE(AnkiDeckWriter::toText({guideWith(questions)}, {}, QStringLiteral("D")), text);
}

void AnkiDeckWriterTest::deckNames()
{
    Guide other = guideWith({});
    other.title = QStringLiteral("Data Scientist");
    QCOMPARE(AnkiDeckWriter::defaultDeckName({guideWith({})}),
             QStringLiteral("Interview Prep::ML Engineer"));
    QCOMPARE(AnkiDeckWriter::defaultDeckName({guideWith({}), other}),
             QStringLiteral("Interview Prep"));
}

void AnkiDeckWriterTest::writeReadsTheNotesAndWritesAtomically()
{
    QTemporaryDir dir;
    auto data = ip::StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    const Question first = question(QStringLiteral("First?"),
                                    {part(QStringLiteral("Answer"), QStringLiteral("One."))});
    const Question second = question(QStringLiteral("Second?"),
                                     {part(QStringLiteral("Answer"), QStringLiteral("Two."))});
    const Guide guide = guideWith({first, second});
    IP_VERIFY_OK(
        (*data)->notes().saveMarkdown({guide.key, second.key}, QStringLiteral("Mine, **bold**.")));

    const QString path = dir.filePath(QStringLiteral("deck.txt"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old deck");
    old.close();
    const ip::Result<int> written =
        AnkiDeckWriter::write(path, {guide}, (*data)->notes(), QStringLiteral("Deck"));
    IP_VERIFY_OK(written);
    QCOMPARE(*written, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = noteLines(text);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(fieldsOf(lines.at(0)).at(1), QStringLiteral("<h3>Answer</h3><p>One.</p>"));
    QCOMPARE(fieldsOf(lines.at(1)).at(1),
             QStringLiteral("<h3>Answer</h3><p>Two.</p><h3>My notes</h3><p>Mine, "
                            "<strong>bold</strong>.</p>"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("deck.txt*")}, QDir::Files),
             QStringList{QStringLiteral("deck.txt")});
}

void AnkiDeckWriterTest::writeIntoAMissingFolderIsAnError()
{
    QTemporaryDir dir;
    auto data = ip::StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    const QString path = dir.filePath(QStringLiteral("missing/deck.txt"));
    const ip::Result<int> written = AnkiDeckWriter::write(
        path,
        {guideWith({question(QStringLiteral("Q?"),
                             {part(QStringLiteral("Answer"), QStringLiteral("A."))})})},
        (*data)->notes(), QStringLiteral("Deck"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(AnkiDeckWriterTest)
#include "tst_anki_deck_writer.moc"
