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
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
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

// The process the newest parse on the application's thread waits for, and
// whether the user cancelled it; both only touched on that thread.
QPointer<QProcess> s_running;
bool s_cancelled = false;
// Parses under way: a wait's local event loop can start another, and a
// thread of its own may parse too.
std::atomic<int> s_parsing = 0;
std::atomic<int> s_started = 0;

// The worker kept between parses, with what it was started with.
struct ResidentWorker {
    QPointer<QProcess> process;
    QString program;
    QString language;
    GuideParseWorker::Limits limits;
    QPointer<QTimer> idle;
    int answered = 0;    // guides it has read
    bool inUse = false;  // a parse waits for it
    bool atExit = false; // ended before the application's objects go
};
ResidentWorker s_resident;

QProcess* startWorker(const QString& program, const GuideParseWorker::Limits& limits,
                      QObject* parent, QString* error)
{
    auto* process = new QProcess(parent);
    const qint64 addressSpace = limits.addressSpaceBytes;
    process->setChildProcessModifier([addressSpace] {
        // In the child, between fork and exec: only async-signal-safe calls.
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        if (AddressLimitWorks && addressSpace > 0) {
            const rlimit memory{rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &memory);
        }
    });
    process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(GuideParseWorker::LanguageVariable),
                       GuideParseWorker::language());
    process->setProcessEnvironment(environment);
    process->start(program, {QString::fromLatin1(GuideParseWorker::SubCommand)});
    if (!process->waitForStarted(limits.wallTimeMs)) {
        *error = process->errorString();
        delete process;
        return nullptr;
    }
    ++s_started;
    return process;
}

// The kept worker for these limits, started when there is none (or it was
// started for another program or other limits); null when it cannot start.
QProcess* residentWorker(const GuideParseWorker::Limits& limits, QString* error)
{
    const QString program = GuideParseWorker::program();
    const QString language = GuideParseWorker::language();
    if (s_resident.process &&
        (s_resident.program != program || s_resident.language != language ||
         !(s_resident.limits == limits) || s_resident.process->state() != QProcess::Running))
        GuideParseWorker::stopResident();
    if (!s_resident.process) {
        QCoreApplication* app = QCoreApplication::instance();
        s_resident.process = startWorker(program, limits, app, error);
        s_resident.program = program;
        s_resident.language = language;
        s_resident.limits = limits;
        s_resident.answered = 0;
        if (!s_resident.atExit) {
            // Ended at the end of its input before QCoreApplication deletes
            // its children: a process deleted while it runs is killed, with
            // a warning on standard error (which a command's output shows).
            qAddPostRoutine(&GuideParseWorker::stopResident);
            s_resident.atExit = true;
        }
        if (!s_resident.idle) {
            s_resident.idle = new QTimer(app);
            s_resident.idle->setSingleShot(true);
            s_resident.idle->setInterval(GuideParseWorker::ResidentIdleMs);
            QObject::connect(s_resident.idle, &QTimer::timeout, app,
                             [] { GuideParseWorker::stopResident(); });
        }
    }
    return s_resident.process;
}

QByteArray requestFor(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray name = fileName.toUtf8();
    return QByteArray::number(name.size()) + ' ' + QByteArray::number(bytes.size()) + '\n' + name +
           bytes;
}

// The worker's answer as read so far: a line with the JSON's size, then the
// JSON.
struct Reply {
    bool complete = false;
    bool malformed = false;
    QByteArray json;
};

Reply replyIn(const QByteArray& buffer)
{
    Reply reply;
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0) {
        reply.malformed = buffer.size() > 20;
        return reply;
    }
    bool ok = false;
    const qint64 size = buffer.left(newline).toLongLong(&ok);
    if (!ok || size < 0) {
        reply.malformed = true;
        return reply;
    }
    if (buffer.size() - newline - 1 >= size) {
        reply.complete = true;
        reply.json = buffer.mid(newline + 1, size);
    }
    return reply;
}

} // namespace

QString GuideParseWorker::program()
{
    const QString configured = qEnvironmentVariable("IP_PARSE_WORKER");
    if (!configured.isEmpty())
        return configured;
    return QCoreApplication::applicationFilePath();
}

QString GuideParseWorker::language()
{
    // Asked of the catalogue itself, as Qt asks for QT_LAYOUT_DIRECTION: the
    // language that is loaded, whatever chose it.
    return tr("en", "The code of this catalogue's language (de, fr, ...). Guides are read in it.");
}

void GuideParseWorker::prepare()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread() || s_parsing > 0)
        return;
    QString error;
    if (residentWorker(Limits{}, &error))
        s_resident.idle->start();
}

