#include "ui/stories/StoryListModel.h"

#include "services/StoryCheck.h"
#include "services/StoryService.h"

#include <QTextDocument>

namespace ip {

namespace {

QStringList linkKeys(const StarStory& story)
{
    QStringList keys;
    keys.reserve(story.questions.size());
    for (const QuestionRef& question : story.questions)
        keys << question.guideKey + u'/' + question.questionKey;
    return keys;
}

} // namespace

bool StoryListModel::changesTitlesOrLinks(const QList<int>& roles)
{
    return roles.isEmpty() || roles.contains(Qt::DisplayRole) ||
           roles.contains(LinkedQuestionsRole);
}

StoryListModel::StoryListModel(StoryService* stories, QObject* parent)
    : QAbstractListModel(parent), m_repository(stories),
      m_wordsPerMinute(StoryCheck::DefaultWordsPerMinute)
{
}

Result<void> StoryListModel::reload()
{
    QList<StarStory> stories;
    Result<void> outcome;
    if (m_repository) {
        auto loaded = m_repository->all();
        if (loaded.ok())
            stories = std::move(loaded).value();
        else
            outcome = loaded.error();
    }
    beginResetModel();
    m_stories = stories;
    m_searchText = QList<std::optional<QString>>(m_stories.size());
    m_complete = QList<std::optional<bool>>(m_stories.size());
    endResetModel();
    return outcome;
}

int StoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

QVariant StoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StarStory& story = m_stories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayTitle(story);
    case Qt::ToolTipRole:
        // Tooltips guess at rich text; a title or tag is always shown as text.
        return Qt::convertFromPlainText(story.tags.isEmpty()
                                            ? displayTitle(story)
                                            : displayTitle(story) + QStringLiteral("\n") +
                                                  story.tags.join(QStringLiteral(", ")),
                                        Qt::WhiteSpaceNormal);
    case Qt::AccessibleDescriptionRole: {
        // What the row's ✓ or ○ and its second line show, in words.
        QStringList parts{completeAt(index.row()) ? tr("complete") : tr("to finish")};
        const int linked = int(story.questions.size());
        parts << (linked == 0 ? tr("no questions") : tr("answers %n question(s)", nullptr, linked));
        if (!story.tags.isEmpty())
            parts << tr("tags: %1").arg(story.tags.join(QStringLiteral(", ")));
        return parts.join(QStringLiteral(", "));
    }
    case IdRole:
        return story.id;
    case TitleRole:
        return story.title;
    case TagsRole:
        return story.tags;
    case CompleteRole:
        return completeAt(index.row());
    case LinkedCountRole:
        return int(story.questions.size());
    case SearchTextRole:
        return searchTextAt(index.row());
    case LinkedQuestionsRole:
        return linkKeys(story);
    default:
        return {};
    }
}

QHash<int, QByteArray> StoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "storyId");
    names.insert(TitleRole, "title");
    names.insert(TagsRole, "tags");
    names.insert(CompleteRole, "complete");
    names.insert(LinkedCountRole, "linkedCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(LinkedQuestionsRole, "linkedQuestions");
    return names;
}

int StoryListModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < int(m_stories.size()); ++row) {
        if (m_stories.at(row).id == id)
            return row;
    }
    return -1;
}

QList<StarStory> StoryListModel::storiesFor(const QuestionRef& question) const
{
    QList<StarStory> linked;
    for (const StarStory& story : m_stories) {
        if (story.questions.contains(question))
            linked << story;
    }
    return linked;
}

void StoryListModel::setWordsPerMinute(int wordsPerMinute)
{
    if (wordsPerMinute <= 0 || wordsPerMinute == m_wordsPerMinute)
        return;
    m_wordsPerMinute = wordsPerMinute;
    // Only the rows whose verdict flips are reported; one nobody has asked
    // for yet is worked out with the new rate when it is.
    for (int row = 0; row < int(m_stories.size()); ++row) {
        if (!m_complete.at(row))
            continue;
        const bool complete = StoryCheck::isComplete(m_stories.at(row), m_wordsPerMinute);
        if (complete != *m_complete.at(row)) {
            m_complete[row] = complete;
            Q_EMIT dataChanged(index(row), index(row),
                               {CompleteRole, Qt::AccessibleDescriptionRole});
        }
    }
}

Result<StarStory> StoryListModel::create(StarStory draft)
{
    if (!canEdit())
        return makeError(ErrorKind::ReadOnly, tr("Stories cannot be saved in this session."));
    draft.id.clear();
    draft.createdAt = {};
    auto saved = m_repository->save(draft);
    if (!saved.ok())
        return saved.error();
    const int row = int(m_stories.size());
    beginInsertRows({}, row, row);
    m_stories.append(saved.value());
    m_searchText.append(std::nullopt);
    m_complete.append(std::nullopt);
    endInsertRows();
    return saved;
}

