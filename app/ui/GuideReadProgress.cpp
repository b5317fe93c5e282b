#include "ui/GuideReadProgress.h"

#include "StudyContext.h"
#include "services/GuideParseWorker.h"

#include <QFileInfo>

namespace ip {

GuideReadProgress::GuideReadProgress(QWidget* window, const QString& path)
    : m_dialog(tr("Reading “%1”…").arg(StudyContext::displayName(path)), tr("Cancel"), 0, 0, window)
{
    GuideParseWorker::resetCancelled(); // a cached guide never reaches the worker
    m_dialog.setWindowTitle(tr("Open Guide"));
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(0);
    m_dialog.setAutoReset(false);
    m_dialog.setAutoClose(false);
    m_dialog.cancel(); // hidden until the timer below
    m_showLater.setSingleShot(true);
    QObject::connect(&m_showLater, &QTimer::timeout, &m_dialog, [this] {
        m_dialog.reset();
        m_dialog.show();
    });
    QObject::connect(&m_dialog, &QProgressDialog::canceled, &m_dialog,
                     [] { GuideParseWorker::cancel(); });
    m_showLater.start(DelayMs);
}

GuideReadProgress::~GuideReadProgress()
{
    m_showLater.stop();
    m_dialog.hide();
}

} // namespace ip
