// Checks that keep every shipped guide honest: the shape a candidate relies on
// (four parts, answers of a readable length, scenarios with numbers), no
// duplicated questions, certifications that say how current they are, and
// code samples that at least compile. Data-driven over content/*.md, so a
// guide added later is checked without touching this file.
#include "content/GuideParser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

// A fenced code block found in a part's Markdown.
struct CodeBlock {
    QString language; // the info string's first word, lower case
    QString code;
};

// Fenced blocks (``` or ~~~, possibly indented inside a list item) with their
// indentation removed, so Python keeps its meaning.
QList<CodeBlock> fencedBlocks(const QString& markdown)
{
    static const QRegularExpression opening(QStringLiteral("^(\\s*)(`{3,}|~{3,})\\s*([^\\s`]*)"));
    QList<CodeBlock> blocks;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch open = opening.match(lines.at(i));
        if (!open.hasMatch())
            continue;
        const qsizetype indent = open.captured(1).size();
        const QString fence = open.captured(2);
        CodeBlock block{open.captured(3).toLower(), {}};
        for (++i; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.trimmed().startsWith(fence))
                break;
            qsizetype strip = 0;
            while (strip < indent && strip < line.size() && line.at(strip).isSpace())
                ++strip;
            block.code += line.mid(strip) + u'\n';
        }
        blocks.append(block);
    }
    return blocks;
}

