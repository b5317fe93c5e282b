#pragma once

#include "model/Guide.h"

namespace ip::test {

// The key of the requirement with this title in a parsed guide; empty when
// none has it (which the caller's comparisons then show).
inline QString requirementKey(const Guide& guide, const QString& title)
{
    for (const RequirementGroup& group : guide.requirementGroups) {
        for (const Requirement& item : group.items) {
            if (item.title == title)
                return item.key;
        }
    }
    return {};
}

} // namespace ip::test
