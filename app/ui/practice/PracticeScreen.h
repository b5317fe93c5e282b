#pragma once

#include "model/ReviewLogEntry.h"
#include "model/ReviewSchedule.h"
#include "ui/Screen.h"
#include "ui/practice/PracticeQueue.h"
#include "ui/practice/PracticeTally.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <array>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace ip {

class PracticeNotesPane;
class PracticeService;
class QuestionView;
class StudyContext;

// A practice session over the open guide, like Anki's: the due questions,
// then new ones (or, in the interview's final week, every question with the
// lowest recall on the day first); one at a time with a running clock and
// the answer hidden until Space; then the answer with the candidate's notes
// and stories beside it and a self-grade on 1-4 (each button says the
// interval it would give), committed at once with the time taken. Ctrl+Z
// takes the last grade back; the end says what the session did.
class PracticeScreen : public Screen {
    Q_OBJECT
public:
    static constexpr int DefaultNewQuestionsPerDay = 10;

    explicit PracticeScreen(StudyContext& context, QWidget* parent = nullptr);
    // newQuestionsPerDay: how many never-reviewed questions a day brings
    // (the user's preference); those started earlier today count.
    PracticeScreen(StudyContext& context, int newQuestionsPerDay, QWidget* parent = nullptr);
    ~PracticeScreen() override;

    static QString screenTitle() { return tr("Practice"); }
    QString title() const override { return screenTitle(); }
    // Ctrl+F: the category to practise.
    void focusFilter() override;
    // The category practised.
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;
    // Every grade is committed when it is given.
    void commitPendingEdits() override {}

    // Show Answer, Again, Hard, Good, Easy, Undo Grade, Set Interview Date,
    // for the window's menu; their shortcuts (Space, 1-4, Ctrl+Z) work while
    // this screen is shown.
    QList<QAction*> commands() const;

    QuestionView* questionView() const { return m_view; }
    QLabel* countsLabel() const { return m_counts; }
    // The time on the question shown, "1:05".
    QLabel* timerLabel() const { return m_timer; }
    QComboBox* categoryFilter() const { return m_category; }
    PracticeNotesPane* notesPane() const { return m_notes; }
    // True in the last FinalWeekDays before the interview.
    bool isFinalWeek() const { return m_finalWeek; }
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
    // Takes the last grade back (until the next one is given): its log entry
    // goes, and its question is asked again with the answer shown.
    void undoGrade();

Q_SIGNALS:
    // The interview date was set or removed: the due days moved, so the
    // session is to be made again.
    void interviewDateChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // The last grade, kept so that Undo can take it back.
    struct GivenGrade {
        ReviewLogEntry entry;
        PracticeQueue queueBefore;
        PracticeTally tallyBefore;
        double secondsTaken = 0;
    };

    void buildCommands();
    void buildCategoryFilter();
    void chooseCategory();
    void loadSession();
    void makeQueue(const QList<ReviewSchedule>& due);
    int newStartedToday();
    const ReviewScheduler& scheduler() const;
    QDate today() const;
    void showNotes();
    void tick();
    void showCurrent();
    void updateCounts();
    QString readinessText() const;
    void updateGradeButtons();
    void updateCommands();
    bool canGrade() const;
    QString finishedMessage() const;
    QString dayText(const QDate& day) const;
    QString nextReviewText() const;
    double secondsOnQuestion() const;
    std::optional<ReviewSchedule> scheduleOf(const QString& questionKey) const;

    StudyContext& m_context;
    PracticeService* m_practice = nullptr; // null without storage
    PracticeQueue m_queue;
    int m_newQuestionsPerDay = DefaultNewQuestionsPerDay;
    QString m_categoryChosen; // empty: every category
    QDate m_sessionDay;       // the day the queue was made for
    bool m_finalWeek = false;
    PracticeTally m_tally;
    std::optional<GivenGrade> m_lastGrade;
    // The guide's schedules by question key, kept up to date with each grade.
    QHash<QString, ReviewSchedule> m_schedules;
    std::optional<Error> m_loadError;
    // Time on the question shown, counted only while the screen is shown.
    QElapsedTimer m_shownFor;
    qint64 m_msecsBefore = 0;

    QLabel* m_counts = nullptr;
    QLabel* m_timer = nullptr;
    QTimer* m_tick = nullptr;
    QComboBox* m_category = nullptr;
    QSplitter* m_split = nullptr;
    PracticeNotesPane* m_notes = nullptr;
    QLabel* m_readiness = nullptr;
    QuestionView* m_view = nullptr;
    QWidget* m_gradeRow = nullptr;
    std::array<QPushButton*, 4> m_gradeButtons{};
    QLabel* m_readOnlyReason = nullptr;

    QAction* m_showAnswerAction = nullptr;
    QAction* m_interviewDateAction = nullptr;
    QAction* m_undoAction = nullptr;
    std::array<QAction*, 4> m_gradeActions{};
};

} // namespace ip