void GuideParseWorker::stopResident()
{
    if (s_resident.idle)
        s_resident.idle->stop();
    QProcess* process = s_resident.process;
    if (!process)
        return;
    if (s_resident.inUse) {
        // A parse waits for it: it ends with an error, and ends the worker.
        process->kill();
        return;
    }
    s_resident.process = nullptr;
    // The worker ends at the end of its input.
    process->closeWriteChannel();
    if (!process->waitForFinished(1000)) {
        process->kill();
        process->waitForFinished(1000);
    }
    delete process;
}

int GuideParseWorker::workersStarted()
{
    return s_started;
}

void GuideParseWorker::cancel()
{
    // Called on the application's thread, for its parse.
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

namespace {

// How a worker answered one request.
struct Outcome {
    Reply reply;
    bool timedOut = false;
    // The wait ended with neither an answer nor the worker's end: the
    // application is quitting, which ends every local event loop.
    bool interrupted = false;
    bool crashed = false;
    int exitCode = 0;
    QString errorText;
};

// Sends the guide and waits for the answer, the worker's end or the limit.
// With this thread's event loop running the wait spins a local loop.
Outcome exchange(QProcess* process, const QByteArray& request,
                 const GuideParseWorker::Limits& limits, bool closeInput, bool spinEvents)
{
    process->write(request);
    if (closeInput)
        process->closeWriteChannel();
    Outcome outcome;
    QByteArray received;
    const auto readReply = [&] {
        received += process->readAllStandardOutput();
        outcome.reply = replyIn(received);
        return outcome.reply.complete || outcome.reply.malformed;
    };
    if (spinEvents) {
        // Keeps the window painting and a progress dialog's Cancel working.
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            outcome.timedOut = true;
            loop.quit();
        });
        QObject::connect(process, &QProcess::readyReadStandardOutput, &loop, [&] {
            if (readReply())
                loop.quit();
        });
        QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::Crashed || e == QProcess::FailedToStart)
                loop.quit();
        });
        deadline.start(limits.wallTimeMs);
        if (!readReply() && process->state() != QProcess::NotRunning)
            loop.exec();
        readReply();
        outcome.interrupted = !outcome.timedOut && !outcome.reply.complete &&
                              !outcome.reply.malformed && process->state() == QProcess::Running;
    } else {
        QElapsedTimer clock;
        clock.start();
        while (!readReply() && process->state() != QProcess::NotRunning) {
            const qint64 left = limits.wallTimeMs - clock.elapsed();
            if (left <= 0) {
                outcome.timedOut = true;
                break;
            }
            process->waitForReadyRead(int(left));
        }
    }
    if (process->state() == QProcess::NotRunning)
        readReply(); // what came with the worker's end
    return outcome;
}

// The worker's end, read once it is over (killed first when it is not).
void finish(QProcess* process, Outcome& outcome)
{
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    outcome.crashed = process->exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process->exitCode();
}

Guide guideFrom(const Outcome& outcome, const QString& fileName,
                const GuideParseWorker::Limits& limits, bool cancelled)
{
    if (cancelled || outcome.interrupted)
        return GuideParseWorker::tooComplex(
            fileName, GuideParseWorker::tr("Reading the guide was cancelled."));
    if (outcome.timedOut && !outcome.reply.complete)
        return GuideParseWorker::tooComplex(
            fileName, GuideParseWorker::tr("The guide is too complex to display: reading it took "
                                           "longer than %1 seconds. Simplify its Markdown (very "
                                           "long runs of brackets, emphasis marks or HTML-like "
                                           "text are the usual cause) and open it again.")
                          .arg(limits.wallTimeMs / 1000.0, 0, 'g', 3));
    if (!outcome.reply.complete && (outcome.crashed || outcome.exitCode != 0)) {
        const QString why =
            outcome.crashed ? GuideParseWorker::tr(
                                  "The guide is too complex to display: reading it stopped the "
                                  "reader (it needed more than %1 MB of memory, or met a bug in "
                                  "the Markdown library). Simplify the file and open it again.")
                                  .arg(limits.addressSpaceBytes >> 20)
                            : GuideParseWorker::tr(
                                  "The guide is too complex to display: the reader gave up (%1).")
                                  .arg(outcome.errorText);
        return GuideParseWorker::tooComplex(fileName, why);
    }
    QJsonParseError error{};
    const QJsonDocument document = outcome.reply.complete
                                       ? QJsonDocument::fromJson(outcome.reply.json, &error)
                                       : QJsonDocument();
    if (!document.isObject())
        return GuideParseWorker::tooComplex(
            fileName,
            GuideParseWorker::tr("The guide could not be read: the reader's answer was not "
                                 "understood (%1).")
                .arg(outcome.reply.complete ? error.errorString()
                                            : GuideParseWorker::tr("no whole answer")));
    Guide guide = GuideJson::fromJson(document.object());
    guide.fileName = fileName;
    return guide;
}

Guide notStarted(const QString& fileName, const QString& why)
{
    return GuideParseWorker::tooComplex(
        fileName,
        GuideParseWorker::tr("The guide could not be read: the reader process did not start (%1).")
            .arg(why));
}

