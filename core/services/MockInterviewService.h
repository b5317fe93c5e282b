#pragma once

#include "model/MockInterview.h"
#include "model/ReviewLogEntry.h"
#include "services/MockInterviewPlanner.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace ip {

struct Guide;
class Database;
class MockInterviewRepository;
class PracticeService;

// Mock interviews: plans one from a guide, stores it as it runs (every
// outline as it is typed, so a kill loses nothing older than the autosave),
// and grades its questions into the FSRS-6 review log like practice grades.
// Past interviews are kept, can be reopened, and export as Markdown.
class MockInterviewService {
    Q_DECLARE_TR_FUNCTIONS(MockInterviewService)

public:
    MockInterviewService(Database& database, MockInterviewRepository& interviews,
                         PracticeService& practice);

    // The questions for a mock interview of `minutes` with `mix` (see
    // MockInterviewPlanner), the least recalled first: recall is FSRS-6's
    // retrievability at `now` from the stored schedules.
    Result<MockInterviewPlan> plan(const Guide& guide, int minutes, const MockInterviewMix& mix,
                                   quint32 seed, const QDateTime& now = QDateTime());

    // Stores the plan as a new interview started at `at` (now when invalid)
    // and returns it.
    Result<MockInterview> start(const MockInterviewPlan& plan, const QDateTime& at = QDateTime());
    // The outline typed for a question so far and the time spent on it.
    Result<void> saveOutline(qint64 mockId, int position, const QString& text, double secondsTaken);
    // The candidate moved on from a question: its outline and time, final.
    Result<void> answer(qint64 mockId, int position, const QString& text, double secondsTaken);
    Result<void> finish(qint64 mockId, const QDateTime& at = QDateTime());

    // Grades a question of a finished interview that was asked (one the
    // interview ended before is refused): the grade goes into the
    // review log (PracticeService::record, with the seconds taken) and into
    // the interview, in one transaction. Grading it again replaces that log
    // entry rather than adding one. `at` (now when invalid) is the time of
    // a first grade. Returns the interview as stored.
    Result<MockInterview> grade(qint64 mockId, int position, ReviewGrade grade,
                                const QDateTime& at = QDateTime());

    // NotFound when there is no such interview.
    Result<MockInterview> load(qint64 mockId) const;
    // Every interview of the guide, newest first, unfinished ones included.
    Result<QList<MockInterview>> history(const QString& guideKey) const;
    // ... of every guide the guide shows, and for All guides the runs over
    // the whole library too; newest first.
    Result<QList<MockInterview>> history(const Guide& guide) const;

    // The interview as a Markdown document (see MockInterviewMarkdown); the
    // guide gives the model answers.
    Result<QString> exportMarkdown(qint64 mockId, const Guide& guide) const;
    // The same written to a file, whole or not at all (OutputFile).
    Result<void> writeMarkdown(qint64 mockId, const Guide& guide, const QString& path) const;

private:
    Database& m_database;
    MockInterviewRepository& m_interviews;
    PracticeService& m_practice;
};

} // namespace ip
