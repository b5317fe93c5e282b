#include "StudyContext.h"

#include "services/DraftWriter.h"
#include "services/GuideLibrary.h"
#include "storage/DataDirectory.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/StoryRepository.h"
#include "ui/drafts/DraftKeeper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ip {

const QString StudyContext::ShippedGuidePath = QStringLiteral(":/content/ml-engineer.md");

StudyContext::StudyContext(const QString& dataDirectory, const QString& guideFile)
    : m_dataDirectory(resolveDataDirectory(dataDirectory))
{
    openStorage();
    // A second instance must not touch the first one's journal: it only
    // journals when this process holds the folder.
    const bool ownsFolder =
        m_database || (m_storageError && m_storageError->kind != ErrorKind::AlreadyRunning);
    m_drafts = std::make_unique<DraftKeeper>(ownsFolder ? m_dataDirectory : QString());
    openGuide(guideFile);
}

void StudyContext::openStorage()
{
    DatabaseOptions options;
    options.busyTimeoutMs = BusyTimeoutMs;
    auto opened = Database::open(m_dataDirectory, options);
    m_readOnly = false;
    if (!opened.ok()) {
        const ErrorKind kind = opened.error().kind;
        // What cannot be written may still be read: the user sees their
        // notes, stories and progress, read-only, rather than an empty app
        // that looks like their work is gone.
        if (kind == ErrorKind::Corrupt || kind == ErrorKind::ReadOnly ||
            kind == ErrorKind::DiskFull || kind == ErrorKind::Io) {
            DatabaseOptions readOnly;
            readOnly.mode = OpenMode::ReadOnly;
            readOnly.checkIntegrity = false;
            readOnly.scheduledBackup = false;
            readOnly.busyTimeoutMs = BusyTimeoutMs;
            if (auto readable = Database::open(m_dataDirectory, readOnly); readable.ok()) {
                m_database = std::move(readable.value());
                m_readOnly = true;
            }
        }
        m_storageError = opened.error();
    }
    if (opened.ok() || m_database) {
        if (opened.ok())
            m_database = std::move(opened.value());
        m_progress = std::make_unique<RequirementProgressRepository>(*m_database);
        m_notes = std::make_unique<QuestionNoteRepository>(*m_database);
        m_stories = std::make_unique<StoryRepository>(*m_database);
        if (opened.ok())
            m_storageError.reset();
    }
}

void StudyContext::closeStorage()
{
    m_progress.reset();
    m_notes.reset();
    m_stories.reset();
    m_database.reset(); // releases the folder's lock
}

Result<QList<BackupInfo>> StudyContext::backups() const
{
    return DatabaseBackups(
               QDir(m_dataDirectory).filePath(QString::fromLatin1(Database::BackupFolderName)))
        .inspect();
}

Result<RestoreOutcome> StudyContext::restoreBackup(const QString& backupFile)
{
    closeStorage();
    Result<RestoreOutcome> restored = BackupRestore::restore(m_dataDirectory, backupFile);
    openStorage();
    return restored;
}

StudyContext::~StudyContext() = default;

QString StudyContext::includedGuideTitle(const QString& resourcePath)
{
    // Only the front matter's title line is needed; the guide itself is read
    // (and parsed in a worker) when the user opens it.
    QFile file(resourcePath);
    if (file.open(QIODevice::ReadOnly)) {
        for (int line = 0; line < 40 && !file.atEnd(); ++line) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            // FORMAT.md names the role in `term`; some guides say `title`.
            const qsizetype colon = text.indexOf(u':');
            const QString key = text.left(colon);
            if (colon > 0 && (key == QLatin1String("term") || key == QLatin1String("title"))) {
                QString title = text.mid(colon + 1).trimmed();
                if (title.size() >= 2 && (title.startsWith(u'"') || title.startsWith(u'\'')))
                    title = title.mid(1, title.size() - 2);
                if (!title.isEmpty())
                    return title;
            }
        }
    }
    return QFileInfo(resourcePath).completeBaseName();
}

void StudyContext::openGuide(const QString& guideFile)
{
    m_guide = readGuide(guideFile);
}

Guide StudyContext::readGuide(const QString& guideFile) const
{
    std::optional<LibraryRepository> library;
    if (m_database)
        library.emplace(*m_database);
    const GuideLibrary guides(library ? &*library : nullptr);
    if (!guideFile.isEmpty())
        return guides.openFile(guideFile);
    QFile shipped(ShippedGuidePath);
    shipped.open(QIODevice::ReadOnly);
    Guide guide = guides.open(shipped.readAll(), ShippedGuidePath);
    guide.fileName = QStringLiteral("ml-engineer.md");
    return guide;
}

Result<void> StudyContext::writeDraft(const Draft& draft)
{
    if (!canSave())
        return makeError(ErrorKind::ReadOnly,
                         m_storageError ? m_storageError->message
                                        : QStringLiteral("There is no database to save into."));
    return DraftWriter(*m_notes, *m_stories, *m_progress).write(draft);
}

Result<void> StudyContext::checkStorageFile() const
{
    if (!canSave())
        return {};
    return m_database->checkFile();
}

Result<QString> StudyContext::rescueStorage()
{
    if (!m_database)
        return makeError(ErrorKind::ReadOnly, QStringLiteral("There is no database to rescue."));
    return m_database->rescue();
}

} // namespace ip
