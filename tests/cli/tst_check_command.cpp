// `interview-prep check` as guide authors and scripts use it: the real
// executable, its exit status, its text and its JSON.
#include "AppProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = ip::test::AppRun;

// Guide authors run check beside their files: fixtures are named relatively.
Run runApp(const QStringList& arguments)
{
    return ip::test::runApp(arguments, QStringLiteral(IP_TEST_DATA_DIR "/guides"));
}

} // namespace

class CheckCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exitStatusAndText_data();
    void exitStatusAndText();
    void jsonHasTheDocumentedShape();
    void jsonReportsBrokenGuides();
    void controlCharactersAreShownNotSent();
};

void CheckCommandTest::exitStatusAndText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutHas");
    QTest::addColumn<QStringList>("stderrHas");

    QTest::newRow("valid guide") << QStringList{u"check"_s, u"typical.md"_s} << 0
                                 << QStringList{u"typical.md: Data Engineer"_s,
                                                u"questions: 5 in 4 categories"_s,
                                                u"Certifications: 3 (required 2, recommended 1)"_s,
                                                u"Problem-Solving: 1"_s,
                                                u"ok: 0 errors, 0 warnings"_s}
                                 << QStringList{};
    QTest::newRow("warnings do not fail")
        << QStringList{u"check"_s, u"quirks.md"_s} << 0
        << QStringList{u"quirks.md:76:1: warning: question 9"_s, u"ok: 0 errors, 4 warnings"_s}
        << QStringList{};
    QTest::newRow("broken front matter")
        << QStringList{u"check"_s, u"bad-yaml.md"_s} << 1
        << QStringList{u"bad-yaml.md:2:7: error: the quotation mark opened on line 2"_s,
                       u"FAILED: 1 error"_s}
        << QStringList{};
    QTest::newRow("one bad file among good ones")
        << QStringList{u"check"_s, u"typical.md"_s, u"no-structure.md"_s} << 1
        << QStringList{u"typical.md: Data Engineer"_s, u"no-structure.md: error: no requirements"_s}
        << QStringList{};
    QTest::newRow("missing file") << QStringList{u"check"_s, u"missing.md"_s} << 1
                                  << QStringList{u"missing.md: error: the file does not exist"_s}
                                  << QStringList{};
    QTest::newRow("no file named") << QStringList{u"check"_s} << 2 << QStringList{}
                                   << QStringList{u"name at least one guide file"_s, u"Usage:"_s};
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frobnicate"_s, u"typical.md"_s}
                                    << 2 << QStringList{} << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QStringList{}
                                     << QStringList{u"unknown command 'frobnicate'"_s};
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QStringList{u"check"_s, u"Usage:"_s}
                          << QStringList{};
    QTest::newRow("check help") << QStringList{u"check"_s, u"--help"_s} << 0
                                << QStringList{u"--json"_s, u"Exit status"_s} << QStringList{};
    QTest::newRow("version") << QStringList{u"--version"_s} << 0
                             << QStringList{u"interview-prep "_s IP_VERSION} << QStringList{};
}

void CheckCommandTest::exitStatusAndText()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutHas);
    QFETCH(QStringList, stderrHas);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, exitCode);
    for (const QString& text : stdoutHas)
        QVERIFY2(run.out.contains(text), qPrintable(run.out));
    for (const QString& text : stderrHas)
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
}

