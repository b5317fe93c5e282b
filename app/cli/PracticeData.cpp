#include "cli/PracticeData.h"

#include "StudyContext.h"
#include "cli/DataDirOption.h"
#include "services/GuideLibrary.h"
#include "services/PracticeService.h"
#include "services/StudyData.h"
#include "ui/preferences/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ip::cli {

namespace {

const QString IncludedGuides = QStringLiteral(":/content");

Guide openIncluded(const GuideLibrary& library, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Guide();
    Guide guide = library.open(file.readAll(), path);
    guide.fileName = QFileInfo(path).fileName();
    return guide;
}

// The shipped guide first, so the default costs one read (and, with a
// snapshot in the library, no parse); then the other included guides; then
// the guides the window opened, from their snapshots.
Result<Guide> findGuide(StudyData* data, const QString& key)
{
    const GuideLibrary library = data ? data->guides() : GuideLibrary(nullptr);
    QStringList paths{StudyContext::ShippedGuidePath};
    for (const QString& name : QDir(IncludedGuides).entryList(QDir::Files, QDir::Name)) {
        const QString path = IncludedGuides + u'/' + name;
        if (path != StudyContext::ShippedGuidePath)
            paths << path;
    }
    QStringList known;
    for (const QString& path : std::as_const(paths)) {
        Guide guide = openIncluded(library, path);
        if (key.isEmpty() || guide.key == key) {
            if (guide.hasErrors())
                return makeError(ErrorKind::Internal,
                                 QCoreApplication::translate(
                                     "PracticeData", "The included guide %1 could not be read.")
                                     .arg(guide.fileName));
            return guide;
        }
        known << guide.key;
    }
    if (data) {
        if (const auto collection = data->storyCollection(); collection.ok()) {
            for (const Guide& guide : collection->guides) {
                if (guide.key == key)
                    return guide;
                if (!known.contains(guide.key))
                    known << guide.key;
            }
        }
    }
    return makeError(ErrorKind::NotFound,
                     QCoreApplication::translate("PracticeData",
                                                 "There is no guide with the key '%1'. The guides "
                                                 "here are %2 (a guide opened in the window is "
                                                 "known from then on).")
                         .arg(key, known.join(QStringLiteral(", "))));
}

// Creates the folder and the database when they are not there yet. The
// daily backup is left to the window: a grade should not wait for a copy.
Result<std::unique_ptr<StudyData>> openForWriting(const QString& dataDirectory)
{
    StudyDataOptions options;
    options.scheduledBackup = false;
    return StudyData::open(dataDirectory, options);
}

void useTheUsersRetention(StudyData& data)
{
    data.practice().useScheduler(ReviewScheduler(Preferences::load().schedulerSettings()));
}

} // namespace

QCommandLineOption guideKeyOption()
{
    return QCommandLineOption(QStringLiteral("guide"),
                              QCoreApplication::translate("PracticeData",
                                                          "The guide, by its key as "
                                                          "'interview-prep check --json' prints "
                                                          "it (default: the shipped guide, "
                                                          "machine-learning-engineer)."),
                              QCoreApplication::translate("PracticeData", "KEY"));
}

QCommandLineOption atOption(const QString& description)
{
    return QCommandLineOption(QStringLiteral("at"), description,
                              QCoreApplication::translate("PracticeData", "TIME"));
}

Result<QDateTime> parseTime(const QString& text)
{
    static const QRegularExpression zoned(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"
                       "(Z|[+-]\\d{2}(:?\\d{2})?)$"));
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch())
        return makeError(ErrorKind::InvalidInput,
                         QCoreApplication::translate("PracticeData",
                                                     "'%1' is a date without a time; give a time "
                                                     "like 2026-01-04T09:00Z or "
                                                     "2026-01-04T10:00+01:00.")
                             .arg(text));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!zoned.match(text).hasMatch() || !time.isValid()) {
        const bool noZone = time.isValid() && time.timeSpec() == Qt::LocalTime;
        return makeError(
            ErrorKind::InvalidInput,
            noZone ? QCoreApplication::translate("PracticeData",
                                                 "'%1' has no time zone; add Z for UTC or an "
                                                 "offset, like 2026-01-04T09:00Z or "
                                                 "2026-01-04T10:00+01:00.")
                         .arg(text)
                   : QCoreApplication::translate("PracticeData",
                                                 "'%1' is not an ISO 8601 time like "
                                                 "2026-01-04T09:00Z or 2026-01-04T10:00+01:00.")
                         .arg(text));
    }
    return time.toUTC();
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Result<PracticeData> openPracticeData(const QString& dataDirectory, const QString& guideKey,
                                      PracticeAccess access, const GuideCheck& check)
{
    PracticeData practice;
    // A folder without data is made only once the guide is found.
    const bool openLater = access == PracticeAccess::Write && !requireExistingData(dataDirectory);
    if (!openLater) {
        auto data = access == PracticeAccess::Read ? openDataForReading(dataDirectory)
                                                   : openForWriting(dataDirectory);
        if (!data)
            return data.error();
        practice.data = std::move(data).value();
    }
    auto guide = findGuide(practice.data.get(), guideKey);
    if (!guide)
        return guide.error();
    practice.guide = std::move(guide).value();
    if (check) {
        if (auto accepted = check(practice.guide); !accepted)
            return accepted.error();
    }
    if (openLater) {
        auto data = openForWriting(dataDirectory);
        if (!data)
            return data.error();
        practice.data = std::move(data).value();
    }
    useTheUsersRetention(*practice.data);
    return practice;
}

int fail(CommandIo& io, const QString& command, const QString& message)
{
    io.err << "interview-prep " << command << ": " << message << '\n';
    return ExitFailure;
}

} // namespace ip::cli
