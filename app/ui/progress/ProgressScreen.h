#pragma once

#include "ui/Screen.h"
#include "ui/progress/MockSummaryRow.h"

#include <QDate>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace ip {

class ChartCaption;
class DueForecastChart;
class MockHistoryView;
class ReadinessBars;
class ReviewHeatMap;
class StudyContext;
struct ReadinessReport;

// How the candidate stands on the open guide: the interview countdown (and
// the button that sets the date), readiness per category for that day (the
// recall of today while there is no date), the required items done and
// overdue, reviews per day over the last twelve weeks with the streak, the
// reviews due in the next two weeks, and the mock interviews done. Every
// figure is read again each time the screen is shown, so grades given on
// Practice show at once.
class ProgressScreen : public Screen {
    Q_OBJECT
public:
    static constexpr int HeatMapWeeks = 12;
    static constexpr int ForecastDays = 14;

    explicit ProgressScreen(StudyContext& context, QWidget* parent = nullptr);
    ~ProgressScreen() override;

    static QString screenTitle() { return tr("Progress"); }
    QString title() const override { return screenTitle(); }
    // Nothing to filter: the keys go to the first thing that takes them.
    void focusFilter() override;
    void saveState(QSettings&) const override {}
    void restoreState(QSettings&) override {}
    // Nothing is typed here.
    void commitPendingEdits() override {}

    // Asks for the open guide's interview date and stores it, as Practice ›
    // Set Interview Date… does; the figures follow.
    void chooseInterviewDate();
    // Reads every figure again.
    void reload();

    // The mock interviews to list (reload() lists the guide's finished
    // ones); none shows "No mock interviews yet".
    void setMockHistory(QList<MockSummaryRow> rows);

    QLabel* countdownLabel() const { return m_countdown; }
    QPushButton* interviewDateButton() const { return m_dateButton; }
    QLabel* readinessHeading() const { return m_readinessHeading; }
    ReadinessBars* readinessBars() const { return m_readiness; }
    // "Review 12 questions by then to reach 90 %."
    QLabel* readinessAdvice() const { return m_readinessAdvice; }
    QLabel* requiredLabel() const { return m_required; }
    QLabel* overdueLabel() const { return m_overdue; }
    QLabel* streakLabel() const { return m_streak; }
    ReviewHeatMap* heatMap() const { return m_heatMap; }
    ChartCaption* heatMapCaption() const { return m_heatMapCaption; }
    DueForecastChart* forecastChart() const { return m_forecast; }
    ChartCaption* forecastCaption() const { return m_forecastCaption; }
    MockHistoryView* mockHistory() const { return m_mockHistory; }

Q_SIGNALS:
    // The interview date was set or removed: Practice's session is to be
    // made again, as its due days moved.
    void interviewDateChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void loadCountdown(const QDate& today);
    void loadReadiness(const QDate& today);
    void showReadiness(const ReadinessReport& report, bool forInterview);
    void loadRequirements(const QDate& today);
    void loadActivity();
    void loadForecast();
    void loadMockHistory();
    void failed(const Error& error);
    QString dayText(const QDate& day, const QDate& today) const;

    StudyContext& m_context;
    std::optional<QDate> m_interviewDate;

    QScrollArea* m_scroll = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_dateButton = nullptr;
    QLabel* m_unavailable = nullptr;
    QLabel* m_readinessHeading = nullptr;
    ReadinessBars* m_readiness = nullptr;
    QLabel* m_readinessAdvice = nullptr;
    QLabel* m_required = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_overall = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_streakHint = nullptr;
    ReviewHeatMap* m_heatMap = nullptr;
    ChartCaption* m_heatMapCaption = nullptr;
    DueForecastChart* m_forecast = nullptr;
    ChartCaption* m_forecastCaption = nullptr;
    MockHistoryView* m_mockHistory = nullptr;
};

} // namespace ip
