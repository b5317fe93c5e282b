#include "services/BackupDocument.h"

#include "services/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ip {

const QString BackupDocument::FormatName = QStringLiteral("interview-prep-backup");

QString formatBackupTimestamp(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<QDateTime> parseBackupTimestamp(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    // Stored with millisecond precision, so round-trips compare equal.
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

namespace {

QJsonValue dateValue(const std::optional<QDate>& date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject requirementToJson(const RequirementProgress& progress)
{
    return QJsonObject{
        {QStringLiteral("guide"), progress.guideKey},
        {QStringLiteral("key"), progress.requirementKey},
        {QStringLiteral("status"), requirementStatusKey(progress.status)},
        {QStringLiteral("targetDate"), dateValue(progress.targetDate)},
        {QStringLiteral("completedDate"), dateValue(progress.completedDate)},
        {QStringLiteral("evidence"), progress.evidence},
        {QStringLiteral("updatedAt"), formatBackupTimestamp(progress.updatedAt)},
    };
}

QJsonObject noteToJson(const QuestionNote& note)
{
    return QJsonObject{
        {QStringLiteral("guide"), note.guideKey},
        {QStringLiteral("questionKey"), note.questionKey},
        {QStringLiteral("markdown"), note.markdown},
        {QStringLiteral("bookmarked"), note.bookmarked},
        {QStringLiteral("updatedAt"), formatBackupTimestamp(note.updatedAt)},
    };
}

QJsonObject storyToJson(const StarStory& story)
{
    QJsonArray questions;
    for (const QuestionRef& question : story.questions)
        questions.append(QJsonObject{{QStringLiteral("guide"), question.guideKey},
                                     {QStringLiteral("questionKey"), question.questionKey}});
    return QJsonObject{
        {QStringLiteral("id"), story.id},
        {QStringLiteral("title"), story.title},
        {QStringLiteral("situation"), story.situation},
        {QStringLiteral("task"), story.task},
        {QStringLiteral("action"), story.action},
        {QStringLiteral("result"), story.result},
        {QStringLiteral("tags"), QJsonArray::fromStringList(story.tags)},
        {QStringLiteral("questionKeys"), questions},
        {QStringLiteral("createdAt"), formatBackupTimestamp(story.createdAt)},
        {QStringLiteral("updatedAt"), formatBackupTimestamp(story.updatedAt)},
    };
}

QJsonObject reviewToJson(const ReviewLogEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("guide"), entry.guideKey},
        {QStringLiteral("questionKey"), entry.questionKey},
        {QStringLiteral("reviewedAt"), formatBackupTimestamp(entry.reviewedAt)},
        {QStringLiteral("grade"), entry.grade},
        {QStringLiteral("seconds"), entry.seconds},
    };
}

QJsonObject interviewDateToJson(const GuideInterviewDate& date)
{
    return QJsonObject{
        {QStringLiteral("guide"), date.guideKey},
        {QStringLiteral("date"), date.date.toString(Qt::ISODate)},
    };
}

QJsonValue timestampValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(formatBackupTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject mockQuestionToJson(const MockInterviewQuestion& question)
{
    return QJsonObject{
        {QStringLiteral("position"), question.position},
        {QStringLiteral("questionKey"), question.questionKey},
        {QStringLiteral("category"), question.category},
        {QStringLiteral("prompt"), question.prompt},
        {QStringLiteral("timeBoxSeconds"), question.timeBoxSeconds},
        {QStringLiteral("secondsTaken"), question.secondsTaken},
        {QStringLiteral("outline"), question.outline},
        {QStringLiteral("answered"), question.answered},
        {QStringLiteral("grade"),
         question.grade ? QJsonValue(*question.grade) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("gradedAt"), timestampValue(question.gradedAt)},
    };
}

// The database's id is left out: it means nothing in another database.
QJsonObject mockInterviewToJson(const MockInterview& interview)
{
    QJsonArray questions;
    for (const MockInterviewQuestion& question : interview.questions)
        questions.append(mockQuestionToJson(question));
    return QJsonObject{
        {QStringLiteral("guide"), interview.guideKey},
        {QStringLiteral("startedAt"), formatBackupTimestamp(interview.startedAt)},
        {QStringLiteral("plannedMinutes"), interview.plannedMinutes},
        {QStringLiteral("finishedAt"), timestampValue(interview.finishedAt)},
        {QStringLiteral("questions"), questions},
    };
}

// The position of the first UTF-16 surrogate without its partner, or -1.
// JSON may spell one ("\ud800"), but it is no character: stored, it would
// turn into a replacement mark or take the next character with it.
qsizetype loneSurrogateAt(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

QString loneSurrogateProblem(const QString& path, const QString& text, qsizetype at)
{
    return QCoreApplication::translate(
               "BackupDocument",
               "%1 holds a lone UTF-16 surrogate (\\u%2 at character %3), which is "
               "not text")
        .arg(path, QStringLiteral("%1").arg(uint(text.at(at).unicode()), 4, 16, QLatin1Char('0')),
             QString::number(at + 1));
}

// A JSON value as the file spells it, shortened, for messages that name
// what was found.
QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("BackupDocument", "missing");
    const QByteArray list = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(list.mid(1, list.size() - 2));
    constexpr qsizetype Longest = 40;
    if (text.size() > Longest)
        text = text.left(Longest) + QStringLiteral("…");
    return text;
}

// Reads one object of the document, remembering where it is so that every
// complaint names the field: "stories[2].tags[0]: expected text".
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(BackupDocument)

public:
    FieldReader(const QJsonObject& object, QString where)
        : m_object(object), m_where(std::move(where))
    {
    }

    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QString where() const { return m_where; }
    // "stories[2].tags[0]": how the messages name a field of this object.
    QString path(const QString& name) const { return m_where + u'.' + name; }
    // Takes the problem of a reader of an object nested in this one, whose
    // message already says where it is.
    void adopt(const FieldReader& inner)
    {
        if (m_problem.isEmpty())
            m_problem = inner.m_problem;
    }

    // Present and not null.
    bool has(const QString& name) const
    {
        const QJsonValue value = m_object.value(name);
        return !value.isUndefined() && !value.isNull();
    }

    // Required, non-empty text: a stable key.
    QString key(const QString& name) { return text(name, Required, NonEmpty); }

    enum Presence { Required, Optional };
    enum Emptiness { MayBeEmpty, NonEmpty };

    QString text(const QString& name, Presence presence = Optional,
                 Emptiness emptiness = MayBeEmpty)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || (value.isNull() && presence == Optional)) {
            if (presence == Required)
                fail(tr("%1 is missing").arg(path(name)));
            return QString();
        }
        if (!value.isString()) {
            fail(tr("%1 must be text").arg(path(name)));
            return QString();
        }
        const QString text = value.toString();
        if (emptiness == NonEmpty && text.trimmed().isEmpty())
            fail(tr("%1 must not be empty").arg(path(name)));
        if (const qsizetype at = loneSurrogateAt(text); at >= 0)
            fail(loneSurrogateProblem(path(name), text, at));
        return text;
    }

    bool boolean(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(tr("%1 must be true or false").arg(path(name)));
        return value.toBool();
    }

    std::optional<QDate> date(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!value.isString() || text.size() != 10 || !date.isValid()) {
            fail(tr("%1 must be a date like 2026-11-24, or null").arg(path(name)));
            return std::nullopt;
        }
        return date;
    }

    QDateTime timestamp(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        const std::optional<QDateTime> time =
            value.isString() ? parseBackupTimestamp(value.toString()) : std::nullopt;
        if (!time) {
            fail(tr("%1 must be an ISO 8601 time in UTC like "
                    "2026-11-24T18:03:00Z")
                     .arg(path(name)));
            return QDateTime();
        }
        return *time;
    }

    // A time that may be null or missing (an invalid QDateTime then).
    QDateTime optionalTimestamp(const QString& name)
    {
        if (!has(name))
            return QDateTime();
        const QJsonValue value = m_object.value(name);
        const std::optional<QDateTime> time =
            value.isString() ? parseBackupTimestamp(value.toString()) : std::nullopt;
        if (!time) {
            fail(tr("%1 must be an ISO 8601 time in UTC like "
                    "2026-11-24T18:03:00Z, or null")
                     .arg(path(name)));
            return QDateTime();
        }
        return *time;
    }

    // Required; converted only when in range, since a double beyond int
    // (31e300) has no int.
    int wholeNumber(const QString& name, int least, int most)
    {
        const QJsonValue value = m_object.value(name);
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < least || number > most) {
            fail(tr("%1 must be a whole number from %2 to %3")
                     .arg(path(name), QString::number(least), QString::number(most)));
            return least;
        }
        return int(number);
    }

    double number(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(tr("%1 must be a number").arg(path(name)));
            return 0;
        }
        return value.toDouble();
    }

    QJsonArray array(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        if (!value.isArray())
            fail(tr("%1 must be a list").arg(path(name)));
        return value.toArray();
    }

    // Keeps the first problem only: the message names one field to fix.
    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

