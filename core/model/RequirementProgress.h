#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

namespace ip {

enum class RequirementStatus { NotStarted, Planned, InProgress, Done, NotApplicable };

// The spelling used in the database and in exported files; it must never
// change, or old files stop reading.
inline QString requirementStatusKey(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted:
        return QStringLiteral("not-started");
    case RequirementStatus::Planned:
        return QStringLiteral("planned");
    case RequirementStatus::InProgress:
        return QStringLiteral("in-progress");
    case RequirementStatus::Done:
        return QStringLiteral("done");
    case RequirementStatus::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return QStringLiteral("not-started");
}

inline std::optional<RequirementStatus> requirementStatusFromKey(const QString& key)
{
    static constexpr std::array all = {RequirementStatus::NotStarted, RequirementStatus::Planned,
                                       RequirementStatus::InProgress, RequirementStatus::Done,
                                       RequirementStatus::NotApplicable};
    for (RequirementStatus status : all) {
        if (requirementStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

// Where the candidate stands on one requirement of a guide.
struct RequirementProgress {
    QString guideKey;
    QString requirementKey;
    RequirementStatus status = RequirementStatus::NotStarted;
    std::optional<QDate> targetDate;
    std::optional<QDate> completedDate;
    QString evidence;    // a credential ID, a link, a note
    QDateTime updatedAt; // UTC

    friend bool operator==(const RequirementProgress&, const RequirementProgress&) = default;
};

} // namespace ip
