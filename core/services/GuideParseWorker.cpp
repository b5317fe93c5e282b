#include "services/GuideParseWorker.h"

#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "content/GuideSource.h"
#include "content/Slug.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace ip {

namespace {

// Address sanitizer reserves terabytes of address space up front; a limit
// on it would stop the worker before it starts. Sanitizer builds (tests
// only) rely on the wall-time limit.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool AddressLimitWorks = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool AddressLimitWorks = false;
#else
constexpr bool AddressLimitWorks = true;
#endif
#else
constexpr bool AddressLimitWorks = true;
#endif

QPointer<QProcess> s_running;
bool s_cancelled = false;
// Parses under way (the app parses on its GUI thread only): a wait's local
// event loop can start another.
int s_parsing = 0;

} // namespace

QString GuideParseWorker::program()
{
    const QString configured = qEnvironmentVariable("IP_PARSE_WORKER");
    if (!configured.isEmpty())
        return configured;
    return QCoreApplication::applicationFilePath();
}

void GuideParseWorker::cancel()
{
    s_cancelled = true;
    if (s_running)
        s_running->kill();
}

bool GuideParseWorker::isBusy()
{
    return s_parsing > 0;
}

bool GuideParseWorker::wasCancelled()
{
    return s_cancelled;
}

void GuideParseWorker::resetCancelled()
{
    s_cancelled = false;
}

Guide GuideParseWorker::tooComplex(const QString& fileName, const QString& why)
{
    Guide guide;
    guide.fileName = fileName;
    guide.title = QFileInfo(fileName).completeBaseName();
    guide.key = slugify(guide.title);
    Diagnostic diagnostic;
    diagnostic.severity = Diagnostic::Severity::Error;
    diagnostic.message = why;
    guide.diagnostics << diagnostic;
    return guide;
}

Guide GuideParseWorker::parse(const QByteArray& bytes, const QString& fileName,
                              const Limits& limits)
{
    s_cancelled = false;
    ++s_parsing;
    const auto done = qScopeGuard([] { --s_parsing; });
    QProcess process;
    const qint64 addressSpace = limits.addressSpaceBytes;
    process.setChildProcessModifier([addressSpace] {
        // In the child, between fork and exec: only async-signal-safe calls.
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        if (AddressLimitWorks && addressSpace > 0) {
            const rlimit memory{rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &memory);
        }
    });
    process.setProcessChannelMode(QProcess::SeparateChannels);
    s_running = &process;
    process.start(program(), {QString::fromLatin1(SubCommand), fileName});
    if (!process.waitForStarted(limits.wallTimeMs)) {
        s_running = nullptr;
        return tooComplex(fileName, QStringLiteral("The guide could not be read: the reader "
                                                   "process did not start (%1).")
                                        .arg(process.errorString()));
    }
    process.write(bytes);
    process.closeWriteChannel();

    QElapsedTimer clock;
    clock.start();
    bool timedOut = false;
    const bool spinEvents = QCoreApplication::instance() &&
                            QThread::currentThread() == QCoreApplication::instance()->thread() &&
                            QAbstractEventDispatcher::instance();
    if (spinEvents) {
        // Keeps the window painting and a progress dialog's Cancel working.
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::Crashed || e == QProcess::FailedToStart)
                loop.quit();
        });
        deadline.start(limits.wallTimeMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    } else {
        timedOut = !process.waitForFinished(limits.wallTimeMs);
    }
    if (process.state() != QProcess::NotRunning) {
        timedOut = !s_cancelled;
        process.kill();
        process.waitForFinished(2000);
    }
    s_running = nullptr;
    const QByteArray output = process.readAllStandardOutput();

    if (s_cancelled)
        return tooComplex(fileName, QStringLiteral("Reading the guide was cancelled."));
    if (timedOut)
        return tooComplex(fileName,
                          QStringLiteral("The guide is too complex to display: reading it took "
                                         "longer than %1 seconds. Simplify its Markdown (very "
                                         "long runs of brackets, emphasis marks or HTML-like "
                                         "text are the usual cause) and open it again.")
                              .arg(limits.wallTimeMs / 1000.0, 0, 'g', 3));
    if (process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0) {
        const QString why =
            process.exitStatus() == QProcess::CrashExit
                ? QStringLiteral("The guide is too complex to display: reading it stopped the "
                                 "reader (it needed more than %1 MB of memory, or met a bug in "
                                 "the Markdown library). Simplify the file and open it again.")
                      .arg(limits.addressSpaceBytes >> 20)
                : QStringLiteral("The guide is too complex to display: the reader gave up (%1).")
                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return tooComplex(fileName, why);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (!document.isObject())
        return tooComplex(fileName, QStringLiteral("The guide could not be read: the reader's "
                                                   "answer was not understood (%1).")
                                        .arg(error.errorString()));
    Guide guide = GuideJson::fromJson(document.object());
    guide.fileName = fileName;
    return guide;
}

Guide GuideParseWorker::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return GuideParser::parseFile(path); // only reports why it cannot be read
    // One byte past the limit, so an oversized file is refused unread.
    return parse(file.read(GuideSource::MaxBytes + 1), path);
}

int GuideParseWorker::runWorker(const QString& fileName)
{
    QByteArray bytes;
    char buffer[65536];
    size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        bytes.append(buffer, qsizetype(read));
    const Guide guide = GuideParser::parse(bytes, fileName);
    const QByteArray json = QJsonDocument(GuideJson::toJson(guide)).toJson(QJsonDocument::Compact);
    if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) ||
        std::fflush(stdout) != 0)
        _exit(1);
    // The answer is out; nothing is left to clean up that the system does not
    // reclaim, and skipping the exit handlers keeps a leak checker in test
    // builds from turning a good answer into a failure.
    _exit(0);
}

} // namespace ip
