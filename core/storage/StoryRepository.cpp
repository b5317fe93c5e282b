#include "storage/StoryRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <tuple>

namespace ip {

namespace {

// The form a story is stored in, so what save() returns equals what find()
// reads back.
void normalize(StarStory& story)
{
    // First occurrence wins, in the order given; the set keeps a restored
    // story with 100,000 tags from costing a quadratic scan.
    QStringList tags;
    QSet<QString> seen;
    seen.reserve(story.tags.size());
    for (const QString& tag : std::as_const(story.tags)) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype before = seen.size();
        seen.insert(trimmed);
        if (seen.size() != before)
            tags << trimmed;
    }
    story.tags = tags;

    std::sort(story.questions.begin(), story.questions.end(),
              [](const QuestionRef& a, const QuestionRef& b) {
                  return std::tie(a.guideKey, a.questionKey) < std::tie(b.guideKey, b.questionKey);
              });
    story.questions.erase(std::unique(story.questions.begin(), story.questions.end()),
                          story.questions.end());
}

QString newStoryId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<StarStory> StoryRepository::save(StarStory story)
{
    const QString purpose = tr("save the story");
    const QDateTime now = sqlvalue::now();
    if (story.id.isEmpty()) {
        story.id = newStoryId();
        story.createdAt = now;
    } else if (!story.createdAt.isValid()) {
        const Result<std::optional<StarStory>> existing = find(story.id);
        if (!existing)
            return existing.error();
        story.createdAt = existing->has_value() ? (*existing)->createdAt : now;
    }
    story.updatedAt = now;
    normalize(story);
    if (auto done = write(story, purpose); !done)
        return done.error();
    return story;
}

Result<StarStory> StoryRepository::restore(StarStory story)
{
    if (story.id.isEmpty())
        story.id = newStoryId();
    const QDateTime now = sqlvalue::now();
    if (!story.createdAt.isValid())
        story.createdAt = now;
    if (!story.updatedAt.isValid())
        story.updatedAt = story.createdAt;
    normalize(story);
    if (auto done = write(story, tr("restore the story")); !done)
        return done.error();
    return story;
}

Result<void> StoryRepository::write(const StarStory& story, const QString& purpose)
{
    if (auto valid = requireKeys({story.id}, purpose); !valid)
        return valid;
    for (const QuestionRef& question : story.questions) {
        if (auto valid = requireKeys({question.guideKey, question.questionKey}, purpose); !valid)
            return valid;
    }

    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();

    SqlStatement upsert(m_database,
                        QStringLiteral("INSERT INTO star_story (story_id, title, situation, task, "
                                       "action, result, created_at, updated_at) "
                                       "VALUES (:id, :title, :situation, :task, :action, :result, "
                                       ":created, :updated) "
                                       "ON CONFLICT (story_id) DO UPDATE SET "
                                       "title = excluded.title, situation = excluded.situation, "
                                       "task = excluded.task, action = excluded.action, "
                                       "result = excluded.result, "
                                       "created_at = excluded.created_at, "
                                       "updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":id"), story.id)
        .bind(QStringLiteral(":title"), sqlvalue::fromText(story.title))
        .bind(QStringLiteral(":situation"), sqlvalue::fromText(story.situation))
        .bind(QStringLiteral(":task"), sqlvalue::fromText(story.task))
        .bind(QStringLiteral(":action"), sqlvalue::fromText(story.action))
        .bind(QStringLiteral(":result"), sqlvalue::fromText(story.result))
        .bind(QStringLiteral(":created"), sqlvalue::fromTimestamp(story.createdAt))
        .bind(QStringLiteral(":updated"), sqlvalue::fromTimestamp(story.updatedAt));
    if (auto done = upsert.exec(purpose); !done)
        return done;

    // Tags and links are replaced as a whole: simpler than a diff, and the
    // transaction makes the swap invisible.
    SqlStatement clearTags(m_database,
                           QStringLiteral("DELETE FROM star_story_tag WHERE story_id = :id"));
    clearTags.bind(QStringLiteral(":id"), story.id);
    if (auto done = clearTags.exec(purpose); !done)
        return done;
    // Prepared once per save: a restored story may carry 100,000 tags.
    SqlStatement insert(m_database, QStringLiteral("INSERT INTO star_story_tag (story_id, "
                                                   "position, tag) VALUES (:id, :pos, :tag)"));
    for (qsizetype i = 0; i < story.tags.size(); ++i) {
        insert.bind(QStringLiteral(":id"), story.id)
            .bind(QStringLiteral(":pos"), qint64(i))
            .bind(QStringLiteral(":tag"), story.tags.at(i));
        if (auto done = insert.exec(purpose); !done)
            return done;
    }
    // The story's search document takes its tags once they are all written:
    // a trigger per tag would gather every tag again for each one.
    SqlStatement indexTags(
        m_database,
        QStringLiteral("UPDATE search_document SET tags = coalesce((SELECT group_concat(tag, ' ') "
                       "FROM star_story_tag WHERE story_id = :id), '') "
                       "WHERE kind = 'story' AND guide_key = '' AND item_key = :item"));
    indexTags.bind(QStringLiteral(":id"), story.id).bind(QStringLiteral(":item"), story.id);
    if (auto done = indexTags.exec(purpose); !done)
        return done;

    SqlStatement clearLinks(m_database,
                            QStringLiteral("DELETE FROM star_story_question WHERE story_id = :id"));
    clearLinks.bind(QStringLiteral(":id"), story.id);
    if (auto done = clearLinks.exec(purpose); !done)
        return done;
    SqlStatement link(m_database,
                      QStringLiteral("INSERT INTO star_story_question (story_id, guide_key, "
                                     "question_key) VALUES (:id, :guide, :question)"));
    for (const QuestionRef& question : story.questions) {
        link.bind(QStringLiteral(":id"), story.id)
            .bind(QStringLiteral(":guide"), question.guideKey)
            .bind(QStringLiteral(":question"), question.questionKey);
        if (auto done = link.exec(purpose); !done)
            return done;
    }
    return transaction->commit();
}

Result<void> StoryRepository::remove(const QString& storyId)
{
    // Tags and links go with it through ON DELETE CASCADE.
    SqlStatement statement(m_database,
                           QStringLiteral("DELETE FROM star_story WHERE story_id = :id"));
    statement.bind(QStringLiteral(":id"), storyId);
    return statement.exec(tr("delete the story"));
}

Result<void> StoryRepository::link(const QString& storyId, const QuestionRef& question)
{
    const QString purpose = tr("link the story to the question");
    if (auto valid = requireKeys({storyId, question.guideKey, question.questionKey}, purpose);
        !valid)
        return valid;
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO star_story_question (story_id, guide_key, "
                                       "question_key) VALUES (:id, :guide, :question) "
                                       "ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":id"), storyId)
        .bind(QStringLiteral(":guide"), question.guideKey)
        .bind(QStringLiteral(":question"), question.questionKey);
    if (auto done = insert.exec(purpose); !done)
        return done;
    if (auto done = touch(storyId, purpose); !done)
        return done;
    return transaction->commit();
}

Result<void> StoryRepository::unlink(const QString& storyId, const QuestionRef& question)
{
    const QString purpose = tr("unlink the story from the question");
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    SqlStatement remove(m_database,
                        QStringLiteral("DELETE FROM star_story_question WHERE story_id = :id AND "
                                       "guide_key = :guide AND question_key = :question"));
    remove.bind(QStringLiteral(":id"), storyId)
        .bind(QStringLiteral(":guide"), question.guideKey)
        .bind(QStringLiteral(":question"), question.questionKey);
    if (auto done = remove.exec(purpose); !done)
        return done;
    if (auto done = touch(storyId, purpose); !done)
        return done;
    return transaction->commit();
}

// A link added or removed is an edit of the story: its updated-at moves too.
Result<void> StoryRepository::touch(const QString& storyId, const QString& purpose)
{
    SqlStatement touch(m_database, QStringLiteral("UPDATE star_story SET updated_at = :updated "
                                                  "WHERE story_id = :id"));
    touch.bind(QStringLiteral(":updated"), sqlvalue::fromTimestamp(sqlvalue::now()))
        .bind(QStringLiteral(":id"), storyId);
    return touch.exec(purpose);
}

Result<std::optional<StarStory>> StoryRepository::find(const QString& storyId) const
{
    const Result<QList<StarStory>> stories =
        load(QStringLiteral("WHERE s.story_id = :p0"), {storyId});
    if (!stories)
        return stories.error();
    if (stories->isEmpty())
        return std::optional<StarStory>{};
    return std::optional<StarStory>{stories->first()};
}

Result<QList<StarStory>> StoryRepository::all() const
{
    return load(QString(), {});
}

Result<QList<StarStory>> StoryRepository::forQuestion(const QuestionRef& question) const
{
    return load(QStringLiteral("WHERE s.story_id IN (SELECT story_id FROM star_story_question "
                               "WHERE guide_key = :p0 AND question_key = :p1)"),
                {question.guideKey, question.questionKey});
}

// Reads the stories matching a filter on `star_story s` with three queries
// (stories, tags, links) however many stories there are.
Result<QList<StarStory>> StoryRepository::load(const QString& storyFilter,
                                               const QVariantList& values) const
{
    const QString purpose = tr("read the stories");
    const auto bindAll = [&values](SqlStatement& statement) {
        for (qsizetype i = 0; i < values.size(); ++i)
            statement.bind(QStringLiteral(":p%1").arg(i), values.at(i));
    };

    QList<StarStory> stories;
    QHash<QString, qsizetype> indexById;
    {
        SqlStatement statement(m_database,
                               QStringLiteral("SELECT s.story_id, s.title, s.situation, s.task, "
                                              "s.action, s.result, s.created_at, s.updated_at "
                                              "FROM star_story s ") +
                                   // Stories made in the same millisecond keep the order they were
                                   // written in (the rowid), not their random ids'.
                                   storyFilter + QStringLiteral(" ORDER BY s.created_at, s.rowid"));
        bindAll(statement);
        if (auto done = statement.exec(purpose); !done)
            return done.error();
        while (statement.next()) {
            StarStory story;
            story.id = statement.value(0).toString();
            story.title = statement.value(1).toString();
            story.situation = statement.value(2).toString();
            story.task = statement.value(3).toString();
            story.action = statement.value(4).toString();
            story.result = statement.value(5).toString();
            story.createdAt = sqlvalue::toTimestamp(statement.value(6));
            story.updatedAt = sqlvalue::toTimestamp(statement.value(7));
            indexById.insert(story.id, stories.size());
            stories.append(story);
        }
    }
    if (stories.isEmpty())
        return stories;

    {
        SqlStatement statement(
            m_database, QStringLiteral("SELECT t.story_id, t.tag FROM star_story_tag t "
                                       "JOIN star_story s ON s.story_id = t.story_id ") +
                            storyFilter + QStringLiteral(" ORDER BY t.story_id, t.position"));
        bindAll(statement);
        if (auto done = statement.exec(purpose); !done)
            return done.error();
        while (statement.next()) {
            const auto found = indexById.constFind(statement.value(0).toString());
            if (found != indexById.constEnd())
                stories[*found].tags << statement.value(1).toString();
        }
    }
    {
        SqlStatement statement(
            m_database, QStringLiteral("SELECT q.story_id, q.guide_key, q.question_key "
                                       "FROM star_story_question q "
                                       "JOIN star_story s ON s.story_id = q.story_id ") +
                            storyFilter +
                            QStringLiteral(" ORDER BY q.story_id, q.guide_key, q.question_key"));
        bindAll(statement);
        if (auto done = statement.exec(purpose); !done)
            return done.error();
        while (statement.next()) {
            const auto found = indexById.constFind(statement.value(0).toString());
            if (found != indexById.constEnd())
                stories[*found].questions.append(
                    {statement.value(1).toString(), statement.value(2).toString()});
        }
    }
    return stories;
}

} // namespace ip