Error invalid(const QString& detail)
{
    return makeError(
        ErrorKind::InvalidInput,
        QCoreApplication::translate("BackupDocument", "The backup is not valid: %1.").arg(detail));
}

// Applies `read` to each element of a top-level list, which must hold objects.
template <typename T, typename Read>
Result<QList<T>> readList(const QJsonObject& root, const QString& name, Read read)
{
    QList<T> items;
    const QJsonValue value = root.value(name);
    if (value.isUndefined() || value.isNull())
        return items;
    if (!value.isArray())
        return invalid(
            QCoreApplication::translate("BackupDocument", "\"%1\" must be a list").arg(name));
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (!array.at(i).isObject())
            return invalid(
                QCoreApplication::translate("BackupDocument", "%1 must be an object").arg(where));
        FieldReader reader(array.at(i).toObject(), where);
        T item = read(reader);
        if (reader.failed())
            return invalid(reader.problem());
        items.append(std::move(item));
    }
    return items;
}

RequirementProgress readRequirement(FieldReader& reader)
{
    RequirementProgress progress;
    progress.guideKey = reader.key(QStringLiteral("guide"));
    progress.requirementKey = reader.key(QStringLiteral("key"));
    const QString status = reader.text(QStringLiteral("status"), FieldReader::Required);
    if (const auto parsed = requirementStatusFromKey(status))
        progress.status = *parsed;
    else
        reader.fail(QCoreApplication::translate(
                        "BackupDocument",
                        "%1 must be one of not-started, planned, in-progress, done, "
                        "not-applicable")
                        .arg(reader.path(QStringLiteral("status"))));
    progress.targetDate = reader.date(QStringLiteral("targetDate"));
    progress.completedDate = reader.date(QStringLiteral("completedDate"));
    progress.evidence = reader.text(QStringLiteral("evidence"));
    progress.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    return progress;
}

