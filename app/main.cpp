#include "StudyContext.h"
#include "cli/CommandLine.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>

static void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrep"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IP_VERSION));
}

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Sub-commands never need a display: they run on a core application so
    // they work over SSH and in CI.
    if (ip::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        ip::cli::CommandIo io{out, err};
        return ip::cli::run(app.arguments(), io);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Interview Prep"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Study for a job interview from a guide."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption guideOption(
        QStringLiteral("guide"), QStringLiteral("Open this guide file."), QStringLiteral("FILE"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep the database in DIR."),
                                           QStringLiteral("DIR"));
    parser.addOption(guideOption);
    parser.addOption(dataDirOption);
    parser.process(app);

    // --guide wins; otherwise the guide opened last time, if it is still there.
    QString guideFile = parser.value(guideOption);
    if (guideFile.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("guide/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            guideFile = last;
    }
    ip::StudyContext context(parser.value(dataDirOption), guideFile);
    // A second window on the same data would fight the first over every
    // save; say so and leave the running one alone.
    if (context.storageError() && context.storageError()->kind == ip::ErrorKind::AlreadyRunning) {
        QMessageBox::information(nullptr, QStringLiteral("Interview Prep"),
                                 context.storageError()->message);
        return 1;
    }
    ip::MainWindow window(context);
    window.show();
    return app.exec();
}
