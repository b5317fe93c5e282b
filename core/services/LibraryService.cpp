#include "services/LibraryService.h"

#include "content/GuideJson.h"
#include "content/GuideSource.h"
#include "services/CombinedGuide.h"
#include "services/GuideLibrary.h"
#include "services/GuideParseWorker.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>
#include <optional>

namespace ip {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The part of a content hash that identifies the bytes. The hash also names
// the parser version that read them, and a newer parser does not make the
// user's file "changed".
QStringView bytesPart(const QString& contentHash)
{
    const qsizetype colon = contentHash.indexOf(u':');
    return QStringView(contentHash).mid(colon + 1);
}

LibraryGuide::FileState fileState(const LibraryEntry& entry)
{
    QFile file(entry.filePath);
    // A file that can no longer be read is as good as gone for the library.
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return LibraryGuide::FileState::Missing;
    // Read as GuideLibrary::openFile reads it, so equal bytes hash equal.
    const QString hash = GuideLibrary::contentHash(file.read(GuideSource::MaxBytes + 1));
    return bytesPart(hash) == bytesPart(entry.contentHash) ? LibraryGuide::FileState::Present
                                                           : LibraryGuide::FileState::Changed;
}

LibraryProblem problemOf(const Guide& guide, const QString& path)
{
    LibraryProblem problem;
    problem.filePath = path;
    problem.title = guide.title.isEmpty() ? QFileInfo(path).fileName() : guide.title;
    for (const Diagnostic& diagnostic : guide.diagnostics) {
        if (!diagnostic.isError())
            continue;
        problem.diagnostics << (diagnostic.line > 0
                                    ? QCoreApplication::translate("LibraryService", "Line %1: %2")
                                          .arg(diagnostic.line)
                                          .arg(diagnostic.message)
                                    : diagnostic.message);
    }
    return problem;
}

} // namespace

Result<void> LibraryService::requireWritable(const QString& message) const
{
    if (!m_database.isReadOnly())
        return {};
    return makeError(ErrorKind::ReadOnly, message);
}

Result<void> LibraryService::requireGuideFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(
            ErrorKind::NotFound,
            tr("There is no file %1. Nothing was added to the library.").arg(nativePath(path)));
    if (info.isDir())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a folder, not a guide file. Nothing was added to "
                            "the library.")
                             .arg(nativePath(path)));
    return {};
}

Result<LibraryAddition> LibraryService::add(const QString& path)
{
    if (auto file = requireGuideFile(path); !file)
        return file.error();
    if (auto writable = requireWritable(
            tr("The database is open read-only, so no guide can be added to the library."));
        !writable)
        return writable.error();

    return store(path, SameKey::Replace);
}

Result<LibraryAddition> LibraryService::store(const QString& path, SameKey sameKey)
{
    // GuideLibrary hands over what it parsed instead of saving it, so that
    // whether the key was in the library before is known, and a failed save
    // is reported rather than ignored as the window's cache does.
    struct Parsed {
        LibraryEntry entry;
        GuideSearchDocuments search;
    };
    std::optional<Parsed> parsed;
    const GuideLibrary library(
        &m_library, [&parsed](const LibraryEntry& entry, const GuideSearchDocuments& search) {
            parsed = Parsed{entry, search};
        });
    const QString absolute =
        isShipped(path) ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    LibraryAddition addition;
    addition.path = absolute;
    addition.guide = library.openFile(absolute);
    if (addition.guide.hasErrors()) {
        addition.outcome = LibraryAddition::Outcome::Invalid;
        // Stopped by the user (Cancel, closing the window): nothing is known
        // about the file, so nothing is recorded against it.
        if (GuideParseWorker::wasCancelled())
            return addition;
        if (auto recorded = m_library.saveProblem(problemOf(addition.guide, absolute)); !recorded)
            return recorded.error();
        return addition;
    }
    if (auto cleared = m_library.removeProblem(absolute); !cleared)
        return cleared.error();
    // Not parsed: the library's snapshot of this file with these bytes.
    if (!parsed) {
        addition.outcome = LibraryAddition::Outcome::UpToDate;
        return addition;
    }
    const auto previous = m_library.find(parsed->entry.guideKey);
    if (!previous)
        return previous.error();
    if (!*previous)
        addition.outcome = LibraryAddition::Outcome::Added;
    else if ((*previous)->filePath == parsed->entry.filePath &&
             bytesPart((*previous)->contentHash) == bytesPart(parsed->entry.contentHash))
        // Same file and bytes, parsed again because the stored snapshot no
        // longer read, or was read in another language: storing it anew
        // repairs it.
        addition.outcome = LibraryAddition::Outcome::UpToDate;
    else if (sameKey == SameKey::Keep && !isShipped((*previous)->filePath)) {
        addition.outcome = LibraryAddition::Outcome::UpToDate;
        return addition;
    } else
        addition.outcome = LibraryAddition::Outcome::Updated;
    if (auto saved = m_library.save(parsed->entry, parsed->search); !saved)
        return saved.error();
    return addition;
}

