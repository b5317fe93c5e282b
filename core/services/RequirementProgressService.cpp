#include "services/RequirementProgressService.h"

#include "model/Guide.h"
#include "services/PerGuide.h"
#include "storage/RequirementProgressRepository.h"

namespace ip {

Result<QHash<QString, RequirementProgress>>
RequirementProgressService::forGuide(const QString& guideKey) const
{
    auto stored = m_repository.forGuide(guideKey);
    if (!stored)
        return stored.error();
    QHash<QString, RequirementProgress> byKey;
    for (const RequirementProgress& progress : stored.value())
        byKey.insert(progress.requirementKey, progress);
    return byKey;
}

Result<QHash<QString, RequirementProgress>>
RequirementProgressService::forGuide(const Guide& guide) const
{
    return readForEachGuide<RequirementProgress>(
        guide, [this](const QString& guideKey) { return forGuide(guideKey); });
}

Result<RequirementProgress> RequirementProgressService::save(const RequirementProgress& progress)
{
    return m_repository.save(progress);
}

RequirementProgress RequirementProgressService::withStatus(RequirementProgress progress,
                                                           RequirementStatus status)
{
    if (status == RequirementStatus::Done && !progress.completedDate)
        progress.completedDate = QDate::currentDate();
    if (status != RequirementStatus::Done)
        progress.completedDate.reset();
    progress.status = status;
    return progress;
}

RequirementStatus
RequirementProgressService::statusWhenUnchecked(std::optional<RequirementStatus> beforeChecked)
{
    if (!beforeChecked || *beforeChecked == RequirementStatus::Done)
        return RequirementStatus::InProgress;
    return *beforeChecked;
}

} // namespace ip
