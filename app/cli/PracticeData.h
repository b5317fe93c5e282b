#pragma once

#include "cli/CommandLine.h"
#include "model/Guide.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <functional>
#include <memory>

namespace ip {
class StudyData;
}

namespace ip::cli {

// What `review` and `schedule` share: the guide named by --guide, the time
// given by --at, and the data folder opened for practice with the user's
// desired retention (Settings › Preferences), so a grade given here is
// scheduled as the window would schedule it.

QCommandLineOption guideKeyOption();
QCommandLineOption atOption(const QString& description);

// The time --at names: ISO 8601 with "Z" or an offset ("2026-01-04T09:00Z",
// "2026-01-04T10:00:00+01:00"), in UTC. A time without a zone is refused
// rather than guessed (days are counted in UTC, so a local time would move
// a review to another day on another machine), and so is a date alone.
Result<QDateTime> parseTime(const QString& text);

// A time as the commands print it: ISO 8601 in UTC, "2026-01-04T09:00:00Z".
QString isoUtc(const QDateTime& time);

struct PracticeData {
    std::unique_ptr<StudyData> data;
    Guide guide;
};

enum class PracticeAccess {
    // Only looks: the data must exist; read-only beside a running app.
    Read,
    // Writes: the folder and its database are created when there is none,
    // but only once the guide is found, so a mistaken --guide creates
    // nothing.
    Write,
};

// Checks what a command is about to do with the guide (that the question
// it names is there), before a folder without data is made for it.
using GuideCheck = std::function<Result<void>(const Guide&)>;

// Opens the data folder and finds the guide: with an empty key the shipped
// guide (the one the window opens first), otherwise the included or library
// guide with that key. NotFound names the keys there are.
Result<PracticeData> openPracticeData(const QString& dataDirectory, const QString& guideKey,
                                      PracticeAccess access, const GuideCheck& check = {});

// The error line every command prints, and the exit status that goes with it.
int fail(CommandIo& io, const QString& command, const QString& message);

} // namespace ip::cli