Result<int> LibraryService::includeShipped(const QStringList& resourcePaths)
{
    if (m_database.isReadOnly())
        return 0; // listed from the program when the library cannot take them
    int changed = 0;
    for (const QString& path : resourcePaths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Read as GuideLibrary::openFile reads it, so equal bytes hash equal.
        const QString hash = GuideLibrary::contentHash(file.read(GuideSource::MaxBytes + 1));
        const auto stored = m_library.findSnapshot(path, hash);
        if (!stored)
            return stored.error();
        if (*stored)
            continue;
        const auto added = store(path, SameKey::Keep);
        if (!added)
            return added.error();
        if (added->outcome == LibraryAddition::Outcome::Added ||
            added->outcome == LibraryAddition::Outcome::Updated)
            ++changed;
    }
    return changed;
}

Result<QList<LibraryGuide>> LibraryService::entries(FileStates states) const
{
    // The listing's columns, not the snapshots: a large library lists at once.
    const auto listing = m_library.listing();
    if (!listing)
        return listing.error();
    QList<LibraryGuide> guides;
    guides.reserve(listing->size());
    for (const LibraryListing& row : listing.value()) {
        if (!row.readable)
            continue; // one of problems(): it must not hide the others
        const LibraryEntry& entry = row.entry;
        LibraryGuide listed;
        listed.key = entry.guideKey;
        listed.title = row.title;
        listed.path = entry.filePath;
        listed.questions = row.questions;
        listed.requirements = row.requirements;
        listed.importedAt = entry.importedAt;
        listed.file =
            states == FileStates::Checked ? fileState(entry) : LibraryGuide::FileState::Present;
        listed.shipped = isShipped(entry.filePath);
        guides << listed;
    }
    return guides;
}

