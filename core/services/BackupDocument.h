#pragma once

#include "model/MockInterview.h"
#include "model/QuestionNote.h"
#include "model/RequirementProgress.h"
#include "model/ReviewLogEntry.h"
#include "model/StarStory.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace ip {

// All of the candidate's own data as one JSON document, the format of
// `interview-prep export` and `restore`:
//
//   {"format": "interview-prep-backup", "version": 1, "exportedAt": TIME,
//    "requirements": [...], "notes": [...], "stories": [...], "reviews": [...],
//    "interviewDates": [{"guide": KEY, "date": "2026-12-15"}, ...],
//    "mockInterviews": [{"guide": KEY, "startedAt": TIME, "plannedMinutes": 30,
//                        "finishedAt": TIME or null, "questions": [
//                          {"position": 0, "questionKey": KEY, "category": TEXT,
//                           "prompt": TEXT, "timeBoxSeconds": 300,
//                           "secondsTaken": 280.5, "outline": TEXT,
//                           "answered": true, "grade": 1-4 or null,
//                           "gradedAt": TIME or null}, ...]}, ...]}
//
// Times are ISO 8601 in UTC ("2026-11-24T18:03:00Z", milliseconds when not
// zero). Readers ignore fields they do not know, so later versions may add
// fields without a new version number; a higher version number means a change
// this reader cannot follow and is refused. So "interviewDates", added after
// version 1 was out, is still version 1: a document without it (an older
// export) has no dates, and an older reader passes it over; the same holds
// for "mockInterviews".
// A guide's interview date, as the document keeps it.
struct GuideInterviewDate {
    QString guideKey;
    QDate date;

    friend bool operator==(const GuideInterviewDate&, const GuideInterviewDate&) = default;
};

struct BackupDocument {
    Q_DECLARE_TR_FUNCTIONS(BackupDocument)

public:
    static constexpr int CurrentVersion = 1;
    // Larger numbers are no version this format will reach: such a file is
    // refused as not a backup rather than as one from a newer app.
    static constexpr int LargestVersion = 1000;
    static constexpr qint64 MaximumFileSize = 256LL * 1024 * 1024;
    static const QString FormatName;

    QDateTime exportedAt;
    QList<RequirementProgress> requirements;
    QList<QuestionNote> notes;
    QList<StarStory> stories; // a story with an empty id is added as a new one on restore
    QList<ReviewLogEntry> reviews;
    // At most one per guide (a guide named twice is refused on reading).
    QList<GuideInterviewDate> interviewDates;
    // One per guide and start time (that pair names a mock interview across
    // databases; ids are left out). A graded question's grade is also in
    // `reviews`, logged at its gradedAt: reading refuses a document where
    // the two disagree, and restore logs it only from `reviews`.
    QList<MockInterview> mockInterviews;

    QByteArray toJson() const;

    // Validates the whole document before returning any of it. The message of
    // an error says where the problem is ("notes[3].updatedAt: ...").
    static Result<BackupDocument> fromJson(const QByteArray& json);

    static Result<BackupDocument> readFile(const QString& path);
    // Writes the file atomically: an existing file is replaced only once the
    // new one is complete, and only when it is a regular file (OutputFile).
    Result<void> writeFile(const QString& path) const;
};

// The timestamp spelling of the format, and its parser (which requires a
// time zone: a local time would be ambiguous).
QString formatBackupTimestamp(const QDateTime& time);
std::optional<QDateTime> parseBackupTimestamp(const QString& text);

} // namespace ip
