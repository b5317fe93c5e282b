#include "ApplicationTranslation.h"
#include "StudyContext.h"
#include "cli/CommandLine.h"
#include "services/GuideParseWorker.h"
#include "ui/ApplicationIcon.h"
#include "ui/InstanceChannel.h"
#include "ui/MainWindow.h"
#include "util/DataDirectory.h"
// Start-up benchmark probe (bench/start); inert unless IP_BENCH_REPORT_EXPOSED is set.
#include "../bench/start/ExposeReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unistd.h>

// How long a second start tries to hand its request to the running
// instance before it starts its own window (the folder's lock then has the
// last word).
static constexpr int FirstAnswerMs = 500;

// The folder turned out to be held by another instance, which may be a moment
// from listening (it does once its database is open): it is asked a few
// times, and only when it never takes the request is the user told.
static void handOverToRunningInstance(ip::MainWindow& window, const QString& dataDirectory,
                                      const QString& message)
{
    constexpr int Attempts = 20;
    constexpr int IntervalMs = 100;
    window.hide();
    auto* retry = new QTimer(&window);
    retry->setInterval(IntervalMs);
    QObject::connect(
        retry, &QTimer::timeout, &window, [retry, dataDirectory, message, tries = 0]() mutable {
            if (ip::InstanceChannel::askRunningToShow(dataDirectory, FirstAnswerMs)) {
                retry->stop();
                QCoreApplication::exit(0);
            } else if (++tries == Attempts) {
                retry->stop();
                QMessageBox::information(nullptr, QStringLiteral("Interview Prep"), message);
                QCoreApplication::exit(1);
            }
        });
    retry->start();
}

static void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrep"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IP_VERSION));
}

// A command that lays out a PDF runs a GUI application on the offscreen
// platform. Without a session (SSH, CI) there is no XDG_RUNTIME_DIR; Qt then
// uses a private folder in /tmp and warns on stderr, which would garble the
// command's own messages, so that same folder is named up front.
static void prepareOffscreenGui()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
}

int main(int argc, char* argv[])
{
    // The parse worker (GuideParseWorker) starts as fast as it can: nothing
    // but the parser and the catalogue of the language it is started in (the
    // diagnostics' words; English's holds their plural forms, "1 space").
    if (argc >= 2 && std::strcmp(argv[1], ip::GuideParseWorker::SubCommand) == 0) {
        const char* language = std::getenv(ip::GuideParseWorker::LanguageVariable);
        if (!language || !*language)
            return ip::GuideParseWorker::runWorker();
        const QCoreApplication worker(argc, argv);
        const ip::ApplicationTranslation translation{QLocale(QString::fromLatin1(language))};
        return ip::GuideParseWorker::runWorker();
    }

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Sub-commands never need a display, so they work over SSH and in CI.
    if (ip::cli::wantsCommandLine(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (ip::cli::needsFonts(arguments)) {
            prepareOffscreenGui();
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setApplicationIdentity();
        const ip::ApplicationTranslation translation;
        QTextStream out(stdout);
        QTextStream err(stderr);
        ip::cli::CommandIo io{out, err};
        return ip::cli::run(app->arguments(), io);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    // Before the first string, the window's and the command line's alike.
    const ip::ApplicationTranslation translation;
    QApplication::setApplicationDisplayName(QStringLiteral("Interview Prep"));
    QGuiApplication::setDesktopFileName(ip::applicationId());
    QApplication::setWindowIcon(ip::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Study for a job interview from a guide."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption guideOption(
        QStringLiteral("guide"), QCoreApplication::translate("main", "Open this guide file."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database in DIR."),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(guideOption);
    parser.addOption(dataDirOption);
    parser.process(app);

    // --guide wins; otherwise the guide opened last time, if it is still there.
    QString guideFile = parser.value(guideOption);
    if (guideFile.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("guide/last")).toString();
        if (last == ip::StudyContext::AllGuidesPath || (!last.isEmpty() && QFileInfo::exists(last)))
            guideFile = last;
    }
    // A second window on the same data would fight the first over every
    // save: the running one comes to the front instead. Asked before this
    // one shows a window; costs nothing when none runs.
    const QString dataDirectory = ip::resolveDataDirectory(parser.value(dataDirOption));
    if (ip::InstanceChannel::askRunningToShow(dataDirectory, FirstAnswerMs))
        return 0;
    // The window comes up first; the database and the guide are read right
    // after its first paint (MainWindow::studyOpened).
    ip::StudyContext context(dataDirectory, guideFile, ip::StudyContext::Opening::Later);
    ip::MainWindow window(context);
    ip::InstanceChannel channel(context.dataDirectory());
    QObject::connect(&channel, &ip::InstanceChannel::showRequested, &window, [&window] {
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
    });
    // Only the instance holding the folder answers for it, as soon as it does.
    QObject::connect(&window, &ip::MainWindow::storageOpened, &window, [&] {
        if (context.hasStorage() || !context.storageError())
            channel.listen();
    });
    QObject::connect(&window, &ip::MainWindow::anotherInstanceRunning, &window, [&] {
        handOverToRunningInstance(window, context.dataDirectory(), context.storageError()->message);
    });
    // Only for bench/start/start-bench: with IP_BENCH_REPORT_EXPOSED set,
    // prints the time from launch to the first painted window, and to the
    // study painted in it, with the memory then, and quits. Nothing otherwise.
    ip::bench::ExposeReporter* bench = ip::bench::reportWhenExposed(window, true);
    if (bench)
        QObject::connect(&window, &ip::MainWindow::studyOpened, bench,
                         &ip::bench::ExposeReporter::contentShown);
    window.show();
    return app.exec();
}
