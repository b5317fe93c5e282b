#include "ui/practice/PracticeScreen.h"

#include "StudyContext.h"
#include "services/InterviewDateService.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/ReadinessReport.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/practice/InterviewDatePrompt.h"
#include "ui/practice/PracticeNotesPane.h"
#include "ui/questions/QuestionView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace ip {

namespace {

constexpr std::array<ReviewGrade, 4> Grades{ReviewGrade::Again, ReviewGrade::Hard,
                                            ReviewGrade::Good, ReviewGrade::Easy};

int indexOf(ReviewGrade grade)
{
    return static_cast<int>(grade) - 1;
}

// The menu item, with the letter that chooses it in the open menu.
QString gradeCommandName(ReviewGrade grade)
{
    switch (grade) {
    case ReviewGrade::Again:
        return PracticeScreen::tr("&Again");
    case ReviewGrade::Hard:
        return PracticeScreen::tr("&Hard");
    case ReviewGrade::Good:
        return PracticeScreen::tr("&Good");
    case ReviewGrade::Easy:
        return PracticeScreen::tr("&Easy");
    }
    return {};
}

// "0:42", "12:05", "1:02:05": a clock's face.
QString clockText(double seconds)
{
    const qint64 total = qint64(seconds);
    const auto twoDigits = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    if (total < 3600)
        return QStringLiteral("%1:%2").arg(total / 60).arg(twoDigits(total % 60));
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg(twoDigits(total / 60 % 60), twoDigits(total % 60));
}

const QString CategoryKey = QStringLiteral("practice/category");

} // namespace

PracticeScreen::PracticeScreen(StudyContext& context, QWidget* parent)
    : PracticeScreen(context, DefaultNewQuestionsPerDay, parent)
{
}

PracticeScreen::PracticeScreen(StudyContext& context, int newQuestionsPerDay, QWidget* parent)
    : Screen(parent), m_context(context), m_newQuestionsPerDay(newQuestionsPerDay)
{
    if (context.data())
        m_practice = &context.data()->practice();

    m_counts = new QLabel(this);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_timer = new QLabel(this);
    m_timer->setToolTip(tr("Time on this question"));
    // A description, not a name: a label's name is its text, the time itself.
    m_timer->setAccessibleDescription(tr("Time on this question"));
    m_timer->setForegroundRole(QPalette::PlaceholderText);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PracticeScreen::tick);
    m_readiness = new QLabel(this);
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setWordWrap(true);
    buildCategoryFilter();

    m_view = new QuestionView(this);
    // Once shown, the answer stays for the grade: hiding it again has no use
    // here, and Space is not a toggle.
    connect(m_view, &QuestionView::answerRevealedChanged, this,
            &PracticeScreen::updateGradeButtons);
    m_notes = new PracticeNotesPane(this);
    m_notes->hide();
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->addWidget(m_notes);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    m_gradeRow = new QWidget(this);
    auto* gradeLayout = new QHBoxLayout(m_gradeRow);
    gradeLayout->setContentsMargins(16, 0, 16, 0);
    for (ReviewGrade grade : Grades) {
        auto* button = new QPushButton(m_gradeRow);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolTip(tr("%1 (%2)").arg(gradeName(grade)).arg(static_cast<int>(grade)));
        connect(button, &QPushButton::clicked, this, [this, grade] { this->grade(grade); });
        gradeLayout->addWidget(button);
        m_gradeButtons[indexOf(grade)] = button;
    }

    m_readOnlyReason = new QLabel(this);
    m_readOnlyReason->setTextFormat(Qt::PlainText);
    m_readOnlyReason->setWordWrap(true);
    if (!context.canEditStudy())
        m_readOnlyReason->setText(tr("Grades cannot be saved in this session. %1")
                                      .arg(context.readOnlyReason())
                                      .trimmed());
    m_readOnlyReason->setVisible(!context.canEditStudy());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 12);
    layout->setSpacing(8);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 0, 16, 0);
    header->addWidget(m_category);
    header->addWidget(m_counts);
    header->addWidget(m_timer);
    header->addStretch(1);
    layout->addLayout(header);
    // A line of its own: a long sentence beside the controls would squeeze
    // them and push the prompt down on a small screen.
    auto* readinessRow = new QHBoxLayout;
    readinessRow->setContentsMargins(16, 0, 16, 0);
    readinessRow->addWidget(m_readiness, 1);
    layout->addLayout(readinessRow);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_gradeRow);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->setContentsMargins(16, 0, 16, 0);
    reasonRow->addWidget(m_readOnlyReason);
    layout->addLayout(reasonRow);

    // The window focuses the screen when it is chosen; the keys act from
    // anywhere inside it.
    setFocusPolicy(Qt::ClickFocus);
    buildCommands();
    loadSession();
    showCurrent();
}

