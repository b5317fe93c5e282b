#pragma once

// The start-up benchmark's probe (bench/start/start-bench), shared by the
// bare Qt window and the app's main(). Header-only, so the app needs no
// bench library. Does nothing unless IP_BENCH_REPORT_EXPOSED is set; then,
// once the main window's first paint has been flushed to the screen, prints
//
//   IP_BENCH exposed_ms=<since launch> rss_kb=<VmRSS> cpu_ms=<CPU time>
//
// on stdout and quits (see ExposeReporter for a window whose content comes
// after its first paint). "Launch" is IP_BENCH_LAUNCHED_AT_US (CLOCK_REALTIME in
// microseconds, taken by the driver just before it starts the program), or,
// when that is unset, the process start time in /proc/self/stat (only 10 ms
// resolution). The CPU time is the process's own, all threads (not a child
// process's): on a loaded machine it varies far less than the elapsed time.

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ip::bench {

inline double realtimeMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

// Milliseconds since the process started, from the kernel's start time (in
// clock ticks since boot) against CLOCK_BOOTTIME.
inline double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which may hold spaces, in parentheses.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // starttime is field 22 of the whole line, the 20th after the name.
    const double ticks = fields.value(19).toDouble();
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double nowMs = double(boot.tv_sec) * 1e3 + double(boot.tv_nsec) / 1e6;
    return nowMs - ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

inline double processCpuMilliseconds()
{
    timespec used{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return double(used.tv_sec) * 1e3 + double(used.tv_nsec) / 1e6;
}

inline long residentKilobytes()
{
    // /proc files report no size, so they are read whole rather than line
    // by line (QFile::atEnd() would be true at once).
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Waits for the widget's first paint, then for the event loop to come back
// (the paint is flushed to the window by then), and reports. A window that
// fills in its content after that first paint (the app) also reports when
// the content is painted, as
//
//   IP_BENCH content_ms=<since launch> rss_kb=<VmRSS> cpu_ms=<CPU time>
//
// and quits only then.
class ExposeReporter : public QObject {
public:
    ExposeReporter(QWidget& window, bool waitForContent)
        : QObject(&window), m_window(window), m_waitForContent(waitForContent)
    {
        window.installEventFilter(this);
    }

    // The content is in the window; its next paint is reported.
    void contentShown()
    {
        m_contentShown = true;
        m_window.update();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                report("exposed_ms");
                if (!m_waitForContent)
                    QCoreApplication::quit();
            });
        } else if (event->type() == QEvent::Paint && m_contentShown && !m_contentPainted) {
            m_contentPainted = true;
            QTimer::singleShot(0, this, [this] {
                report("content_ms");
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report(const char* what)
    {
        const QByteArray launchedAt = qgetenv("IP_BENCH_LAUNCHED_AT_US");
        const double elapsedMs = launchedAt.isEmpty()
                                     ? msSinceProcessStart()
                                     : (realtimeMicroseconds() - launchedAt.toDouble()) / 1e3;
        std::printf("IP_BENCH %s=%.1f rss_kb=%ld cpu_ms=%.1f\n", what, elapsedMs,
                    residentKilobytes(), processCpuMilliseconds());
        std::fflush(stdout);
    }

    QWidget& m_window;
    bool m_waitForContent;
    bool m_seen = false;
    bool m_contentShown = false;
    bool m_contentPainted = false;
};

// The hook: reports on `window` when IP_BENCH_REPORT_EXPOSED is set. With
// waitForContent, the caller says when the content is in (contentShown()).
inline ExposeReporter* reportWhenExposed(QWidget& window, bool waitForContent = false)
{
    if (!qEnvironmentVariableIsSet("IP_BENCH_REPORT_EXPOSED"))
        return nullptr;
    return new ExposeReporter(window, waitForContent); // owned by the window
}

} // namespace ip::bench