QuestionNote readNote(FieldReader& reader)
{
    QuestionNote note;
    note.guideKey = reader.key(QStringLiteral("guide"));
    note.questionKey = reader.key(QStringLiteral("questionKey"));
    note.markdown = reader.text(QStringLiteral("markdown"));
    note.bookmarked = reader.boolean(QStringLiteral("bookmarked"));
    note.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    return note;
}

StarStory readStory(FieldReader& reader)
{
    StarStory story;
    story.id = reader.text(QStringLiteral("id"));
    // An empty id adds the story as a new one; an id of spaces alone looks
    // empty to the user but would be stored as a key of its own.
    if (!story.id.isEmpty() && story.id.trimmed().isEmpty())
        reader.fail(
            QCoreApplication::translate(
                "BackupDocument", "%1 is only spaces; leave it empty to add the story as a new one")
                .arg(reader.path(QStringLiteral("id"))));
    story.title = reader.text(QStringLiteral("title"));
    story.situation = reader.text(QStringLiteral("situation"));
    story.task = reader.text(QStringLiteral("task"));
    story.action = reader.text(QStringLiteral("action"));
    story.result = reader.text(QStringLiteral("result"));
    const QJsonArray tags = reader.array(QStringLiteral("tags"));
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString tag = tags.at(i).toString();
        if (!tags.at(i).isString())
            reader.fail(QCoreApplication::translate("BackupDocument", "%1 must be text")
                            .arg(reader.path(QStringLiteral("tags[%1]").arg(i))));
        else if (const qsizetype at = loneSurrogateAt(tag); at >= 0)
            reader.fail(
                loneSurrogateProblem(reader.path(QStringLiteral("tags[%1]").arg(i)), tag, at));
        story.tags << tag;
    }
    const QJsonArray questions = reader.array(QStringLiteral("questionKeys"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString name = QStringLiteral("questionKeys[%1]").arg(i);
        if (!questions.at(i).isObject()) {
            reader.fail(QCoreApplication::translate(
                            "BackupDocument", "%1 must be an object with guide and questionKey")
                            .arg(reader.path(name)));
            continue;
        }
        FieldReader link(questions.at(i).toObject(), name);
        story.questions.append(
            {link.key(QStringLiteral("guide")), link.key(QStringLiteral("questionKey"))});
        if (link.failed())
            reader.fail(
                QCoreApplication::translate("BackupDocument", "%1 needs a guide and a questionKey")
                    .arg(reader.path(name)));
    }
    story.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    story.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    return story;
}

