#pragma once

#include "services/BackupDocument.h"
#include "util/Result.h"

namespace ip {

class Database;

struct RestoreSummary {
    int requirements = 0;
    int notes = 0;
    int stories = 0;
    int reviews = 0;
    int interviewDates = 0;
    int mockInterviews = 0;
};

// Moves the candidate's data between the database and a BackupDocument.
class ExportService {
public:
    explicit ExportService(Database& database) : m_database(database) {}

    // Everything the user wrote, sorted by key so two exports of the same data
    // are identical apart from exportedAt.
    Result<BackupDocument> exportAll() const;

    // Merges a document into the database in one transaction: all of it or,
    // on any error, none of it. A requirement or note replaces the one stored
    // under the same keys; a story replaces the one with the same id, or is
    // added when it has none; a review replaces the one for the same question
    // and time; an interview date replaces the guide's date (the guides the
    // document has no date for keep theirs); a mock interview is merged into
    // the one of the same guide and start time, or added, each question
    // keeping the copy that went further (its grades are logged from the
    // document's reviews only, so none is logged twice). Data for guides not
    // in the library is kept all the same. Restored dates change the caps on
    // due days, so every schedule is then replayed, as after restored
    // reviews; an open PracticeService learns the new dates from
    // InterviewDateService::load().
    Result<RestoreSummary> restore(const BackupDocument& document);

private:
    Database& m_database;
};

} // namespace ip
