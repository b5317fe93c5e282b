#pragma once

#include "model/Guide.h"
#include "model/RequirementProgress.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ip {

// Guides use many level words; progress is reported in three tiers.
// "required", "essential", "mandatory" and "must have" are Required; every
// other level word ("recommended", "preferred", "nice to have", "optional",
// ...) means advised but not demanded and counts as Recommended; an item with
// no level is Unleveled and only counts in the overall figure.
enum class RequirementTier { Required, Recommended, Unleveled };

RequirementTier requirementTier(const QString& level);

// Done out of total. Items marked Not applicable are left out of the total:
// the candidate has said they do not apply, so they neither help nor hurt.
struct ProgressCount {
    int done = 0;
    int total = 0;

    friend bool operator==(const ProgressCount&, const ProgressCount&) = default;
};

// A required item that is not done (Not applicable is not a gap).
struct RequirementGap {
    QString requirementKey;
    QString title;
    QString groupName;
    RequirementStatus status = RequirementStatus::NotStarted;
    std::optional<QDate> targetDate;
    bool overdue = false; // the target date is before today
};

using RequirementProgressByKey = QHash<QString, RequirementProgress>;

// Where the candidate stands on a guide's requirements: counts per group, per
// tier and overall, and the gap list. A requirement with no stored progress is
// Not started.
class RequirementProgressSummary {
public:
    RequirementProgressSummary(const QList<RequirementGroup>& groups,
                               const RequirementProgressByKey& progress, QDate today);
    RequirementProgressSummary(const Guide& guide, const RequirementProgressByKey& progress,
                               QDate today)
        : RequirementProgressSummary(guide.requirementGroups, progress, today)
    {
    }

    // One group on its own, for a view that updates a single row.
    static ProgressCount countGroup(const RequirementGroup& group,
                                    const RequirementProgressByKey& progress);
    static RequirementStatus statusOf(const QString& requirementKey,
                                      const RequirementProgressByKey& progress);

    // In guide order; an index out of range gives an empty count.
    ProgressCount group(int index) const;
    ProgressCount tier(RequirementTier tier) const;
    ProgressCount overall() const { return m_overall; }

    // Required items not done, by target date (earliest first, those without
    // a date last, guide order among equals).
    const QList<RequirementGap>& gaps() const { return m_gaps; }

private:
    QList<ProgressCount> m_groups;
    ProgressCount m_required;
    ProgressCount m_recommended;
    ProgressCount m_unleveled;
    ProgressCount m_overall;
    QList<RequirementGap> m_gaps;
};

} // namespace ip
