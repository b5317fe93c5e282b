// `interview-prep export --format anki-tsv` and `interview-prep
// import-flashcards`, run as a user runs them: the real executable on a data
// folder the test seeds, its exit status, its output and the files it leaves.
#include "AppProcess.h"
#include "content/GuideJson.h"
#include "model/QuestionNote.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ip::test::AppRun;
using ip::test::describe;
using ip::test::runApp;

ip::Guide libraryGuide(const QString& key, const QString& title, const QStringList& prompts)
{
    ip::Guide guide;
    guide.key = key;
    guide.title = title;
    guide.categories = {QStringLiteral("System Design")};
    for (const QString& prompt : prompts) {
        ip::Question question;
        question.key = key + QStringLiteral("/") + QString::number(guide.questions.size());
        question.number = int(guide.questions.size()) + 1;
        question.category = QStringLiteral("System Design");
        question.prompt = prompt;
        ip::QuestionPart answer;
        answer.name = QStringLiteral("Answer");
        answer.markdown = QStringLiteral("Use a **queue**.\n\n- one\n- two");
        question.parts = {answer};
        guide.questions << question;
    }
    return guide;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList noteLines(const QString& deck)
{
    QStringList lines = deck.split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(4);
}

} // namespace

class FlashcardCommandsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsTheWholeLibrary();
    void exportsOneGuideToStandardOutput();
    void exportRefusesAnUnknownGuide();
    void exportRefusesAnEmptyLibrary();
    void exportRefusesAFolderWithoutData();
    void deckGoesWithAnkiOnly();
    void importsFlashcardsIntoAGuideCheckAccepts();
    void importRefusesToReplaceAGuideWithoutForce();
    void importRefusesAMissingOrBrokenFile_data();
    void importRefusesAMissingOrBrokenFile();
    void importUsageErrors_data();
    void importUsageErrors();
    void ankiDeckComesBackAsAGuide();

private:
    QTemporaryDir m_data;
};

void FlashcardCommandsTest::initTestCase()
{
    QVERIFY(m_data.isValid());
    auto database = ip::Database::open(m_data.path());
    QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
    ip::LibraryRepository library(**database);
    const QList<ip::Guide> guides = {
        libraryGuide(QStringLiteral("ml-engineer"), QStringLiteral("ML Engineer"),
                     {QStringLiteral("Design a feature store?"),
                      QStringLiteral("Scale a <model> server & cache?")}),
        libraryGuide(QStringLiteral("data-analyst"), QStringLiteral("Data Analyst"),
                     {QStringLiteral("Design an A/B test?")})};
    for (const ip::Guide& guide : guides) {
        ip::LibraryEntry entry;
        entry.guideKey = guide.key;
        entry.filePath = guide.key + QStringLiteral(".md");
        entry.contentHash = QStringLiteral("test");
        entry.snapshot = QJsonDocument(ip::GuideJson::toJson(guide)).toJson();
        QVERIFY(library.save(entry).ok());
    }
    ip::QuestionNote note;
    note.guideKey = QStringLiteral("ml-engineer");
    note.questionKey = QStringLiteral("ml-engineer/0");
    note.markdown = QStringLiteral("Mention *TTL*.\tAlways.");
    QVERIFY(ip::QuestionNoteRepository(**database).save(note).ok());
}

void FlashcardCommandsTest::exportsTheWholeLibrary()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("deck.txt"));
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--out"), path, QStringLiteral("--data-dir"), m_data.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("Exported 3 questions of 2 guides to")),
             qPrintable(run.err));
    const QString deck = QString::fromUtf8(readAll(path));
    QVERIFY2(deck.startsWith(QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n"
                                            "#deck:Interview Prep\n")),
             qPrintable(deck));
    const QStringList lines = noteLines(deck);
    QCOMPARE(lines.size(), 3);
    for (const QString& line : lines)
        QCOMPARE(line.split(u'\t').size(), 3);
    // The library's guides by key: data-analyst, then ml-engineer.
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("\tSystem_Design data-analyst")),
             qPrintable(lines.at(0)));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("Design a feature store?\t<h3>Answer</h3><p>Use "
                                              "a <strong>queue</strong>.</p><ul><li>one</li>")),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(
                 "<h3>My notes</h3><p>Mention <em>TTL</em>.&#9;Always.</p>\tSystem_Design "
                 "ml-engineer")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Scale a &lt;model&gt; server &amp; cache?\t")));
}

void FlashcardCommandsTest::exportsOneGuideToStandardOutput()
{
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--guide"), QStringLiteral("data-analyst"),
                QStringLiteral("--data-dir"), m_data.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QStringLiteral("#deck:Interview Prep::Data Analyst\n")));
    const QStringList lines = noteLines(run.out);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Design an A/B test?\t")));

    const Run named =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--guide"), QStringLiteral("data-analyst"), QStringLiteral("--deck"),
                QStringLiteral("Jobs::2026"), QStringLiteral("--data-dir"), m_data.path()});
    QVERIFY2(named.exitCode == 0, qPrintable(describe(named)));
    QVERIFY(named.out.contains(QStringLiteral("#deck:Jobs::2026\n")));
}

