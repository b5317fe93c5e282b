#include "cli/ScheduleCommand.h"

#include "cli/DataDirOption.h"
#include "cli/PracticeData.h"
#include "cli/TableLine.h"
#include "services/InterviewDateService.h"
#include "services/PracticeService.h"
#include "services/ReadinessReport.h"
#include "services/ReviewState.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cmath>

namespace ip::cli {

namespace {

const QString CommandName = QStringLiteral("schedule");
QString usage()
{
    return QCoreApplication::translate(
        "ScheduleCommand",
        "interview-prep schedule [--json] [--guide KEY] [--at TIME] [--data-dir DIR]\n"
        "       interview-prep schedule --interview-date YYYY-MM-DD|none [--guide KEY] "
        "[--data-dir DIR]");
}
const QString NoDate = QStringLiteral("none");

// One question's line: its schedule (none when never graded) and, with an
// interview date, its readiness.
struct QuestionRow {
    const Question* question = nullptr;
    std::optional<ReviewSchedule> schedule;
    std::optional<QuestionReadiness> readiness;
};

// What the listing shows, gathered once for both outputs.
struct Listing {
    const Guide* guide = nullptr;
    QDateTime at;
    std::optional<QDate> interviewDate;
    std::optional<ReadinessReport> readiness;
    QList<QuestionRow> rows;
    const ReviewScheduler* scheduler = nullptr;

