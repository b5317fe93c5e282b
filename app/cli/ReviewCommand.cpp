#include "cli/ReviewCommand.h"

#include "cli/DataDirOption.h"
#include "cli/PracticeData.h"
#include "services/PracticeService.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("review");
QString usage()
{
    return QCoreApplication::translate("ReviewCommand",
                                       "interview-prep review QUESTION-KEY GRADE [--guide KEY] "
                                       "[--at TIME] [--seconds N] [--data-dir DIR]");
}

// The grades by their key on the Practice screen, 1 to 4: typed in English,
// shown translated.
constexpr std::array<const char*, 4> GradeNames{
    QT_TRANSLATE_NOOP("ReviewCommand", "Again"), QT_TRANSLATE_NOOP("ReviewCommand", "Hard"),
    QT_TRANSLATE_NOOP("ReviewCommand", "Good"), QT_TRANSLATE_NOOP("ReviewCommand", "Easy")};

// "3", "good", "Good", "GOOD".
std::optional<ReviewGrade> parseGrade(const QString& text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 4 ? std::optional(static_cast<ReviewGrade>(number))
                                          : std::nullopt;
    const auto named = std::find_if(GradeNames.begin(), GradeNames.end(), [&](const char* name) {
        return text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    });
    if (named == GradeNames.end())
        return std::nullopt;
    return static_cast<ReviewGrade>(named - GradeNames.begin() + 1);
}

QString gradeName(ReviewGrade grade)
{
    return QCoreApplication::translate("ReviewCommand", GradeNames.at(static_cast<int>(grade) - 1));
}

} // namespace

int runReviewCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ReviewCommand",
        "Record one practice grade for a question, as the Practice screen does, and print when "
        "it comes back. Reviews are scheduled with FSRS-6 for the recall chosen in Settings > "
        "Preferences (90 % unless changed), never after the guide's interview date.\n"
        "  QUESTION-KEY  the question's key as 'interview-prep check --json' prints it\n"
        "  GRADE         1-4, or again, hard, good, easy (any case)\n"
        "Exits with 1, recording nothing, for an unknown guide or question, a bad grade, time "
        "or number of seconds."));
    parser.addPositionalArgument(
        QCoreApplication::translate("ReviewCommand", "QUESTION-KEY"),
        QCoreApplication::translate("ReviewCommand", "The question graded."));
    parser.addPositionalArgument(
        QCoreApplication::translate("ReviewCommand", "GRADE"),
        QCoreApplication::translate("ReviewCommand", "again (1), hard (2), good (3) or easy (4)."));
    const QCommandLineOption guideOption = guideKeyOption();
    const QCommandLineOption at = atOption(QCoreApplication::translate(
        "ReviewCommand", "When the answer was given, in ISO 8601 with Z or an offset, "
                         "like 2026-01-04T09:00Z (default: now). An earlier time than "
                         "the question's last review takes its place in the history."));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"),
        QCoreApplication::translate("ReviewCommand", "How long the answer took (default 0)."),
        QCoreApplication::translate("ReviewCommand", "N"), QStringLiteral("0"));
    parser.addOptions({guideOption, at, seconds, dataDirOption()});
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(
            io, CommandName, usage(),
            QCoreApplication::translate("ReviewCommand", "name a question key and a grade."));

    // Everything the user typed is checked before the data folder is opened.
    const QString questionKey = positional.at(0);
    const std::optional<ReviewGrade> grade = parseGrade(positional.at(1));
    if (!grade)
        return fail(io, CommandName,
                    QCoreApplication::translate(
                        "ReviewCommand", "'%1' is not a grade; use 1-4 or again, hard, good, easy.")
                        .arg(positional.at(1)));
    QDateTime reviewedAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        const Result<QDateTime> time = parseTime(parser.value(at));
        if (!time)
            return fail(io, CommandName, time.error().message);
        // A grade from the future would count as remembered until then and
        // lift the readiness for the interview; a minute's grace is for
        // clocks a little apart.
        if (*time > reviewedAt.addSecs(60))
            return fail(io, CommandName,
                        QCoreApplication::translate("ReviewCommand",
                                                    "%1 is in the future; a grade is given now "
                                                    "or was given earlier.")
                            .arg(parser.value(at)));
        reviewedAt = *time;
    }
    bool isNumber = false;
    const double secondsTaken = parser.value(seconds).toDouble(&isNumber);
    if (!isNumber || !std::isfinite(secondsTaken) || secondsTaken < 0)
        return fail(io, CommandName,
                    QCoreApplication::translate("ReviewCommand",
                                                "'%1' is not a number of seconds (0 or more).")
                        .arg(parser.value(seconds)));

    const auto hasQuestion = [&](const Guide& guide) -> Result<void> {
        if (std::any_of(guide.questions.cbegin(), guide.questions.cend(),
                        [&](const Question& q) { return q.key == questionKey; }))
            return {};
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("ReviewCommand",
                                                     "The guide %1 has no question with the key "
                                                     "'%2'; 'interview-prep check --json' lists "
                                                     "the keys.")
                             .arg(guide.key, questionKey));
    };
    auto practice = openPracticeData(dataDirectoryFrom(parser), parser.value(guideOption),
                                     PracticeAccess::Write, hasQuestion);
    if (!practice)
        return fail(io, CommandName, practice.error().message);
    const Guide& chosen = practice->guide;
    const Result<ReviewSchedule> next = practice->data->practice().record(
        QuestionRef{chosen.key, questionKey}, *grade, secondsTaken, reviewedAt);
    if (!next)
        return fail(io, CommandName, next.error().message);
    //: %1 is the grade (Again, Hard, Good, Easy), %3 the day of the next review.
    io.out
        << QCoreApplication::translate("ReviewCommand",
                                       "Recorded %1 for %2: next review %3 (in %n day(s)), "
                                       "stability %4 days.",
                                       nullptr, next->intervalDays)
               .arg(gradeName(*grade), questionKey,
                    practice->data->practice().scheduler().dayOf(next->dueAt).toString(Qt::ISODate),
                    QString::number(next->stability, 'f', 2))
        << '\n';
    return ExitOk;
}

} // namespace ip::cli
