#include "ui/practice/PracticeScreen.h"

#include "StudyContext.h"
#include "services/InterviewDateService.h"
#include "services/PracticeService.h"
#include "services/ReadinessReport.h"
#include "services/StudyData.h"
#include "ui/practice/InterviewDateDialog.h"
#include "ui/questions/QuestionView.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

QString gradeName(ReviewGrade grade)
{
    switch (grade) {
    case ReviewGrade::Again:
        return PracticeScreen::tr("Again");
    case ReviewGrade::Hard:
        return PracticeScreen::tr("Hard");
    case ReviewGrade::Good:
        return PracticeScreen::tr("Good");
    case ReviewGrade::Easy:
        return PracticeScreen::tr("Easy");
    }
    return {};
}

// Short, as on Anki's buttons: "3 d", "1.5 mo", "1 y".
QString intervalText(int days)
{
    const QLocale locale;
    if (days < 31)
        return PracticeScreen::tr("%1 d").arg(days);
    if (days < 365)
        return PracticeScreen::tr("%1 mo").arg(locale.toString(days / 30.0, 'g', 2));
    return PracticeScreen::tr("%1 y").arg(locale.toString(days / 365.0, 'g', 2));
}

} // namespace

PracticeScreen::PracticeScreen(StudyContext& context, QWidget* parent)
    : PracticeScreen(context, DefaultNewQuestionsPerDay, parent)
{
}

PracticeScreen::PracticeScreen(StudyContext& context, int newQuestionsPerDay, QWidget* parent)
    : Screen(parent), m_context(context)
{
    if (context.data())
        m_practice = &context.data()->practice();

    m_counts = new QLabel(this);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_readiness = new QLabel(this);
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setWordWrap(true);
    m_readiness->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_view = new QuestionView(this);
    // Once shown, the answer stays for the grade: hiding it again has no use
    // here, and Space is not a toggle.
    connect(m_view, &QuestionView::answerRevealedChanged, this,
            &PracticeScreen::updateGradeButtons);

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
    if (!context.canSave()) {
        const QString why = context.storageError() ? context.storageError()->message : QString();
        m_readOnlyReason->setText(
            tr("Grades cannot be saved in this session. %1").arg(why).trimmed());
    }
    m_readOnlyReason->setVisible(!context.canSave());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 12);
    layout->setSpacing(8);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 0, 16, 0);
    header->addWidget(m_counts);
    header->addWidget(m_readiness, 1);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_gradeRow);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->setContentsMargins(16, 0, 16, 0);
    reasonRow->addWidget(m_readOnlyReason);
    layout->addLayout(reasonRow);

    // The window focuses the screen when it is chosen; the keys act from
    // anywhere inside it.
    setFocusPolicy(Qt::ClickFocus);
    buildCommands();
    loadSession(newQuestionsPerDay);
    showCurrent();
}

