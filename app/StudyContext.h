#pragma once

#include "model/BackupInfo.h"
#include "model/Draft.h"
#include "model/Guide.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <optional>

namespace ip {

class DeferredStorageCheck;
class DraftKeeper;
class StudyData;

// What the window studies from: the open guide and the user's database. The
// database may be missing (locked, corrupt, from a newer version): then the
// guide is still shown and storageError() says why nothing can be saved.
class StudyContext {
public:
    // The guide compiled into the program and opened by default.
    static const QString ShippedGuidePath;
    // What openGuide() takes for All guides (CombinedGuide): the whole library.
    static const QString AllGuidesPath;
    // The guides that come with the program (resource paths), by file name.
    static QStringList includedGuidePaths();
    // The title in an included guide's front matter, for the File menu.
    static QString includedGuideTitle(const QString& resourcePath);

    // How long the GUI thread waits for another program's lock before a save
    // fails and the draft keeper retries it in the background.
    static constexpr int BusyTimeoutMs = 100;

    // When the database and the guide are read: in the constructor, or at
    // open(), which the app calls once its window is on the screen.
    enum class Opening { Now, Later };
    // dataDirectory empty: the standard data folder. guideFile empty: the
    // shipped guide.
    StudyContext(const QString& dataDirectory, const QString& guideFile,
                 Opening opening = Opening::Now);
    ~StudyContext();
    StudyContext(const StudyContext&) = delete;
    StudyContext& operator=(const StudyContext&) = delete;

    // Opens the database and reads the guide, once (Opening::Later);
    // afterStorage runs in between. With Opening::Later, a folder held by
    // another instance stops it before the guide: isOpen() stays false and
    // storageError() says so.
    void open(const std::function<void()>& afterStorage = {});
    // Until then there is no guide, no storage and no draft keeper.
    bool isOpen() const { return m_open; }
    // The guide open() reads (a file or a resource; empty: the shipped one).
    const QString& guideToOpen() const { return m_guideToOpen; }

    const Guide& guide() const { return m_guide; }
    // Opens another guide in place of the current one.
    void openGuide(const QString& guideFile);
    // The two halves of openGuide(): reading may take seconds (a new guide is
    // parsed in a worker process) and may be cancelled before anything changes.
    Guide readGuide(const QString& guideFile) const;
    // guideFile: where guide was read from, for guideFile().
    void setGuide(Guide guide, const QString& guideFile)
    {
        m_guide = std::move(guide);
        m_guideFile = guideFile;
    }
    // Where the open guide was read from: a file or a resource path; empty
    // for the shipped guide opened by default. Kept apart from the guide's
    // own fileName, which for that guide is only a name to show.
    const QString& guideFile() const { return m_guideFile; }
    // The files the guide shown was read from: its own, or for All guides
    // every file in the library (resource paths included).
    QStringList guideFiles() const;
    // A guide path as the user knows it: the file's name, or "All guides".
    static QString displayName(const QString& guidePath);

    // The folder the database and the recovery journal live in.
    QString dataDirectory() const { return m_dataDirectory; }
    // Text whose save failed, kept and retried across screens.
    DraftKeeper* drafts() const { return m_drafts.get(); }

    // A database is open: the user's work can be read (and exported).
    bool hasStorage() const { return m_data != nullptr; }
    // ...and changes can be saved. False when the database could only be
    // opened read-only (damaged, read-only folder); storageError() says why.
    bool canSave() const;
    const std::optional<Error>& storageError() const { return m_storageError; }
    // Whether the work tied to the open guide (notes, bookmarks, requirement
    // progress, grades, links to stories) can be changed: it can be saved,
    // and the guide was read completely. A guide read in part is open
    // read-only. Its keys may not be the ones the file means once it is
    // fixed (a heading swallowed by an unclosed block, a question missing),
    // and work written against them would be kept under the wrong question.
    // The stories themselves belong to no guide: they follow canSave().
    bool canEditStudy() const;
    // An interview date belongs to one guide: it can be set when the study
    // can be edited and the guide shown is not All guides.
    bool canSetInterviewDate() const { return canEditStudy() && !m_guide.isCombined(); }
    // Why canEditStudy() is false, in a sentence for a tooltip or a bar;
    // empty when it is true.
    QString readOnlyReason() const;
    // The services over the user's data; null without storage.
    StudyData* data() const { return m_data.get(); }
    // Writes a draft by the keys it names (recovered drafts, and drafts whose
    // screen was rebuilt). Only canSave() counts, not canEditStudy(): the
    // words were typed against those keys before, and are kept, not lost.
    Result<void> writeDraft(const Draft& draft);
    // Starts the integrity check and the daily backup the open left out, on
    // a thread of their own; the window calls it once it is shown and
    // listens to the check's signals. Null when there is nothing to check
    // (no database, or one opened read-only).
    DeferredStorageCheck* startDeferredChecks();
    // The deferred check found the file damaged: from now on nothing is
    // written into it (canSave() is false, storageError() says why), while
    // everything in it can still be read.
    void refuseWrites(const Error& reason);

    // Whether the database file is still the one opened (see Database::checkFile).
    Result<void> checkStorageFile() const;
    // After checkStorageFile() failed: everything into a new database file;
    // returns the path of a file set aside, if any.
    Result<QString> rescueStorage();

    // The backups kept beside the database, newest first.
    Result<QList<BackupInfo>> backups() const;
    // Closes the database, puts the backup in its place (the old file is
    // kept aside) and opens it again; on failure the old database is opened
    // again. Whoever holds services must drop them first (the window
    // rebuilds its screens).
    Result<RestoreOutcome> restoreBackup(const QString& backupFile);

private:
    void openStorage(bool deferChecks = true);
    void closeStorage();

    QString m_dataDirectory;
    std::unique_ptr<StudyData> m_data;
    std::optional<Error> m_storageError;
    // Declared after m_data so it goes first: it is waited for before the
    // database closes.
    std::unique_ptr<DeferredStorageCheck> m_check;
    Guide m_guide;
    QString m_guideFile;
    // The guide open() reads.
    QString m_guideToOpen;
    bool m_openedLater;
    bool m_open = false;
    bool m_opening = false;
    std::unique_ptr<DraftKeeper> m_drafts;
};

} // namespace ip