// The Markdown with fenced code removed: answer length is about the prose a
// candidate reads aloud, not the code they would write on a whiteboard.
QString proseOnly(const QString& markdown)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*(`{3,}|~{3,})"));
    QStringList kept;
    bool inCode = false;
    for (const QString& line : markdown.split(u'\n')) {
        if (fence.match(line).hasMatch()) {
            inCode = !inCode;
            continue;
        }
        if (!inCode)
            kept.append(line);
    }
    return kept.join(u'\n');
}

int wordCount(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[\\w'’-]+"));
    int count = 0;
    for (auto it = words.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QSet<QString> wordSet(const QString& prompt)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QSet<QString> set;
    for (auto it = words.globalMatch(prompt.toLower()); it.hasNext();)
        set.insert(it.next().captured());
    return set;
}

double jaccard(const QSet<QString>& a, const QSet<QString>& b)
{
    const QSet<QString> both = QSet<QString>(a).intersect(b);
    const QSet<QString> either = QSet<QString>(a).unite(b);
    return either.isEmpty() ? 1.0 : double(both.size()) / double(either.size());
}

// Empty when the SQL's parentheses and quotes balance; otherwise what is wrong.
// Quotes inside comments and brackets inside strings do not count.
QString sqlImbalance(const QString& sql)
{
    enum class State { Code, Single, Double, LineComment, BlockComment };
    State state = State::Code;
    int depth = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'')
                state = State::Single;
            else if (c == u'"')
                state = State::Double;
            else if (c == u'-' && next == u'-')
                state = State::LineComment;
            else if (c == u'/' && next == u'*')
                state = State::BlockComment;
            else if (c == u'(')
                ++depth;
            else if (c == u')' && --depth < 0)
                return QStringLiteral("a ')' closes nothing");
            break;
        case State::Single: // '' inside a literal closes and reopens: still balanced
            if (c == u'\'')
                state = State::Code;
            break;
        case State::Double:
            if (c == u'"')
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    if (state == State::Single || state == State::Double)
        return QStringLiteral("a quoted string is never closed");
    if (state == State::BlockComment)
        return QStringLiteral("a /* comment is never closed");
    if (depth != 0)
        return QStringLiteral("%1 '(' never closed").arg(depth);
    return {};
}

QByteArray label(const Question& question)
{
    return "Q" + QByteArray::number(question.number) + " (" + question.prompt.left(60).toUtf8() +
           ")";
}

} // namespace

class GuideContentTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parsesWithoutDiagnostics_data() { addGuides(); }
    void parsesWithoutDiagnostics();
    void questionsHaveTheFourPartsInOrder_data() { addGuides(); }
    void questionsHaveTheFourPartsInOrder();
    void answersAreOfInterviewLength_data() { addGuides(); }
    void answersAreOfInterviewLength();
    void scenariosContainANumber_data() { addGuides(); }
    void scenariosContainANumber();
    void questionsAreDistinct_data() { addGuides(); }
    void questionsAreDistinct();
    void certificationsSayHowCurrentTheyAre_data() { addGuides(); }
    void certificationsSayHowCurrentTheyAre();
    void pythonBlocksCompile_data() { addGuides(); }
    void pythonBlocksCompile();
    void sqlBlocksAreBalanced_data() { addGuides(); }
    void sqlBlocksAreBalanced();

    void sqlCheckCatchesImbalance();
    void nearIdenticalMeansAlmostTheSameWords();

private:
    void addGuides();
    const Guide& guide() const;

    QHash<QString, Guide> m_guides; // by file name
};

void GuideContentTest::initTestCase()
{
    const QDir content(QStringLiteral(IP_SOURCE_DIR "/content"));
    const QStringList names = content.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no guides in content/");
    for (const QString& name : names)
        m_guides.insert(name, GuideParser::parseFile(content.filePath(name)));
}

void GuideContentTest::addGuides()
{
    QTest::addColumn<QString>("fileName");
    QStringList names = m_guides.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

const Guide& GuideContentTest::guide() const
{
    QFETCH(QString, fileName);
    return m_guides.find(fileName).value();
}

void GuideContentTest::parsesWithoutDiagnostics()
{
    const Guide& g = guide();
    for (const Diagnostic& d : g.diagnostics)
        qWarning("line %d: %s: %s", d.line, qPrintable(Diagnostic::severityName(d.severity)),
                 qPrintable(d.message));
    QVERIFY(g.diagnostics.isEmpty());
    QVERIFY(!g.questions.isEmpty());
}

void GuideContentTest::questionsHaveTheFourPartsInOrder()
{
    const QStringList expected{PartName::Answer, PartName::ExampleScenario,
                               PartName::CommonPitfalls, PartName::FollowUpPoints};
    for (const Question& question : guide().questions) {
        QStringList names;
        for (const QuestionPart& part : question.parts) {
            names << part.name;
            QVERIFY2(!part.markdown.trimmed().isEmpty(),
                     (label(question) + " has an empty " + part.name.toUtf8()).constData());
        }
        QVERIFY2(names == expected,
                 (label(question) + " has parts: " + names.join(QStringLiteral(", ")).toUtf8())
                     .constData());
    }
}

void GuideContentTest::answersAreOfInterviewLength()
{
    // Under 150 words an answer is a definition, not an interview answer;
    // over 400 nobody can say it aloud in the two or three minutes it gets.
    for (const Question& question : guide().questions) {
        const QuestionPart* answer = question.part(PartName::Answer);
        QVERIFY2(answer, label(question).constData());
        const int words = wordCount(proseOnly(answer->markdown));
        QVERIFY2(
            words >= 150 && words <= 400,
            (label(question) + " answer has " + QByteArray::number(words) + " words").constData());
    }
}

void GuideContentTest::scenariosContainANumber()
{
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (const Question& question : guide().questions) {
        const QuestionPart* scenario = question.part(PartName::ExampleScenario);
        QVERIFY2(scenario, label(question).constData());
        QVERIFY2(scenario->markdown.contains(digit),
                 (label(question) + " scenario has no number").constData());
    }
}

void GuideContentTest::questionsAreDistinct()
{
    // Near-identical: the prompts' lower-cased word sets overlap with a
    // Jaccard index of 0.9 or more (a reworded copy, not a related question).
    const QList<Question>& questions = guide().questions;
    QSet<QString> keys;
    QList<QSet<QString>> words;
    for (const Question& question : questions) {
        QVERIFY2(!keys.contains(question.key), (label(question) + " repeats a key").constData());
        keys.insert(question.key);
        words.append(wordSet(question.prompt));
    }
    for (qsizetype i = 0; i < questions.size(); ++i)
        for (qsizetype j = i + 1; j < questions.size(); ++j)
            QVERIFY2(
                jaccard(words.at(i), words.at(j)) < 0.9,
                (label(questions.at(i)) + " and " + label(questions.at(j)) + " ask nearly the same")
                    .constData());
}

void GuideContentTest::certificationsSayHowCurrentTheyAre()
{
    // Certifications are retired and replaced every year; a reader must be
    // able to tell from the text how old its claim about each one is.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;!?])\\s+"));
    static const QRegularExpression year(QStringLiteral("\\b20\\d\\d\\b"));
    static const QRegularExpression status(
        QStringLiteral("\\b(active|current|retired?|retiring|available|beta|launched|released|"
                       "offered|stopped|replaced|withdrawn|discontinued|expires?|valid)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    int checked = 0;
    for (const RequirementGroup& group : guide().requirementGroups) {
        if (!group.name.contains(QStringLiteral("certification"), Qt::CaseInsensitive))
            continue;
        for (const Requirement& item : group.items) {
            bool dated = false;
            for (const QString& sentence : item.detail.split(sentenceEnd))
                dated = dated || (sentence.contains(year) && sentence.contains(status));
            QVERIFY2(dated, qPrintable(item.title + QStringLiteral(" has no dated status")));
            ++checked;
        }
    }
    if (checked == 0)
        QSKIP("this guide names no certifications");
}

void GuideContentTest::pythonBlocksCompile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (const Question& question : guide().questions)
        for (const QuestionPart& part : question.parts) {
            int index = 0;
            for (const CodeBlock& block : fencedBlocks(part.markdown)) {
                if (block.language != u"python" && block.language != u"py")
                    continue;
                const QString path =
                    dir.filePath(QStringLiteral("q%1_%2.py").arg(question.number).arg(++index));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(block.code.toUtf8());
                files << path;
            }
        }
    if (files.isEmpty())
        QSKIP("no Python blocks in this guide");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    QProcess process;
    process.start(python, QStringList{QStringLiteral("-m"), QStringLiteral("py_compile")} + files);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
}

void GuideContentTest::sqlBlocksAreBalanced()
{
    int checked = 0;
    for (const Question& question : guide().questions)
        for (const QuestionPart& part : question.parts)
            for (const CodeBlock& block : fencedBlocks(part.markdown)) {
                if (block.language != u"sql")
                    continue;
                const QString problem = sqlImbalance(block.code);
                QVERIFY2(problem.isEmpty(),
                         (label(question) + ": " + problem.toUtf8()).constData());
                ++checked;
            }
    if (checked == 0)
        QSKIP("no SQL blocks in this guide");
}

void GuideContentTest::sqlCheckCatchesImbalance()
{
    QVERIFY(sqlImbalance(QStringLiteral("SELECT COUNT(*) FROM t WHERE a IN (1, 2)")).isEmpty());
    QVERIFY(sqlImbalance(QStringLiteral("SELECT ')' AS p, 'it''s' -- (\nFROM t")).isEmpty());
    QVERIFY(!sqlImbalance(QStringLiteral("SELECT COUNT(* FROM t")).isEmpty());
    QVERIFY(!sqlImbalance(QStringLiteral("SELECT a) FROM t")).isEmpty());
    QVERIFY(!sqlImbalance(QStringLiteral("SELECT 'open FROM t")).isEmpty());
}

void GuideContentTest::nearIdenticalMeansAlmostTheSameWords()
{
    const auto a = wordSet(QStringLiteral("What is overfitting, and how do you prevent it?"));
    QCOMPARE(jaccard(a, wordSet(QStringLiteral("What is overfitting and how do you prevent it"))),
             1.0);
    QVERIFY(jaccard(a, wordSet(QStringLiteral(
                           "What is data leakage, and how do you prevent it?"))) < 0.9);
}

QTEST_GUILESS_MAIN(GuideContentTest)
#include "tst_guide_content.moc"
