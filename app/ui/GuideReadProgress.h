#pragma once

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

namespace ip {

// While a guide is read (a new one is parsed in a worker process, up to its
// time limit, the window painting meanwhile): after a moment, a window-modal
// "Reading “file”…" with Cancel, which stops the worker. Gone with the object.
class GuideReadProgress {
    Q_DECLARE_TR_FUNCTIONS(GuideReadProgress)

public:
    // A read shorter than this shows nothing.
    static constexpr int DelayMs = 300;

    GuideReadProgress(QWidget* window, const QString& path);
    ~GuideReadProgress();
    GuideReadProgress(const GuideReadProgress&) = delete;
    GuideReadProgress& operator=(const GuideReadProgress&) = delete;

private:
    QProgressDialog m_dialog;
    QTimer m_showLater;
};

} // namespace ip
