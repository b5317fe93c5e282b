#include "ui/progress/ProgressScreen.h"

#include "StudyContext.h"
#include "services/InterviewDateService.h"
#include "services/MockInterviewService.h"
#include "services/ProgressStatisticsService.h"
#include "services/ReadinessReport.h"
#include "services/RequirementProgressService.h"
#include "services/RequirementProgressSummary.h"
#include "services/StudyData.h"
#include "ui/TextTone.h"
#include "ui/practice/InterviewDatePrompt.h"
#include "ui/progress/ChartCaption.h"
#include "ui/progress/DueForecastChart.h"
#include "ui/progress/MockHistoryView.h"
#include "ui/progress/ReadinessBars.h"
#include "ui/progress/ReviewHeatMap.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* line(QWidget* parent, bool quiet = false)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (quiet)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A heading with what is under it, as one block of the page.
QVBoxLayout* section(QLabel* title, std::initializer_list<QWidget*> parts)
{
    auto* layout = new QVBoxLayout;
    layout->setSpacing(6);
    layout->addWidget(title);
    for (QWidget* part : parts)
        layout->addWidget(part);
    layout->addStretch(1);
    return layout;
}

QString percent(double value)
{
    return ProgressScreen::tr("%1 %").arg(qRound(value * 100));
}

QString questionCount(int count)
{
    return ProgressScreen::tr("%n question(s)", nullptr, count);
}

QString dayCount(int count)
{
    return ProgressScreen::tr("%n day(s)", nullptr, count);
}

} // namespace

ProgressScreen::ProgressScreen(StudyContext& context, QWidget* parent)
    : Screen(parent), m_context(context)
{
    buildLayout();
    // The figures are read when the screen is shown (showEvent), not while
    // the window is made.
}

ProgressScreen::~ProgressScreen() = default;

void ProgressScreen::buildLayout()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // It takes the focus to scroll the page with the keys.
    m_scroll->setAccessibleName(screenTitle());
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* content = new QWidget(m_scroll);
    content->setBackgroundRole(QPalette::Window);
    m_scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    m_countdown = new QLabel(content);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    QFont countdownFont = m_countdown->font();
    countdownFont.setWeight(QFont::DemiBold);
    countdownFont.setPointSizeF(countdownFont.pointSizeF() * 1.35);
    m_countdown->setFont(countdownFont);
    m_dateButton = new QPushButton(tr("Set Interview Date…"), content);
    connect(m_dateButton, &QPushButton::clicked, this, &ProgressScreen::chooseInterviewDate);
    m_unavailable = line(content);

    m_readinessHeading = heading(QString(), content);
    m_readiness = new ReadinessBars(content);
    m_readiness->setAccessibleName(tr("Readiness by category"));
    m_readinessAdvice = line(content, true);

    m_required = line(content);
    m_overdue = line(content);
    m_overall = line(content, true);

    m_streak = line(content);
    // One line: it sets the width of the heat map's column, a little wider
    // than the squares, so the lines under them wrap less.
    m_streak->setWordWrap(false);
    m_streakHint = line(content, true);
    m_heatMap = new ReviewHeatMap(content);
    m_heatMap->setAccessibleName(tr("Reviews per day, last %n weeks", nullptr, HeatMapWeeks));
    m_heatMapCaption = new ChartCaption(m_heatMap, content);

    m_forecast = new DueForecastChart(content);
    m_forecast->setAccessibleName(tr("Reviews due per day, next %n days", nullptr, ForecastDays));
    m_forecastCaption = new ChartCaption(m_forecast, content);

    m_mockHistory = new MockHistoryView(content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(16);
    auto* header = new QHBoxLayout;
    header->addWidget(m_countdown, 1);
    header->addWidget(m_dateButton, 0, Qt::AlignVCenter);
    layout->addLayout(header);
    layout->addWidget(m_unavailable);

    // Two rows, each sharing out its own width: the bars take what the
    // requirements leave, the forecast what the heat map's squares leave.
    auto* standing = new QHBoxLayout;
    standing->setSpacing(32);
    standing->addLayout(section(m_readinessHeading, {m_readiness, m_readinessAdvice}), 3);
    standing->addLayout(
        section(heading(tr("Requirements"), content), {m_required, m_overdue, m_overall}), 2);
    layout->addLayout(standing);
    auto* practice = new QHBoxLayout;
    practice->setSpacing(32);
    practice->addLayout(
        section(heading(tr("Reviews, last %n weeks", nullptr, HeatMapWeeks), content),
                {m_streak, m_streakHint, m_heatMap, m_heatMapCaption}));
    practice->addLayout(
        section(heading(tr("Due in the next %n days", nullptr, ForecastDays), content),
                {m_forecast, m_forecastCaption}),
        1);
    layout->addLayout(practice);

    layout->addLayout(section(heading(tr("Mock interviews"), content), {m_mockHistory}));
    layout->addStretch(1);

    // Down the page, as it reads.
    setTabOrder(m_dateButton, m_readiness);
    setTabOrder(m_readiness, m_heatMap);
    setTabOrder(m_heatMap, m_forecast);
    setTabOrder(m_forecast, m_mockHistory->list());
    setFocusProxy(m_dateButton);
}