void FlashcardCommandsTest::exportRefusesAnUnknownGuide()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("deck.txt"));
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--guide"), QStringLiteral("no-such-guide"), QStringLiteral("--out"),
                path, QStringLiteral("--data-dir"), m_data.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no guide with the key 'no-such-guide'")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void FlashcardCommandsTest::exportRefusesAnEmptyLibrary()
{
    QTemporaryDir empty;
    QVERIFY(ip::Database::open(empty.path()).ok());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("deck.txt"));
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--out"), path, QStringLiteral("--data-dir"), empty.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("holds no guides yet")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void FlashcardCommandsTest::exportRefusesAFolderWithoutData()
{
    QTemporaryDir nothing;
    const Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--data-dir"), nothing.filePath(QStringLiteral("typo"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("There is no data in")), qPrintable(run.err));
    QVERIFY(!QFile::exists(nothing.filePath(QStringLiteral("typo"))));
}

void FlashcardCommandsTest::deckGoesWithAnkiOnly()
{
    const Run run = runApp({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("study-md"), QStringLiteral("--deck"),
                            QStringLiteral("Mine"), QStringLiteral("--data-dir"), m_data.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--format anki-tsv only")), qPrintable(run.err));
}

void FlashcardCommandsTest::importsFlashcardsIntoAGuideCheckAccepts()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("my_cards.csv"));
    writeFile(in, "\xEF\xBB\xBFQuestion,Answer,Tags\r\nWhat is bias?,\"Error, from "
                  "assumptions\",Basics\r\nSame?,one,Basics\r\nSame?,two,Other\r\n");
    const QString out = dir.filePath(QStringLiteral("cards.md"));
    const Run run = runApp({QStringLiteral("import-flashcards"), in, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Imported 3 flashcards into")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("the guide \"my cards\" with 2 categories.")),
             qPrintable(run.out));
    // The repeated prompt is a warning, with its place in the guide.
    QVERIFY2(run.err.contains(QStringLiteral("warning: the question \"Same?\" appears more than "
                                             "once")),
             qPrintable(run.err));

    const Run check = runApp({QStringLiteral("check"), QStringLiteral("--json"), out});
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    QVERIFY(check.out.contains(QStringLiteral("my-cards/what-is-bias")));
}

void FlashcardCommandsTest::importRefusesToReplaceAGuideWithoutForce()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("cards.tsv"));
    writeFile(in, "Q?\tA\n");
    const QString out = dir.filePath(QStringLiteral("guide.md"));
    writeFile(out, "my own guide");
    const Run refused =
        runApp({QStringLiteral("import-flashcards"), in, QStringLiteral("--out"), out});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("exists already; give --force to replace it. "
                                                 "Nothing was written.")),
             qPrintable(refused.err));
    QCOMPARE(readAll(out), QByteArray("my own guide"));

    const Run itself = runApp({QStringLiteral("import-flashcards"), in, QStringLiteral("--out"), in,
                               QStringLiteral("--force")});
    QCOMPARE(itself.exitCode, 1);
    QVERIFY2(itself.err.contains(QStringLiteral("is the flashcard file itself")),
             qPrintable(itself.err));
    QCOMPARE(readAll(in), QByteArray("Q?\tA\n"));

    const Run forced =
        runApp({QStringLiteral("import-flashcards"), in, QStringLiteral("--out"), out,
                QStringLiteral("--force"), QStringLiteral("--title"), QStringLiteral("Mine")});
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
    QVERIFY(readAll(out).startsWith("---\nterm: \"Mine\"\n"));
}

void FlashcardCommandsTest::importRefusesAMissingOrBrokenFile_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("not utf-8") << QByteArray("Q?\tA\nCaf\xE9?\tB\n")
                               << QStringLiteral("Line 2: cards.txt is not UTF-8 text");
    QTest::newRow("no back") << QByteArray("Q?\n")
                             << QStringLiteral("Line 1: the card \"Q?\" has a front but no back");
    QTest::newRow("unclosed quote")
        << QByteArray("Q?,\"A\n") << QStringLiteral("Line 1: a field starts with a double quote");
}

void FlashcardCommandsTest::importRefusesAMissingOrBrokenFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("cards.txt"));
    if (!bytes.isEmpty())
        writeFile(in, bytes);
    const QString out = dir.filePath(QStringLiteral("guide.md"));
    const Run run = runApp({QStringLiteral("import-flashcards"), in, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was written.")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), bytes.isEmpty() ? 0 : 1);
}

void FlashcardCommandsTest::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{QStringLiteral("--out"), QStringLiteral("g.md")}
                             << QStringLiteral("name the flashcard file");
    QTest::newRow("no out") << QStringList{QStringLiteral("cards.csv")}
                            << QStringLiteral("--out GUIDE.md");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv"),
                                              QStringLiteral("--out"), QStringLiteral("g.md")}
                               << QStringLiteral("unexpected argument 'b.csv'");
}

void FlashcardCommandsTest::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run run =
        runApp(QStringList{QStringLiteral("import-flashcards")} + arguments, dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void FlashcardCommandsTest::ankiDeckComesBackAsAGuide()
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("ML deck.txt"));
    const Run exported =
        runApp({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki-tsv"),
                QStringLiteral("--guide"), QStringLiteral("ml-engineer"), QStringLiteral("--out"),
                deck, QStringLiteral("--data-dir"), m_data.path()});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    const QString guide = dir.filePath(QStringLiteral("back.md"));
    const Run imported =
        runApp({QStringLiteral("import-flashcards"), deck, QStringLiteral("--out"), guide});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    const Run check = runApp({QStringLiteral("check"), QStringLiteral("--json"), guide});
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    for (const char* text :
         {"Design a feature store?", "Scale a <model> server & cache?", "\"System Design\""})
        QVERIFY2(check.out.contains(QString::fromUtf8(text)),
                 qPrintable(QString::fromUtf8(text) + describe(check)));
}

QTEST_GUILESS_MAIN(FlashcardCommandsTest)
#include "tst_flashcard_commands.moc"