    double retrievability(const QuestionRow& row) const
    {
        return row.schedule ? scheduler->retrievabilityOn(*row.schedule, scheduler->dayOf(at)) : 0;
    }
    QString due(const QuestionRow& row) const { return isoUtc(row.schedule->dueAt); }
    QString dueDay(const QuestionRow& row) const
    {
        return scheduler->dayOf(row.schedule->dueAt).toString(Qt::ISODate);
    }
};

Result<Listing> gather(StudyData& data, const Guide& guide, const QDateTime& at)
{
    PracticeService& practice = data.practice();
    auto schedules = practice.schedulesForGuide(guide.key);
    if (!schedules)
        return schedules.error();
    QHash<QString, ReviewSchedule> byQuestion;
    for (const ReviewSchedule& schedule : std::as_const(*schedules))
        byQuestion.insert(schedule.questionKey, schedule);

    Listing listing;
    listing.guide = &guide;
    listing.at = at;
    listing.scheduler = &practice.scheduler();
    auto date = data.interviewDates().date(guide.key);
    if (!date)
        return date.error();
    listing.interviewDate = *date;
    auto readiness = data.interviewDates().readiness(guide, listing.scheduler->dayOf(at));
    if (!readiness)
        return readiness.error();
    listing.readiness = std::move(readiness).value();

    QHash<QString, QuestionReadiness> outlook;
    if (listing.readiness) {
        for (const QuestionReadiness& question : std::as_const(listing.readiness->questions))
            outlook.insert(question.question.questionKey, question);
    }
    for (const Question& question : guide.questions) {
        QuestionRow row;
        row.question = &question;
        if (const auto found = byQuestion.constFind(question.key); found != byQuestion.cend())
            row.schedule = *found;
        if (const auto found = outlook.constFind(question.key); found != outlook.cend())
            row.readiness = *found;
        listing.rows.append(row);
    }
    return listing;
}

// A question never graded has no stability, difficulty or recall: null, not
// 0, so a script cannot average it in by mistake.
QJsonValue numberOrNull(bool known, double value)
{
    return known ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject readinessJson(const ReadinessReport& report)
{
    QJsonArray categories;
    for (const CategoryReadiness& category : report.categories)
        categories.append(QJsonObject{{QStringLiteral("category"), category.category},
                                      {QStringLiteral("questions"), category.questionCount},
                                      {QStringLiteral("readiness"), category.readiness}});
    QJsonArray toReach;
    for (const QuestionReadiness& question : report.toReachTarget)
        toReach.append(QJsonObject{{QStringLiteral("key"), question.question.questionKey},
                                   {QStringLiteral("recallOnTheDay"), question.recallOnTheDay},
                                   {QStringLiteral("gain"), question.gain}});
    return QJsonObject{
        {QStringLiteral("interviewDate"), report.interviewDate.toString(Qt::ISODate)},
        {QStringLiteral("today"), report.today.toString(Qt::ISODate)},
        {QStringLiteral("daysLeft"), report.daysLeft()},
        {QStringLiteral("overall"), report.overall},
        {QStringLiteral("target"), report.target},
        {QStringLiteral("targetReachable"), report.targetReachable},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("toReachTarget"), toReach},
    };
}

void printJson(const Listing& listing, CommandIo& io)
{
    QJsonArray questions;
    for (const QuestionRow& row : listing.rows) {
        const bool graded = row.schedule.has_value();
        QJsonObject question{
            {QStringLiteral("key"), row.question->key},
            {QStringLiteral("category"), row.question->category},
            {QStringLiteral("state"), reviewStateName(reviewStateOf(row.schedule))},
            {QStringLiteral("stability"),
             numberOrNull(graded, graded ? row.schedule->stability : 0)},
            {QStringLiteral("difficulty"),
             numberOrNull(graded, graded ? row.schedule->difficulty : 0)},
            {QStringLiteral("due"), graded ? QJsonValue(listing.due(row)) : QJsonValue()},
            {QStringLiteral("intervalDays"),
             graded ? QJsonValue(row.schedule->intervalDays) : QJsonValue()},
            {QStringLiteral("lastReview"),
             graded ? QJsonValue(isoUtc(row.schedule->lastReviewedAt)) : QJsonValue()},
            {QStringLiteral("retrievability"), numberOrNull(graded, listing.retrievability(row))},
            {QStringLiteral("reviews"), graded ? row.schedule->reviews : 0},
            {QStringLiteral("lapses"), graded ? row.schedule->lapses : 0},
        };
        if (row.readiness)
            question.insert(QStringLiteral("recallOnTheDay"), row.readiness->recallOnTheDay);
        questions.append(question);
    }
    const QJsonObject document{
        {QStringLiteral("guide"), listing.guide->key},
        {QStringLiteral("title"), listing.guide->title},
        {QStringLiteral("at"), isoUtc(listing.at)},
        {QStringLiteral("interviewDate"),
         listing.interviewDate ? QJsonValue(listing.interviewDate->toString(Qt::ISODate))
                               : QJsonValue()},
        {QStringLiteral("readiness"),
         listing.readiness ? QJsonValue(readinessJson(*listing.readiness)) : QJsonValue()},
        {QStringLiteral("questions"), questions},
    };
    io.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(std::lround(fraction * 100));
}

QString whenFromToday(int days)
{
    if (days == 0)
        return QCoreApplication::translate("ScheduleCommand", "today");
    if (days > 0)
        return QCoreApplication::translate("ScheduleCommand", "in %n day(s)", nullptr, days);
    return QCoreApplication::translate("ScheduleCommand", "%n day(s) ago", nullptr, -days);
}

void printTable(const Listing& listing, CommandIo& io)
{
    const qsizetype graded =
        std::count_if(listing.rows.cbegin(), listing.rows.cend(),
                      [](const QuestionRow& row) { return bool(row.schedule); });
    //: %1 is the guide's title, %2 its key, %3 the time, %4 how many questions were graded.
    io.out << QCoreApplication::translate("ScheduleCommand",
                                          "%1 (%2) at %3 UTC: %n question(s), %4 practised.",
                                          nullptr, int(listing.rows.size()))
                  .arg(listing.guide->title, listing.guide->key,
                       listing.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       QString::number(graded))
           << '\n';
    if (const auto& report = listing.readiness) {
        const QString day = report->interviewDate.toString(Qt::ISODate);
        const QString when = whenFromToday(report->daysLeft());
        const int toReview = int(report->toReachTarget.size());
        //: %1 is the interview's day, %2 when that is ("in 3 days", "today"), %3 the readiness.
        if (toReview == 0)
            io.out << QCoreApplication::translate("ScheduleCommand",
                                                  "Interview on %1, %2: %3 ready.")
                          .arg(day, when, percent(report->overall));
        else if (report->targetReachable)
            io.out << QCoreApplication::translate("ScheduleCommand",
                                                  "Interview on %1, %2: %3 ready; to reach %4, "
                                                  "review %n question(s) by then.",
                                                  nullptr, toReview)
                          .arg(day, when, percent(report->overall), percent(report->target));
        else
            io.out << QCoreApplication::translate("ScheduleCommand",
                                                  "Interview on %1, %2: %3 ready; reviewing all %n "
                                                  "question(s) by then still falls short of %4.",
                                                  nullptr, toReview)
                          .arg(day, when, percent(report->overall), percent(report->target));
        io.out << '\n';
    } else {
        io.out << QCoreApplication::translate(
                      "ScheduleCommand",
                      "No interview date (set one with --interview-date YYYY-MM-DD).")
               << '\n';
    }
    // The states are FSRS's names, as in JSON and in the help, and stay so.
    // The headings are translated: a column is as wide as its values or its
    // heading, whichever is wider.
    const QStringList headings{QCoreApplication::translate("ScheduleCommand", "state"),
                               QCoreApplication::translate("ScheduleCommand", "stability"),
                               QCoreApplication::translate("ScheduleCommand", "difficulty"),
                               QCoreApplication::translate("ScheduleCommand", "due"),
                               QCoreApplication::translate("ScheduleCommand", "recall"),
                               QCoreApplication::translate("ScheduleCommand", "reviews"),
                               QCoreApplication::translate("ScheduleCommand", "lapses"),
                               QCoreApplication::translate("ScheduleCommand", "question")};
    constexpr std::array<qsizetype, 7> valueWidths{10, 10, 11, 10, 7, 8, 7};
    constexpr std::array<bool, 7> rightAligned{false, true, true, false, true, true, true};
    constexpr std::array<const char*, 7> gaps{" ", " ", "  ", " ", " ", " ", "  "};
    const auto line = [&](const QStringList& cells) {
        return tableLine(headings, valueWidths, rightAligned, gaps, cells);
    };
    io.out << '\n' << line(headings) << '\n';
    const QString none = QStringLiteral("-");
    for (const QuestionRow& row : listing.rows) {
        const bool known = row.schedule.has_value();
        io.out << line({reviewStateName(reviewStateOf(row.schedule)),
                        known ? QString::number(row.schedule->stability, 'f', 2) : none,
                        known ? QString::number(row.schedule->difficulty, 'f', 2) : none,
                        known ? listing.dueDay(row) : none,
                        known ? QString::number(listing.retrievability(row), 'f', 3) : none,
                        QString::number(known ? row.schedule->reviews : 0),
                        QString::number(known ? row.schedule->lapses : 0), row.question->key})
               << '\n';
    }
}

int list(const QCommandLineParser& parser, const QString& atText, bool json, CommandIo& io)
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (!atText.isNull()) {
        const Result<QDateTime> time = parseTime(atText);
        if (!time)
            return fail(io, CommandName, time.error().message);
        at = *time;
    }
    auto practice = openPracticeData(dataDirectoryFrom(parser),
                                     parser.value(QStringLiteral("guide")), PracticeAccess::Read);
    if (!practice)
        return fail(io, CommandName, practice.error().message);
    const Result<Listing> listing = gather(*practice->data, practice->guide, at);
    if (!listing)
        return fail(io, CommandName, listing.error().message);
    if (json)
        printJson(*listing, io);
    else
        printTable(*listing, io);
    return ExitOk;
}

// The Set Interview Date dialog offers today at the earliest: a date in the
// past would cap nothing, and is most likely a typo.
int setInterviewDate(const QCommandLineParser& parser, const QString& text, CommandIo& io)
{
    std::optional<QDate> day;
    if (text.compare(NoDate, Qt::CaseInsensitive) != 0) {
        day = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !day->isValid())
            return fail(io, CommandName,
                        QCoreApplication::translate("ScheduleCommand",
                                                    "'%1' is not a date like 2026-12-15 (or "
                                                    "'none' to remove the date).")
                            .arg(text));
        const QDate today = QDate::currentDate();
        if (*day < today)
            return fail(io, CommandName,
                        QCoreApplication::translate("ScheduleCommand",
                                                    "%1 is before today (%2); the interview date "
                                                    "is today or later. Nothing was changed.")
                            .arg(text, today.toString(Qt::ISODate)));
    }
    auto practice = openPracticeData(dataDirectoryFrom(parser),
                                     parser.value(QStringLiteral("guide")), PracticeAccess::Write);
    if (!practice)
        return fail(io, CommandName, practice.error().message);
    InterviewDateService& dates = practice->data->interviewDates();
    const Guide& guide = practice->guide;
    const Result<void> changed = day ? dates.set(guide.key, *day) : dates.clear(guide.key);
    if (!changed)
        return fail(io, CommandName, changed.error().message);
    if (day)
        //: %4 is when that is: "today", "in 3 days".
        io.out << QCoreApplication::translate(
                      "ScheduleCommand",
                      "Interview for %1 (%2) on %3, %4: no review is scheduled after it.")
                      .arg(guide.title, guide.key, day->toString(Qt::ISODate),
                           whenFromToday(int(QDate::currentDate().daysTo(*day))))
               << '\n';
    else
        io.out << QCoreApplication::translate("ScheduleCommand", "No interview date for %1 (%2).")
                      .arg(guide.title, guide.key)
               << '\n';
    return ExitOk;
}

} // namespace