ReviewLogEntry readReview(FieldReader& reader)
{
    ReviewLogEntry entry;
    entry.guideKey = reader.key(QStringLiteral("guide"));
    entry.questionKey = reader.key(QStringLiteral("questionKey"));
    entry.reviewedAt = reader.timestamp(QStringLiteral("reviewedAt"));
    const double grade = reader.number(QStringLiteral("grade"));
    if (!reader.failed() && (grade != std::floor(grade) || grade < 1 || grade > 4))
        reader.fail(QCoreApplication::translate("BackupDocument", "%1 must be 1, 2, 3 or 4")
                        .arg(reader.path(QStringLiteral("grade"))));
    // Converted only when in range: a double beyond int (31e300) has no int.
    entry.grade = grade >= 1 && grade <= 4 ? int(grade) : 0;
    entry.seconds = reader.number(QStringLiteral("seconds"));
    if (!reader.failed() && entry.seconds < 0)
        reader.fail(QCoreApplication::translate("BackupDocument", "%1 must not be negative")
                        .arg(reader.path(QStringLiteral("seconds"))));
    return entry;
}

GuideInterviewDate readInterviewDate(FieldReader& reader)
{
    GuideInterviewDate date;
    date.guideKey = reader.key(QStringLiteral("guide"));
    const std::optional<QDate> day = reader.date(QStringLiteral("date"));
    if (!reader.failed() && !day)
        reader.fail(
            QCoreApplication::translate("BackupDocument", "%1 must be a date like 2026-12-15")
                .arg(reader.path(QStringLiteral("date"))));
    date.date = day.value_or(QDate());
    return date;
}

// Bounds beyond anything the app makes, so that a number in the file that is
// no length (a year of minutes) is refused rather than stored.
constexpr int LongestMockMinutes = 24 * 60;
constexpr int LongestTimeBoxSeconds = 24 * 60 * 60;
constexpr int LargestMockPosition = 9999;

MockInterviewQuestion readMockQuestion(FieldReader& reader, bool interviewFinished)
{
    MockInterviewQuestion question;
    question.position = reader.wholeNumber(QStringLiteral("position"), 0, LargestMockPosition);
    question.questionKey = reader.key(QStringLiteral("questionKey"));
    question.category = reader.text(QStringLiteral("category"));
    question.prompt = reader.text(QStringLiteral("prompt"));
    question.timeBoxSeconds =
        reader.wholeNumber(QStringLiteral("timeBoxSeconds"), 1, LongestTimeBoxSeconds);
    question.secondsTaken = reader.number(QStringLiteral("secondsTaken"));
    if (!reader.failed() && question.secondsTaken < 0)
        reader.fail(QCoreApplication::translate("BackupDocument", "%1 must not be negative")
                        .arg(reader.path(QStringLiteral("secondsTaken"))));
    question.outline = reader.text(QStringLiteral("outline"));
    question.answered = reader.boolean(QStringLiteral("answered"));
    if (reader.has(QStringLiteral("grade")))
        question.grade = reader.wholeNumber(QStringLiteral("grade"), 1, 4);
    question.gradedAt = reader.optionalTimestamp(QStringLiteral("gradedAt"));
    if (reader.failed())
        return question;
    // What the app itself never stores: a grade is given in the review of a
    // finished interview, to a question that was asked, at a logged time.
    if (question.grade && !question.gradedAt.isValid())
        reader.fail(QCoreApplication::translate(
                        "BackupDocument",
                        "%1 is missing; a graded question has the time its grade was "
                        "logged")
                        .arg(reader.path(QStringLiteral("gradedAt"))));
    else if (!question.grade && question.gradedAt.isValid())
        reader.fail(
            QCoreApplication::translate("BackupDocument", "%1 is set, but there is no grade")
                .arg(reader.path(QStringLiteral("gradedAt"))));
    else if (question.grade && !question.answered)
        reader.fail(
            QCoreApplication::translate("BackupDocument",
                                        "%1 is set, but the question was never asked (answered is "
                                        "false)")
                .arg(reader.path(QStringLiteral("grade"))));
    else if (question.grade && !interviewFinished)
        reader.fail(QCoreApplication::translate(
                        "BackupDocument", "%1 is set, but the mock interview has not finished")
                        .arg(reader.path(QStringLiteral("grade"))));
    return question;
}

