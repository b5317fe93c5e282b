#pragma once

#include "model/Guide.h"
#include "services/MockInterviewPlanner.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace ip {

// Practice › Mock Interview…: how long the mock interview lasts (30, 45 or
// 60 minutes) and how many questions of each of the guide's categories it
// asks. Choosing a length fills in the default mix for it (see
// MockInterviewPlanner::defaultMix); each count can then be changed.
class MockInterviewSetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit MockInterviewSetupDialog(const Guide& guide, QWidget* parent = nullptr);

    int minutes() const;
    void setMinutes(int minutes);
    MockInterviewMix mix() const;

    QComboBox* lengthBox() const { return m_length; }
    // The count of a category, or null when the guide has no such category.
    QSpinBox* countBox(const QString& category) const;
    // "7 questions, 29 of 30 minutes in time boxes".
    QLabel* summaryLabel() const { return m_summary; }

private:
    void applyDefaultMix();
    void updateSummary();

    const Guide& m_guide;
    QComboBox* m_length = nullptr;
    QList<std::pair<QString, QSpinBox*>> m_counts;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ip
