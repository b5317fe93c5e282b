#include "services/CombinedGuide.h"

namespace ip {

Guide CombinedGuide::of(const QList<Guide>& members)
{
    Guide all;
    all.key = Guide::AllGuidesKey;
    all.title = tr("All guides");
    for (const Guide& member : members) {
        if (member.hasErrors() || member.key.isEmpty() || all.memberKeys.contains(member.key))
            continue;
        all.memberKeys << member.key;
        const QString memberTitle = member.title.isEmpty() ? member.key : member.title;
        for (const RequirementGroup& group : member.requirementGroups) {
            RequirementGroup named = group;
            // Every guide has its "Certifications": each keeps its own.
            named.name =
                tr("%1: %2", "guide title, requirement group").arg(memberTitle, group.name);
            all.requirementGroups << named;
        }
        // A category several guides share ("Technical") is one category
        // here: filtering by it shows the library's technical questions.
        for (const QString& category : member.categories) {
            if (!all.categories.contains(category))
                all.categories << category;
        }
        for (const Question& question : member.questions) {
            all.questions << question;
            all.questions.last().number = int(all.questions.size());
        }
    }
    return all;
}

} // namespace ip