MockInterview readMockInterview(FieldReader& reader)
{
    MockInterview interview;
    interview.guideKey = reader.key(QStringLiteral("guide"));
    interview.startedAt = reader.timestamp(QStringLiteral("startedAt"));
    interview.plannedMinutes =
        reader.wholeNumber(QStringLiteral("plannedMinutes"), 1, LongestMockMinutes);
    interview.finishedAt = reader.optionalTimestamp(QStringLiteral("finishedAt"));
    if (!reader.failed() && interview.finishedAt.isValid() &&
        interview.finishedAt < interview.startedAt)
        reader.fail(QCoreApplication::translate("BackupDocument", "%1 is before startedAt")
                        .arg(reader.path(QStringLiteral("finishedAt"))));
    const QJsonArray questions = reader.array(QStringLiteral("questions"));
    // The questions are asked in order and the app finds them by position:
    // a gap or a repeat would grade one question and log another.
    for (qsizetype i = 0; i < questions.size() && !reader.failed(); ++i) {
        const QString name = QStringLiteral("questions[%1]").arg(i);
        if (!questions.at(i).isObject()) {
            reader.fail(QCoreApplication::translate("BackupDocument", "%1 must be an object")
                            .arg(reader.path(name)));
            break;
        }
        FieldReader inner(questions.at(i).toObject(),
                          QStringLiteral("%1.%2").arg(reader.where(), name));
        MockInterviewQuestion question = readMockQuestion(inner, interview.isFinished());
        if (!inner.failed() && question.position != i)
            inner.fail(QCoreApplication::translate("BackupDocument",
                                                   "%1 is %2 where %3 belongs; the questions are "
                                                   "numbered 0, 1, 2 … in the order they are asked")
                           .arg(inner.path(QStringLiteral("position")),
                                QString::number(question.position), QString::number(i)));
        reader.adopt(inner);
        interview.questions.append(std::move(question));
    }
    return interview;
}

// A guide and a start time name one mock interview (restore merges by
// them), so two in the file would each replace the other.
std::optional<Error> repeatedMockInterviews(const QList<MockInterview>& interviews)
{
    QHash<std::pair<QString, qint64>, qsizetype> first;
    for (qsizetype i = 0; i < interviews.size(); ++i) {
        const MockInterview& interview = interviews.at(i);
        const std::pair<QString, qint64> key{interview.guideKey,
                                             interview.startedAt.toMSecsSinceEpoch()};
        if (first.contains(key))
            return invalid(
                QCoreApplication::translate("BackupDocument",
                                            "mockInterviews[%1] and mockInterviews[%2] are both "
                                            "the mock interview of the guide %3 started at %4; "
                                            "each may appear once")
                    .arg(first.value(key))
                    .arg(i)
                    .arg(jsonText(interview.guideKey), formatBackupTimestamp(interview.startedAt)));
        first.insert(key, i);
    }
    return std::nullopt;
}

