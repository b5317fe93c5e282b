#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ip::test {

// One run of the real interview-prep executable, as a user or a script
// would run it.
struct AppRun {
    int exitCode = -1; // -1 when it crashed
    QString out;
    QString err;
};

inline AppRun runApp(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(IP_APP_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        qFatal("interview-prep did not finish");
    return AppRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

// For failure messages: everything the run printed.
inline QString describe(const AppRun& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

} // namespace ip::test
