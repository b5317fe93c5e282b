#include "ui/requirements/RequirementChecklistModel.h"

#include "services/RequirementProgressService.h"
#include "ui/requirements/DateText.h"

#include <QFont>
#include <QTextDocument>

namespace ip {

namespace {

// Group rows carry internal id 0; an item's internal id is its group's row
// plus one, which is all parent() needs.
constexpr quintptr GroupId = 0;

QString dateText(const std::optional<QDate>& date)
{
    return date ? shortDateText(*date) : QString();
}

QVariant dateValue(const std::optional<QDate>& date)
{
    return date ? QVariant(*date) : QVariant(QDate());
}

// A QDate (null or invalid: no date) from an editor's value; nullopt when the
// value is not a date at all.
std::optional<std::optional<QDate>> dateFrom(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::optional<QDate>{};
    if (value.metaType() != QMetaType::fromType<QDate>())
        return std::nullopt;
    const QDate date = value.toDate();
    return date.isValid() ? std::optional<QDate>(date) : std::optional<QDate>{};
}

std::optional<RequirementStatus> statusFrom(const QVariant& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < int(RequirementStatus::NotStarted) ||
        number > int(RequirementStatus::NotApplicable))
        return std::nullopt;
    return RequirementStatus(number);
}

void applyStatus(RequirementProgress& progress, RequirementStatus status)
{
    progress = RequirementProgressService::withStatus(std::move(progress), status);
}

bool sameContent(const RequirementProgress& a, const RequirementProgress& b)
{
    return a.status == b.status && a.targetDate == b.targetDate &&
           a.completedDate == b.completedDate && a.evidence == b.evidence;
}

} // namespace

RequirementChecklistModel::RequirementChecklistModel(QObject* parent) : QAbstractItemModel(parent)
{
}

RequirementChecklistModel::~RequirementChecklistModel() = default;

Result<void> RequirementChecklistModel::load(const Guide& guide,
                                             RequirementProgressService* repository, bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    m_guideKey = guide.key;
    m_combined = guide.isCombined();
    m_groups = guide.requirementGroups;
    m_progress.clear();
    m_statusBeforeChecked.clear();
    m_repository = repository;
    Result<void> result;
    if (repository) {
        auto stored = repository->forGuide(guide);
        if (stored.ok()) {
            m_progress = std::move(stored).value();
        } else {
            // Writing now could overwrite what could not be read.
            m_repository = nullptr;
            result = stored.error();
        }
    }
    endResetModel();
    return result;
}

RequirementProgress RequirementChecklistModel::progressFor(const QString& requirementKey) const
{
    const auto found = m_progress.constFind(requirementKey);
    if (found != m_progress.constEnd())
        return *found;
    RequirementProgress progress;
    progress.guideKey = guideKeyOf(requirementKey);
    progress.requirementKey = requirementKey;
    return progress;
}

QModelIndex RequirementChecklistModel::indexForKey(const QString& requirementKey, int column) const
{
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<Requirement>& items = m_groups.at(groupRow).items;
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).key == requirementKey)
                return createIndex(row, column, quintptr(groupRow + 1));
        }
    }
    return {};
}

QModelIndex RequirementChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RequirementChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int RequirementChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    // Only the first column has children, as views expect.
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int RequirementChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Requirement* RequirementChecklistModel::requirementAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const int groupRow = int(index.internalId() - 1);
    return &m_groups.at(groupRow).items.at(index.row());
}

QVariant RequirementChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (role == IsGroupRole)
        return index.internalId() == GroupId;
    if (const Requirement* item = requirementAt(index))
        return itemData(int(index.internalId() - 1), *item, index.column(), role);
    return groupData(index.row(), index.column(), role);
}

