#include "services/StoryService.h"

#include "storage/StoryRepository.h"

namespace ip {

Result<QList<StarStory>> StoryService::all() const
{
    return m_repository.all();
}

Result<QList<StarStory>> StoryService::forQuestion(const QuestionRef& question) const
{
    return m_repository.forQuestion(question);
}

Result<std::optional<StarStory>> StoryService::find(const QString& storyId) const
{
    return m_repository.find(storyId);
}

Result<StarStory> StoryService::save(const StarStory& story)
{
    return m_repository.save(story);
}

Result<void> StoryService::remove(const QString& storyId)
{
    return m_repository.remove(storyId);
}

Result<StarStory> StoryService::link(const QString& storyId, const QuestionRef& question)
{
    if (auto linked = m_repository.link(storyId, question); !linked)
        return linked.error();
    return reread(storyId);
}

Result<StarStory> StoryService::unlink(const QString& storyId, const QuestionRef& question)
{
    if (auto unlinked = m_repository.unlink(storyId, question); !unlinked)
        return unlinked.error();
    return reread(storyId);
}

Result<StarStory> StoryService::reread(const QString& storyId) const
{
    auto found = m_repository.find(storyId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::NotFound, tr("The story no longer exists."));
    return *found.value();
}

} // namespace ip
