#pragma once

#include "model/MockInterview.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ip {

class AutosaveTimer;
class MockInterviewService;

// A mock interview as it runs: one question at a time, its prompt large, a
// countdown of its time box that turns red and says "over time" once past
// (it never stops the candidate), and a plain-text field for the outline
// they speak from. The outline is saved as it is typed (within a second,
// AutosaveTimer), with the time spent so far; no answer is shown until the
// end. Ctrl+Enter goes to the next question, and from the last one finishes.
class MockInterviewRunPage : public QWidget {
    Q_OBJECT
public:
    MockInterviewRunPage(MockInterviewService* service, bool canSave, QWidget* parent = nullptr);

    // Runs `interview` from its first question not yet answered (a resumed
    // one goes on where it was left, with the time already spent).
    void run(const MockInterview& interview);
    bool isRunning() const { return m_interview.id != 0; }
    qint64 mockId() const { return m_interview.id; }
    const MockInterview& interview() const { return m_interview; }
    int position() const { return m_position; }

    // Saves the outline and the time on the question now (leaving the page,
    // the screens made again, quitting).
    void saveNow();
    // Next question (Ctrl+Enter); after the last one, finishes.
    void next();
    // Ends the interview now; the questions not reached stay unanswered.
    void finishNow();

    // mm:ss left in the time box, or "+mm:ss over time".
    QString countdownText() const;
    bool isOverTime() const;
    double secondsOnQuestion() const;

    QLabel* progressLabel() const { return m_progress; }
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* promptLabel() const { return m_prompt; }
    QPlainTextEdit* outlineEdit() const { return m_outline; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* finishButton() const { return m_finish; }

Q_SIGNALS:
    void finished(qint64 mockId);
    void storageFailed(const ip::Error& error);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showQuestion(int position);
    void updateClock();
    bool saveOutline();
    bool answerCurrent();
    void complete();

    MockInterviewService* m_service;
    bool m_canSave;
    MockInterview m_interview;
    int m_position = 0;
    // Time on the question shown: what was stored before plus the running
    // clock, which runs while the page is shown.
    double m_secondsBefore = 0;
    QElapsedTimer m_clock;

    QLabel* m_progress = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_prompt = nullptr;
    QPlainTextEdit* m_outline = nullptr;
    QLabel* m_saveState = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_finish = nullptr;
    QAction* m_nextAction = nullptr;
    QTimer* m_tick = nullptr;
    AutosaveTimer* m_autosave = nullptr;
};

} // namespace ip
