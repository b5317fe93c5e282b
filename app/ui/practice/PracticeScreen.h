#pragma once

#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "ui/Screen.h"
#include "ui/practice/PracticeQueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <array>
#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace ip {

class PracticeService;
class QuestionView;
class StudyContext;

// A practice session over the open guide, like Anki's: the due questions,
// then new ones; one at a time with the answer hidden until Space; then a
// self-grade on 1-4 (each button says the interval it would give), which is
// committed at once with the time taken, and the next question.
class PracticeScreen : public Screen {
    Q_OBJECT
public:
    static constexpr int DefaultNewQuestionsPerDay = 10;

    explicit PracticeScreen(StudyContext& context, QWidget* parent = nullptr);
    // newQuestionsPerDay: how many never-reviewed questions a day brings
    // (the user's preference); those started earlier today count.
    PracticeScreen(StudyContext& context, int newQuestionsPerDay, QWidget* parent = nullptr);
    ~PracticeScreen() override;

    QString title() const override { return tr("Practice"); }
    // Nothing to filter yet: the keys go to the question.
    void focusFilter() override { setFocus(Qt::ShortcutFocusReason); }
    void saveState(QSettings&) const override {}
    void restoreState(QSettings&) override {}
    // Every grade is committed when it is given.
    void commitPendingEdits() override {}

    // Show Answer, Again, Hard, Good, Easy, for the window's menu; their
    // shortcuts (Space, 1-4) work while this screen is shown.
    QList<QAction*> commands() const;

    QuestionView* questionView() const { return m_view; }
    QLabel* countsLabel() const { return m_counts; }
    // "Interview in 12 days: 43 % ready…"; hidden without an interview date.
    QLabel* readinessLabel() const { return m_readiness; }
    // Asks for the open guide's interview date and stores it (Practice ›
    // Set Interview Date…).
    void chooseInterviewDate();
    QPushButton* gradeButton(ReviewGrade grade) const;
    // Why grading is off (a read-only database); hidden when it is on.
    QLabel* readOnlyReason() const { return m_readOnlyReason; }
    // The question asked now; empty once the session is over.
    QString currentQuestionKey() const;

    void showAnswer();
    // Records the grade for the question shown; ignored until its answer
    // has been shown. A grade that cannot be saved keeps the question.
    void grade(ReviewGrade grade);

Q_SIGNALS:
    // The interview date was set or removed: the due days moved, so the
    // session is to be made again.
    void interviewDateChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildCommands();
    void loadSession(int newQuestionsPerDay);
    int newStartedToday();
    void showCurrent();
    void updateCounts();
    QString readinessText() const;
    void updateGradeButtons();
    void updateCommands();
    bool canGrade() const;
    QString finishedMessage() const;
    QString dayText(const QDate& day) const;
    double secondsOnQuestion() const;
    std::optional<ReviewSchedule> scheduleOf(const QString& questionKey) const;

    StudyContext& m_context;
    PracticeService* m_practice = nullptr; // null without storage
    PracticeQueue m_queue;
    // The guide's schedules by question key, kept up to date with each grade.
    QHash<QString, ReviewSchedule> m_schedules;
    QSet<QString> m_reviewed; // graded in this session
    std::optional<Error> m_loadError;
    // Time on the question shown, counted only while the screen is shown.
    QElapsedTimer m_shownFor;
    qint64 m_msecsBefore = 0;

    QLabel* m_counts = nullptr;
    QLabel* m_readiness = nullptr;
    QuestionView* m_view = nullptr;
    QWidget* m_gradeRow = nullptr;
    std::array<QPushButton*, 4> m_gradeButtons{};
    QLabel* m_readOnlyReason = nullptr;

    QAction* m_showAnswerAction = nullptr;
    QAction* m_interviewDateAction = nullptr;
    std::array<QAction*, 4> m_gradeActions{};
};

} // namespace ip