// A parse in a process of its own, which ends with it.
Guide parseOnce(const QByteArray& bytes, const QString& fileName,
                const GuideParseWorker::Limits& limits, bool onAppThread)
{
    QString startError;
    const std::unique_ptr<QProcess> process(
        startWorker(GuideParseWorker::program(), limits, nullptr, &startError));
    if (!process)
        return notStarted(fileName, startError);
    if (onAppThread)
        s_running = process.get();
    Outcome outcome = exchange(process.get(), requestFor(bytes, fileName), limits, true,
                               onAppThread && QAbstractEventDispatcher::instance());
    finish(process.get(), outcome);
    outcome.errorText = QString::fromUtf8(process->readAllStandardError()).trimmed();
    return guideFrom(outcome, fileName, limits, onAppThread && s_cancelled);
}

// A parse by the kept worker (started when there is none). True when the
// result is the guide's own: read, cut off at the limit or cancelled; false
// when the worker failed without an answer.
bool parseResident(const QByteArray& bytes, const QString& fileName,
                   const GuideParseWorker::Limits& limits, Guide* guide)
{
    QString startError;
    QProcess* process = residentWorker(limits, &startError);
    if (!process) {
        *guide = notStarted(fileName, startError);
        return true;
    }
    s_resident.idle->stop();
    s_resident.inUse = true;
    s_running = process;
    Outcome outcome = exchange(process, requestFor(bytes, fileName), limits, false,
                               QAbstractEventDispatcher::instance() != nullptr);
    s_resident.inUse = false;
    s_running = nullptr;
    const bool keep =
        outcome.reply.complete && !s_cancelled && process->state() == QProcess::Running;
    if (!keep)
        finish(process, outcome);
    // Read on every parse: warnings the worker prints must not fill the pipe.
    outcome.errorText = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (keep) {
        ++s_resident.answered;
        s_resident.idle->start();
    } else {
        GuideParseWorker::stopResident();
    }
    *guide = guideFrom(outcome, fileName, limits, s_cancelled);
    return outcome.reply.complete || outcome.timedOut || outcome.interrupted || s_cancelled;
}

} // namespace

Guide GuideParseWorker::parse(const QByteArray& bytes, const QString& fileName,
                              const Limits& limits)
{
    ++s_parsing;
    const auto done = qScopeGuard([] { --s_parsing; });
    QCoreApplication* app = QCoreApplication::instance();
    const bool onAppThread = app && QThread::currentThread() == app->thread();
    if (!onAppThread)
        return parseOnce(bytes, fileName, limits, false);
    // A parse started inside another's wait leaves that one's process to it
    // when it ends, for Cancel.
    const QPointer<QProcess> outer = s_running;
    const auto restore = qScopeGuard([outer] { s_running = outer; });
    s_cancelled = false;
    // The kept worker serves one parse at a time; a parse started inside
    // another's wait has a process of its own.
    if (s_resident.inUse)
        return parseOnce(bytes, fileName, limits, true);
    Guide guide;
    const bool reused = s_resident.process && s_resident.answered > 0 &&
                        s_resident.program == program() && s_resident.limits == limits;
    if (parseResident(bytes, fileName, limits, &guide) || !reused || s_cancelled)
        return guide;
    // A worker that read guides before and then failed without an answer (its
    // memory grown by them, or ended while it waited) fails the guide only if
    // a new one fails too.
    parseResident(bytes, fileName, limits, &guide);
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

int GuideParseWorker::runWorker()
{
    // Nothing is cleaned up on the way out: the system reclaims it all, and
    // skipping the exit handlers keeps a leak checker in test builds from
    // turning good answers into a failure.
    for (;;) {
        std::string header;
        int c = 0;
        while ((c = std::getchar()) != EOF && c != '\n') {
            header += char(c);
            if (header.size() > 40)
                _exit(2);
        }
        if (c == EOF)
            _exit(header.empty() ? 0 : 2);
        long long nameSize = -1;
        long long size = -1;
        if (std::sscanf(header.c_str(), "%lld %lld", &nameSize, &size) != 2 || nameSize < 0 ||
            nameSize > 65536 || size < 0 || size > (1LL << 30))
            _exit(2);
        QByteArray name(qsizetype(nameSize), Qt::Uninitialized);
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        if (std::fread(name.data(), 1, size_t(nameSize), stdin) != size_t(nameSize) ||
            std::fread(bytes.data(), 1, size_t(size), stdin) != size_t(size))
            _exit(2);
        const Guide guide = GuideParser::parse(bytes, QString::fromUtf8(name));
        const QByteArray json =
            QJsonDocument(GuideJson::toJson(guide)).toJson(QJsonDocument::Compact);
        if (std::printf("%lld\n", static_cast<long long>(json.size())) < 0 ||
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) ||
            std::fflush(stdout) != 0)
            _exit(1);
    }
}

} // namespace ip
