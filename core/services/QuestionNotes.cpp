#include "services/QuestionNotes.h"

#include "storage/QuestionNoteRepository.h"

namespace ip {

Result<QHash<QString, QuestionNote>> QuestionNotes::forGuide(const QString& guideKey) const
{
    auto notes = m_repository.forGuide(guideKey);
    if (!notes)
        return notes.error();
    QHash<QString, QuestionNote> byKey;
    for (const QuestionNote& note : notes.value())
        byKey.insert(note.questionKey, note);
    return byKey;
}

Result<QString> QuestionNotes::markdown(const QuestionRef& question) const
{
    auto found = m_repository.find(question);
    if (!found)
        return found.error();
    return found.value() ? found.value()->markdown : QString();
}

Result<QuestionNote> QuestionNotes::saveMarkdown(const QuestionRef& question,
                                                 const QString& markdown)
{
    // Read the stored bookmark first so the note's save keeps it.
    auto found = m_repository.find(question);
    if (!found)
        return found.error();
    QuestionNote note = found.value().value_or(
        QuestionNote{question.guideKey, question.questionKey, QString(), false, {}});
    note.markdown = markdown;
    return m_repository.save(note);
}

Result<void> QuestionNotes::setBookmarked(const QuestionRef& question, bool bookmarked)
{
    return m_repository.setBookmarked(question, bookmarked);
}

} // namespace ip
