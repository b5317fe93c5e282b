#include "ui/requirements/RequirementsScreen.h"

#include "StudyContext.h"
#include "services/RequirementProgressSummary.h"
#include "services/StudyData.h"
#include "ui/FilterFieldNavigation.h"
#include "ui/requirements/DateText.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementDateDelegate.h"
#include "ui/requirements/RequirementDetailPane.h"
#include "ui/requirements/RequirementGapSummary.h"
#include "ui/requirements/RequirementStatusDelegate.h"
#include "ui/requirements/RequirementTitleDelegate.h"
#include "ui/requirements/RequirementTreeView.h"

#include <QDate>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

const QString SettingsGroup = QStringLiteral("requirements");

// Keeps the items whose title contains the filter text, and the groups that
// still have such an item (recursive filtering shows a parent of any match).
class RequirementFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QString text = filterRegularExpression().pattern();
        if (text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(RequirementChecklistModel::IsGroupRole).toBool())
            return false;
        return index.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

} // namespace

RequirementsScreen::RequirementsScreen(StudyContext& context, QWidget* parent)
    : Screen(parent), m_context(context)
{
    m_model = new RequirementChecklistModel(this);
    m_proxy = new RequirementFilterModel(this);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSourceModel(m_model);

    buildLayout();

    connect(m_model, &RequirementChecklistModel::saveFailed, this, &Screen::storageFailed);
    connect(m_model, &RequirementChecklistModel::progressChanged, this,
            [this] { Q_EMIT statusMessage(tr("Saved")); });
    // The counts and the gap list read statuses and target dates only: a
    // pause in typing evidence (the title column alone) leaves them be.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (topLeft.column() <= RequirementChecklistModel::TargetDateColumn &&
                    bottomRight.column() >= RequirementChecklistModel::StatusColumn)
                    refreshSummary();
            });
    reload();
}

RequirementsScreen::~RequirementsScreen()
{
    // The header resizes its sections while the children are hidden on the
    // way out; by then this is no longer a Screen to tell.
    m_tree->header()->disconnect(this);
}

void RequirementsScreen::buildLayout()
{
    // Widgets are created in the order Tab should visit them: filter, tree,
    // the selected item's fields, then the gap summary.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("requirementFilter"));
    m_filter->setPlaceholderText(tr("Filter requirements by title"));
    m_filter->setAccessibleName(tr("Filter requirements"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &RequirementsScreen::applyFilter);
    FilterFieldNavigation::installClearOnEscape(m_filter);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("requirementProgress"));
    m_progress->setTextFormat(Qt::PlainText);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    m_noRequirements = new QLabel(tr("This guide lists no requirements."), this);
    m_noRequirements->setAlignment(Qt::AlignCenter);
    m_noRequirements->setForegroundRole(QPalette::PlaceholderText);
    m_noRequirements->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("requirementsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sideSplitter = new QSplitter(Qt::Vertical, m_splitter);
    for (QSplitter* splitter : {m_splitter, m_sideSplitter})
        connect(splitter, &QSplitter::splitterMoved, this, &Screen::stateChanged);
    m_sideSplitter->setObjectName(QStringLiteral("requirementsSideSplitter"));
    m_sideSplitter->setChildrenCollapsible(false);

    m_tree = new RequirementTreeView(m_sideSplitter);
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_tree->setAccessibleName(tr("Requirements checklist"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegateForColumn(RequirementChecklistModel::TitleColumn,
                                     new RequirementTitleDelegate(m_tree));
    m_tree->setItemDelegateForColumn(RequirementChecklistModel::StatusColumn,
                                     new RequirementStatusDelegate(m_tree));
    auto* dateDelegate = new RequirementDateDelegate(m_tree);
    m_tree->setItemDelegateForColumn(RequirementChecklistModel::TargetDateColumn, dateDelegate);
    m_tree->setItemDelegateForColumn(RequirementChecklistModel::CompletedDateColumn, dateDelegate);

    QHeaderView* header = m_tree->header();
    connect(header, &QHeaderView::sectionResized, this, &Screen::stateChanged);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RequirementChecklistModel::TitleColumn, QHeaderView::Stretch);
    // Just room for the longest status and a whole date: the title needs the
    // space more, and the date editor widens itself while it is open.
    const QFontMetrics metrics(m_tree->font());
    const int margin = metrics.height() * 2;
    const int statusWidth = metrics.horizontalAdvance(RequirementChecklistModel::statusName(
                                RequirementStatus::NotApplicable)) +
                            margin;
    const QString targetHeader =
        m_model->headerData(RequirementChecklistModel::TargetDateColumn, Qt::Horizontal).toString();
    const int dateWidth = qMax(metrics.horizontalAdvance(shortDateText(QDate(2026, 12, 31))),
                               metrics.horizontalAdvance(targetHeader)) +
                          margin;
    header->resizeSection(RequirementChecklistModel::StatusColumn, statusWidth);
    header->resizeSection(RequirementChecklistModel::TargetDateColumn, dateWidth);
    header->resizeSection(RequirementChecklistModel::CompletedDateColumn, dateWidth);
    // Room for about twenty characters of a title beside its check box and
    // badge before the dates give way.
    m_tree->setOptionalColumns({{RequirementChecklistModel::CompletedDateColumn, dateWidth},
                                {RequirementChecklistModel::TargetDateColumn, dateWidth}},
                               metrics.averageCharWidth() * 20 + m_tree->indentation() * 2 +
                                   metrics.height() * 7);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });

    m_detail = new RequirementDetailPane(m_context.drafts(), m_splitter);
    m_detail->setObjectName(QStringLiteral("requirementDetail"));
    m_detail->setModel(m_model);

    m_gaps = new RequirementGapSummary(m_sideSplitter);
    m_gaps->setObjectName(QStringLiteral("requirementGaps"));
    connect(m_gaps, &RequirementGapSummary::requirementActivated, this,
            &RequirementsScreen::selectRequirement);

    m_sideSplitter->addWidget(m_tree);
    m_sideSplitter->addWidget(m_gaps);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // First start: the checklist gets the larger share (scaled to the width).
    m_splitter->setSizes({620, 380});
    m_sideSplitter->setSizes({500, 200});

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addSpacing(12);
    top->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_noRequirements, 1);

    // The window focuses the screen (Ctrl+1) to put the keys on the tree. Not
    // through a focus proxy: Qt then counts the screen itself as a Tab stop
    // for the tree, before the filter, so Tab from the gap list went back to
    // the tree and never reached the filter.
    setFocusPolicy(Qt::NoFocus);
}

