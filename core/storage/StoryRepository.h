#pragma once

#include "model/QuestionRef.h"
#include "model/StarStory.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <optional>

namespace ip {

class Database;

// The candidate's STAR stories with their tags and the questions each one
// answers. A story, its tags and its links are written together in one
// transaction; deleting a story deletes its tags and links.
class StoryRepository {
    Q_DECLARE_TR_FUNCTIONS(StoryRepository)

public:
    explicit StoryRepository(Database& database) : m_database(database) {}

    // Stores the user's latest edit and returns what was stored: a new story
    // (empty id) gets an id and a creation time; updatedAt is set to now; tags
    // lose empty and repeated entries; links are sorted and unique.
    Result<StarStory> save(StarStory story);
    // Stores the story exactly as given, timestamps included (restoring a
    // backup); a story without an id gets a new one. Returns what was stored.
    Result<StarStory> restore(StarStory story);
    Result<void> remove(const QString& storyId);

    // Links a story to a question it answers, or removes the link; both are
    // no-ops when already so.
    Result<void> link(const QString& storyId, const QuestionRef& question);
    Result<void> unlink(const QString& storyId, const QuestionRef& question);

    Result<std::optional<StarStory>> find(const QString& storyId) const;
    // Every story, oldest first.
    Result<QList<StarStory>> all() const;
    // The stories linked to a question, oldest first.
    Result<QList<StarStory>> forQuestion(const QuestionRef& question) const;

private:
    Result<void> write(const StarStory& story, const QString& purpose);
    Result<void> touch(const QString& storyId, const QString& purpose);
    Result<QList<StarStory>> load(const QString& storyFilter, const QVariantList& values) const;

    Database& m_database;
};

} // namespace ip
