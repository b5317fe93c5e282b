#include "services/RequirementProgressSummary.h"

#include <algorithm>

namespace ip {

namespace {

void add(ProgressCount& count, RequirementStatus status)
{
    if (status == RequirementStatus::NotApplicable)
        return;
    ++count.total;
    if (status == RequirementStatus::Done)
        ++count.done;
}

} // namespace

RequirementTier requirementTier(const QString& level)
{
    if (level.isEmpty())
        return RequirementTier::Unleveled;
    static const QStringList requiredWords{QStringLiteral("required"), QStringLiteral("essential"),
                                           QStringLiteral("mandatory"),
                                           QStringLiteral("must have")};
    if (requiredWords.contains(level, Qt::CaseInsensitive))
        return RequirementTier::Required;
    return RequirementTier::Recommended;
}

RequirementStatus RequirementProgressSummary::statusOf(const QString& requirementKey,
                                                       const RequirementProgressByKey& progress)
{
    const auto found = progress.constFind(requirementKey);
    return found == progress.constEnd() ? RequirementStatus::NotStarted : found->status;
}

ProgressCount RequirementProgressSummary::countGroup(const RequirementGroup& group,
                                                     const RequirementProgressByKey& progress)
{
    ProgressCount count;
    for (const Requirement& item : group.items)
        add(count, statusOf(item.key, progress));
    return count;
}

RequirementProgressSummary::RequirementProgressSummary(const QList<RequirementGroup>& groups,
                                                       const RequirementProgressByKey& progress,
                                                       QDate today)
{
    m_groups.reserve(groups.size());
    for (const RequirementGroup& group : groups) {
        ProgressCount groupCount;
        for (const Requirement& item : group.items) {
            const auto found = progress.constFind(item.key);
            const RequirementStatus status =
                found == progress.constEnd() ? RequirementStatus::NotStarted : found->status;
            add(groupCount, status);
            add(m_overall, status);
            switch (requirementTier(item.level)) {
            case RequirementTier::Required:
                add(m_required, status);
                break;
            case RequirementTier::Recommended:
                add(m_recommended, status);
                break;
            case RequirementTier::Unleveled:
                add(m_unleveled, status);
                break;
            }
            if (requirementTier(item.level) != RequirementTier::Required ||
                status == RequirementStatus::Done || status == RequirementStatus::NotApplicable)
                continue;
            RequirementGap gap;
            gap.requirementKey = item.key;
            gap.title = item.title;
            gap.groupName = group.name;
            gap.status = status;
            if (found != progress.constEnd())
                gap.targetDate = found->targetDate;
            gap.overdue = gap.targetDate && today.isValid() && *gap.targetDate < today;
            m_gaps.append(gap);
        }
        m_groups.append(groupCount);
    }
    // Stable, so items with the same date (or none) keep the guide's order.
    std::stable_sort(m_gaps.begin(), m_gaps.end(),
                     [](const RequirementGap& a, const RequirementGap& b) {
                         if (a.targetDate && b.targetDate)
                             return *a.targetDate < *b.targetDate;
                         return a.targetDate.has_value() && !b.targetDate.has_value();
                     });
}

ProgressCount RequirementProgressSummary::group(int index) const
{
    return index >= 0 && index < m_groups.size() ? m_groups.at(index) : ProgressCount{};
}

ProgressCount RequirementProgressSummary::tier(RequirementTier tier) const
{
    switch (tier) {
    case RequirementTier::Required:
        return m_required;
    case RequirementTier::Recommended:
        return m_recommended;
    case RequirementTier::Unleveled:
        return m_unleveled;
    }
    return {};
}

} // namespace ip
