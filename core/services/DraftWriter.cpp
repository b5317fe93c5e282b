#include "services/DraftWriter.h"

#include "services/QuestionNotes.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/StoryRepository.h"

namespace ip {

namespace {

const QString NoteField = QStringLiteral("note");
const QString EvidenceField = QStringLiteral("evidence");

// Whether what is stored changed after the draft was typed.
bool editedSince(const QDateTime& stored, const Draft& draft)
{
    return stored.isValid() && draft.modified.isValid() && stored > draft.modified;
}

// The newer stored text with the recovered one below it.
QString keepBoth(const QString& stored, const Draft& draft, const QString& recovered)
{
    if (stored.trimmed() == recovered.trimmed() || recovered.trimmed().isEmpty())
        return stored;
    return stored + QStringLiteral("\n\n---\n\n") +
           QCoreApplication::translate("DraftWriter", "Recovered from an unsaved session (%1 UTC):")
               .arg(draft.modified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
           QStringLiteral("\n\n") + recovered;
}

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
        const QuestionRef question{draft.guideKey, draft.itemKey};
        QString markdown = draft.field(NoteField);
        const auto stored = m_notes.find(question);
        if (!stored)
            return stored.error();
        if (stored->has_value() && editedSince((*stored)->updatedAt, draft))
            markdown = keepBoth((*stored)->markdown, draft, markdown);
        QuestionNotes notes(m_notes);
        const auto saved = notes.saveMarkdown(question, markdown);
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
        StarStory story = applyStoryDraft(base, draft);
        if (found->has_value() && editedSince(base.updatedAt, draft)) {
            // A copy beside the newer story, without its links.
            story.id.clear();
            story.questions.clear();
            story.createdAt = {};
            story.title = story.title.isEmpty() ? tr("Recovered story")
                                                : tr("%1 (recovered)").arg(story.title);
        }
        const auto saved = m_stories.save(story);
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
        progress.evidence = found->has_value() && editedSince(progress.updatedAt, draft)
                                ? keepBoth(progress.evidence, draft, draft.field(EvidenceField))
                                : draft.field(EvidenceField);
        const auto saved = m_progress.save(progress);
        if (!saved)
            return saved.error();
        return {};
    }
    }
    return makeError(ErrorKind::Internal, tr("unknown draft kind"));
}

Draft DraftWriter::noteDraft(const QuestionRef& question, const QString& prompt,
                             const QString& markdown)
{
    Draft draft;
    draft.kind = DraftKind::Note;
    draft.guideKey = question.guideKey;
    draft.itemKey = question.questionKey;
    draft.label = tr("Note on “%1”").arg(shortened(prompt));
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
    draft.label = title.isEmpty() ? tr("Untitled story") : tr("Story “%1”").arg(title);
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
    draft.label = tr("Evidence for “%1”").arg(shortened(requirementTitle));
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
