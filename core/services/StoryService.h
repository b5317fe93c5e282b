#pragma once

#include "model/QuestionRef.h"
#include "model/StarStory.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ip {

class StoryRepository;

// The candidate's STAR stories and the questions each one answers. Linking
// and unlinking one question writes that link only, never the whole story
// with its tags and other links.
class StoryService {
    Q_DECLARE_TR_FUNCTIONS(StoryService)

public:
    explicit StoryService(StoryRepository& repository) : m_repository(repository) {}

    // Every story, oldest first.
    Result<QList<StarStory>> all() const;
    // The stories that answer a question, oldest first.
    Result<QList<StarStory>> forQuestion(const QuestionRef& question) const;
    Result<std::optional<StarStory>> find(const QString& storyId) const;
    // Stores the user's latest edit (a new story, with an empty id, gets one)
    // and returns what was stored.
    Result<StarStory> save(const StarStory& story);
    Result<void> remove(const QString& storyId);

    // Link or unlink one question and return the story as stored afterwards
    // (its updated-at moves). NotFound when the story is gone.
    Result<StarStory> link(const QString& storyId, const QuestionRef& question);
    Result<StarStory> unlink(const QString& storyId, const QuestionRef& question);

private:
    Result<StarStory> reread(const QString& storyId) const;

    StoryRepository& m_repository;
};

} // namespace ip
