#pragma once

#include "model/QuestionNote.h"
#include "model/QuestionRef.h"
#include "util/Result.h"

#include <QHash>

namespace ip {

class QuestionNoteRepository;

// The user's notes and bookmarks on questions, as the question browser edits
// them: the note text and the bookmark change independently, so saving one
// never overwrites the other.
class QuestionNotes {
public:
    explicit QuestionNotes(QuestionNoteRepository& repository) : m_repository(repository) {}

    // Every note of a guide, by question key.
    Result<QHash<QString, QuestionNote>> forGuide(const QString& guideKey) const;
    Result<QString> markdown(const QuestionRef& question) const;

    Result<QuestionNote> saveMarkdown(const QuestionRef& question, const QString& markdown);
    Result<void> setBookmarked(const QuestionRef& question, bool bookmarked);

private:
    QuestionNoteRepository& m_repository;
};

} // namespace ip
