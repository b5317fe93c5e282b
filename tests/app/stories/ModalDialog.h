#pragma once

// Acting on a modal dialog from a test: the dialog's exec() blocks the test,
// so what the user would do in it is queued to run once it is shown.

#include <QApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace ip::test {

// Runs act on the next modal dialog of type Dialog once it is the active
// modal widget and has been activated (so its initial focus is in place);
// gives up after timeoutMs (the test then fails on what the dialog should
// have done). A dialog act leaves open, as a failed QVERIFY inside it does,
// is closed so the test fails instead of waiting in exec() forever.
template <typename Dialog> void onNextModal(std::function<void(Dialog*)> act, int timeoutMs = 10000)
{
    auto* timer = new QTimer(qApp);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, deadline] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        const bool ready = dialog && dialog->isActiveWindow();
        if (!ready && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog) {
            // Another dialog than expected would wait in exec() until the
            // test's time runs out: it is closed, and the test fails on what
            // the expected one should have done.
            if (QWidget* other = QApplication::activeModalWidget()) {
                qWarning("onNextModal: closing %s, not the dialog expected",
                         other->metaObject()->className());
                other->close();
            }
            return;
        }
        const QPointer<Dialog> guarded(dialog);
        act(dialog);
        if (guarded && guarded->isVisible())
            guarded->close();
    });
    timer->start(10);
}

} // namespace ip::test
