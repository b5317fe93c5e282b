#pragma once

#include "util/Result.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <thread>

namespace ip {

class DeferredDatabaseChecks;
class StudyData;

// What a study start leaves until its window is shown: PRAGMA quick_check
// and the daily backup (StudyDataOptions::deferChecks), run on a thread of
// their own with a connection of their own, so the first paint waits for
// neither and the app stays usable while they run.
//
// The results arrive as signals on the thread that made this object. Whoever
// closes, restores or rescues the database first calls cancelAndWait(); the
// destructor does too, so a backup being written is finished, never cut off.
class DeferredStorageCheck : public QObject {
    Q_OBJECT
public:
    // `data` must outlive this object.
    explicit DeferredStorageCheck(StudyData& data, QObject* parent = nullptr);
    ~DeferredStorageCheck() override;

    // Starts the checks; a second call does nothing.
    void start();
    // Stops before the next step and waits for the step under way. No signal
    // comes after it returns.
    void cancelAndWait();
    bool isRunning() const { return m_worker.joinable() && !m_done; }

Q_SIGNALS:
    // The database passed (what waited for that is written now);
    // `warnings` holds what went wrong beside it (a
    // scheduled backup that failed), `backupPath` the backup made, if any.
    void passed(const QStringList& warnings, const QString& backupPath);
    // The database is damaged (ErrorKind::Corrupt) or could not be read to
    // check it (Locked, Io, Vanished).
    void failed(const ip::Error& error);

private:
    StudyData& m_data;
    std::unique_ptr<DeferredDatabaseChecks> m_checks;
    std::thread m_worker;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace ip
