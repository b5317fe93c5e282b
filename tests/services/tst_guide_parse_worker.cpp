// Guides are parsed in a worker process under a time and a memory limit: the
// result is the same as parsing in process, and a worker that hangs, crashes,
// runs out of memory or answers nonsense becomes an error diagnostic that
// says the file is too complex to display, within the limit.
#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "services/GuideParseWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <csignal>
#include <thread>
#include <unistd.h>

using namespace ip;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray jsonOf(const Guide& guide)
{
    return QJsonDocument(GuideJson::toJson(guide)).toJson();
}

QString onlyError(const Guide& guide)
{
    if (guide.diagnostics.size() != 1 || !guide.diagnostics.first().isError())
        return QStringLiteral("<not exactly one error>");
    return guide.diagnostics.first().message;
}

// Runs the worker program given, restoring the real one afterwards.
class WorkerProgram {
public:
    WorkerProgram(const QByteArray& program, const QByteArray& mode)
        : m_saved(qgetenv("IP_PARSE_WORKER"))
    {
        qputenv("IP_PARSE_WORKER", program);
        qputenv("IP_STUB_MODE", mode);
    }
    ~WorkerProgram()
    {
        qputenv("IP_PARSE_WORKER", m_saved);
        qunsetenv("IP_STUB_MODE");
    }

private:
    QByteArray m_saved;
};

} // namespace

class GuideParseWorkerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameGuideAsParsingInProcess_data();
    void sameGuideAsParsingInProcess();
    void misbehavingWorkerBecomesAnError_data();
    void misbehavingWorkerBecomesAnError();
    void hostileMarkdownIsCutOffAtTheLimit();
    void unreadableFileSaysWhy();
    void oneWorkerReadsGuideAfterGuide();
    void aWorkerThatFailedIsReplaced();
    void anotherThreadHasAWorkerOfItsOwn();
    void aKeptWorkerThatDiedIsReplacedUnseen();
    void aCommandLeavesNoWorkerBehind();
};

void GuideParseWorkerTest::sameGuideAsParsingInProcess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("typical") << fixture("typical.md");
    QTest::newRow("quirks, with warnings") << fixture("quirks.md");
    QTest::newRow("bad YAML, with an error") << fixture("bad-yaml.md");
    QTest::newRow("empty") << QByteArray();
}

void GuideParseWorkerTest::sameGuideAsParsingInProcess()
{
    QFETCH(QByteArray, bytes);
    const QString name = QStringLiteral("/guides/some guide.md");
    const Guide viaWorker = GuideParseWorker::parse(bytes, name);
    const Guide inProcess = GuideParser::parse(bytes, name);
    QCOMPARE(QJsonDocument(GuideJson::toJson(viaWorker)).toJson(),
             QJsonDocument(GuideJson::toJson(inProcess)).toJson());
}

void GuideParseWorkerTest::misbehavingWorkerBecomesAnError_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hangs") << QByteArray("hang") << QStringLiteral("took longer than 1.5 seconds");
    QTest::newRow("crashes") << QByteArray("crash") << QStringLiteral("stopped the reader");
    QTest::newRow("runs out of memory")
        << QByteArray("memory") << QStringLiteral("more than 256 MB");
    QTest::newRow("is given the limit")
        << QByteArray("limits") << QStringLiteral("address space limit 268435456");
    QTest::newRow("answers nonsense") << QByteArray("garbage") << QStringLiteral("not understood");
    QTest::newRow("gives up") << QByteArray("refuse") << QStringLiteral("the reader refused");
}

void GuideParseWorkerTest::misbehavingWorkerBecomesAnError()
{
    QFETCH(QByteArray, mode);
    QFETCH(QString, expected);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes up front, so the worker runs
    // without an address-space limit in sanitizer builds.
    if (mode == "limits" || mode == "memory")
        QSKIP("no address-space limit under AddressSanitizer");
#endif
    const WorkerProgram stub(PARSE_WORKER_STUB, mode);
    GuideParseWorker::Limits limits;
    limits.wallTimeMs = 1500;
    limits.addressSpaceBytes = qint64(256) << 20;
    QElapsedTimer clock;
    clock.start();
    const Guide guide =
        GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("x/hard.md"), limits);
    // Bounded by the limit (plus the time to start and stop a process).
    QVERIFY2(clock.elapsed() < limits.wallTimeMs + 5000,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(onlyError(guide).contains(expected), qPrintable(onlyError(guide)));
    // The guide is named after its file, so the window can say which one.
    QCOMPARE(guide.title, QStringLiteral("hard"));
    QCOMPARE(guide.fileName, QStringLiteral("x/hard.md"));
}

void GuideParseWorkerTest::hostileMarkdownIsCutOffAtTheLimit()
{
    // Debian's cmark-gfm takes minutes on runs of empty image links.
    QByteArray bytes = "---\ntitle: Hostile\n---\n\n## Interview Questions\n\n### Technical\n\n"
                       "#### Question 1: What?\n\n**Answer:**\n\n";
    bytes += QByteArray("![[]()").repeated(256 * 1024 / 6);
    GuideParseWorker::Limits limits;
    limits.wallTimeMs = 1000;
    QElapsedTimer clock;
    clock.start();
    const Guide guide = GuideParseWorker::parse(bytes, QStringLiteral("hostile.md"), limits);
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY2(onlyError(guide).contains(QStringLiteral("too complex to display")),
             qPrintable(onlyError(guide)));
}

