#pragma once

// Shared by the storage tests and their child process: opening databases in
// temporary folders, looking at files from outside, running the child.

#include "VerifyOk.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <atomic>

// Fails the test with the error's own message when a Result is not ok.
namespace storagetest {

inline const QString KillTestGuide = QStringLiteral("kill-test-guide");
inline const QStringList KillTestStoryTags = {QStringLiteral("alpha"), QStringLiteral("beta"),
                                              QStringLiteral("gamma")};

inline QString killTestNoteKey(const QString& run, int index)
{
    return QStringLiteral("run%1-note%2").arg(run).arg(index);
}

// Notes of varied length, some spanning several pages, so kills land in the
// middle of multi-page writes and WAL checkpoints too.
inline QString killTestNoteText(const QString& key)
{
    // A hash of our own: the child and the test must agree across processes.
    unsigned hash = 0;
    for (const QChar c : key)
        hash = hash * 31 + c.unicode();
    const int length = 200 + int(hash % 7) * 1500;
    QString text = QStringLiteral("Note %1: ").arg(key);
    while (text.size() < length)
        text += QStringLiteral("the candidate's words must survive (") + key + QStringLiteral(") ");
    return text;
}

inline QString childExecutable()
{
    return QStringLiteral(IP_STORAGE_TEST_CHILD);
}

inline QString databasePath(const QString& directory)
{
    return QDir(directory).filePath(QString::fromLatin1(ip::Database::FileName));
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline ip::Result<std::unique_ptr<ip::Database>> openDatabase(const QString& directory,
                                                              ip::DatabaseOptions options = {})
{
    return ip::Database::open(directory, options);
}

// Rows of a query run on a separate read-only connection, as another program
// would see the file. Each row's columns are joined by '|'.
inline QStringList rawRows(const QString& file, const QString& sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("raw-%1").arg(counter.fetch_add(1));
    QStringList rows;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(file);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (connection.open()) {
            QSqlQuery query(connection);
            if (query.exec(sql)) {
                while (query.next()) {
                    QStringList columns;
                    for (int i = 0; i < query.record().count(); ++i)
                        columns << query.value(i).toString();
                    rows << columns.join(u'|');
                }
            } else {
                rows << QStringLiteral("error: ") + query.lastError().text();
            }
        } else {
            rows << QStringLiteral("error: ") + connection.lastError().text();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

inline QString rawValue(const QString& file, const QString& sql)
{
    return rawRows(file, sql).value(0);
}

// The child process, started in a mode, with its output read line by line.
class Child {
public:
    explicit Child(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(childExecutable(), arguments);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess& process() { return m_process; }

    // Waits for a line starting with `prefix`; returns it, or an empty
    // string on timeout or exit.
    QString waitForLine(const QString& prefix, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_lines << line;
                if (line.startsWith(prefix))
                    return line;
            }
            if (m_process.state() == QProcess::NotRunning)
                return QString();
            m_process.waitForReadyRead(100);
        }
        return QString();
    }

    // Lets a holding child finish normally.
    bool release()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(30000) && m_process.exitCode() == 0;
    }

    // Every complete line the child wrote, after it has stopped.
    QStringList allLines()
    {
        const QByteArray rest = m_process.readAllStandardOutput();
        QStringList lines = m_lines;
        const QList<QByteArray> parts = rest.split('\n');
        // The last part has no newline: either empty or cut short by the kill.
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            lines << QString::fromUtf8(parts.at(i));
        return lines;
    }

private:
    QProcess m_process;
    QStringList m_lines;
};

} // namespace storagetest