void ProgressScreen::focusFilter()
{
    m_dateButton->setFocus(Qt::ShortcutFocusReason);
}

void ProgressScreen::reload()
{
    StudyData* studyData = m_context.data();
    m_unavailable->setVisible(!studyData);
    m_dateButton->setEnabled(studyData && m_context.canSetInterviewDate());
    m_dateButton->setToolTip(m_context.guide().isCombined()
                                 ? tr("An interview date belongs to one guide: choose the guide in "
                                      "the switcher to set it")
                                 : tr("The day of the interview for this guide: reviews are "
                                      "planned so that none falls after it"));
    if (!studyData) {
        m_unavailable->setText(
            tr("Your practice history cannot be read in this session. %1")
                .arg(m_context.storageError() ? m_context.storageError()->message : QString())
                .trimmed());
    }
    const QDate today = QDate::currentDate();
    loadCountdown(today);
    loadReadiness(today);
    loadRequirements(today);
    loadActivity();
    loadForecast();
    loadMockHistory();
}

void ProgressScreen::failed(const Error& error)
{
    Q_EMIT loadFailed(error);
}

QString ProgressScreen::dayText(const QDate& day, const QDate& today) const
{
    return QLocale().toString(day, day.year() == today.year()
                                       ? tr("dddd d MMMM", "date format (QLocale::toString)")
                                       : tr("dddd d MMMM yyyy", "date format (QLocale::toString)"));
}

void ProgressScreen::loadCountdown(const QDate& today)
{
    m_interviewDate.reset();
    if (StudyData* studyData = m_context.data()) {
        const auto date = studyData->interviewDates().date(m_context.guide().key);
        if (date)
            m_interviewDate = *date;
        else
            failed(date.error());
    }
    if (m_context.guide().isCombined()) {
        m_countdown->setText(tr("All guides: interview dates are set per guide"));
        return;
    }
    if (!m_interviewDate) {
        m_countdown->setText(tr("No interview date set"));
        return;
    }
    const QString day = dayText(*m_interviewDate, today);
    const qint64 days = today.daysTo(*m_interviewDate);
    if (days < 0)
        m_countdown->setText(tr("The interview was on %1").arg(day));
    else if (days == 0)
        m_countdown->setText(tr("Interview today, %1").arg(day));
    else if (days == 1)
        m_countdown->setText(tr("Interview tomorrow, %1").arg(day));
    else
        m_countdown->setText(tr("Interview in %n days, on %1", nullptr, int(days)).arg(day));
}

void ProgressScreen::loadReadiness(const QDate& today)
{
    StudyData* studyData = m_context.data();
    // Ahead (or today): readiness for the day. Without a date, or once it
    // has passed, the same measure for today.
    const bool forInterview = m_interviewDate && *m_interviewDate >= today;
    const QDate day = forInterview ? *m_interviewDate : today;
    if (!studyData) {
        m_readinessHeading->setText(tr("Recall today"));
        m_readiness->setBars({});
        m_readinessAdvice->clear();
        return;
    }
    const auto report = studyData->statistics().recallOn(m_context.guide(), day, today);
    if (!report) {
        failed(report.error());
        m_readiness->setBars({});
        return;
    }
    showReadiness(*report, forInterview);
}

