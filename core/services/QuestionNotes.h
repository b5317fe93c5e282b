#pragma once

#include "model/QuestionNote.h"
#include "model/QuestionRef.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace ip {

class QuestionNoteRepository;
struct Guide;

// The user's notes and bookmarks on questions, as the question browser edits
// them: the note text and the bookmark change independently, so saving one
// never overwrites the other.
class QuestionNotes {
public:
    explicit QuestionNotes(QuestionNoteRepository& repository) : m_repository(repository) {}

    // Every note of a guide, by question key.
    Result<QHash<QString, QuestionNote>> forGuide(const QString& guideKey) const;
    // ... of every guide the guide shows (Guide::guideKeys).
    Result<QHash<QString, QuestionNote>> forGuide(const Guide& guide) const;
    Result<QString> markdown(const QuestionRef& question) const;

    // The notes kept for questions the guide no longer has (their prompt was
    // reworded or they were taken out): still the user's, listed apart until
    // the question comes back, most recently changed first. A question of
    // another guide never shows here.
    Result<QList<QuestionNote>> orphanedIn(const Guide& guide) const;
    // Of these notes of the guide, the ones with text whose question it has
    // not. A bookmark without text is no note to read: it stays stored, for
    // the question's return, but is not listed.
    static QList<QuestionNote> orphansAmong(const QList<QuestionNote>& notes, const Guide& guide);

    Result<QuestionNote> saveMarkdown(const QuestionRef& question, const QString& markdown);
    Result<void> setBookmarked(const QuestionRef& question, bool bookmarked);
    // Deletes the note and its bookmark for good; only ever on the user's
    // explicit request.
    Result<void> remove(const QuestionRef& question);

private:
    QuestionNoteRepository& m_repository;
};

} // namespace ip
