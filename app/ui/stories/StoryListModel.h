#pragma once

#include "model/StarStory.h"
#include "util/Result.h"

#include <QAbstractListModel>
#include <optional>

namespace ip {

class StoryService;

// The user's STAR stories, oldest first, and the one path by which the app
// changes them. Both the Stories screen and the question browser work on the
// same instance, so a link made in one is seen by the other, and a text save
// from the editor never overwrites links made elsewhere: text and links are
// merged here, from the stored copy, before each write.
//
// Every change is written to the database first; the rows change only when
// the write succeeded, and then only the rows concerned are reported.
class StoryListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,       // as typed, possibly empty (DisplayRole has a fallback)
        TagsRole,        // QStringList
        CompleteRole,    // bool: StoryCheck finds nothing missing
        LinkedCountRole, // int: questions the story answers
        SearchTextRole,  // lower-case title, tags and the four parts
        // QStringList, "guideKey/questionKey" of each question the story
        // answers: reported whenever the links change, even when their
        // count does not.
        LinkedQuestionsRole,
    };

    // Whether a dataChanged() with these roles can change which stories
    // answer which question, or what they are called: what a view listing
    // stories by question must follow (an empty list means every role).
    static bool changesTitlesOrLinks(const QList<int>& roles);

    // stories may be null (no database): the model is then empty and every
    // change fails with a ReadOnly error.
    explicit StoryListModel(StoryService* stories, QObject* parent = nullptr);

    // Reads every story again (a reset).
    Result<void> reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canEdit() const { return m_repository != nullptr && !m_readOnly; }
    // The stories can be read but not saved (a damaged database shown as it
    // is): every change fails with a ReadOnly error.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    const StarStory& story(int row) const { return m_stories.at(row); }
    const QList<StarStory>& stories() const { return m_stories; }
    int rowOfId(const QString& id) const;
    // The stories linked to a question, oldest first.
    QList<StarStory> storiesFor(const QuestionRef& question) const;

    // The rate completeness is judged at (a story too long to tell is not
    // complete).
    void setWordsPerMinute(int wordsPerMinute);
    int wordsPerMinute() const { return m_wordsPerMinute; }

    // Saves a new story (its id is ignored) and appends it. Returns the stored
    // story with its id.
    Result<StarStory> create(StarStory draft);
    // Saves the title, tags and four parts of an existing story; its links
    // stay as they are.
    Result<void> saveText(const StarStory& edited);
    // Replaces the questions a story answers.
    Result<void> setLinks(const QString& storyId, const QList<QuestionRef>& questions);
    Result<void> link(const QString& storyId, const QuestionRef& question);
    Result<void> unlink(const QString& storyId, const QuestionRef& question);
    Result<void> remove(const QString& storyId);

    // A title to show for a story, never empty.
    static QString displayTitle(const StarStory& story);

private:
    Result<void> write(int row, const StarStory& story);
    // Puts the stored story in its row and reports the roles that changed.
    void replaceRow(int row, const StarStory& stored);
    static QString searchText(const StarStory& story);
    static Result<void> missing();
    // Worked out when first asked for: a long list of stories loads without
    // checking and folding every one (the question browser shows only the
    // stories linked to one question).
    const QString& searchTextAt(int row) const;
    bool completeAt(int row) const;

    StoryService* m_repository;
    bool m_readOnly = false;
    QList<StarStory> m_stories;
    mutable QList<std::optional<QString>> m_searchText;
    mutable QList<std::optional<bool>> m_complete;
    int m_wordsPerMinute;
};

} // namespace ip
