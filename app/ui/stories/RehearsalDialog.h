#pragma once

#include "model/StarStory.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPushButton;
class QTimer;

namespace ip {

// Reading a story aloud against the clock: the four parts in large type and
// a count-up timer with the 90–120 second target beside it. Space starts and
// stops the timer, R sets it back to zero, Esc closes.
class RehearsalDialog : public QDialog {
    Q_OBJECT
public:
    RehearsalDialog(const StarStory& story, int wordsPerMinute, QWidget* parent = nullptr);

    bool isRunning() const { return m_running.isValid(); }
    // Time on the clock, in milliseconds.
    qint64 elapsedMs() const;
    QString clockText() const;
    QString targetText() const;

    void toggle();
    void reset();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateClock();

    QElapsedTimer m_running; // valid while the clock runs
    qint64 m_stoppedMs = 0;  // time from earlier runs
    QLabel* m_clock = nullptr;
    QLabel* m_target = nullptr;
    QString m_targetText; // the target line while the clock is within it
    QPushButton* m_startStop = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace ip