PracticeScreen::~PracticeScreen() = default;

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
    // Listed after the grades, a menu item only.
    m_interviewDateAction = new QAction(tr("Set &Interview Date…"), this);
    connect(m_interviewDateAction, &QAction::triggered, this, &PracticeScreen::chooseInterviewDate);
    for (QAction* action : commands()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void PracticeScreen::chooseInterviewDate()
{
    if (!m_context.data() || !m_context.canSave())
        return;
    InterviewDateService& dates = m_context.data()->interviewDates();
    const Guide& guide = m_context.guide();
    const auto current = dates.date(guide.key);
    if (!current) {
        Q_EMIT storageFailed(current.error());
        return;
    }
    InterviewDateDialog dialog(guide.title, *current, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() == *current)
        return;
    const Result<void> stored =
        dialog.chosen() ? dates.set(guide.key, *dialog.chosen()) : dates.clear(guide.key);
    if (!stored.ok()) {
        Q_EMIT storageFailed(stored.error());
        return;
    }
    Q_EMIT interviewDateChanged();
}

QList<QAction*> PracticeScreen::commands() const
{
    return {m_showAnswerAction, m_gradeActions[0], m_gradeActions[1],
            m_gradeActions[2],  m_gradeActions[3], m_interviewDateAction};
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

void PracticeScreen::loadSession(int newQuestionsPerDay)
{
    const Guide& guide = m_context.guide();
    QList<ReviewSchedule> due;
    if (m_practice) {
        auto schedules = m_practice->schedulesForGuide(guide.key);
        auto dueNow = schedules ? m_practice->dueBy(QDateTime::currentDateTimeUtc())
                                : Result<QList<ReviewSchedule>>(schedules.error());
        if (!dueNow) {
            // Without the history every question would look new: practise
            // nothing rather than start them all over.
            m_loadError = dueNow.error();
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
    const int started = m_practice ? newStartedToday() : 0;
    m_queue = PracticeQueue(guide, due, m_schedules, std::max(0, newQuestionsPerDay - started));
}

// The new questions already started today (in an earlier session) count
// against the day's limit: the ones whose first grade was given today.
int PracticeScreen::newStartedToday()
{
    const ReviewScheduler& scheduler = m_practice->scheduler();
    const QDate today = scheduler.dayOf(QDateTime::currentDateTimeUtc());
    int started = 0;
    for (const ReviewSchedule& schedule : std::as_const(m_schedules)) {
        if (scheduler.dayOf(schedule.lastReviewedAt) != today)
            continue;
        const auto log = m_practice->log({schedule.guideKey, schedule.questionKey});
        if (log && !log->isEmpty() && scheduler.dayOf(log->first().reviewedAt) == today)
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
    if (m_queue.isEmpty()) {
        m_view->setQuestion(nullptr);
        m_view->showEmptyState(finishedMessage(), false);
    } else {
        m_view->setQuestion(&m_context.guide().questions.at(m_queue.current().question));
    }
    updateCounts();
    updateGradeButtons();
}

void PracticeScreen::updateCounts()
{
    m_counts->setText(tr("%n due", nullptr, m_queue.dueCount()) + QStringLiteral(" · ") +
                      tr("%n new", nullptr, m_queue.newCount()));
    m_counts->setVisible(!m_queue.isEmpty());
    const QString readiness = readinessText();
    m_readiness->setText(readiness);
    m_readiness->setVisible(!readiness.isEmpty());
}

QString PracticeScreen::readinessText() const
{
    if (!m_context.data())
        return {};
    const QDate today = QDate::currentDate();
    const auto report = m_context.data()->interviewDates().readiness(m_context.guide(), today);
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
    if (toReview > 0 && readiness.targetReachable)
        text += QLatin1Char(' ') +
                (toReview == 1 ? tr("Review 1 question by then to reach %1 %.")
                                     .arg(qRound(readiness.target * 100))
                               : tr("Review %n questions by then to reach %1 %.", nullptr, toReview)
                                     .arg(qRound(readiness.target * 100)));
    return text;
}

void PracticeScreen::updateGradeButtons()
{
    const bool revealed = !m_queue.isEmpty() && m_view->isAnswerRevealed();
    m_view->revealButton()->setVisible(!m_queue.isEmpty() && !revealed);
    m_gradeRow->setVisible(revealed);
    if (revealed) {
        const Question& question = m_context.guide().questions.at(m_queue.current().question);
        const std::optional<ReviewSchedule> current = scheduleOf(question.key);
        static const ReviewScheduler defaults;
        const ReviewScheduler& scheduler = m_practice ? m_practice->scheduler() : defaults;
        // What each grade would give, worked out without writing anything.
        for (ReviewGrade grade : Grades) {
            const ReviewLogEntry review{m_context.guide().key, question.key,
                                        QDateTime::currentDateTimeUtc(), static_cast<int>(grade),
                                        0};
            const int days = scheduler.next(current, review).intervalDays;
            m_gradeButtons[indexOf(grade)]->setText(tr("%1 · %2  (%3)")
                                                        .arg(gradeName(grade), intervalText(days))
                                                        .arg(static_cast<int>(grade)));
            m_gradeButtons[indexOf(grade)]->setEnabled(canGrade());
        }
    }
    updateCommands();
}

void PracticeScreen::updateCommands()
{
    // The window's menu reaches the whole window: only while this screen is
    // shown, and only what the question's state allows.
    const bool asking = isVisible() && !m_queue.isEmpty();
    m_showAnswerAction->setEnabled(asking && !m_view->isAnswerRevealed());
    for (QAction* action : m_gradeActions)
        action->setEnabled(isVisible() && canGrade());
    m_interviewDateAction->setEnabled(isVisible() && m_context.data() && m_context.canSave());
}

bool PracticeScreen::canGrade() const
{
    return m_practice && m_context.canSave() && !m_queue.isEmpty() && m_view->isAnswerRevealed();
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
    const auto recorded = m_practice->record({m_context.guide().key, question.key}, grade,
                                             secondsOnQuestion(), QDateTime::currentDateTimeUtc());
    if (!recorded) {
        // The question stays, answer shown, for another try.
        Q_EMIT storageFailed(recorded.error());
        return;
    }
    m_schedules.insert(question.key, *recorded);
    m_reviewed.insert(question.key);
    // A focused grade button is about to hide: the keys stay on the screen.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_queue.graded(grade);
    showCurrent();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

QString PracticeScreen::finishedMessage() const
{
    if (m_loadError)
        return tr("Your practice history could not be read, so there is nothing to practise "
                  "now. %1")
            .arg(m_loadError->message);
    if (m_context.guide().questions.isEmpty())
        return tr("This guide has no questions to practise.");
    const QString done = m_reviewed.isEmpty() ? tr("Nothing due today.")
                         : m_reviewed.size() == 1
                             ? tr("You reviewed 1 question.")
                             : tr("You reviewed %n questions.", nullptr, int(m_reviewed.size()));
    std::optional<QDateTime> next;
    for (const ReviewSchedule& schedule : m_schedules) {
        if (!next || schedule.dueAt < *next)
            next = schedule.dueAt;
    }
    if (!next || !m_practice)
        return done;
    return done + u'\n' + tr("Next review: %1.").arg(dayText(m_practice->scheduler().dayOf(*next)));
}

QString PracticeScreen::dayText(const QDate& day) const
{
    const QDate today = m_practice->scheduler().dayOf(QDateTime::currentDateTimeUtc());
    if (day <= today)
        return tr("today");
    if (day == today.addDays(1))
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
    // The time on a question counts while the candidate can see it.
    if (!m_shownFor.isValid())
        m_shownFor.start();
    updateCommands();
}

void PracticeScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    if (m_shownFor.isValid()) {
        m_msecsBefore += m_shownFor.elapsed();
        m_shownFor.invalidate();
    }
    updateCommands();
}

} // namespace ip
