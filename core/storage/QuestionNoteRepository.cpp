#include "storage/QuestionNoteRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

namespace ip {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT guide_key, question_key, markdown, bookmarked, updated_at FROM question_note ");

QuestionNote noteFromRow(const SqlStatement& row)
{
    return QuestionNote{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                        row.value(3).toInt() != 0, sqlvalue::toTimestamp(row.value(4))};
}

} // namespace

Result<QuestionNote> QuestionNoteRepository::save(QuestionNote note)
{
    note.updatedAt = sqlvalue::now();
    if (auto done = write(note, tr("save the note")); !done)
        return done.error();
    return note;
}

Result<void> QuestionNoteRepository::restore(const QuestionNote& note)
{
    QuestionNote stored = note;
    if (!stored.updatedAt.isValid())
        stored.updatedAt = sqlvalue::now();
    return write(stored, tr("restore the note"));
}

Result<void> QuestionNoteRepository::write(const QuestionNote& note, const QString& purpose)
{
    if (auto valid = requireKeys({note.guideKey, note.questionKey}, purpose); !valid)
        return valid;
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO question_note (guide_key, question_key, "
                                          "markdown, bookmarked, updated_at) "
                                          "VALUES (:guide, :question, :markdown, :bookmarked, "
                                          ":updated) "
                                          "ON CONFLICT (guide_key, question_key) DO UPDATE SET "
                                          "markdown = excluded.markdown, "
                                          "bookmarked = excluded.bookmarked, "
                                          "updated_at = excluded.updated_at"));
    statement.bind(QStringLiteral(":guide"), note.guideKey)
        .bind(QStringLiteral(":question"), note.questionKey)
        .bind(QStringLiteral(":markdown"), sqlvalue::fromText(note.markdown))
        .bind(QStringLiteral(":bookmarked"), note.bookmarked ? 1 : 0)
        .bind(QStringLiteral(":updated"), sqlvalue::fromTimestamp(note.updatedAt));
    return statement.exec(purpose);
}

Result<void> QuestionNoteRepository::setBookmarked(const QuestionRef& question, bool bookmarked)
{
    const QString purpose = tr("change the bookmark");
    if (auto valid = requireKeys({question.guideKey, question.questionKey}, purpose); !valid)
        return valid;
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO question_note (guide_key, question_key, "
                                          "markdown, bookmarked, updated_at) "
                                          "VALUES (:guide, :question, '', :bookmarked, :updated) "
                                          "ON CONFLICT (guide_key, question_key) DO UPDATE SET "
                                          "bookmarked = excluded.bookmarked, "
                                          "updated_at = excluded.updated_at"));
    statement.bind(QStringLiteral(":guide"), question.guideKey)
        .bind(QStringLiteral(":question"), question.questionKey)
        .bind(QStringLiteral(":bookmarked"), bookmarked ? 1 : 0)
        .bind(QStringLiteral(":updated"), sqlvalue::fromTimestamp(sqlvalue::now()));
    return statement.exec(purpose);
}

Result<void> QuestionNoteRepository::remove(const QuestionRef& question)
{
    SqlStatement statement(m_database, QStringLiteral("DELETE FROM question_note WHERE guide_key = "
                                                      ":guide AND question_key = :question"));
    statement.bind(QStringLiteral(":guide"), question.guideKey)
        .bind(QStringLiteral(":question"), question.questionKey);
    return statement.exec(tr("delete the note"));
}

Result<std::optional<QuestionNote>> QuestionNoteRepository::find(const QuestionRef& question) const
{
    SqlStatement statement(
        m_database,
        SelectColumns + QStringLiteral("WHERE guide_key = :guide AND question_key = :question"));
    statement.bind(QStringLiteral(":guide"), question.guideKey)
        .bind(QStringLiteral(":question"), question.questionKey);
    if (auto done = statement.exec(tr("read the note")); !done)
        return done.error();
    if (!statement.next())
        return std::optional<QuestionNote>{};
    return std::optional<QuestionNote>{noteFromRow(statement)};
}

Result<QList<QuestionNote>> QuestionNoteRepository::forGuide(const QString& guideKey) const
{
    return select(SelectColumns + QStringLiteral("WHERE guide_key = :guide ORDER BY question_key"),
                  guideKey.isNull() ? QStringLiteral("") : guideKey);
}

Result<QList<QuestionNote>> QuestionNoteRepository::all() const
{
    return select(SelectColumns + QStringLiteral("ORDER BY guide_key, question_key"), QString());
}

Result<QList<QuestionNote>> QuestionNoteRepository::select(const QString& sql,
                                                           const QString& guideKey) const
{
    SqlStatement statement(m_database, sql);
    if (!guideKey.isNull())
        statement.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = statement.exec(tr("read the notes")); !done)
        return done.error();
    QList<QuestionNote> notes;
    while (statement.next())
        notes.append(noteFromRow(statement));
    return notes;
}

} // namespace ip