void ProgressScreen::showReadiness(const ReadinessReport& report, bool forInterview)
{
    const QString definition =
        forInterview
            ? tr("Readiness is the mean predicted recall on the interview day: the chance, by "
                 "FSRS-6, that you remember each answer on that day; unreviewed questions count 0.")
            : tr("Recall today is the mean predicted recall now: the chance, by FSRS-6, that you "
                 "remember each answer today; unreviewed questions count 0.");
    m_readinessHeading->setText(forInterview ? tr("Readiness for the interview")
                                             : tr("Recall today"));
    m_readinessHeading->setToolTip(definition);
    m_readiness->setToolTip(definition);

    QList<ReadinessBar> bars;
    const QString overallName = forInterview ? tr("Readiness") : tr("Recall today");
    bars.append({tr("Overall"), report.overall,
                 tr("%1: %2 over %3")
                         .arg(overallName, percent(report.overall),
                              questionCount(int(report.questions.size()))) +
                     u'\n' + definition,
                 true});
    QStringList described{tr("Overall %1").arg(percent(report.overall))};
    for (const CategoryReadiness& category : report.categories) {
        bars.append({category.category, category.readiness,
                     tr("%1: %2 over %3")
                         .arg(category.category, percent(category.readiness),
                              questionCount(category.questionCount)),
                     false});
        described.append(tr("%1 %2").arg(category.category, percent(category.readiness)));
    }
    m_readiness->setBars(bars);
    m_readiness->setAccessibleDescription(overallName + QStringLiteral(": ") +
                                          described.join(QStringLiteral(", ")) +
                                          QStringLiteral(". ") + definition);

    if (report.questions.isEmpty()) {
        m_readinessAdvice->setText(tr("This guide has no questions to practise."));
    } else if (m_context.guide().isCombined()) {
        m_readinessAdvice->setText(tr("Choose one guide in the switcher to set its interview date "
                                      "and see how ready you will be on the day."));
    } else if (!forInterview) {
        m_readinessAdvice->setText(
            tr("Set an interview date to see how ready you will be on the day."));
    } else {
        const int toReview = int(report.toReachTarget.size());
        const int target = qRound(report.target * 100);
        if (toReview == 0)
            m_readinessAdvice->setText(
                tr("%1 % reached: keep reviewing what comes due.").arg(target));
        else if (!report.targetReachable)
            // Out of reach of one review of each question today; the days
            // left allow more, so say what one round gives.
            m_readinessAdvice->setText(
                tr("One review of every question would lift it to %1 %; keep practising daily, "
                   "the questions you are least sure of first.")
                    .arg(qRound(report.afterOneRound() * 100)));
        else if (toReview == 1)
            m_readinessAdvice->setText(tr("Review 1 question by then to reach %1 %.").arg(target));
        else
            m_readinessAdvice->setText(
                tr("Review %n questions by then to reach %1 %.", nullptr, toReview).arg(target));
    }
}

void ProgressScreen::loadRequirements(const QDate& today)
{
    const Guide& guide = m_context.guide();
    RequirementProgressByKey progress;
    if (StudyData* studyData = m_context.data()) {
        auto stored = studyData->progress().forGuide(guide);
        if (stored)
            progress = std::move(stored).value();
        else
            failed(stored.error());
    }
    const RequirementProgressSummary summary(guide, progress, today);
    const ProgressCount required = summary.tier(RequirementTier::Required);
    const ProgressCount overall = summary.overall();
    int overdue = 0;
    for (const RequirementGap& gap : summary.gaps())
        overdue += gap.overdue ? 1 : 0;
    if (guide.requirementGroups.isEmpty()) {
        m_required->setText(tr("This guide lists no requirements."));
        m_overdue->hide();
        m_overall->hide();
        return;
    }
    m_required->setText(required.total == 0
                            ? tr("No item is marked required.")
                            : tr("Required: %1 of %2 done").arg(required.done).arg(required.total));
    m_overdue->setText(overdue == 0
                           ? tr("None overdue")
                           : (tr("%n overdue: their target dates have passed", nullptr, overdue)));
    TextTone::set(m_overdue, overdue > 0 ? TextTone::Tone::Error : TextTone::Tone::Muted);
    m_overdue->show();
    m_overall->setText(tr("All items: %1 of %2 done").arg(overall.done).arg(overall.total));
    m_overall->show();
}