int runScheduleCommand(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ScheduleCommand",
        "Print every question of a guide with its practice state, or set the guide's interview "
        "date.\n"
        "  state           new (never graded), learning (graded once, or failed on its first "
        "day),\n"
        "                  review, relearning (last grade a lapse: Again after a later day)\n"
        "  stability       FSRS-6's S: the days until recall falls to 90 %\n"
        "  difficulty      FSRS-6's D, from 1 to 10\n"
        "  due             the day it comes back (in JSON the start of that day in UTC)\n"
        "  retrievability  FSRS-6's chance of recalling it at --at ('recall' in the table)\n"
        "With an interview date, JSON also gives the readiness for it on the day of --at: the "
        "mean predicted recall on the day, per category and overall, and the questions to "
        "review to reach 90 %."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("ScheduleCommand",
                                    "Print one JSON object instead of a table."));
    const QCommandLineOption at = atOption(QCoreApplication::translate(
        "ScheduleCommand", "The time to report on, ISO 8601 with Z or an offset (default: now)."));
    const QCommandLineOption interviewDate(
        QStringLiteral("interview-date"),
        QCoreApplication::translate("ScheduleCommand",
                                    "Set the guide's interview date (today or later), or remove "
                                    "it with 'none'; reviews are then planned to end the day "
                                    "before."),
        QCoreApplication::translate("ScheduleCommand", "DATE"));
    parser.addOptions({json, guideKeyOption(), at, interviewDate, dataDirOption()});
    if (const auto status = parseCommandLine(parser, arguments, io, usage()))
        return *status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io, CommandName, usage(),
            QCoreApplication::translate("ScheduleCommand", "unexpected argument '%1'.")
                .arg(parser.positionalArguments().first()));
    if (parser.isSet(interviewDate)) {
        if (parser.isSet(json) || parser.isSet(at))
            return usageError(io, CommandName, usage(),
                              QCoreApplication::translate(
                                  "ScheduleCommand", "--interview-date sets the date and prints "
                                                     "no listing; leave out --json and --at."));
        return setInterviewDate(parser, parser.value(interviewDate), io);
    }
    return list(parser, parser.isSet(at) ? parser.value(at) : QString(), parser.isSet(json), io);
}

} // namespace ip::cli