PracticeScreen::~PracticeScreen() = default;

void PracticeScreen::buildCategoryFilter()
{
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category to practise"));
    m_category->setToolTip(tr("Practise one category, or all (Ctrl+F)"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->addItem(tr("All categories"), QString());
    for (const QString& category : m_context.guide().categories)
        m_category->addItem(category, category);
    m_category->setVisible(m_context.guide().categories.size() > 1);
    connect(m_category, &QComboBox::activated, this, &PracticeScreen::chooseCategory);
}

void PracticeScreen::focusFilter()
{
    if (m_category->isVisible())
        m_category->setFocus(Qt::ShortcutFocusReason);
    else
        setFocus(Qt::ShortcutFocusReason);
}

void PracticeScreen::chooseCategory()
{
    const QString chosen = m_category->currentData().toString();
    if (chosen != m_categoryChosen) {
        m_categoryChosen = chosen;
        m_lastGrade.reset();
        loadSession();
        showCurrent();
        Q_EMIT stateChanged();
    }
    // The keys go back to the question.
    setFocus(Qt::OtherFocusReason);
}

void PracticeScreen::saveState(QSettings& settings) const
{
    settings.setValue(CategoryKey, m_categoryChosen);
}

void PracticeScreen::restoreState(QSettings& settings)
{
    const int index = m_category->findData(settings.value(CategoryKey).toString());
    if (index < 0 || m_category->itemData(index).toString() == m_categoryChosen)
        return;
    m_category->setCurrentIndex(index);
    m_categoryChosen = m_category->itemData(index).toString();
    loadSession();
    showCurrent();
}

void PracticeScreen::buildCommands()
{
    m_showAnswerAction = new QAction(tr("&Show Answer"), this);
    m_showAnswerAction->setShortcut(Qt::Key_Space);
    connect(m_showAnswerAction, &QAction::triggered, this, &PracticeScreen::showAnswer);
    for (ReviewGrade grade : Grades) {
        auto* action = new QAction(gradeCommandName(grade), this);
        action->setShortcut(Qt::Key_0 + static_cast<int>(grade));
        connect(action, &QAction::triggered, this, [this, grade] { this->grade(grade); });
        m_gradeActions[indexOf(grade)] = action;
    }
    // Ctrl+Z as in every program; Edit › Undo has it too, but is disabled
    // unless a text field can undo, and a disabled action leaves the key to
    // this one.
    m_undoAction = new QAction(tr("&Undo Grade"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &PracticeScreen::undoGrade);
    // Listed last, a menu item only.
    m_interviewDateAction = new QAction(tr("Set &Interview Date…"), this);
    connect(m_interviewDateAction, &QAction::triggered, this, &PracticeScreen::chooseInterviewDate);
    for (QAction* action : commands()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void PracticeScreen::chooseInterviewDate()
{
    const Result<bool> changed = askInterviewDate(m_context, this);
    if (!changed)
        Q_EMIT storageFailed(changed.error());
    else if (*changed)
        Q_EMIT interviewDateChanged();
}

QList<QAction*> PracticeScreen::commands() const
{
    return {m_showAnswerAction, m_gradeActions[0], m_gradeActions[1],    m_gradeActions[2],
            m_gradeActions[3],  m_undoAction,      m_interviewDateAction};
}

QPushButton* PracticeScreen::gradeButton(ReviewGrade grade) const
{
    return m_gradeButtons[indexOf(grade)];
}

QString PracticeScreen::currentQuestionKey() const
{
    if (m_queue.isEmpty())
        return {};
    return m_context.guide().questions.at(m_queue.current().question).key;
}

// The one in use, or FSRS-6's defaults without storage (grades are then
// only shown, never made).
const ReviewScheduler& PracticeScreen::scheduler() const
{
    static const ReviewScheduler defaults;
    return m_practice ? m_practice->scheduler() : defaults;
}

QDate PracticeScreen::today() const
{
    return scheduler().dayOf(QDateTime::currentDateTimeUtc());
}

void PracticeScreen::loadSession()
{
    m_sessionDay = today();
    m_schedules.clear();
    m_loadError.reset();
    const Guide& guide = m_context.guide();
    QList<ReviewSchedule> due;
    if (m_practice) {
        auto schedules = m_practice->schedulesForGuide(guide);
        auto dueNow = schedules ? m_practice->dueBy(QDateTime::currentDateTimeUtc())
                                : Result<QList<ReviewSchedule>>(schedules.error());
        if (!dueNow) {
            // Without the history every question would look new: practise
            // nothing rather than start them all over.
            m_loadError = dueNow.error();
            m_queue = PracticeQueue();
            QMetaObject::invokeMethod(
                this, [this, error = dueNow.error()] { Q_EMIT loadFailed(error); },
                Qt::QueuedConnection);
            return;
        }
        QSet<QString> inGuide;
        for (const Question& question : guide.questions)
            inGuide.insert(question.key);
        for (const ReviewSchedule& schedule : std::as_const(*schedules)) {
            if (inGuide.contains(schedule.questionKey))
                m_schedules.insert(schedule.questionKey, schedule);
        }
        due = std::move(dueNow).value();
    }
    makeQueue(due);
}

void PracticeScreen::makeQueue(const QList<ReviewSchedule>& due)
{
    m_finalWeek = false;
    if (m_practice) {
        const auto report =
            m_context.data()->interviewDates().readiness(m_context.guide(), m_sessionDay);
        if (report.ok() && report.value()) {
            const QList<QuestionReadiness> weakestFirst = finalWeekQuestions(*report.value());
            if (!weakestFirst.isEmpty()) {
                m_finalWeek = true;
                m_queue = PracticeQueue::finalWeek(m_context.guide(), weakestFirst, m_schedules,
                                                   m_practice->scheduler(), m_sessionDay,
                                                   m_categoryChosen);
                return;
            }
        }
    }
    const int started = m_practice ? newStartedToday() : 0;
    m_queue = PracticeQueue(m_context.guide(), due, m_schedules,
                            std::max(0, m_newQuestionsPerDay - started), m_categoryChosen);
}

// The new questions already started today (in an earlier session) count
// against the day's limit: the ones whose first grade was given today.
int PracticeScreen::newStartedToday()
{
    const ReviewScheduler& calendar = scheduler();
    int started = 0;
    for (const ReviewSchedule& schedule : std::as_const(m_schedules)) {
        if (calendar.dayOf(schedule.lastReviewedAt) != m_sessionDay)
            continue;
        const auto log = m_practice->log({schedule.guideKey, schedule.questionKey});
        if (log && !log->isEmpty() && calendar.dayOf(log->first().reviewedAt) == m_sessionDay)
            ++started;
    }
    return started;
}

void PracticeScreen::showCurrent()
{
    m_msecsBefore = 0;
    if (isVisible())
        m_shownFor.start();
    else
        m_shownFor.invalidate();
    m_notes->hide();
    if (m_queue.isEmpty()) {
        m_view->setQuestion(nullptr);
        m_view->showEmptyState(finishedMessage(), false);
    } else {
        m_view->setQuestion(&m_context.guide().questions.at(m_queue.current().question));
    }
    updateCounts();
    updateGradeButtons();
    tick();
}

void PracticeScreen::tick()
{
    const bool asking = !m_queue.isEmpty();
    m_timer->setVisible(asking);
    if (asking)
        m_timer->setText(clockText(secondsOnQuestion()));
    if (asking && isVisible())
        m_tick->start();
    else
        m_tick->stop();
}

void PracticeScreen::updateCounts()
{
    if (m_finalWeek)
        m_counts->setText(tr("Final week: weakest first · %n to go", nullptr, m_queue.size()));
    else
        m_counts->setText(tr("%n due", nullptr, m_queue.dueCount()) + QStringLiteral(" · ") +
                          tr("%n new", nullptr, m_queue.newCount()));
    m_counts->setToolTip(m_finalWeek ? tr("In the last week before the interview, every question "
                                          "comes up, the lowest predicted recall on the day first, "
                                          "whatever its due day.")
                                     : QString());
    m_counts->setVisible(!m_queue.isEmpty());
    const QString readiness = readinessText();
    m_readiness->setText(readiness);
    m_readiness->setVisible(!readiness.isEmpty());
}

QString PracticeScreen::readinessText() const
{
    if (!m_context.data())
        return {};
    // The session's day, the one the final week is decided on.
    const auto report =
        m_context.data()->interviewDates().readiness(m_context.guide(), m_sessionDay);
    if (!report.ok() || !report.value())
        return {};
    const ReadinessReport& readiness = *report.value();
    const int days = readiness.daysLeft();
    if (days < 0)
        return {};
    const int percent = qRound(readiness.overall * 100);
    QString text = days == 0 ? tr("Interview today: %1 % ready.").arg(percent)
                   : days == 1
                       ? tr("Interview tomorrow: %1 % ready.").arg(percent)
                       : tr("Interview in %n days: %1 % ready.", nullptr, days).arg(percent);
    const int toReview = int(readiness.toReachTarget.size());
    const int target = qRound(readiness.target * 100);
    if (toReview > 0 && readiness.targetReachable)
        text +=
            QLatin1Char(' ') +
            (toReview == 1
                 ? tr("Review 1 question by then to reach %1 %.").arg(target)
                 : tr("Review %n questions by then to reach %1 %.", nullptr, toReview).arg(target));
    else if (toReview > 0)
        // Out of reach of one review of each question today; the days left
        // allow more, so say what one round gives.
        text += QLatin1Char(' ') +
                tr("One review of every question would lift it to %1 %; keep practising daily.")
                    .arg(qRound(readiness.afterOneRound() * 100));
    return text;
}

void PracticeScreen::updateGradeButtons()
{
    const bool revealed = !m_queue.isEmpty() && m_view->isAnswerRevealed();
    m_view->revealButton()->setVisible(!m_queue.isEmpty() && !revealed);
    m_gradeRow->setVisible(revealed);
    if (revealed) {
        showNotes();
        const Question& question = m_context.guide().questions.at(m_queue.current().question);
        const std::optional<ReviewSchedule> current = scheduleOf(question.key);
        // What each grade would give, worked out without writing anything.
        for (ReviewGrade grade : Grades) {
            const ReviewLogEntry review{m_context.guide().guideKeyOf(question.key), question.key,
                                        QDateTime::currentDateTimeUtc(), static_cast<int>(grade),
                                        0};
            const int days = scheduler().next(current, review).intervalDays;
            m_gradeButtons[indexOf(grade)]->setText(tr("%1 · %2  (%3)")
                                                        .arg(gradeName(grade), intervalText(days))
                                                        .arg(static_cast<int>(grade)));
            m_gradeButtons[indexOf(grade)]->setEnabled(canGrade());
        }
    }
    updateCommands();
}

// The note and the linked stories, read when the answer is shown: the
// candidate may have written them on another screen a moment ago.
void PracticeScreen::showNotes()
{
    if (!m_context.data() || m_queue.isEmpty())
        return;
    const Question& question = m_context.guide().questions.at(m_queue.current().question);
    const QuestionRef ref = m_context.guide().refOf(question);
    const auto note = m_context.data()->notes().markdown(ref);
    const auto stories = m_context.data()->stories().forQuestion(ref);
    if (!note || !stories) {
        Q_EMIT loadFailed(!note ? note.error() : stories.error());
        return;
    }
    m_notes->setContent(*note, *stories);
    m_notes->setVisible(!m_notes->isEmpty());
}

void PracticeScreen::updateCommands()
{
    // The window's menu reaches the whole window: only while this screen is
    // shown, and only what the question's state allows.
    const bool asking = isVisible() && !m_queue.isEmpty();
    m_showAnswerAction->setEnabled(asking && !m_view->isAnswerRevealed());
    for (QAction* action : m_gradeActions)
        action->setEnabled(isVisible() && canGrade());
    m_undoAction->setEnabled(isVisible() && m_lastGrade.has_value() && m_context.canEditStudy());
    m_interviewDateAction->setEnabled(isVisible() && m_context.data() &&
                                      m_context.canSetInterviewDate());
}

bool PracticeScreen::canGrade() const
{
    return m_practice && m_context.canEditStudy() && !m_queue.isEmpty() &&
           m_view->isAnswerRevealed();
}

void PracticeScreen::showAnswer()
{
    if (!m_queue.isEmpty())
        m_view->setAnswerRevealed(true);
}

void PracticeScreen::grade(ReviewGrade grade)
{
    if (!canGrade())
        return;
    const Question& question = m_context.guide().questions.at(m_queue.current().question);
    const double seconds = secondsOnQuestion();
    const ReviewLogEntry entry{m_context.guide().guideKeyOf(question.key), question.key,
                               QDateTime::currentDateTimeUtc(), static_cast<int>(grade), seconds};
    const auto recorded =
        m_practice->record({entry.guideKey, entry.questionKey}, grade, seconds, entry.reviewedAt);
    if (!recorded) {
        // The question stays, answer shown, for another try.
        Q_EMIT storageFailed(recorded.error());
        return;
    }
    m_lastGrade = GivenGrade{entry, m_queue, m_tally, seconds};
    m_schedules.insert(question.key, *recorded);
    m_tally.add(question.key, grade, seconds);
    // A focused grade button is about to hide: the keys stay on the screen.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_queue.graded(grade);
    showCurrent();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void PracticeScreen::undoGrade()
{
    if (!m_lastGrade || !m_practice || !m_context.canEditStudy())
        return;
    const auto schedule = m_practice->undo(m_lastGrade->entry);
    if (!schedule) {
        Q_EMIT storageFailed(schedule.error());
        return;
    }
    const QString key = m_lastGrade->entry.questionKey;
    if (schedule->has_value())
        m_schedules.insert(key, **schedule);
    else
        m_schedules.remove(key);
    m_queue = m_lastGrade->queueBefore;
    m_tally = m_lastGrade->tallyBefore;
    const double secondsTaken = m_lastGrade->secondsTaken;
    m_lastGrade.reset();
    showCurrent();
    // Where the candidate was: the answer shown, the clock on.
    m_msecsBefore = qint64(secondsTaken * 1000);
    m_view->setAnswerRevealed(true);
    tick();
    Q_EMIT statusMessage(tr("Grade taken back."));
}

QString PracticeScreen::finishedMessage() const
{
    if (m_loadError)
        return tr("Your practice history could not be read, so there is nothing to practise "
                  "now. %1")
            .arg(m_loadError->message);
    if (m_context.guide().questions.isEmpty())
        return tr("This guide has no questions to practise.");
    QString done;
    if (!m_tally.isEmpty())
        done = m_tally.summary();
    else if (m_finalWeek)
        done = tr("Every question has been practised today.");
    else
        done = m_categoryChosen.isEmpty() ? tr("Nothing due today.")
                                          : tr("Nothing due today in %1.").arg(m_categoryChosen);
    const QString next = nextReviewText();
    return next.isEmpty() ? done : done + u'\n' + next;
}

// "Due tomorrow: 4 questions." or, when none is, the next day one is due.
QString PracticeScreen::nextReviewText() const
{
    if (!m_practice)
        return {};
    const ReviewScheduler& calendar = scheduler();
    const QDate tomorrow = m_sessionDay.addDays(1);
    QSet<QString> elsewhere; // questions of the categories not practised
    for (const Question& question : m_context.guide().questions) {
        if (!m_categoryChosen.isEmpty() && question.category != m_categoryChosen)
            elsewhere.insert(question.key);
    }
    int dueTomorrow = 0;
    std::optional<QDateTime> next;
    for (const ReviewSchedule& schedule : m_schedules) {
        if (elsewhere.contains(schedule.questionKey))
            continue;
        if (calendar.dayOf(schedule.dueAt) <= tomorrow)
            ++dueTomorrow;
        if (!next || schedule.dueAt < *next)
            next = schedule.dueAt;
    }
    if (dueTomorrow > 0)
        return tr("Due tomorrow: %n questions.", nullptr, dueTomorrow);
    if (!next)
        return {};
    return tr("Next review: %1.").arg(dayText(calendar.dayOf(*next)));
}

QString PracticeScreen::dayText(const QDate& day) const
{
    if (day <= m_sessionDay)
        return tr("today");
    if (day == m_sessionDay.addDays(1))
        return tr("tomorrow");
    return QLocale().toString(day, QLocale::LongFormat);
}

double PracticeScreen::secondsOnQuestion() const
{
    const qint64 running = m_shownFor.isValid() ? m_shownFor.elapsed() : 0;
    return double(m_msecsBefore + running) / 1000.0;
}

std::optional<ReviewSchedule> PracticeScreen::scheduleOf(const QString& questionKey) const
{
    const auto found = m_schedules.constFind(questionKey);
    if (found == m_schedules.cend())
        return std::nullopt;
    return *found;
}

void PracticeScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    // A window left open overnight: a new day brings what is due on it,
    // unless the candidate is in the middle of a question.
    if (today() != m_sessionDay && !m_view->isAnswerRevealed()) {
        m_lastGrade.reset();
        m_tally = PracticeTally();
        loadSession();
        showCurrent();
    }
    // The time on a question counts while the candidate can see it.
    if (!m_shownFor.isValid())
        m_shownFor.start();
    updateCommands();
    tick();
}

void PracticeScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    if (m_shownFor.isValid()) {
        m_msecsBefore += m_shownFor.elapsed();
        m_shownFor.invalidate();
    }
    updateCommands();
    tick();
}

} // namespace ip
