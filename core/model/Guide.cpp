#include "model/Guide.h"

#include <algorithm>

namespace ip {

const QuestionPart* Question::part(const QString& name) const
{
    for (const QuestionPart& p : parts) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool Guide::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.isError(); });
}

int Guide::requirementCount() const
{
    int count = 0;
    for (const RequirementGroup& group : requirementGroups)
        count += int(group.items.size());
    return count;
}

} // namespace ip
