#include "StudyContext.h"

#include "services/BackupService.h"
#include "services/CombinedGuide.h"
#include "services/DeferredStorageCheck.h"
#include "services/GuideLibrary.h"
#include "services/LibraryService.h"
#include "services/StudyData.h"
#include "ui/drafts/DraftKeeper.h"
#include "util/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ip {

const QString StudyContext::ShippedGuidePath = QStringLiteral(":/content/ml-engineer.md");
// Not a file name a user could choose: a scheme of our own.
const QString StudyContext::AllGuidesPath = QStringLiteral("library:all-guides");

StudyContext::StudyContext(const QString& dataDirectory, const QString& guideFile, Opening opening)
    : m_dataDirectory(resolveDataDirectory(dataDirectory)), m_guideToOpen(guideFile),
      m_openedLater(opening == Opening::Later)
{
    if (opening == Opening::Now)
        open();
}

void StudyContext::open(const std::function<void()>& afterStorage)
{
    // Not twice, also not from within itself (a guide being parsed keeps
    // the event loop running).
    if (m_open || m_opening)
        return;
    m_opening = true;
    openStorage();
    if (afterStorage)
        afterStorage();
    // The app hands over to the instance that holds the folder; opened at
    // once (the command line, tests), the guide is still shown.
    if (m_openedLater && m_storageError && m_storageError->kind == ErrorKind::AlreadyRunning) {
        m_opening = false;
        return;
    }
    // A second instance must not touch the first one's journal: it only
    // journals when this process holds the folder.
    const bool ownsFolder =
        m_data || (m_storageError && m_storageError->kind != ErrorKind::AlreadyRunning);
    m_drafts = std::make_unique<DraftKeeper>(ownsFolder ? m_dataDirectory : QString());
    openGuide(m_guideToOpen);
    m_opening = false;
    m_open = true;
}

void StudyContext::openStorage(bool deferChecks)
{
    StudyData::Opening opening =
        StudyData::openForStudy(m_dataDirectory, BusyTimeoutMs, deferChecks);
    m_data = std::move(opening.data);
    m_storageError = std::move(opening.error);
}

void StudyContext::closeStorage()
{
    m_check.reset(); // waits for a backup being written
    m_data.reset();  // releases the folder's lock
}

bool StudyContext::canSave() const
{
    return m_data != nullptr && !m_data->isReadOnly() && !m_storageError;
}

bool StudyContext::canEditStudy() const
{
    return canSave() && !m_guide.hasErrors();
}

QString StudyContext::readOnlyReason() const
{
    if (m_storageError)
        return m_storageError->message;
    if (!m_data)
        return QCoreApplication::translate("ip::StudyContext", "No database is open.");
    if (m_data->isReadOnly())
        return QCoreApplication::translate("ip::StudyContext",
                                           "The database was opened read-only.");
    if (m_guide.hasErrors())
        return QCoreApplication::translate(
                   "ip::StudyContext",
                   "“%1” could not be read completely, so it is open read-only; fix the problems "
                   "in the file and open it again to make changes.")
            .arg(m_guide.fileName.isEmpty() ? m_guide.title
                                            : QFileInfo(m_guide.fileName).fileName());
    return QString();
}

DeferredStorageCheck* StudyContext::startDeferredChecks()
{
    if (!canSave())
        return nullptr;
    m_check = std::make_unique<DeferredStorageCheck>(*m_data);
    m_check->start();
    return m_check.get();
}

void StudyContext::refuseWrites(const Error& reason)
{
    if (!m_data)
        return;
    m_data->refuseWrites(reason);
    m_storageError = reason;
}

Result<QList<BackupInfo>> StudyContext::backups() const
{
    return BackupService(m_dataDirectory).list();
}

Result<RestoreOutcome> StudyContext::restoreBackup(const QString& backupFile)
{
    closeStorage();
    Result<RestoreOutcome> restored = BackupService(m_dataDirectory).restore(backupFile);
    // Checked before use: if the restore failed, this is the damaged file
    // again, and it must come back read-only, not writable until a check.
    openStorage(false);
    return restored;
}

StudyContext::~StudyContext() = default;

QStringList StudyContext::includedGuidePaths()
{
    QStringList paths;
    const QDir content(QStringLiteral(":/content"));
    // Matched by hand: a name filter would compile a regular expression.
    for (const QString& name : content.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String(".md")))
            paths << content.filePath(name);
    }
    return paths;
}

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
    setGuide(readGuide(guideFile), guideFile);
}

QStringList StudyContext::guideFiles() const
{
    if (!m_guide.isCombined())
        return {m_guideFile};
    QStringList files;
    if (m_data) {
        if (auto entries = m_data->library().entries(LibraryService::FileStates::Unchecked)) {
            for (const LibraryGuide& entry : std::as_const(*entries)) {
                if (m_guide.holdsGuide(entry.key))
                    files << entry.path;
            }
        }
    }
    return files;
}

QString StudyContext::displayName(const QString& guidePath)
{
    if (guidePath == AllGuidesPath)
        return CombinedGuide::tr("All guides");
    return QFileInfo(guidePath).fileName();
}

Guide StudyContext::readGuide(const QString& guideFile) const
{
    const GuideLibrary guides = m_data ? m_data->guides() : GuideLibrary(nullptr);
    if (guideFile == AllGuidesPath) {
        auto all = m_data ? m_data->allGuides()
                          : Result<Guide>(makeError(ErrorKind::NotFound, readOnlyReason()));
        if (all)
            return std::move(all).value();
        // Said the way a guide that cannot be read says it.
        Guide unreadable;
        unreadable.key = Guide::AllGuidesKey;
        unreadable.title = CombinedGuide::tr("All guides");
        unreadable.diagnostics << Diagnostic{Diagnostic::Severity::Error, 0, 0,
                                             all.error().message};
        return unreadable;
    }
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
                         m_storageError
                             ? m_storageError->message
                             : QCoreApplication::translate("ip::StudyContext",
                                                           "There is no database to save into."));
    return m_data->writeDraft(draft);
}

Result<void> StudyContext::checkStorageFile() const
{
    if (!canSave())
        return {};
    return m_data->checkFile();
}

Result<QString> StudyContext::rescueStorage()
{
    if (!m_data)
        return makeError(
            ErrorKind::ReadOnly,
            QCoreApplication::translate("ip::StudyContext", "There is no database to rescue."));
    m_check.reset(); // the files it reads are about to move
    return m_data->rescue();
}

} // namespace ip
