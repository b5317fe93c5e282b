#pragma once

#include "model/QuestionNote.h"
#include "model/QuestionRef.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ip {

class Database;

// The candidate's notes and bookmarks, one per question, keyed by the
// question's stable keys. Every call is its own short transaction, so each
// save is on disk when it returns.
class QuestionNoteRepository {
    Q_DECLARE_TR_FUNCTIONS(QuestionNoteRepository)

public:
    explicit QuestionNoteRepository(Database& database) : m_database(database) {}

    // Stores the user's latest edit, stamped with the current time, and
    // returns what was stored.
    Result<QuestionNote> save(QuestionNote note);
    // Bookmarks or un-bookmarks a question, keeping its note text (creating an
    // empty note when there is none).
    Result<void> setBookmarked(const QuestionRef& question, bool bookmarked);
    // Stores the note exactly as given, timestamp included (restoring a backup).
    Result<void> restore(const QuestionNote& note);
    Result<void> remove(const QuestionRef& question);

    Result<std::optional<QuestionNote>> find(const QuestionRef& question) const;
    Result<QList<QuestionNote>> forGuide(const QString& guideKey) const;
    // Every note, by guide key then question key.
    Result<QList<QuestionNote>> all() const;

private:
    Result<void> write(const QuestionNote& note, const QString& purpose);
    Result<QList<QuestionNote>> select(const QString& sql, const QString& guideKey) const;

    Database& m_database;
};

} // namespace ip