void GuideParseWorkerTest::unreadableFileSaysWhy()
{
    const Guide guide = GuideParseWorker::parseFile(QStringLiteral("/nonexistent/guide.md"));
    QVERIFY2(onlyError(guide).contains(QStringLiteral("does not exist")),
             qPrintable(onlyError(guide)));
}

// The worker that answered is kept: the guides that follow are read by it,
// each as the parser reads it, the name each was given included.
void GuideParseWorkerTest::oneWorkerReadsGuideAfterGuide()
{
    GuideParseWorker::stopResident();
    const int before = GuideParseWorker::workersStarted();
    for (const char* name : {"typical.md", "quirks.md", "bad-yaml.md", "typical.md"}) {
        const QString path = QStringLiteral("/guides/") + QLatin1String(name);
        QCOMPARE(jsonOf(GuideParseWorker::parse(fixture(name), path)),
                 jsonOf(GuideParser::parse(fixture(name), path)));
    }
    QCOMPARE(GuideParseWorker::workersStarted(), before + 1);

    // Ended, it is started again when a guide comes.
    GuideParseWorker::stopResident();
    QVERIFY(!GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md")).hasErrors());
    QCOMPARE(GuideParseWorker::workersStarted(), before + 2);
}

// A worker cut off at the time limit is not asked again: the next guide is
// read by a new one.
void GuideParseWorkerTest::aWorkerThatFailedIsReplaced()
{
    GuideParseWorker::Limits limits;
    limits.wallTimeMs = 1000;
    QByteArray hostile = "## Interview Questions\n\n### Technical\n\n#### Question 1: What?\n\n"
                         "**Answer:**\n\n";
    hostile += QByteArray("![[]()").repeated(256 * 1024 / 6);
    QVERIFY(!GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md"), limits)
                 .hasErrors());
    const int before = GuideParseWorker::workersStarted();
    QVERIFY(onlyError(GuideParseWorker::parse(hostile, QStringLiteral("h.md"), limits))
                .contains(QStringLiteral("too complex to display")));
    const Guide next =
        GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md"), limits);
    QCOMPARE(jsonOf(next),
             jsonOf(GuideParser::parse(fixture("typical.md"), QStringLiteral("t.md"))));
    QCOMPARE(GuideParseWorker::workersStarted(), before + 1);
}

// The kept worker belongs to the application's thread; a parse on another
// thread starts one of its own and leaves the kept one alone.
void GuideParseWorkerTest::anotherThreadHasAWorkerOfItsOwn()
{
    QVERIFY(!GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md")).hasErrors());
    const int before = GuideParseWorker::workersStarted();
    Guide onThread;
    std::thread thread(
        [&] { onThread = GuideParseWorker::parse(fixture("quirks.md"), QStringLiteral("q.md")); });
    thread.join();
    QCOMPARE(jsonOf(onThread),
             jsonOf(GuideParser::parse(fixture("quirks.md"), QStringLiteral("q.md"))));
    QVERIFY(!GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md")).hasErrors());
    QCOMPARE(GuideParseWorker::workersStarted(), before + 1);
}

// The processes this test started and that still run.
QList<pid_t> childProcesses()
{
    QFile children(QStringLiteral("/proc/self/task/%1/children").arg(::getpid()));
    if (!children.open(QIODevice::ReadOnly))
        return {};
    QList<pid_t> pids;
    for (const QByteArray& pid : children.readAll().split(' ')) {
        if (!pid.trimmed().isEmpty())
            pids << pid.trimmed().toInt();
    }
    return pids;
}

// Gone, or a zombie not reaped yet.
bool hasEnded(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && line.mid(afterName + 2, 1) == "Z";
}

// A kept worker ended while it waited (the kernel's out-of-memory killer, a
// user's kill): the next guide is read by a new one, with no error.
void GuideParseWorkerTest::aKeptWorkerThatDiedIsReplacedUnseen()
{
    GuideParseWorker::stopResident();
    QVERIFY(!GuideParseWorker::parse(fixture("typical.md"), QStringLiteral("t.md")).hasErrors());
    const QList<pid_t> workers = childProcesses();
    if (workers.size() != 1)
        QSKIP("this system does not list a process's children");
    const int before = GuideParseWorker::workersStarted();
    QCOMPARE(::kill(workers.first(), SIGKILL), 0);
    QTRY_VERIFY(hasEnded(workers.first()));
    const Guide guide = GuideParseWorker::parse(fixture("quirks.md"), QStringLiteral("q.md"));
    QCOMPARE(jsonOf(guide),
             jsonOf(GuideParser::parse(fixture("quirks.md"), QStringLiteral("q.md"))));
    QCOMPARE(GuideParseWorker::workersStarted(), before + 1);
}

// A command that reads a guide ends with nothing on standard error: the
// kept worker is ended before the application's objects go.
void GuideParseWorkerTest::aCommandLeavesNoWorkerBehind()
{
    QProcess check;
    check.start(QStringLiteral(IP_APP_EXECUTABLE),
                {QStringLiteral("check"), QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md")});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(check.readAllStandardError()), QString());
}

QTEST_GUILESS_MAIN(GuideParseWorkerTest)
#include "tst_guide_parse_worker.moc"