// A mock interview's grade was logged in the review log at its gradedAt, and
// restore takes the log from "reviews" alone (logging it again would count
// the answer twice). A grade without that entry, or with another grade
// there, is a document at odds with itself: which one is true is unknown.
std::optional<Error> mockGradesAtOddsWithReviews(const QList<MockInterview>& interviews,
                                                 const QList<ReviewLogEntry>& reviews)
{
    // Keys hold no NUL (it would be no key a guide names), so it separates.
    const auto logKey = [](const QString& guide, const QString& question, const QDateTime& at) {
        return guide + QChar(u'\0') + question + QChar(u'\0') +
               QString::number(at.toMSecsSinceEpoch());
    };
    QHash<QString, int> logged;
    for (const ReviewLogEntry& entry : reviews)
        logged.insert(logKey(entry.guideKey, entry.questionKey, entry.reviewedAt), entry.grade);
    for (qsizetype i = 0; i < interviews.size(); ++i) {
        const MockInterview& interview = interviews.at(i);
        for (qsizetype j = 0; j < interview.questions.size(); ++j) {
            const MockInterviewQuestion& question = interview.questions.at(j);
            if (!question.grade)
                continue;
            const QString where =
                QStringLiteral("mockInterviews[%1].questions[%2].grade").arg(i).arg(j);
            const QuestionRef ref = interview.refOf(question);
            const auto entry =
                logged.constFind(logKey(ref.guideKey, ref.questionKey, question.gradedAt));
            if (entry == logged.cend())
                return invalid(
                    QCoreApplication::translate("BackupDocument",
                                                "%1 has no entry in \"reviews\" for the question "
                                                "at its gradedAt (%2); a mock interview's grade "
                                                "is in the practice log too")
                        .arg(where, formatBackupTimestamp(question.gradedAt)));
            if (*entry != *question.grade)
                return invalid(QCoreApplication::translate(
                                   "BackupDocument", "%1 is %2, but \"reviews\" logs %3 for the "
                                                     "question at its gradedAt (%4)")
                                   .arg(where)
                                   .arg(*question.grade)
                                   .arg(*entry)
                                   .arg(formatBackupTimestamp(question.gradedAt)));
        }
    }
    return std::nullopt;
}

// A guide has one interview date: two would each replace the other on
// restore, so which one the user gets would depend on the order.
std::optional<Error> repeatedInterviewDates(const QList<GuideInterviewDate>& dates)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QString& guide = dates.at(i).guideKey;
        if (first.contains(guide))
            return invalid(QCoreApplication::translate(
                               "BackupDocument",
                               "interviewDates[%1] and interviewDates[%2] are both for "
                               "the guide %3; a guide has one interview date")
                               .arg(first.value(guide))
                               .arg(i)
                               .arg(jsonText(guide)));
        first.insert(guide, i);
    }
    return std::nullopt;
}

// Two stories with one id would each replace the other on restore, so only
// the last would arrive. Each repeated id is named once, with every place it
// is used.
std::optional<Error> repeatedStoryIds(const QList<StarStory>& stories)
{
    QHash<QString, QList<qsizetype>> places;
    QStringList order;
    for (qsizetype i = 0; i < stories.size(); ++i) {
        const QString& id = stories.at(i).id;
        if (id.isEmpty())
            continue;
        QList<qsizetype>& at = places[id];
        if (at.size() == 1)
            order << id;
        at << i;
    }
    if (order.isEmpty())
        return std::nullopt;
    QStringList problems;
    for (const QString& id : order) {
        QStringList where;
        for (const qsizetype i : places.value(id))
            where << QStringLiteral("stories[%1]").arg(i);
        // Only ids used twice or more are named, so the source is written
        // in the plural that English always shows here.
        problems << QCoreApplication::translate("BackupDocument",
                                                "the story id %1 is used %n times (%2)", nullptr,
                                                int(where.size()))
                        .arg(jsonText(id), where.join(QStringLiteral(", ")));
    }
    return invalid(
        QCoreApplication::translate("BackupDocument", "%1; each story id may appear once")
            .arg(problems.join(QStringLiteral("; "))));
}

} // namespace

