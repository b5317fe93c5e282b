#include "storage/MockInterviewRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QHash>
#include <cmath>

namespace ip {

namespace {

Error notFound(const QString& purpose)
{
    return makeError(
        ErrorKind::NotFound,
        QCoreApplication::translate("MockInterviewRepository",
                                    "Could not %1: that mock interview question is not in the "
                                    "database. Nothing was changed.")
            .arg(purpose));
}

bool validSeconds(double seconds)
{
    return std::isfinite(seconds) && seconds >= 0;
}

// `message` is the whole sentence; each reason is written out in full so
// that it can be translated as one.
Error invalid(const QString& message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

} // namespace

Result<void> MockInterviewRepository::checkStorable(const MockInterview& interview,
                                                    const QString& purpose)
{
    if (auto valid = requireKeys({interview.guideKey}, purpose); !valid)
        return valid;
    if (!interview.startedAt.isValid() || interview.plannedMinutes <= 0)
        return invalid(tr("Could not %1: it needs a start time and a length. Nothing was changed.")
                           .arg(purpose));
    for (const MockInterviewQuestion& question : interview.questions) {
        if (auto valid = requireKeys({question.questionKey}, purpose); !valid)
            return valid;
        if (question.position < 0 || question.timeBoxSeconds <= 0 ||
            !validSeconds(question.secondsTaken))
            return invalid(tr("Could not %1: every question needs a time box. Nothing was changed.")
                               .arg(purpose));
        if (question.grade.has_value() != question.gradedAt.isValid() ||
            (question.grade && (*question.grade < 1 || *question.grade > 4)))
            return invalid(
                tr("Could not %1: a grade must be 1 to 4, with its time. Nothing was changed.")
                    .arg(purpose));
    }
    return {};
}

Result<qint64> MockInterviewRepository::insertInterview(const MockInterview& interview,
                                                        const QString& purpose)
{
    SqlStatement insert(m_database,
                        QStringLiteral("INSERT INTO mock_interview (guide_key, started_at, "
                                       "planned_minutes, finished_at) "
                                       "VALUES (:guide, :started, :minutes, :finished)"));
    insert.bind(QStringLiteral(":guide"), interview.guideKey)
        .bind(QStringLiteral(":started"), sqlvalue::fromTimestamp(interview.startedAt))
        .bind(QStringLiteral(":minutes"), interview.plannedMinutes)
        .bind(QStringLiteral(":finished"), sqlvalue::fromTimestamp(interview.finishedAt));
    if (auto done = insert.exec(purpose); !done)
        return done.error();
    SqlStatement rowId(m_database, QStringLiteral("SELECT last_insert_rowid()"));
    if (auto done = rowId.exec(purpose); !done)
        return done.error();
    if (!rowId.next())
        return makeError(ErrorKind::Internal, tr("Could not %1.").arg(purpose));
    return rowId.value(0).toLongLong();
}

Result<void> MockInterviewRepository::insertQuestions(qint64 mockId,
                                                      const QList<MockInterviewQuestion>& questions,
                                                      const QString& purpose)
{
    // One prepared statement for every question.
    SqlStatement question(m_database,
                          QStringLiteral("INSERT INTO mock_interview_question (mock_id, position, "
                                         "question_key, category, prompt, time_box_seconds, "
                                         "seconds_taken, outline, answered, grade, graded_at) "
                                         "VALUES (:mock, :position, :question, :category, "
                                         ":prompt, :box, :seconds, :outline, :answered, :grade, "
                                         ":graded)"));
    for (const MockInterviewQuestion& asked : questions) {
        question.bind(QStringLiteral(":mock"), mockId)
            .bind(QStringLiteral(":position"), asked.position)
            .bind(QStringLiteral(":question"), asked.questionKey)
            .bind(QStringLiteral(":category"), sqlvalue::fromText(asked.category))
            .bind(QStringLiteral(":prompt"), sqlvalue::fromText(asked.prompt))
            .bind(QStringLiteral(":box"), asked.timeBoxSeconds)
            .bind(QStringLiteral(":seconds"), asked.secondsTaken)
            .bind(QStringLiteral(":outline"), sqlvalue::fromText(asked.outline))
            .bind(QStringLiteral(":answered"), asked.answered ? 1 : 0)
            .bind(QStringLiteral(":grade"), asked.grade ? QVariant(*asked.grade) : QVariant())
            .bind(QStringLiteral(":graded"), sqlvalue::fromTimestamp(asked.gradedAt));
        if (auto done = question.exec(purpose); !done)
            return done;
    }
    return {};
}

Result<qint64> MockInterviewRepository::create(const MockInterview& interview)
{
    const QString purpose = tr("start the mock interview");
    // A new interview: its questions in the order given, none graded yet.
    MockInterview started = interview;
    for (qsizetype i = 0; i < started.questions.size(); ++i) {
        started.questions[i].position = int(i);
        started.questions[i].grade.reset();
        started.questions[i].gradedAt = QDateTime();
    }
    if (auto valid = checkStorable(started, purpose); !valid)
        return valid.error();
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    const Result<qint64> id = insertInterview(started, purpose);
    if (!id)
        return id.error();
    if (auto done = insertQuestions(*id, started.questions, purpose); !done)
        return done.error();
    if (auto done = transaction->commit(); !done)
        return done.error();
    return id;
}

Result<void> MockInterviewRepository::updateQuestion(const QString& sql, qint64 mockId,
                                                     int position, const QVariantList& values,
                                                     const QString& purpose)
{
    SqlStatement statement(m_database, QStringLiteral("UPDATE mock_interview_question SET ") + sql +
                                           QStringLiteral(" WHERE mock_id = :mock AND "
                                                          "position = :position"));
    statement.bind(QStringLiteral(":mock"), mockId).bind(QStringLiteral(":position"), position);
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(QStringLiteral(":p%1").arg(i), values.at(i));
    if (auto done = statement.exec(purpose); !done)
        return done;
    if (statement.rowsAffected() == 0)
        return notFound(purpose);
    return {};
}

Result<void> MockInterviewRepository::saveOutline(qint64 mockId, int position,
                                                  const QString& outline, double secondsTaken)
{
    const QString purpose = tr("save the outline");
    if (!validSeconds(secondsTaken))
        return invalid(
            tr("Could not %1: the time taken must be zero or more seconds. Nothing was changed.")
                .arg(purpose));
    return updateQuestion(QStringLiteral("outline = :p0, seconds_taken = :p1"), mockId, position,
                          {sqlvalue::fromText(outline), secondsTaken}, purpose);
}

Result<void> MockInterviewRepository::markAnswered(qint64 mockId, int position, double secondsTaken)
{
    const QString purpose = tr("go on to the next question");
    if (!validSeconds(secondsTaken))
        return invalid(
            tr("Could not %1: the time taken must be zero or more seconds. Nothing was changed.")
                .arg(purpose));
    return updateQuestion(QStringLiteral("answered = 1, seconds_taken = :p0"), mockId, position,
                          {secondsTaken}, purpose);
}

Result<void> MockInterviewRepository::saveGrade(qint64 mockId, int position, int grade,
                                                const QDateTime& gradedAt)
{
    const QString purpose = tr("grade the mock interview question");
    if (grade < 1 || grade > 4 || !gradedAt.isValid())
        return invalid(
            tr("Could not %1: a grade must be 1 to 4. Nothing was changed.").arg(purpose));
    return updateQuestion(QStringLiteral("grade = :p0, graded_at = :p1"), mockId, position,
                          {grade, sqlvalue::fromTimestamp(gradedAt)}, purpose);
}

Result<void> MockInterviewRepository::finish(qint64 mockId, const QDateTime& at)
{
    const QString purpose = tr("finish the mock interview");
    if (!at.isValid())
        return invalid(
            tr("Could not %1: the time it finished is needed. Nothing was changed.").arg(purpose));
    SqlStatement statement(m_database, QStringLiteral("UPDATE mock_interview SET finished_at = "
                                                      ":at WHERE mock_id = :mock"));
    statement.bind(QStringLiteral(":at"), sqlvalue::fromTimestamp(at))
        .bind(QStringLiteral(":mock"), mockId);
    if (auto done = statement.exec(purpose); !done)
        return done;
    if (statement.rowsAffected() == 0)
        return makeError(ErrorKind::NotFound,
                         tr("Could not %1: it is not in the database.").arg(purpose));
    return {};
}

Result<std::optional<MockInterview>> MockInterviewRepository::load(qint64 mockId) const
{
    auto found = select(QStringLiteral("mock_id = :mock"), {{QStringLiteral(":mock"), mockId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MockInterview>();
    return std::optional<MockInterview>(found->first());
}

Result<QList<MockInterview>> MockInterviewRepository::forGuide(const QString& guideKey) const
{
    return select(QStringLiteral("guide_key = :guide"),
                  {{QStringLiteral(":guide"), sqlvalue::fromText(guideKey)}});
}

Result<QList<MockInterview>> MockInterviewRepository::all() const
{
    // Every row: the schema allows no empty guide key.
    return select(QStringLiteral("guide_key <> ''"), {});
}

Result<std::optional<MockInterview>> MockInterviewRepository::find(const QString& guideKey,
                                                                   const QDateTime& startedAt) const
{
    auto found = select(QStringLiteral("guide_key = :guide AND started_at = :started"),
                        {{QStringLiteral(":guide"), sqlvalue::fromText(guideKey)},
                         {QStringLiteral(":started"), sqlvalue::fromTimestamp(startedAt)}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MockInterview>();
    return std::optional<MockInterview>(found->first());
}

Result<qint64> MockInterviewRepository::restore(const MockInterview& interview)
{
    const QString purpose = tr("restore the mock interview");
    if (auto valid = checkStorable(interview, purpose); !valid)
        return valid.error();
    auto transaction = Transaction::begin(m_database, purpose);
    if (!transaction)
        return transaction.error();
    auto stored = find(interview.guideKey, interview.startedAt);
    if (!stored)
        return stored.error();
    qint64 id = 0;
    if (*stored) {
        id = (*stored)->id;
        SqlStatement update(m_database,
                            QStringLiteral("UPDATE mock_interview SET planned_minutes = :minutes, "
                                           "finished_at = :finished WHERE mock_id = :mock"));
        update.bind(QStringLiteral(":minutes"), interview.plannedMinutes)
            .bind(QStringLiteral(":finished"), sqlvalue::fromTimestamp(interview.finishedAt))
            .bind(QStringLiteral(":mock"), id);
        if (auto done = update.exec(purpose); !done)
            return done.error();
        // The questions are replaced whole: one the given interview does not
        // have is the caller's to keep by passing it.
        SqlStatement remove(m_database, QStringLiteral("DELETE FROM mock_interview_question "
                                                       "WHERE mock_id = :mock"));
        remove.bind(QStringLiteral(":mock"), id);
        if (auto done = remove.exec(purpose); !done)
            return done.error();
    } else {
        const Result<qint64> added = insertInterview(interview, purpose);
        if (!added)
            return added.error();
        id = *added;
    }
    if (auto done = insertQuestions(id, interview.questions, purpose); !done)
        return done.error();
    if (auto done = transaction->commit(); !done)
        return done.error();
    return id;
}

Result<QList<MockInterview>> MockInterviewRepository::select(const QString& filter,
                                                             const QVariantMap& values) const
{
    const QString purpose = tr("read the mock interviews");
    SqlStatement interviews(m_database,
                            QStringLiteral("SELECT mock_id, guide_key, started_at, "
                                           "planned_minutes, finished_at FROM mock_interview "
                                           "WHERE ") +
                                filter + QStringLiteral(" ORDER BY started_at DESC, mock_id DESC"));
    for (auto value = values.cbegin(); value != values.cend(); ++value)
        interviews.bind(value.key(), value.value());
    if (auto done = interviews.exec(purpose); !done)
        return done.error();
    QList<MockInterview> found;
    QHash<qint64, qsizetype> indexById;
    while (interviews.next()) {
        MockInterview interview;
        interview.id = interviews.value(0).toLongLong();
        interview.guideKey = interviews.value(1).toString();
        interview.startedAt = sqlvalue::toTimestamp(interviews.value(2));
        interview.plannedMinutes = interviews.value(3).toInt();
        interview.finishedAt = sqlvalue::toTimestamp(interviews.value(4));
        indexById.insert(interview.id, found.size());
        found.append(interview);
    }
    if (found.isEmpty())
        return found;
    // The questions of the same interviews, in one query.
    SqlStatement questions(
        m_database,
        QStringLiteral("SELECT q.mock_id, q.position, q.question_key, q.category, q.prompt, "
                       "q.time_box_seconds, q.seconds_taken, q.outline, q.answered, q.grade, "
                       "q.graded_at FROM mock_interview_question q JOIN mock_interview m "
                       "ON m.mock_id = q.mock_id WHERE m.") +
            filter + QStringLiteral(" ORDER BY q.mock_id, q.position"));
    for (auto value = values.cbegin(); value != values.cend(); ++value)
        questions.bind(value.key(), value.value());
    if (auto done = questions.exec(purpose); !done)
        return done.error();
    while (questions.next()) {
        const auto index = indexById.constFind(questions.value(0).toLongLong());
        if (index == indexById.cend())
            continue;
        MockInterviewQuestion question;
        question.position = questions.value(1).toInt();
        question.questionKey = questions.value(2).toString();
        question.category = questions.value(3).toString();
        question.prompt = questions.value(4).toString();
        question.timeBoxSeconds = questions.value(5).toInt();
        question.secondsTaken = questions.value(6).toDouble();
        question.outline = questions.value(7).toString();
        question.answered = questions.value(8).toBool();
        if (!questions.value(9).isNull())
            question.grade = questions.value(9).toInt();
        question.gradedAt = sqlvalue::toTimestamp(questions.value(10));
        found[*index].questions.append(question);
    }
    return found;
}

} // namespace ip
