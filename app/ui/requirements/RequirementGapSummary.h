#pragma once

#include "services/RequirementProgressSummary.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ip {

// What is required and not done, by target date, those past their date
// marked "overdue" in the error colour. Activating an entry (Enter, double
// click) asks for that requirement to be shown.
class RequirementGapSummary : public QWidget {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, TargetColumn };

    explicit RequirementGapSummary(QWidget* parent = nullptr);

    void setGaps(const QList<RequirementGap>& gaps);
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void requirementActivated(const QString& requirementKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_heading = nullptr;
    QLabel* m_allDone = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace ip
