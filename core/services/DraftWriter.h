#pragma once

#include "model/Draft.h"
#include "model/QuestionRef.h"
#include "model/StarStory.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ip {

class QuestionNoteRepository;
class RequirementProgressRepository;
class StoryRepository;

// Writes a draft into the database by the keys it names: how text recovered
// from the journal of an earlier session is put back. Also builds drafts from
// the values they stand for, so the editors and the journal agree on fields.
class DraftWriter {
    Q_DECLARE_TR_FUNCTIONS(DraftWriter)

public:
    DraftWriter(QuestionNoteRepository& notes, StoryRepository& stories,
                RequirementProgressRepository& progress)
        : m_notes(notes), m_stories(stories), m_progress(progress)
    {
    }

    // A note keeps its bookmark, a story its links and creation time, a
    // requirement its status and dates: only the drafted text changes. A
    // story deleted since is written again under its id. When the target was
    // saved after the draft was typed (the user edited it since), both are
    // kept: the recovered text is added below a note or evidence, and a story
    // comes back as a copy beside the newer one.
    Result<void> write(const Draft& draft);

    static Draft noteDraft(const QuestionRef& question, const QString& prompt,
                           const QString& markdown);
    static Draft storyDraft(const StarStory& story);
    static Draft evidenceDraft(const QString& guideKey, const QString& requirementKey,
                               const QString& requirementTitle, const QString& evidence);
    // The story with the drafted title, tags and parts; id, links and times
    // from `base`.
    static StarStory applyStoryDraft(StarStory base, const Draft& draft);

private:
    QuestionNoteRepository& m_notes;
    StoryRepository& m_stories;
    RequirementProgressRepository& m_progress;
};

} // namespace ip