void CheckCommandTest::jsonHasTheDocumentedShape()
{
    const Run run =
        runApp({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("typical.md")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray guides = document.object().value(QStringLiteral("guides")).toArray();
    QCOMPARE(guides.size(), 1);
    const QJsonObject guide = guides.at(0).toObject();
    for (const char* key : {"file", "ok", "key", "title", "metadata", "requirementGroups",
                            "categories", "questions", "diagnostics"})
        QVERIFY2(guide.contains(QLatin1String(key)), key);
    QCOMPARE(guide.value(QStringLiteral("file")).toString(), QStringLiteral("typical.md"));
    QCOMPARE(guide.value(QStringLiteral("ok")).toBool(), true);

    const QJsonObject item = guide.value(QStringLiteral("requirementGroups"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(1)
                                 .toObject();
    QCOMPARE(item.value(QStringLiteral("title")).toString(),
             QStringLiteral("Microsoft Certified: Azure Data Engineer Associate"));
    QCOMPARE(item.value(QStringLiteral("level")).toString(), QStringLiteral("required"));
    QVERIFY(
        item.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("data-engineer/")));
    const QJsonObject noLevel = guide.value(QStringLiteral("requirementGroups"))
                                    .toArray()
                                    .at(2)
                                    .toObject()
                                    .value(QStringLiteral("items"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QVERIFY(noLevel.value(QStringLiteral("level")).isNull());

    const QJsonObject question =
        guide.value(QStringLiteral("questions")).toArray().at(2).toObject();
    QCOMPARE(question.value(QStringLiteral("number")).toInt(), 3);
    QCOMPARE(question.value(QStringLiteral("category")).toString(), QStringLiteral("Behavioral"));
    const QJsonArray parts = question.value(QStringLiteral("parts")).toArray();
    QStringList names;
    for (const QJsonValue& part : parts) {
        names << part.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(part.toObject().value(QStringLiteral("markdown")).isString());
    }
    QCOMPARE(names, (QStringList{u"Answer"_s, u"Example Scenario"_s, u"Common Pitfalls"_s,
                                 u"Follow-up Points"_s}));
}

void CheckCommandTest::jsonReportsBrokenGuides()
{
    const Run run =
        runApp({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("typical.md"),
                QStringLiteral("bad-yaml.md"), QStringLiteral("missing.md")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray guides = QJsonDocument::fromJson(run.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("guides"))
                                  .toArray();
    QCOMPARE(guides.size(), 3);
    QCOMPARE(guides.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject broken = guides.at(1).toObject();
    QCOMPARE(broken.value(QStringLiteral("ok")).toBool(), false);
    const QJsonObject diagnostic =
        broken.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
    QCOMPARE(diagnostic.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(diagnostic.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(diagnostic.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("never closed")));
    QCOMPARE(guides.at(2).toObject().value(QStringLiteral("ok")).toBool(), false);
}

void CheckCommandTest::controlCharactersAreShownNotSent()
{
    // A guide whose title, categories and prompt carry terminal commands: ESC
    // sequences (red text, clear screen, set the window title, hide text), a
    // BEL, a CR that would overwrite the line, DEL and the one-byte CSI
    // U+009B. The prompt and the empty category reach the output through
    // warnings.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("escapes.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\n"
               "term: \"Evil \\e[31mred\\e[0m\\rtitle\"\n"
               "---\n"
               "\n"
               "## Interview Questions and Answers\n"
               "\n"
               "### Sneaky\x1b[2J Questions\n"
               "\n"
               "#### Question 1: Why\x1b]0;pwned\x07 here\x7f \xc2\x9b"
               "2J?\n"
               "\n"
               "### Empty\x1b[8m Questions\n");
    file.close();

    const Run run = runApp({QStringLiteral("check"), path});
    for (const char16_t control : {u'\x1b', u'\x07', u'\r', u'\x7f', u'\x9b'})
        QVERIFY2(!run.out.contains(QChar(control)), qPrintable(ip::test::describe(run)));
    for (const char* shown : {"Evil \\x1b[31mred\\x1b[0m\\x0dtitle", "Sneaky\\x1b[2J: 1",
                              "Why\\x1b]0;pwned\\x07 here\\x7f \\x9b"
                              "2J?",
                              "Empty\\x1b[8m"})
        QVERIFY2(run.out.contains(QLatin1String(shown)), qPrintable(run.out));

    // JSON escapes every control character by itself; it carries the text
    // exactly as the file has it.
    const Run json = runApp({QStringLiteral("check"), QStringLiteral("--json"), path});
    QVERIFY(!json.out.contains(QChar(u'\x1b')));
    const QJsonObject guide = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("guides"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(guide.value(QStringLiteral("title")).toString(),
             QStringLiteral("Evil \x1b[31mred\x1b[0m\rtitle"));
}

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_check_command.moc"
