#include "ui/requirements/RequirementGapSummary.h"

#include "ui/PaletteColours.h"
#include "ui/requirements/DateText.h"
#include "ui/requirements/FocusedRowLook.h"
#include "ui/requirements/RequirementChecklistModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int OverdueRole = Qt::UserRole + 2;

// The list looks like the checklist tree above it: the row the keys act on
// stands out only while the list has the focus.
class GapList : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    void initViewItemOption(QStyleOptionViewItem* option) const override
    {
        QTreeWidget::initViewItemOption(option);
        FocusedRowLook::tintUnfocusedSelection(*this, option);
    }
    void drawRow(QPainter* painter, const QStyleOptionViewItem& option,
                 const QModelIndex& index) const override
    {
        QTreeWidget::drawRow(painter, option, index);
        FocusedRowLook::drawFrame(*this, painter, option, index);
    }
    void focusInEvent(QFocusEvent* event) override
    {
        QTreeWidget::focusInEvent(event);
        viewport()->update();
    }
    void focusOutEvent(QFocusEvent* event) override
    {
        QTreeWidget::focusOutEvent(event);
        viewport()->update();
    }
};

} // namespace

RequirementGapSummary::RequirementGapSummary(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_list = new GapList(this);
    m_list->setObjectName(QStringLiteral("gapList"));
    m_list->setAccessibleName(tr("Required and not done"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHeaderLabels({tr("Requirement"), tr("Status"), tr("Target date")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT requirementActivated(item->data(TitleColumn, KeyRole).toString());
    });
    layout->addWidget(m_list, 1);

    m_allDone = new QLabel(tr("Every required item is done or marked not applicable."), this);
    m_allDone->setWordWrap(true);
    m_allDone->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_allDone);
    layout->addStretch(0);

    setGaps({});
}

void RequirementGapSummary::setGaps(const QList<RequirementGap>& gaps)
{
    const QString current = m_list->currentItem()
                                ? m_list->currentItem()->data(TitleColumn, KeyRole).toString()
                                : QString();
    int overdue = 0;
    m_list->clear();
    for (const RequirementGap& gap : gaps) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, gap.title);
        item->setToolTip(TitleColumn,
                         Qt::convertFromPlainText(tr("%1 — %2").arg(gap.groupName, gap.title),
                                                  Qt::WhiteSpaceNormal));
        item->setData(TitleColumn, KeyRole, gap.requirementKey);
        item->setText(StatusColumn, RequirementChecklistModel::statusName(gap.status));
        const QString date = gap.targetDate ? shortDateText(*gap.targetDate) : tr("No date");
        if (gap.overdue) {
            ++overdue;
            item->setText(TargetColumn, tr("%1 · overdue").arg(date));
            item->setToolTip(TargetColumn, tr("The target date has passed."));
            item->setData(TitleColumn, OverdueRole, true);
        } else {
            item->setText(TargetColumn, date);
        }
        if (gap.requirementKey == current)
            m_list->setCurrentItem(item);
    }
    applyColours();
    m_heading->setText(overdue > 0
                           ? tr("Required, not done: %1 (%2 overdue)").arg(gaps.size()).arg(overdue)
                           : tr("Required, not done: %1").arg(gaps.size()));
    m_list->setVisible(!gaps.isEmpty());
    m_allDone->setVisible(gaps.isEmpty());
}

void RequirementGapSummary::applyColours()
{
    const QColor error = errorTextColour(m_list->palette());
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (!item->data(TitleColumn, OverdueRole).toBool())
            continue;
        for (int column : {TitleColumn, StatusColumn, TargetColumn})
            item->setForeground(column, error);
    }
}

void RequirementGapSummary::changeEvent(QEvent* event)
{
    // Follow a switch between light and dark themes while running.
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

} // namespace ip
