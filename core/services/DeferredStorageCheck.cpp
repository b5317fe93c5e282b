#include "services/DeferredStorageCheck.h"

#include "services/StudyData.h"
#include "storage/Database.h"
#include "storage/DeferredDatabaseChecks.h"

namespace ip {

DeferredStorageCheck::DeferredStorageCheck(StudyData& data, QObject* parent)
    : QObject(parent), m_data(data),
      m_checks(std::make_unique<DeferredDatabaseChecks>(*data.m_database))
{
}

DeferredStorageCheck::~DeferredStorageCheck()
{
    cancelAndWait();
}

void DeferredStorageCheck::start()
{
    if (m_worker.joinable() || m_cancelled)
        return;
    m_worker = std::thread([this] {
        Result<DeferredCheckReport> report = m_checks->run();
        // Back on this object's thread. The destructor joins this thread
        // first, and a destroyed object's posted calls are dropped; a
        // cancelled check reports nothing.
        QMetaObject::invokeMethod(
            this,
            [this, report = std::move(report)] {
                if (m_cancelled)
                    return;
                m_done = true;
                if (report.ok()) {
                    m_data.markChecked();
                    Q_EMIT passed(report->warnings, report->backupPath);
                } else {
                    Q_EMIT failed(report.error());
                }
            },
            Qt::QueuedConnection);
    });
}

void DeferredStorageCheck::cancelAndWait()
{
    m_cancelled = true;
    m_checks->cancel();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace ip
