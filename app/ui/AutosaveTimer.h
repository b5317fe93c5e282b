#pragma once

#include <QObject>
#include <functional>
#include <optional>

class QTimer;

namespace ip {

// When to save text the user is typing, without a Save button: after a short
// pause in typing, and at the latest a second after the first unsaved
// keystroke, so even someone typing without a pause never has more than a
// second of work at risk (DESIGN.md: a crash loses at most the last second).
//
// The deadlines are computed from a monotonic clock, not from how many timer
// events arrived, so a busy event loop can make a save late but never
// forgets the bound; tests pass a clock of their own.
class AutosaveTimer : public QObject {
    Q_OBJECT
public:
    static constexpr int PauseMs = 500;
    static constexpr int MaxUnsavedMs = 1000;

    // Milliseconds on a monotonic clock.
    using Clock = std::function<qint64()>;

    explicit AutosaveTimer(QObject* parent = nullptr, int pauseMs = PauseMs, Clock clock = {});

    // Call on every edit.
    void edited();
    // Call when the text was saved (or discarded): nothing is waiting.
    void stop();
    bool isPending() const { return m_firstEdit.has_value(); }
    // When due() fires if no other edit comes, on the clock; only while pending.
    qint64 dueAt() const;

    // Emits due() if its time has come on the clock, and otherwise waits for
    // it. The timer calls this; a test calls it after moving its clock.
    void fireIfDue();

Q_SIGNALS:
    void due();

private:
    void schedule();

    Clock m_clock;
    int m_pauseMs;
    QTimer* m_timer;
    std::optional<qint64> m_firstEdit; // the first edit not yet saved
    qint64 m_lastEdit = 0;
};

} // namespace ip
