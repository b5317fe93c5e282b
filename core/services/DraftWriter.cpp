#include "services/DraftWriter.h"

#include "services/QuestionNotes.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/StoryRepository.h"

namespace ip {

namespace {

const QString NoteField = QStringLiteral("note");
const QString EvidenceField = QStringLiteral("evidence");

QString shortened(const QString& text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 60 ? simplified.left(59) + QChar(0x2026) : simplified;
}

} // namespace

Result<void> DraftWriter::write(const Draft& draft)
{
    switch (draft.kind) {
    case DraftKind::Note: {
        QuestionNotes notes(m_notes);
        const auto saved =
            notes.saveMarkdown(QuestionRef{draft.guideKey, draft.itemKey}, draft.field(NoteField));
        if (!saved)
            return saved.error();
        return {};
    }
    case DraftKind::Story: {
        const auto found = m_stories.find(draft.itemKey);
        if (!found)
            return found.error();
        StarStory base;
        base.id = draft.itemKey;
        if (found->has_value())
            base = **found;
        const auto saved = m_stories.save(applyStoryDraft(base, draft));
        if (!saved)
            return saved.error();
        return {};
    }
    case DraftKind::Evidence: {
        const auto found = m_progress.find(draft.guideKey, draft.itemKey);
        if (!found)
            return found.error();
        RequirementProgress progress =
            found->value_or(RequirementProgress{draft.guideKey, draft.itemKey, {}, {}, {}, {}, {}});
        progress.evidence = draft.field(EvidenceField);
        const auto saved = m_progress.save(progress);
        if (!saved)
            return saved.error();
        return {};
    }
    }
    return makeError(ErrorKind::Internal, QStringLiteral("unknown draft kind"));
}

Draft DraftWriter::noteDraft(const QuestionRef& question, const QString& prompt,
                             const QString& markdown)
{
    Draft draft;
    draft.kind = DraftKind::Note;
    draft.guideKey = question.guideKey;
    draft.itemKey = question.questionKey;
    draft.label = QStringLiteral("Note on “%1”").arg(shortened(prompt));
    draft.fields = {DraftField{NoteField, markdown}};
    draft.modified = QDateTime::currentDateTimeUtc();
    return draft;
}

Draft DraftWriter::storyDraft(const StarStory& story)
{
    Draft draft;
    draft.kind = DraftKind::Story;
    draft.itemKey = story.id;
    const QString title = shortened(story.title);
    draft.label = title.isEmpty() ? QStringLiteral("Untitled story")
                                  : QStringLiteral("Story “%1”").arg(title);
    draft.fields = {
        DraftField{QStringLiteral("title"), story.title},
        DraftField{QStringLiteral("tags"), story.tags.join(QStringLiteral(", "))},
        DraftField{QStringLiteral("situation"), story.situation},
        DraftField{QStringLiteral("task"), story.task},
        DraftField{QStringLiteral("action"), story.action},
        DraftField{QStringLiteral("result"), story.result},
    };
    draft.modified = QDateTime::currentDateTimeUtc();
    return draft;
}

Draft DraftWriter::evidenceDraft(const QString& guideKey, const QString& requirementKey,
                                 const QString& requirementTitle, const QString& evidence)
{
    Draft draft;
    draft.kind = DraftKind::Evidence;
    draft.guideKey = guideKey;
    draft.itemKey = requirementKey;
    draft.label = QStringLiteral("Evidence for “%1”").arg(shortened(requirementTitle));
    draft.fields = {DraftField{EvidenceField, evidence}};
    draft.modified = QDateTime::currentDateTimeUtc();
    return draft;
}

StarStory DraftWriter::applyStoryDraft(StarStory base, const Draft& draft)
{
    base.title = draft.field(QStringLiteral("title"));
    base.tags.clear();
    for (const QString& tag : draft.field(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            base.tags << tag.trimmed();
    }
    base.situation = draft.field(QStringLiteral("situation"));
    base.task = draft.field(QStringLiteral("task"));
    base.action = draft.field(QStringLiteral("action"));
    base.result = draft.field(QStringLiteral("result"));
    return base;
}

} // namespace ip
