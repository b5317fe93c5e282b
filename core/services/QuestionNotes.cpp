#include "services/QuestionNotes.h"

#include "model/Guide.h"
#include "services/PerGuide.h"
#include "storage/QuestionNoteRepository.h"

#include <QSet>
#include <algorithm>

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

Result<QHash<QString, QuestionNote>> QuestionNotes::forGuide(const Guide& guide) const
{
    return readForEachGuide<QuestionNote>(
        guide, [this](const QString& guideKey) { return forGuide(guideKey); });
}

Result<QList<QuestionNote>> QuestionNotes::orphanedIn(const Guide& guide) const
{
    QList<QuestionNote> notes;
    for (const QString& guideKey : guide.guideKeys()) {
        auto read = m_repository.forGuide(guideKey);
        if (!read)
            return read.error();
        notes += *read;
    }
    return orphansAmong(notes, guide);
}

QList<QuestionNote> QuestionNotes::orphansAmong(const QList<QuestionNote>& notes,
                                                const Guide& guide)
{
    QSet<QString> keys;
    keys.reserve(guide.questions.size());
    for (const Question& question : guide.questions)
        keys.insert(question.key);
    QList<QuestionNote> orphans;
    for (const QuestionNote& note : notes) {
        if (guide.holdsGuide(note.guideKey) && !keys.contains(note.questionKey) &&
            !note.markdown.trimmed().isEmpty())
            orphans.append(note);
    }
    // Newest first: the note the user just lost track of is the one looked for.
    std::stable_sort(
        orphans.begin(), orphans.end(),
        [](const QuestionNote& a, const QuestionNote& b) { return a.updatedAt > b.updatedAt; });
    return orphans;
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

Result<void> QuestionNotes::remove(const QuestionRef& question)
{
    return m_repository.remove(question);
}

} // namespace ip
