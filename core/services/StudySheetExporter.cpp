#include "services/StudySheetExporter.h"

#include "content/GuideJson.h"
#include "services/GuideLibrary.h"
#include "services/OutputFile.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace ip {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error damagedSnapshot(const QString& guideKey)
{
    return makeError(
        ErrorKind::Corrupt,
        QCoreApplication::translate("StudySheetExporter",
                                    "The library's copy of the guide '%1' cannot be read. Open the "
                                    "guide in the window again to store a fresh copy. Nothing was "
                                    "written.")
            .arg(guideKey));
}

} // namespace

Result<QList<GuideWork>> StudySheetExporter::load(StudyData& data, const QString& guideKey)
{
    const auto entries = data.libraryEntries();
    if (!entries)
        return entries.error();
    QStringList keys;
    for (const LibraryEntry& entry : entries.value())
        keys << entry.guideKey;
    if (keys.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("The library in %1 holds no guides yet; a guide is added "
                            "to it when the window opens it. Nothing was written.")
                             .arg(nativePath(data.dataDirectory())));
    if (!guideKey.isEmpty() && !keys.contains(guideKey))
        return makeError(ErrorKind::NotFound,
                         tr("There is no guide with the key '%1' in the library. The "
                            "guides there are %2. Nothing was written.")
                             .arg(guideKey, keys.join(QStringLiteral(", "))));

    QList<GuideWork> works;
    for (const LibraryEntry& entry : entries.value()) {
        if (!guideKey.isEmpty() && entry.guideKey != guideKey)
            continue;
        const std::optional<Guide> guide = GuideLibrary::fromSnapshot(entry);
        if (!guide)
            return damagedSnapshot(entry.guideKey);
        auto work = workOn(data, *guide);
        if (!work)
            return work.error();
        works << std::move(work).value();
    }
    return works;
}

Result<GuideWork> StudySheetExporter::workOn(StudyData& data, const Guide& guide)
{
    GuideWork work;
    work.guide = guide;
    auto progress = data.progress().forGuide(guide);
    if (!progress)
        return progress.error();
    work.progress = std::move(progress).value();
    auto notes = data.notes().forGuide(guide);
    if (!notes)
        return notes.error();
    work.notes = std::move(notes).value();
    auto schedules = data.practice().schedulesForGuide(guide);
    if (!schedules)
        return schedules.error();
    for (const ReviewSchedule& schedule : schedules.value())
        work.schedules.insert(schedule.questionKey, schedule);
    return work;
}

Result<void> StudySheetExporter::writeMarkdown(const QString& path, const GuideWork& work)
{
    return OutputFile::write(path, StudySheet::toMarkdown(work).toUtf8());
}

Result<QStringList> StudySheetExporter::writeFolder(const QString& folder,
                                                    const QList<GuideWork>& works)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return makeError(ErrorKind::InvalidInput,
                         tr("Cannot write the study sheets into %1: it is a file, not a "
                            "folder. Nothing was written.")
                             .arg(nativePath(folder)));
    QStringList paths;
    QSet<QString> names;
    for (const GuideWork& work : works) {
        const QString name = StudySheet::fileName(work.guide.key);
        // Two keys that differ only in characters a file name cannot take
        // would overwrite each other.
        if (names.contains(name))
            return makeError(ErrorKind::InvalidInput,
                             tr("Two guides would both be written to %1. Export them "
                                "one at a time with --guide. Nothing was written.")
                                 .arg(name));
        names.insert(name);
        const QString path = QDir(folder).filePath(name);
        if (auto replaceable = OutputFile::checkReplaceable(path); !replaceable)
            return replaceable.error();
        paths << path;
    }
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorKind::Io,
            tr("Cannot create the folder %1. Nothing was written.").arg(nativePath(folder)));
    for (qsizetype i = 0; i < works.size(); ++i) {
        if (auto written = writeMarkdown(paths.at(i), works.at(i)); !written)
            return written.error();
    }
    return paths;
}

} // namespace ip
