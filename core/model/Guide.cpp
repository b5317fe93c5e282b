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

const QString Guide::AllGuidesKey = QStringLiteral("*");

bool Guide::holdsGuide(const QString& guideKey) const
{
    return isCombined() ? memberKeys.contains(guideKey) : guideKey == key;
}

QString Guide::guideKeyOf(const QString& itemKey) const
{
    return isCombined() ? QuestionRef::guideKeyOfItem(itemKey) : key;
}

int Guide::requirementCount() const
{
    int count = 0;
    for (const RequirementGroup& group : requirementGroups)
        count += int(group.items.size());
    return count;
}

} // namespace ip