Result<Guide> LibraryService::allGuides(const GuideLibrary::Remember& remember) const
{
    const auto listed = m_library.listing();
    if (!listed)
        return listed.error();
    QList<Guide> members;
    QList<Diagnostic> warnings;
    members.reserve(listed->size());
    for (const LibraryListing& row : listed.value()) {
        if (!row.readable)
            continue; // one of problems()
        // One snapshot at a time: all of them at once were a third of the
        // memory All guides took at its peak (33 MB of 117 for 100 guides).
        auto found = m_library.find(row.entry.guideKey);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue; // removed meanwhile
        const LibraryEntry entry = std::move(**found);
        std::optional<Guide> guide = GuideLibrary::fromSnapshot(entry);
        if (!guide)
            continue; // one of problems()
        if (!isShipped(entry.filePath) && fileState(entry) == LibraryGuide::FileState::Changed) {
            // Stored only as the same guide: retitled, its questions have
            // other keys, and it is another guide until it is added as one.
            const GuideLibrary reader(
                &m_library, [&](const LibraryEntry& fresh, const GuideSearchDocuments& search) {
                    if (fresh.guideKey != entry.guideKey)
                        return;
                    if (remember)
                        remember(fresh, search);
                    else
                        (void)m_library.save(fresh, search);
                });
            Guide fresh = reader.openFile(entry.filePath);
            const QString name = QFileInfo(entry.filePath).fileName();
            if (fresh.hasErrors())
                warnings << Diagnostic{
                    Diagnostic::Severity::Warning, 0, 0,
                    tr("“%1” changed but cannot be read now (%2). The guide as "
                       "read before is shown until the file is fixed.")
                        .arg(name, problemOf(fresh, entry.filePath).diagnostics.value(0))};
            else if (fresh.key != entry.guideKey)
                warnings << Diagnostic{Diagnostic::Severity::Warning, 0, 0,
                                       tr("“%1” now holds another guide, “%2”; the guide as read "
                                          "before is shown. Import the file again to study the "
                                          "new one.")
                                           .arg(name, fresh.title)};
            else
                guide = std::move(fresh);
        }
        members << *std::move(guide);
    }
    std::sort(members.begin(), members.end(), [](const Guide& a, const Guide& b) {
        const int order = a.title.compare(b.title, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.key < b.key;
    });
    Guide all = CombinedGuide::of(members);
    all.diagnostics += warnings;
    return all;
}

Result<QList<LibraryProblem>> LibraryService::problems() const
{
    auto recorded = m_library.problems();
    if (!recorded)
        return recorded.error();
    QList<LibraryProblem> problems = std::move(*recorded);
    const auto listing = m_library.listing();
    if (!listing)
        return listing.error();
    for (const LibraryListing& row : listing.value()) {
        if (row.readable)
            continue;
        const LibraryEntry& entry = row.entry;
        LibraryProblem unreadable;
        unreadable.filePath = entry.filePath;
        unreadable.title = entry.guideKey;
        unreadable.diagnostics << tr("The library's copy of the guide '%1' cannot be "
                                     "read. Add its file again to store a fresh copy.")
                                      .arg(entry.guideKey);
        unreadable.triedAt = entry.importedAt;
        unreadable.guideKey = entry.guideKey;
        problems << unreadable;
    }
    return problems;
}

Result<void> LibraryService::forgetProblem(const LibraryProblem& problem)
{
    if (auto writable = requireWritable(
            tr("The database is open read-only, so nothing can be taken off the library."));
        !writable)
        return writable;
    if (!problem.guideKey.isEmpty())
        return m_library.remove(problem.guideKey);
    return m_library.removeProblem(problem.filePath);
}

Result<QString> LibraryService::remove(const QString& guideKey)
{
    if (auto writable = requireWritable(
            tr("The database is open read-only, so no guide can be removed from the library."));
        !writable)
        return writable.error();
    const auto found = m_library.find(guideKey);
    if (!found)
        return found.error();
    if (!*found) {
        const auto all = m_library.all();
        if (!all)
            return all.error();
        if (all->isEmpty())
            return makeError(ErrorKind::NotFound,
                             tr("There is no guide with the key '%1': the library "
                                "holds no guides yet. Nothing was removed.")
                                 .arg(guideKey));
        QStringList keys;
        for (const LibraryEntry& entry : all.value())
            keys << entry.guideKey;
        return makeError(ErrorKind::NotFound,
                         tr("There is no guide with the key '%1' in the library. The "
                            "guides there are %2. Nothing was removed.")
                             .arg(guideKey, keys.join(QStringLiteral(", "))));
    }
    const std::optional<Guide> guide = GuideLibrary::fromSnapshot(**found);
    if (isShipped((*found)->filePath))
        return makeError(ErrorKind::InvalidInput,
                         tr("'%1' comes with Interview Prep and stays in the library. "
                            "Nothing was removed.")
                             .arg(guide ? guide->title : guideKey));
    if (auto removed = m_library.remove(guideKey); !removed)
        return removed.error();
    return guide ? guide->title : QString();
}

} // namespace ip
