#pragma once

#include "model/RequirementProgress.h"
#include "util/Result.h"

#include <QHash>
#include <optional>

namespace ip {

class RequirementProgressRepository;
struct Guide;

// Where the candidate stands on a guide's requirements, and the rules a
// change of status follows wherever it is made (the checklist's check box,
// its status column, the detail pane).
class RequirementProgressService {
public:
    explicit RequirementProgressService(RequirementProgressRepository& repository)
        : m_repository(repository)
    {
    }

    // Every stored entry of a guide, by requirement key.
    Result<QHash<QString, RequirementProgress>> forGuide(const QString& guideKey) const;
    // ... of every guide the guide shows (Guide::guideKeys).
    Result<QHash<QString, RequirementProgress>> forGuide(const Guide& guide) const;
    // Stores the user's latest edit, stamped with the current time, and
    // returns what was stored.
    Result<RequirementProgress> save(const RequirementProgress& progress);

    // The progress moved to `status`: Done gets today as its completion date
    // unless it has one; any other status has none, so a date never claims a
    // completion that was taken back.
    static RequirementProgress withStatus(RequirementProgress progress, RequirementStatus status);

    // Where un-ticking a Done item goes: back to the status it had when it
    // was ticked in this session (a slip of the mouse is undone exactly), or
    // In progress when that is not known (it was ticked in an earlier
    // session: the work was done once, so it is not "not started").
    static RequirementStatus statusWhenUnchecked(std::optional<RequirementStatus> beforeChecked);

private:
    RequirementProgressRepository& m_repository;
};

} // namespace ip
