#include "storage/DatabaseBackups.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ip {

namespace {

const QString FilePrefix = QStringLiteral("interview-prep-");
const QString TimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
const QString PartialMarker = QStringLiteral(".partial-");

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^interview-prep-(\\d{8}T\\d{9}Z)(-[a-z0-9-]+)?\\.sqlite$"));
    return pattern;
}

// VACUUM INTO does not promise the copy is on disk when it returns; a backup
// that vanishes with a power cut is no backup.
void syncToDisk(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

DatabaseBackups::DatabaseBackups(QString directory) : m_directory(std::move(directory)) {}

std::optional<QDateTime> DatabaseBackups::timeFromFileName(const QString& fileName)
{
    const QRegularExpressionMatch match = backupNamePattern().match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // Date and time parsed apart: parsing the whole as local time would fail
    // for an hour skipped by a daylight-saving change.
    const QString text = match.captured(1);
    const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(text.mid(9, 9), QStringLiteral("HHmmsszzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QStringList DatabaseBackups::list() const
{
    const QDir dir(m_directory);
    QStringList paths;
    // The UTC time leads the name, so name order is time order.
    for (const QString& name :
         dir.entryList({FilePrefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        if (timeFromFileName(name))
            paths << dir.filePath(name);
    }
    return paths;
}

std::optional<QDateTime> DatabaseBackups::newestTime() const
{
    const QStringList paths = list();
    if (paths.isEmpty())
        return std::nullopt;
    return timeFromFileName(QFileInfo(paths.last()).fileName());
}

Result<QString> DatabaseBackups::create(const Database& database, const QString& reason) const
{
    const QString purpose = QStringLiteral("make a backup of the database");
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorKind::Io, QStringLiteral("Could not %1: cannot create the folder %2.")
                                            .arg(purpose, QDir::toNativeSeparators(m_directory)));

    const QDir dir(m_directory);
    const QString stamp = sqlvalue::now().toString(TimeFormat);
    const QString baseName = FilePrefix + stamp + (reason.isEmpty() ? QString() : u'-' + reason);
    // The copy is written under a temporary name and renamed when complete, so
    // a crash or a full disk never leaves a half-written file that looks like
    // a backup.
    const QString partial = dir.filePath(baseName + PartialMarker +
                                         QString::number(QCoreApplication::applicationPid()));
    QFile::remove(partial);

    SqlStatement vacuum(database, QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), partial);
    if (auto done = vacuum.exec(purpose); !done) {
        QFile::remove(partial);
        return done.error();
    }
    syncToDisk(partial);

    QString finalPath = dir.filePath(baseName + QStringLiteral(".sqlite"));
    for (int attempt = 2; !QFile::rename(partial, finalPath); ++attempt) {
        // Two backups in the same millisecond (another process, a fast test):
        // never overwrite, take the next free name.
        if (!QFileInfo::exists(finalPath) || attempt > 100) {
            QFile::remove(partial);
            return makeError(ErrorKind::Io, QStringLiteral("Could not %1: cannot rename %2 to %3.")
                                                .arg(purpose, QDir::toNativeSeparators(partial),
                                                     QDir::toNativeSeparators(finalPath)));
        }
        finalPath = dir.filePath(baseName + QStringLiteral("-%1.sqlite").arg(attempt));
    }
    syncToDisk(m_directory);
    prune();
    return finalPath;
}

void DatabaseBackups::prune() const
{
    const QStringList paths = list();
    for (qsizetype i = 0; i + KeptCount < paths.size(); ++i)
        QFile::remove(paths.at(i));

    // Copies left half-written by a crash. One in progress in another process
    // (a CLI backup while the window is open) is younger than an hour.
    const QDir dir(m_directory);
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& info :
         dir.entryInfoList({FilePrefix + QStringLiteral("*") + PartialMarker + QStringLiteral("*")},
                           QDir::Files)) {
        if (info.lastModified().toUTC() < anHourAgo)
            QFile::remove(info.filePath());
    }
}

} // namespace ip
