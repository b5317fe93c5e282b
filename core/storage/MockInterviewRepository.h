#pragma once

#include "model/MockInterview.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>
#include <optional>

namespace ip {

class Database;

// Mock interviews and their questions (tables mock_interview and
// mock_interview_question). Only stores; MockInterviewService decides what
// a mock interview is and grades into the review log.
class MockInterviewRepository {
    Q_DECLARE_TR_FUNCTIONS(MockInterviewRepository)

public:
    explicit MockInterviewRepository(Database& database) : m_database(database) {}

    // Stores a new interview with its questions in one transaction and
    // returns its id (the given id is ignored).
    Result<qint64> create(const MockInterview& interview);
    // The outline typed for one question so far and the time spent on it.
    Result<void> saveOutline(qint64 mockId, int position, const QString& outline,
                             double secondsTaken);
    // The candidate moved on from the question, after `secondsTaken`.
    Result<void> markAnswered(qint64 mockId, int position, double secondsTaken);
    Result<void> finish(qint64 mockId, const QDateTime& at);
    // The grade and the time of its review log entry.
    Result<void> saveGrade(qint64 mockId, int position, int grade, const QDateTime& gradedAt);

    // None when there is no such interview.
    Result<std::optional<MockInterview>> load(qint64 mockId) const;
    // Every interview of a guide, newest first.
    Result<QList<MockInterview>> forGuide(const QString& guideKey) const;
    // Every interview of every guide, newest first (the backup's export).
    Result<QList<MockInterview>> all() const;
    // The interview of a guide started at `startedAt`: a guide and a start
    // time name one interview across databases (ids do not), so a backup
    // restored twice finds the one it brought the first time.
    Result<std::optional<MockInterview>> find(const QString& guideKey,
                                              const QDateTime& startedAt) const;

    // Stores the interview exactly as given, positions, grades and all,
    // replacing the one of the same guide and start time (its questions
    // with it), or adding it; returns its id. Only writes: the grades' log
    // entries are the caller's (a backup carries them in its review log).
    Result<qint64> restore(const MockInterview& interview);

private:
    // What the schema would refuse, refused first with words for the user.
    static Result<void> checkStorable(const MockInterview& interview, const QString& purpose);
    // The interview's own row; returns its new id.
    Result<qint64> insertInterview(const MockInterview& interview, const QString& purpose);
    // Every question as given, position and grade included.
    Result<void> insertQuestions(qint64 mockId, const QList<MockInterviewQuestion>& questions,
                                 const QString& purpose);
    // Runs an UPDATE of one question row; NotFound when it touched none.
    Result<void> updateQuestion(const QString& sql, qint64 mockId, int position,
                                const QVariantList& values, const QString& purpose);
    // `filter` names its values as placeholders bound from `values`.
    Result<QList<MockInterview>> select(const QString& filter, const QVariantMap& values) const;

    Database& m_database;
};

} // namespace ip
