#pragma once

#include <QObject>

class QTimer;

namespace ip {

// When to save text the user is typing, without a Save button: after a short
// pause in typing, and at the latest a second after the first unsaved
// keystroke, so even someone typing without a pause never has more than a
// second of work at risk (DESIGN.md: a crash loses at most the last second).
class AutosaveTimer : public QObject {
    Q_OBJECT
public:
    static constexpr int PauseMs = 500;
    static constexpr int MaxUnsavedMs = 1000;

    explicit AutosaveTimer(QObject* parent = nullptr, int pauseMs = PauseMs);

    // Call on every edit.
    void edited();
    // Call when the text was saved (or discarded): nothing is waiting.
    void stop();
    bool isPending() const;

Q_SIGNALS:
    void due();

private:
    QTimer* m_pause;
    QTimer* m_deadline;
};

} // namespace ip