Result<void> StoryListModel::saveText(const StarStory& edited)
{
    const int row = rowOfId(edited.id);
    if (row < 0)
        return missing();
    StarStory story = m_stories.at(row);
    story.title = edited.title;
    story.tags = edited.tags;
    story.situation = edited.situation;
    story.task = edited.task;
    story.action = edited.action;
    story.result = edited.result;
    return write(row, story);
}

Result<void> StoryListModel::setLinks(const QString& storyId, const QList<QuestionRef>& questions)
{
    const int row = rowOfId(storyId);
    if (row < 0)
        return missing();
    StarStory story = m_stories.at(row);
    story.questions = questions;
    return write(row, story);
}

Result<void> StoryListModel::link(const QString& storyId, const QuestionRef& question)
{
    const int row = rowOfId(storyId);
    if (row < 0)
        return missing();
    if (m_stories.at(row).questions.contains(question))
        return {};
    if (!canEdit())
        return makeError(ErrorKind::ReadOnly, tr("Stories cannot be saved in this session."));
    // One link written, not the whole story with its tags and other links.
    auto linked = m_repository->link(storyId, question);
    if (!linked.ok())
        return linked.error();
    replaceRow(row, linked.value());
    return {};
}

Result<void> StoryListModel::unlink(const QString& storyId, const QuestionRef& question)
{
    const int row = rowOfId(storyId);
    if (row < 0)
        return missing();
    if (!m_stories.at(row).questions.contains(question))
        return {};
    if (!canEdit())
        return makeError(ErrorKind::ReadOnly, tr("Stories cannot be saved in this session."));
    auto unlinked = m_repository->unlink(storyId, question);
    if (!unlinked.ok())
        return unlinked.error();
    replaceRow(row, unlinked.value());
    return {};
}

Result<void> StoryListModel::remove(const QString& storyId)
{
    const int row = rowOfId(storyId);
    if (row < 0)
        return missing();
    if (!canEdit())
        return makeError(ErrorKind::ReadOnly, tr("Stories cannot be changed in this session."));
    if (auto removed = m_repository->remove(storyId); !removed.ok())
        return removed;
    beginRemoveRows({}, row, row);
    m_stories.removeAt(row);
    m_searchText.removeAt(row);
    m_complete.removeAt(row);
    endRemoveRows();
    return {};
}

QString StoryListModel::displayTitle(const StarStory& story)
{
    const QString title = story.title.simplified();
    return title.isEmpty() ? tr("Untitled story") : title;
}

Result<void> StoryListModel::write(int row, const StarStory& story)
{
    if (!canEdit())
        return makeError(ErrorKind::ReadOnly, tr("Stories cannot be saved in this session."));
    if (story == m_stories.at(row))
        return {};
    auto saved = m_repository->save(story);
    if (!saved.ok())
        return saved.error();
    replaceRow(row, saved.value());
    return {};
}

void StoryListModel::replaceRow(int row, const StarStory& stored)
{
    // Only the roles whose value changed: a pause in typing a story's Action
    // must not make every list of stories rebuild itself.
    const StarStory before = m_stories.at(row);
    const QString search = searchText(stored);
    const bool complete = StoryCheck::isComplete(stored, m_wordsPerMinute);
    QList<int> roles;
    if (displayTitle(before) != displayTitle(stored))
        roles << Qt::DisplayRole;
    if (before.title != stored.title)
        roles << TitleRole;
    if (before.tags != stored.tags)
        roles << TagsRole;
    if (roles.contains(Qt::DisplayRole) || roles.contains(TagsRole))
        roles << Qt::ToolTipRole;
    if (complete != completeAt(row))
        roles << CompleteRole;
    if (before.questions.size() != stored.questions.size())
        roles << LinkedCountRole;
    if (before.questions != stored.questions)
        roles << LinkedQuestionsRole;
    if (roles.contains(TagsRole) || roles.contains(CompleteRole) || roles.contains(LinkedCountRole))
        roles << Qt::AccessibleDescriptionRole;
    if (search != searchTextAt(row))
        roles << SearchTextRole;
    m_stories[row] = stored;
    m_searchText[row] = search;
    m_complete[row] = complete;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(row), index(row), roles);
}

const QString& StoryListModel::searchTextAt(int row) const
{
    std::optional<QString>& cached = m_searchText[row];
    if (!cached)
        cached = searchText(m_stories.at(row));
    return *cached;
}

bool StoryListModel::completeAt(int row) const
{
    std::optional<bool>& cached = m_complete[row];
    if (!cached)
        cached = StoryCheck::isComplete(m_stories.at(row), m_wordsPerMinute);
    return *cached;
}

QString StoryListModel::searchText(const StarStory& story)
{
    return QStringList{story.title,     story.tags.join(QLatin1Char(' ')),
                       story.situation, story.task,
                       story.action,    story.result}
        .join(QLatin1Char('\n'))
        .toCaseFolded();
}

Result<void> StoryListModel::missing()
{
    return makeError(ErrorKind::NotFound, tr("The story no longer exists."));
}

} // namespace ip