QVariant RequirementChecklistModel::groupData(int groupRow, int column, int role) const
{
    const RequirementGroup& group = m_groups.at(groupRow);
    if (column == TitleColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return group.name;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case GroupNameRole:
            return group.name;
        case MarkdownRole:
            return group.note;
        default:
            return {};
        }
    }
    if (column == StatusColumn) {
        const ProgressCount count = RequirementProgressSummary::countGroup(group, m_progress);
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 of %2 done").arg(count.done).arg(count.total);
        case Qt::ToolTipRole:
            // Tooltips guess at rich text; the guide's group name is always text.
            // %n for translations; English without one reads the source, so
            // its singular is spelt out.
            return Qt::convertFromPlainText(
                (count.total == 1
                     ? tr("%1 of the 1 item in %2 is done; items marked Not applicable are not "
                          "counted.")
                     : tr("%1 of the %n items in %2 are done; items marked Not applicable are "
                          "not counted.",
                          nullptr, count.total))
                    .arg(QString::number(count.done), group.name),
                Qt::WhiteSpaceNormal);
        default:
            return {};
        }
    }
    // A group has no dates of its own; its cells say so rather than nothing.
    if (role == Qt::AccessibleTextRole)
        return tr("No date for a group");
    return {};
}

QVariant RequirementChecklistModel::itemData(int groupRow, const Requirement& item, int column,
                                             int role) const
{
    const RequirementProgress progress = progressFor(item.key);
    switch (column) {
    case TitleColumn:
        switch (role) {
        case Qt::DisplayRole:
            return item.title;
        case Qt::CheckStateRole:
            return progress.status == RequirementStatus::Done ? Qt::Checked : Qt::Unchecked;
        case Qt::FontRole:
            if (requirementTier(item.level) == RequirementTier::Required) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            return Qt::convertFromPlainText(
                item.level.isEmpty() ? item.title
                                     : tr("%1 — %2").arg(levelLabel(item.level), item.title),
                Qt::WhiteSpaceNormal);
        case Qt::AccessibleDescriptionRole: {
            // The level's badge is painted beside the title, not in its text.
            QStringList parts;
            if (const QString level = levelLabel(item.level); !level.isEmpty())
                parts << level;
            parts << statusName(progress.status);
            return parts.join(QStringLiteral(", "));
        }
        case KeyRole:
            return item.key;
        case LevelRole:
            return item.level;
        case TierRole:
            return int(requirementTier(item.level));
        case GroupNameRole:
            return m_groups.at(groupRow).name;
        case MarkdownRole:
            return item.detail;
        case StatusRole:
            return int(progress.status);
        case EvidenceRole:
            return progress.evidence;
        default:
            return {};
        }
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            return statusName(progress.status);
        case Qt::EditRole:
            return int(progress.status);
        default:
            return {};
        }
    case TargetDateColumn:
    case CompletedDateColumn: {
        const std::optional<QDate>& date =
            column == TargetDateColumn ? progress.targetDate : progress.completedDate;
        switch (role) {
        case Qt::DisplayRole:
            return dateText(date);
        case Qt::AccessibleTextRole:
            // An empty cell is said to be empty, not skipped in silence.
            if (date)
                return dateText(date);
            return column == TargetDateColumn ? tr("No target date") : tr("Not completed");
        case Qt::EditRole:
            return dateValue(date);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

bool RequirementChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Requirement* item = requirementAt(index);
    if (!item || isReadOnly())
        return false;
    const RequirementProgress before = progressFor(item->key);
    RequirementProgress after = before;
    const int column = index.column();

    if (column == TitleColumn && role == Qt::CheckStateRole) {
        const bool checked = value.toInt() == Qt::Checked;
        if (checked == (before.status == RequirementStatus::Done))
            return true;
        if (checked) {
            applyStatus(after, RequirementStatus::Done);
        } else {
            const auto remembered = m_statusBeforeChecked.constFind(item->key);
            applyStatus(after, RequirementProgressService::statusWhenUnchecked(
                                   remembered == m_statusBeforeChecked.constEnd()
                                       ? std::nullopt
                                       : std::optional<RequirementStatus>(*remembered)));
        }
        if (!store(index, after))
            return false;
        if (checked)
            m_statusBeforeChecked.insert(item->key, before.status);
        else
            m_statusBeforeChecked.remove(item->key);
        return true;
    }

    if ((column == TitleColumn && role == StatusRole) ||
        (column == StatusColumn && role == Qt::EditRole)) {
        const std::optional<RequirementStatus> status = statusFrom(value);
        if (!status)
            return false;
        applyStatus(after, *status);
    } else if ((column == TargetDateColumn || column == CompletedDateColumn) &&
               role == Qt::EditRole) {
        const auto date = dateFrom(value);
        if (!date)
            return false;
        (column == TargetDateColumn ? after.targetDate : after.completedDate) = *date;
    } else if (column == TitleColumn && role == EvidenceRole) {
        after.evidence = value.toString();
    } else {
        return false;
    }
    if (sameContent(before, after))
        return true;
    if (!store(index, after))
        return false;
    // The check box's memory is about the check box only; any other change of
    // status makes it stale.
    if (after.status != before.status)
        m_statusBeforeChecked.remove(item->key);
    return true;
}

Result<void> RequirementChecklistModel::setEvidence(const QString& requirementKey,
                                                    const QString& evidence)
{
    if (isReadOnly())
        return makeError(ErrorKind::ReadOnly, tr("Your progress cannot be saved in this session."));
    const QModelIndex index = indexForKey(requirementKey);
    if (!index.isValid())
        return makeError(ErrorKind::NotFound,
                         tr("The requirement is no longer in the guide, so its evidence has "
                            "nowhere to go."));
    RequirementProgress progress = progressFor(requirementKey);
    if (progress.evidence == evidence)
        return {};
    progress.evidence = evidence;
    return write(index, progress);
}

bool RequirementChecklistModel::store(const QModelIndex& index, RequirementProgress progress)
{
    const Result<void> written = write(index, std::move(progress));
    if (!written.ok())
        Q_EMIT saveFailed(written.error());
    return written.ok();
}

Result<void> RequirementChecklistModel::write(const QModelIndex& index,
                                              RequirementProgress progress)
{
    progress.guideKey = guideKeyOf(progress.requirementKey);
    auto saved = m_repository->save(progress);
    if (!saved.ok())
        return saved.error();
    const int groupRow = int(index.internalId() - 1);
    const ProgressCount groupBefore =
        RequirementProgressSummary::countGroup(m_groups.at(groupRow), m_progress);
    const RequirementProgress before = progressFor(progress.requirementKey);
    m_progress.insert(progress.requirementKey, saved.value());
    emitChanged(index, before, saved.value(), groupBefore);
    Q_EMIT progressChanged(progress.requirementKey);
    return {};
}

void RequirementChecklistModel::emitChanged(const QModelIndex& index,
                                            const RequirementProgress& before,
                                            const RequirementProgress& after,
                                            ProgressCount groupBefore)
{
    // Only the cells whose content changed, in as few contiguous runs as
    // possible, so a view repaints (and a proxy re-filters) no more than needed.
    const bool statusChanged = before.status != after.status;
    const bool changed[ColumnCount] = {
        statusChanged || before.evidence != after.evidence,
        statusChanged,
        before.targetDate != after.targetDate,
        before.completedDate != after.completedDate,
    };
    for (int first = 0; first < ColumnCount; ++first) {
        if (!changed[first])
            continue;
        int last = first;
        while (last + 1 < ColumnCount && changed[last + 1])
            ++last;
        Q_EMIT dataChanged(index.siblingAtColumn(first), index.siblingAtColumn(last));
        first = last;
    }
    const int groupRow = int(index.internalId() - 1);
    if (RequirementProgressSummary::countGroup(m_groups.at(groupRow), m_progress) != groupBefore) {
        const QModelIndex groupProgress = createIndex(groupRow, StatusColumn, GroupId);
        Q_EMIT dataChanged(groupProgress, groupProgress);
    }
}

Qt::ItemFlags RequirementChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!requirementAt(index))
        return flags;
    flags |= Qt::ItemNeverHasChildren;
    if (isReadOnly())
        return flags;
    return flags | (index.column() == TitleColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant RequirementChecklistModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Requirement");
    case StatusColumn:
        return tr("Status");
    case TargetDateColumn:
        return tr("Target date");
    case CompletedDateColumn:
        return tr("Completed");
    default:
        return {};
    }
}

QString RequirementChecklistModel::statusName(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted:
        return tr("Not started");
    case RequirementStatus::Planned:
        return tr("Planned");
    case RequirementStatus::InProgress:
        return tr("In progress");
    case RequirementStatus::Done:
        return tr("Done");
    case RequirementStatus::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString RequirementChecklistModel::levelLabel(const QString& level)
{
    if (level.isEmpty())
        return {};
    if (level == QLatin1String("required"))
        return tr("Required");
    if (level == QLatin1String("recommended"))
        return tr("Recommended");
    // Other level words come from the guide itself, in the guide's language.
    return level.at(0).toUpper() + level.mid(1);
}

} // namespace ip