void ProgressScreen::loadActivity()
{
    ReviewActivity activity;
    const QDateTime now = QDateTime::currentDateTime();
    if (StudyData* studyData = m_context.data()) {
        ProgressStatisticsService& statistics = studyData->statistics();
        // Whole weeks, the last one this week: twelve columns.
        const QDate today = now.toTimeZone(statistics.timeZone()).date();
        const int sinceWeekStart = (today.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
        const int days = (HeatMapWeeks - 1) * 7 + sinceWeekStart + 1;
        auto read = statistics.activity(m_context.guide().guideKeys(), now, days);
        if (read)
            activity = std::move(read).value();
        else
            failed(read.error());
    }
    m_heatMap->setDays(activity.days);

    const int today = activity.days.isEmpty() ? 0 : activity.days.last().count;
    if (activity.streak == 0)
        m_streak->setText(tr("No streak yet: a review today starts one."));
    else
        m_streak->setText(tr("Current streak: %1").arg(dayCount(activity.streak)));
    m_streakHint->setText(activity.streak > 0 && today == 0
                              ? tr("Nothing reviewed today yet: a review keeps the streak going.")
                              : QString());
    m_streakHint->setVisible(!m_streakHint->text().isEmpty());

    const statistics::DayCountSummary summary = statistics::summarize(activity.days);
    QString heatMapSummary;
    if (summary.total == 0) {
        heatMapSummary = tr("No reviews in the last %n weeks", nullptr, HeatMapWeeks);
    } else {
        heatMapSummary =
            tr("Reviews in the last %1 weeks: %2 on %3; most on %4: %5")
                .arg(HeatMapWeeks)
                .arg(summary.total)
                .arg(dayCount(summary.activeDays),
                     QLocale().toString(summary.busiest->day,
                                        tr("d MMMM", "date format (QLocale::toString)")))
                .arg(summary.busiest->count);
    }
    m_heatMap->setAccessibleDescription(heatMapSummary + QStringLiteral(". ") + m_streak->text());
    m_heatMapCaption->setSummary(heatMapSummary);
}

void ProgressScreen::loadForecast()
{
    QList<statistics::DayCount> forecast;
    if (StudyData* studyData = m_context.data()) {
        auto read = studyData->statistics().dueForecast(m_context.guide(),
                                                        QDateTime::currentDateTime(), ForecastDays);
        if (read)
            forecast = std::move(read).value();
        else
            failed(read.error());
    }
    m_forecast->setDays(forecast);

    const statistics::DayCountSummary summary = statistics::summarize(forecast);
    QString forecastSummary;
    if (summary.total == 0) {
        forecastSummary = tr("Nothing due in the next %n days", nullptr, ForecastDays);
    } else {
        forecastSummary =
            tr("Reviews due in the next %1 days: %2; today %3 (overdue included); most on %4: %5")
                .arg(ForecastDays)
                .arg(summary.total)
                .arg(forecast.first().count)
                .arg(QLocale().toString(summary.busiest->day,
                                        tr("dddd d MMMM", "date format (QLocale::toString)")))
                .arg(summary.busiest->count);
    }
    m_forecast->setAccessibleDescription(forecastSummary);
    m_forecastCaption->setSummary(forecastSummary);
}

void ProgressScreen::loadMockHistory()
{
    QList<MockSummaryRow> rows;
    if (StudyData* studyData = m_context.data()) {
        const auto history = studyData->mockInterviews().history(m_context.guide());
        if (!history)
            failed(history.error());
        else
            rows = mockSummaryRows(*history);
    }
    setMockHistory(rows);
}

void ProgressScreen::setMockHistory(QList<MockSummaryRow> rows)
{
    m_mockHistory->setRows(std::move(rows));
}

void ProgressScreen::chooseInterviewDate()
{
    const Result<bool> changed = askInterviewDate(m_context, this);
    if (!changed) {
        Q_EMIT storageFailed(changed.error());
        return;
    }
    if (!*changed)
        return;
    reload();
    Q_EMIT interviewDateChanged();
}

void ProgressScreen::changeEvent(QEvent* event)
{
    Screen::changeEvent(event);
    // The overdue line's red is worked out from the palette.
    if (event->type() == QEvent::PaletteChange && isVisible())
        loadRequirements(QDate::currentDate());
}

void ProgressScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    // Grades given on Practice since the screen was last shown.
    reload();
}

} // namespace ip