QByteArray BackupDocument::toJson() const
{
    QJsonArray requirementArray;
    for (const RequirementProgress& progress : requirements)
        requirementArray.append(requirementToJson(progress));
    QJsonArray noteArray;
    for (const QuestionNote& note : notes)
        noteArray.append(noteToJson(note));
    QJsonArray storyArray;
    for (const StarStory& story : stories)
        storyArray.append(storyToJson(story));
    QJsonArray reviewArray;
    for (const ReviewLogEntry& entry : reviews)
        reviewArray.append(reviewToJson(entry));
    QJsonArray interviewDateArray;
    for (const GuideInterviewDate& date : interviewDates)
        interviewDateArray.append(interviewDateToJson(date));
    QJsonArray mockInterviewArray;
    for (const MockInterview& interview : mockInterviews)
        mockInterviewArray.append(mockInterviewToJson(interview));

    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), CurrentVersion},
        {QStringLiteral("exportedAt"), formatBackupTimestamp(exportedAt)},
        {QStringLiteral("requirements"), requirementArray},
        {QStringLiteral("notes"), noteArray},
        {QStringLiteral("stories"), storyArray},
        {QStringLiteral("reviews"), reviewArray},
        {QStringLiteral("interviewDates"), interviewDateArray},
        {QStringLiteral("mockInterviews"), mockInterviewArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupDocument> BackupDocument::fromJson(const QByteArray& json)
{
    const auto notABackup = [](const QString& why) {
        return makeError(ErrorKind::InvalidInput,
                         tr("This is not an Interview Prep backup (%1).").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notABackup(tr("not valid JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return notABackup(tr("the JSON is not an object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return notABackup(tr("\"format\" is not \"%1\"").arg(FormatName));
    // A version is a small whole number; anything else is named as the file
    // spells it (a version of 1e300 or "2" is no version at all).
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double number = version.toDouble();
    if (!version.isDouble() || number != std::floor(number) || number < 1 ||
        number > LargestVersion)
        return notABackup(
            version.isUndefined()
                ? tr("\"version\" is missing")
                : tr("\"version\" is %1, not a format version (a whole number from 1)")
                      .arg(jsonText(version)));
    if (number > CurrentVersion)
        return makeError(ErrorKind::TooNew,
                         tr("The backup was written by a newer version of Interview "
                            "Prep (format version %1; this version reads up to %2). "
                            "Update Interview Prep to restore it.")
                             .arg(qint64(number))
                             .arg(CurrentVersion));

    BackupDocument backup;
    FieldReader top(root, QStringLiteral("backup"));
    backup.exportedAt = top.timestamp(QStringLiteral("exportedAt"));
    if (top.failed())
        return invalid(top.problem());

    auto requirements =
        readList<RequirementProgress>(root, QStringLiteral("requirements"), readRequirement);
    if (!requirements)
        return requirements.error();
    auto notes = readList<QuestionNote>(root, QStringLiteral("notes"), readNote);
    if (!notes)
        return notes.error();
    auto stories = readList<StarStory>(root, QStringLiteral("stories"), readStory);
    if (!stories)
        return stories.error();
    if (auto repeated = repeatedStoryIds(*stories))
        return *repeated;
    auto reviews = readList<ReviewLogEntry>(root, QStringLiteral("reviews"), readReview);
    if (!reviews)
        return reviews.error();
    auto interviewDates =
        readList<GuideInterviewDate>(root, QStringLiteral("interviewDates"), readInterviewDate);
    if (!interviewDates)
        return interviewDates.error();
    if (auto repeated = repeatedInterviewDates(*interviewDates))
        return *repeated;
    auto mockInterviews =
        readList<MockInterview>(root, QStringLiteral("mockInterviews"), readMockInterview);
    if (!mockInterviews)
        return mockInterviews.error();
    if (auto repeated = repeatedMockInterviews(*mockInterviews))
        return *repeated;
    if (auto atOdds = mockGradesAtOddsWithReviews(*mockInterviews, *reviews))
        return *atOdds;
    backup.requirements = std::move(requirements).value();
    backup.notes = std::move(notes).value();
    backup.stories = std::move(stories).value();
    backup.reviews = std::move(reviews).value();
    backup.interviewDates = std::move(interviewDates).value();
    backup.mockInterviews = std::move(mockInterviews).value();
    return backup;
}

Result<BackupDocument> BackupDocument::readFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, tr("%1 does not exist.").arg(name));
    if (file.size() > MaximumFileSize)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is too large to be an Interview Prep backup (over %2 "
                            "MB).")
                             .arg(name)
                             .arg(MaximumFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("Cannot read %1: %2").arg(name, file.errorString()));
    Result<BackupDocument> document = fromJson(file.readAll());
    if (!document)
        return makeError(document.error().kind, tr("%1: %2").arg(name, document.error().message));
    return document;
}

Result<void> BackupDocument::writeFile(const QString& path) const
{
    return OutputFile::write(path, toJson());
}

} // namespace ip
