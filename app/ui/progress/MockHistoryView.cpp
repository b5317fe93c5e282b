#include "ui/progress/MockHistoryView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

enum Column { WhenColumn, QuestionsColumn, TimeColumn, OverTimeColumn, GradeColumn };

// "2:05" a question.
QString durationText(double seconds)
{
    const int whole = qRound(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MockHistoryView::MockHistoryView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No mock interviews yet. Practice › Mock Interview… runs one."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Mock interviews"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Questions"), tr("Time per question"), tr("Over time"), tr("Mean grade")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::Stretch);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_list);
    setRows({});
}

void MockHistoryView::setRows(QList<MockSummaryRow> rows)
{
    m_rows = std::move(rows);
    std::stable_sort(
        m_rows.begin(), m_rows.end(),
        [](const MockSummaryRow& a, const MockSummaryRow& b) { return a.when > b.when; });
    m_list->clear();
    const QLocale locale;
    for (const MockSummaryRow& row : std::as_const(m_rows)) {
        auto* item = new QTreeWidgetItem(m_list);
        const QDateTime when = row.when.toLocalTime();
        item->setText(
            WhenColumn,
            locale.toString(when.date(), tr("ddd d MMM yyyy", "date format (QLocale::toString)")) +
                QStringLiteral(", ") + locale.toString(when.time(), QStringLiteral("HH:mm")));
        item->setText(QuestionsColumn, locale.toString(row.questions));
        item->setText(TimeColumn, durationText(row.meanSecondsPerQuestion));
        item->setText(OverTimeColumn, locale.toString(row.overTimeCount));
        item->setText(GradeColumn, row.meanGrade > 0 ? locale.toString(row.meanGrade, 'f', 1)
                                                     : tr("not graded"));
        for (int column = QuestionsColumn; column <= GradeColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_empty->setVisible(m_rows.isEmpty());
    m_list->setVisible(!m_rows.isEmpty());
    // Up to five rows without a scroll bar; the screen itself scrolls.
    const int shown = int(std::min<qsizetype>(m_rows.size(), 5));
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + shown * rowHeight +
                           2 * m_list->frameWidth() + 2);
}

} // namespace ip
