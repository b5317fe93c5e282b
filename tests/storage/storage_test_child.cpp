// A second process for the storage tests: writes notes until it is killed,
// holds the data folder like a running app, or holds SQLite locks like a
// foreign program. It reports on stdout, one line per event, each written
// with a single write() so a SIGKILL never leaves half a line.
//
//   storage_test_child write DIR RUN   save notes, stories and a counter forever
//   storage_test_child hold DIR        open the database like the app, wait for stdin to close
//   storage_test_child lock-write FILE     hold an uncommitted write transaction
//   storage_test_child lock-exclusive FILE hold an exclusive lock (no reader gets in)
#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <unistd.h>

namespace {

void report(const QString& line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    // One write() of less than PIPE_BUF bytes reaches the pipe whole or not at all.
    [[maybe_unused]] const ssize_t written =
        ::write(STDOUT_FILENO, bytes.constData(), bytes.size());
}

void waitForStdinToClose()
{
    while (std::fgetc(stdin) != EOF) {
    }
}

int writeForever(const QString& directory, const QString& run)
{
    ip::DatabaseOptions options;
    options.scheduledBackup = false;
    auto database = ip::Database::open(directory, options);
    if (!database) {
        report(QStringLiteral("error ") + database.error().message);
        return 1;
    }
    report(QStringLiteral("opened"));
    ip::QuestionNoteRepository notes(**database);
    ip::StoryRepository stories(**database);
    for (int i = 0;; ++i) {
        const QString key = storagetest::killTestNoteKey(run, i);
        if (!notes.save({storagetest::KillTestGuide,
                         key,
                         storagetest::killTestNoteText(key),
                         i % 3 == 0,
                         {}}))
            return 1;
        report(QStringLiteral("note ") + key);

        if (!notes.save({storagetest::KillTestGuide,
                         QStringLiteral("counter"),
                         QString::number(i),
                         false,
                         {}}))
            return 1;
        report(QStringLiteral("counter %1").arg(i));

        if (i % 5 == 0) {
            // Several rows in one transaction: it must be there whole or not at all.
            ip::StarStory story;
            story.title = QStringLiteral("Story %1 of run %2").arg(i).arg(run);
            story.situation = storagetest::killTestNoteText(key);
            story.tags = storagetest::KillTestStoryTags;
            story.questions = {{storagetest::KillTestGuide, key},
                               {storagetest::KillTestGuide, QStringLiteral("counter")}};
            const auto saved = stories.save(story);
            if (!saved)
                return 1;
            report(QStringLiteral("story ") + saved->id);
        }
        if (i % 40 == 39) {
            const auto backup = (*database)->backup(QStringLiteral("kill-test"));
            if (!backup)
                return 1;
            report(QStringLiteral("backup ") + *backup);
        }
    }
}

int hold(const QString& directory)
{
    ip::DatabaseOptions options;
    options.scheduledBackup = false;
    auto database = ip::Database::open(directory, options);
    if (!database) {
        report(QStringLiteral("error ") + database.error().message);
        return 1;
    }
    ip::QuestionNoteRepository notes(**database);
    if (!notes.save({QStringLiteral("held-guide"),
                     QStringLiteral("held-question"),
                     QStringLiteral("written by the first instance"),
                     false,
                     {}}))
        return 1;
    report(QStringLiteral("ready"));
    waitForStdinToClose();
    return 0;
}

// A foreign program (a sync tool, the sqlite3 shell) holding a lock on the
// file: raw SQL on purpose, nothing of ours.
int lock(const QString& file, bool exclusive)
{
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    connection.setDatabaseName(file);
    if (!connection.open()) {
        report(QStringLiteral("error ") + connection.lastError().text());
        return 1;
    }
    const QStringList statements =
        exclusive ? QStringList{QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                                QStringLiteral("BEGIN EXCLUSIVE"),
                                QStringLiteral("DELETE FROM question_note")}
                  : QStringList{QStringLiteral("BEGIN IMMEDIATE"),
                                QStringLiteral("DELETE FROM question_note")};
    for (const QString& sql : statements) {
        QSqlQuery query(connection);
        if (!query.exec(sql)) {
            report(QStringLiteral("error ") + query.lastError().text());
            return 1;
        }
    }
    report(QStringLiteral("ready"));
    waitForStdinToClose();
    QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(1);
    if (mode == QLatin1String("write") && arguments.size() == 4)
        return writeForever(arguments.at(2), arguments.at(3));
    if (mode == QLatin1String("hold") && arguments.size() == 3)
        return hold(arguments.at(2));
    if (mode == QLatin1String("lock-write") && arguments.size() == 3)
        return lock(arguments.at(2), false);
    if (mode == QLatin1String("lock-exclusive") && arguments.size() == 3)
        return lock(arguments.at(2), true);
    std::fprintf(stderr, "usage: storage_test_child write DIR RUN | hold DIR | lock-write FILE | "
                         "lock-exclusive FILE\n");
    return 2;
}
