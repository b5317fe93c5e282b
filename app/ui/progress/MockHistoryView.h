#pragma once

#include "ui/progress/MockSummaryRow.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ip {

// The mock interviews done so far, newest first: when, how many questions,
// the mean time per question, how many ran over their time box and the mean
// grade. "No mock interviews yet" while there are none.
class MockHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit MockHistoryView(QWidget* parent = nullptr);

    void setRows(QList<MockSummaryRow> rows);
    const QList<MockSummaryRow>& rows() const { return m_rows; }

    QTreeWidget* list() const { return m_list; }
    QLabel* emptyLabel() const { return m_empty; }

private:
    QList<MockSummaryRow> m_rows;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace ip