void RequirementsScreen::focusInEvent(QFocusEvent* event)
{
    Screen::focusInEvent(event);
    // A guide without requirements hides the tree: the filter is all there is.
    if (m_tree->isVisibleTo(this))
        m_tree->setFocus(event->reason());
    else
        m_filter->setFocus(event->reason());
}

QString RequirementsScreen::screenTitle()
{
    return tr("Requirements");
}

void RequirementsScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RequirementsScreen::saveState(QSettings& settings) const
{
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
    settings.endGroup();
}

void RequirementsScreen::restoreState(QSettings& settings)
{
    settings.beginGroup(SettingsGroup);
    // A missing or damaged value leaves the default layout in place.
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("sideSplitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(QStringLiteral("treeHeader")).toByteArray());
    settings.endGroup();
}

void RequirementsScreen::commitPendingEdits()
{
    m_tree->commitOpenEditor();
    m_detail->commitPendingEdits();
}

void RequirementsScreen::reload()
{
    commitPendingEdits();
    Result<void> loaded =
        m_model->load(m_context.guide(), m_context.data() ? &m_context.data()->progress() : nullptr,
                      !m_context.canEditStudy());
    if (!loaded.ok()) {
        const Error error = loaded.error();
        m_notice->setText(
            tr("Your progress could not be read, so it is shown read-only: %1").arg(error.message));
        m_notice->show();
        // The window connects to this screen after constructing it.
        QTimer::singleShot(0, this, [this, error] { Q_EMIT loadFailed(error); });
    } else {
        m_notice->hide();
    }
    m_detail->setReadOnlyReason(m_context.canEditStudy() ? QString() : m_context.readOnlyReason());
    const bool empty = m_model->rowCount() == 0;
    m_splitter->setVisible(!empty);
    m_noRequirements->setVisible(empty);
    m_tree->expandAll();
    selectFirstItem();
    refreshSummary();
}

bool RequirementsScreen::selectRequirement(const QString& requirementKey)
{
    const QModelIndex source = m_model->indexForKey(requirementKey);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

QString RequirementsScreen::currentRequirementKey() const
{
    return m_proxy->mapToSource(m_tree->currentIndex())
        .data(RequirementChecklistModel::KeyRole)
        .toString();
}

QString RequirementsScreen::progressText() const
{
    const RequirementProgressSummary summary(m_model->groups(), m_model->progress(),
                                             QDate::currentDate());
    bool hasRequired = false;
    bool hasRecommended = false;
    for (const RequirementGroup& group : m_model->groups()) {
        for (const Requirement& item : group.items) {
            const RequirementTier tier = requirementTier(item.level);
            hasRequired = hasRequired || tier == RequirementTier::Required;
            hasRecommended = hasRecommended || tier == RequirementTier::Recommended;
        }
    }
    QStringList parts;
    if (hasRequired) {
        const ProgressCount required = summary.tier(RequirementTier::Required);
        parts << tr("Required %1 of %2 done").arg(required.done).arg(required.total);
    }
    if (hasRecommended) {
        const ProgressCount recommended = summary.tier(RequirementTier::Recommended);
        parts << tr("Recommended %1 of %2").arg(recommended.done).arg(recommended.total);
    }
    const ProgressCount overall = summary.overall();
    parts << tr("%1 of %2 overall").arg(overall.done).arg(overall.total);
    return parts.join(QStringLiteral(" · "));
}

void RequirementsScreen::showEvent(QShowEvent* event)
{
    // "Overdue" depends on today; the window may have stayed open overnight.
    refreshSummary();
    Screen::showEvent(event);
}

void RequirementsScreen::applyFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
    if (!m_tree->currentIndex().isValid())
        selectFirstItem();
}

void RequirementsScreen::onCurrentChanged(const QModelIndex& current)
{
    m_detail->showIndex(m_proxy->mapToSource(current));
}

void RequirementsScreen::refreshSummary()
{
    m_progress->setText(progressText());
    m_progress->setToolTip(tr("Items marked Not applicable are not counted."));
    const RequirementProgressSummary summary(m_model->groups(), m_model->progress(),
                                             QDate::currentDate());
    m_gaps->setGaps(summary.gaps());
}

void RequirementsScreen::selectFirstItem()
{
    const QModelIndex firstGroup = m_proxy->index(0, 0);
    const QModelIndex first =
        m_proxy->rowCount(firstGroup) > 0 ? m_proxy->index(0, 0, firstGroup) : firstGroup;
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    else
        m_detail->showIndex({});
}

} // namespace ip
