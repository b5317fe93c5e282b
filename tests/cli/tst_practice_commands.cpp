// `interview-prep review` and `interview-prep schedule` as a script uses
// them: the real executable on a real data folder, its exit status, its text
// and its JSON. A series of grades given with --at must leave exactly the
// FSRS-6 state tests/services/tst_fsrs6.cpp pins for that sequence (values
// from fsrs6_reference.py, to 1e-4).
#include "AppProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = ip::test::AppRun;
using ip::test::describe;

const QString DatabaseFile = QStringLiteral("interview-prep.sqlite");

// The published FSRS-6 forgetting curve with the default w20, written out
// here rather than taken from core: R(t, S) = (1 + F t / S)^(-w20), with F
// chosen so that R(S, S) = 0.9.
double forgettingCurve(double days, double stability)
{
    const double w20 = 0.1542;
    const double factor = std::pow(0.9, -1.0 / w20) - 1.0;
    return std::pow(1.0 + factor * days / stability, -w20);
}

QJsonObject parsedObject(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(describe(run)));
    return document.object();
}

QJsonObject questionIn(const QJsonObject& schedule, const QString& key)
{
    for (const QJsonValue& question : schedule.value(QStringLiteral("questions")).toArray()) {
        if (question.toObject().value(QStringLiteral("key")).toString() == key)
            return question.toObject();
    }
    return QJsonObject();
}

} // namespace

class PracticeCommandsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refusedGradesWriteNothing_data();
    void refusedGradesWriteNothing();
    void unknownKeyChangesNoLog();
    void scheduleFollowsFsrs6();
    void interviewDateSetAndCleared();
    void badInterviewDatesAreRefused();
    void restoredDateCapsTheRestoredReviews();
    void plainOutputIsATable();
    void scheduleNeedsData();
    void help_data();
    void help();

private:
    // The real program (with the settings of initTestCase()).
    Run run(const QStringList& arguments) const;
    Run review(const QString& key, const QString& grade, const QString& at) const;
    QJsonObject schedule(const QString& at) const;
    int loggedReviews() const;

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_first;  // the shipped guide's first question key
    QString m_second; // and its second
};

Run PracticeCommandsTest::run(const QStringList& arguments) const
{
    return ip::test::runApp(arguments);
}

Run PracticeCommandsTest::review(const QString& key, const QString& grade, const QString& at) const
{
    return run({QStringLiteral("review"), key, grade, QStringLiteral("--at"), at,
                QStringLiteral("--data-dir"), m_data->path()});
}

QJsonObject PracticeCommandsTest::schedule(const QString& at) const
{
    const Run listed =
        run({QStringLiteral("schedule"), QStringLiteral("--json"), QStringLiteral("--at"), at,
             QStringLiteral("--data-dir"), m_data->path()});
    if (listed.exitCode != 0)
        qWarning("%s", qPrintable(describe(listed)));
    return parsedObject(listed);
}

// The review log as `export` sees it.
int PracticeCommandsTest::loggedReviews() const
{
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--data-dir"), m_data->path()});
    return exported.exitCode == 0
               ? int(parsedObject(exported).value(QStringLiteral("reviews")).toArray().size())
               : -1;
}

void PracticeCommandsTest::initTestCase()
{
    QVERIFY(m_settings.isValid());
    // The programs run keep the user's settings in a folder of the test's
    // own, so a retention chosen on this machine cannot move a due day.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settings.path()));
    // The keys exactly as `check --json` prints them.
    const Run checked = run({QStringLiteral("check"), QStringLiteral("--json"),
                             QStringLiteral(IP_SOURCE_DIR "/content/ml-engineer.md")});
    QVERIFY2(checked.exitCode == 0, qPrintable(describe(checked)));
    const QJsonObject guide =
        parsedObject(checked).value(QStringLiteral("guides")).toArray().at(0).toObject();
    QCOMPARE(guide.value(QStringLiteral("key")).toString(),
             QStringLiteral("machine-learning-engineer"));
    const QJsonArray questions = guide.value(QStringLiteral("questions")).toArray();
    m_first = questions.at(0).toObject().value(QStringLiteral("key")).toString();
    m_second = questions.at(1).toObject().value(QStringLiteral("key")).toString();
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
}

void PracticeCommandsTest::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
}

void PracticeCommandsTest::refusedGradesWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the question key
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("complaint");

    const QString at = QStringLiteral("--at");
    QTest::newRow("grade 5") << QStringList{u"5"_s} << 1 << "'5' is not a grade";
    QTest::newRow("grade 0") << QStringList{u"0"_s} << 1 << "'0' is not a grade";
    QTest::newRow("grade named wrong") << QStringList{u"great"_s} << 1 << "'great' is not a grade";
    QTest::newRow("a date alone") << QStringList{u"good"_s, at, u"2026-01-04"_s} << 1
                                  << "date without a time";
    QTest::newRow("a time without a zone")
        << QStringList{u"good"_s, at, u"2026-01-04T09:00"_s} << 1 << "has no time zone";
    QTest::newRow("not a time") << QStringList{u"good"_s, at, u"yesterday"_s} << 1
                                << "not an ISO 8601 time";
    QTest::newRow("an impossible time")
        << QStringList{u"good"_s, at, u"2026-02-30T09:00Z"_s} << 1 << "not an ISO 8601 time";
    QTest::newRow("a time in the future") << QStringList{u"good"_s, at, u"2030-01-01T00:00Z"_s} << 1
                                          << "2030-01-01T00:00Z is in the future";
    QTest::newRow("negative seconds")
        << QStringList{u"good"_s, u"--seconds"_s, u"-3"_s} << 1 << "not a number of seconds";
    QTest::newRow("unknown guide") << QStringList{u"good"_s, u"--guide"_s, u"no-such-guide"_s} << 1
                                   << "no guide with the key 'no-such-guide'";
    QTest::newRow("the key of another guide")
        << QStringList{u"good"_s, u"--guide"_s, u"ai-engineer"_s} << 1
        << "The guide ai-engineer has no question with the key";
    QTest::newRow("no grade") << QStringList{} << 2 << "name a question key and a grade";
}

void PracticeCommandsTest::refusedGradesWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, complaint);
    const Run refused = run(QStringList{QStringLiteral("review"), m_first} + arguments +
                            QStringList{QStringLiteral("--data-dir"), m_data->path()});
    QVERIFY2(refused.exitCode == exitCode, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(complaint), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    // Not even the data folder's database was made.
    QVERIFY2(!QDir(m_data->path()).exists(DatabaseFile), qPrintable(describe(refused)));
}

void PracticeCommandsTest::unknownKeyChangesNoLog()
{
    const Run good = review(m_first, QStringLiteral("good"), QStringLiteral("2026-01-01T09:00Z"));
    QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
    QCOMPARE(loggedReviews(), 1);

    for (const QString& key :
         {QStringLiteral("machine-learning-engineer/no-such-question"), QStringLiteral("")}) {
        const Run unknown =
            review(key, QStringLiteral("good"), QStringLiteral("2026-01-02T09:00Z"));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("has no question with the key")),
                 qPrintable(unknown.err));
    }
    const Run badGrade = review(m_first, QStringLiteral("7"), QStringLiteral("2026-01-02T09:00Z"));
    QCOMPARE(badGrade.exitCode, 1);
    QCOMPARE(loggedReviews(), 1);
}

void PracticeCommandsTest::scheduleFollowsFsrs6()
{
    // tst_fsrs6's "good good again hard easy over 3 weeks": days 0, 2, 9, 10
    // and 21, with the state after each review as the schedule reports it.
    struct Grade {
        const char* at;
        const char* grade;
        const char* state;
    };
    const QList<Grade> grades{{"2026-01-01T09:00Z", "good", "learning"},
                              {"2026-01-03T09:00:00Z", "3", "review"},
                              {"2026-01-10T10:00+01:00", "Again", "relearning"},
                              {"2026-01-11T09:00Z", "hard", "review"},
                              {"2026-01-22T09:00Z", "EASY", "review"}};
    for (const Grade& grade : grades) {
        const Run recorded = review(m_first, QLatin1String(grade.grade), QLatin1String(grade.at));
        QVERIFY2(recorded.exitCode == 0, qPrintable(describe(recorded)));
        const QJsonObject question = questionIn(schedule(QLatin1String(grade.at)), m_first);
        QCOMPARE(question.value(QStringLiteral("state")).toString(), QLatin1String(grade.state));
        if (&grade == &grades.first()) {
            // The "good" row: S0(Good) = w2, D0(Good), an interval of 2 days.
            QVERIFY(qAbs(question.value(QStringLiteral("stability")).toDouble() - 2.3065) < 1e-4);
            QVERIFY(qAbs(question.value(QStringLiteral("difficulty")).toDouble() - 2.1181039705) <
                    1e-4);
            QCOMPARE(question.value(QStringLiteral("due")).toString(),
                     QStringLiteral("2026-01-03T00:00:00Z"));
            QVERIFY2(recorded.out.contains(
                         QStringLiteral(
                             "Recorded Good for %1: next review 2026-01-03 (in 2 days), stability "
                             "2.31 days.")
                             .arg(m_first)),
                     qPrintable(recorded.out));
        }
    }
    // Another question: tst_fsrs6's "good then again the same day", on one
    // UTC day whatever the offset it is given in.
    QCOMPARE(review(m_second, QStringLiteral("good"), QStringLiteral("2026-01-05T08:00Z")).exitCode,
             0);
    QCOMPARE(review(m_second, QStringLiteral("again"), QStringLiteral("2026-01-05T23:30+02:00"))
                 .exitCode,
             0);

    const QString at = QStringLiteral("2026-01-30T12:00:00Z");
    const QJsonObject listed = schedule(at);
    QCOMPARE(listed.value(QStringLiteral("guide")).toString(),
             QStringLiteral("machine-learning-engineer"));
    QCOMPARE(listed.value(QStringLiteral("at")).toString(), at);
    QVERIFY(listed.value(QStringLiteral("interviewDate")).isNull());
    QVERIFY(listed.value(QStringLiteral("readiness")).isNull());
    QVERIFY(listed.value(QStringLiteral("questions")).toArray().size() > 80);

    const QJsonObject first = questionIn(listed, m_first);
    const double stability = first.value(QStringLiteral("stability")).toDouble();
    QVERIFY2(qAbs(stability - 17.2543979529) < 1e-4,
             qPrintable(QString::number(stability, 'f', 10)));
    QVERIFY(qAbs(first.value(QStringLiteral("difficulty")).toDouble() - 7.6558959538) < 1e-4);
    QCOMPARE(first.value(QStringLiteral("intervalDays")).toInt(), 17);
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2026-02-08T00:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("lastReview")).toString(),
             QStringLiteral("2026-01-22T09:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("reviews")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("lapses")).toInt(), 1);
    // Eight calendar days after the last review.
    QVERIFY(qAbs(first.value(QStringLiteral("retrievability")).toDouble() -
                 forgettingCurve(8, 17.2543979529)) < 1e-4);

    // Same-day reviews: FSRS-6's short-term stability, and no lapse.
    const QJsonObject second = questionIn(listed, m_second);
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("learning"));
    QVERIFY(qAbs(second.value(QStringLiteral("stability")).toDouble() - 0.7750839829) < 1e-4);
    QVERIFY(qAbs(second.value(QStringLiteral("difficulty")).toDouble() - 7.3945027413) < 1e-4);
    QCOMPARE(second.value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-01-06T00:00:00Z"));
    QCOMPARE(second.value(QStringLiteral("reviews")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("lapses")).toInt(), 0);

    // Never graded: new, and nothing made up for it.
    const QJsonObject fresh = listed.value(QStringLiteral("questions")).toArray().at(2).toObject();
    QCOMPARE(fresh.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
    for (const char* unknown : {"stability", "difficulty", "due", "retrievability"})
        QVERIFY2(fresh.value(QLatin1String(unknown)).isNull(), unknown);
    QCOMPARE(fresh.value(QStringLiteral("reviews")).toInt(), 0);
}

void PracticeCommandsTest::interviewDateSetAndCleared()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate interview = today.addDays(30);
    // Today, and not in the future (a grade from the future is refused).
    const QString todayAt = QDateTime(today, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
    QCOMPARE(review(m_first, QStringLiteral("good"), todayAt).exitCode, 0);

    const Run set =
        run({QStringLiteral("schedule"), QStringLiteral("--interview-date"),
             interview.toString(Qt::ISODate), QStringLiteral("--data-dir"), m_data->path()});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    QVERIFY2(set.out.contains(QStringLiteral("in 30 days")), qPrintable(set.out));

    const QJsonObject listed = schedule(todayAt);
    QCOMPARE(listed.value(QStringLiteral("interviewDate")).toString(),
             interview.toString(Qt::ISODate));
    const QJsonObject readiness = listed.value(QStringLiteral("readiness")).toObject();
    QVERIFY(!readiness.isEmpty());
    QCOMPARE(readiness.value(QStringLiteral("daysLeft")).toInt(), 30);
    QCOMPARE(readiness.value(QStringLiteral("today")).toString(), today.toString(Qt::ISODate));
    QVERIFY(!readiness.value(QStringLiteral("categories")).toArray().isEmpty());
    // Overall readiness is the mean recall on the day: one question graded
    // Good today, every other one 0.
    const QJsonArray questions = listed.value(QStringLiteral("questions")).toArray();
    const double recall =
        questionIn(listed, m_first).value(QStringLiteral("recallOnTheDay")).toDouble();
    QVERIFY(recall > 0 && recall < 1);
    QVERIFY(qAbs(readiness.value(QStringLiteral("overall")).toDouble() -
                 recall / questions.size()) < 1e-9);
    // The grade made today is due before the interview, at the latest the day before.
    const QDate due =
        QDateTime::fromString(questionIn(listed, m_first).value(QStringLiteral("due")).toString(),
                              Qt::ISODate)
            .date();
    QVERIFY2(due < interview, qPrintable(due.toString(Qt::ISODate)));

    const Run cleared = run({QStringLiteral("schedule"), QStringLiteral("--interview-date"),
                             QStringLiteral("none"), QStringLiteral("--data-dir"), m_data->path()});
    QVERIFY2(cleared.exitCode == 0, qPrintable(describe(cleared)));
    const QJsonObject after = schedule(todayAt);
    QVERIFY(after.value(QStringLiteral("interviewDate")).isNull());
    QVERIFY(after.value(QStringLiteral("readiness")).isNull());
}

void PracticeCommandsTest::badInterviewDatesAreRefused()
{
    const QString later = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const QStringList folder{QStringLiteral("--data-dir"), m_data->path()};
    const QStringList set{QStringLiteral("schedule"), QStringLiteral("--interview-date")};
    QCOMPARE(run(set + QStringList{later} + folder).exitCode, 0);

    const QList<std::pair<QString, QString>> refusals{
        {QDate::currentDate().addDays(-1).toString(Qt::ISODate), u"is before today"_s},
        {u"2026-02-30"_s, u"is not a date like"_s},
        {u"soon"_s, u"is not a date like"_s}};
    for (const auto& [date, complaint] : refusals) {
        const Run refused = run(set + QStringList{date} + folder);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(complaint), qPrintable(refused.err));
    }
    const Run listed =
        run(QStringList{QStringLiteral("schedule"), QStringLiteral("--json")} + folder);
    QCOMPARE(parsedObject(listed).value(QStringLiteral("interviewDate")).toString(), later);
}

void PracticeCommandsTest::restoredDateCapsTheRestoredReviews()
{
    // Data already there, with no interview date: practice starts uncapped.
    QCOMPARE(review(m_second, QStringLiteral("good"), QStringLiteral("2026-01-01T09:00Z")).exitCode,
             0);
    // Good on days 0 and 2 would come back on 2026-01-14; an interview on
    // the 8th brings it to the day before.
    const QString backup = QDir(m_data->path()).filePath(QStringLiteral("backup.json"));
    QFile file(backup);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"format": "interview-prep-backup", "version": 1,
        "exportedAt": "2026-01-03T10:00:00Z",
        "reviews": [
          {"guide": "machine-learning-engineer", "questionKey": "%1",
           "reviewedAt": "2026-01-01T09:00:00Z", "grade": 3, "seconds": 20},
          {"guide": "machine-learning-engineer", "questionKey": "%1",
           "reviewedAt": "2026-01-03T09:00:00Z", "grade": 3, "seconds": 20}],
        "interviewDates": [{"guide": "machine-learning-engineer", "date": "2026-01-08"}]})")
                   .arg(m_first)
                   .toUtf8());
    file.close();

    const Run restored =
        run({QStringLiteral("restore"), backup, QStringLiteral("--data-dir"), m_data->path()});
    QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
    QVERIFY2(restored.out.contains(QStringLiteral("2 reviews and 1 interview date into")),
             qPrintable(restored.out));

    const QJsonObject listed = schedule(QStringLiteral("2026-01-04T09:00Z"));
    QCOMPARE(listed.value(QStringLiteral("interviewDate")).toString(),
             QStringLiteral("2026-01-08"));
    QCOMPARE(listed.value(QStringLiteral("readiness"))
                 .toObject()
                 .value(QStringLiteral("daysLeft"))
                 .toInt(),
             4);
    const QJsonObject first = questionIn(listed, m_first);
    QCOMPARE(first.value(QStringLiteral("reviews")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2026-01-07T00:00:00Z"));
    // The question graded before the restore keeps its FSRS-6 due day (the
    // 3rd is before the interview).
    QCOMPARE(questionIn(listed, m_second).value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-01-03T00:00:00Z"));
}

void PracticeCommandsTest::plainOutputIsATable()
{
    QCOMPARE(review(m_first, QStringLiteral("good"), QStringLiteral("2026-01-01T09:00Z")).exitCode,
             0);
    const Run listed =
        run({QStringLiteral("schedule"), QStringLiteral("--at"),
             QStringLiteral("2026-01-02T09:00Z"), QStringLiteral("--data-dir"), m_data->path()});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    const QStringList lines = listed.out.split(u'\n');
    QVERIFY2(
        lines.value(0).startsWith(QStringLiteral(
            "Machine Learning Engineer (machine-learning-engineer) at 2026-01-02 09:00 UTC: ")),
        qPrintable(listed.out));
    QVERIFY(lines.value(1).startsWith(QStringLiteral("No interview date")));
    const QString header = lines.value(3);
    QCOMPARE(header, QStringLiteral("state       stability  difficulty  due         recall  "
                                    "reviews  lapses  question"));
    // Each column ends where its heading does.
    const QString graded = lines.value(4);
    QVERIFY2(graded.startsWith(QStringLiteral("learning  ")), qPrintable(graded));
    QVERIFY2(graded.endsWith(QStringLiteral("  ") + m_first), qPrintable(graded));
    QCOMPARE(graded.indexOf(QStringLiteral("2.31")) + 4,
             header.indexOf(QStringLiteral("stability")) + 9);
    QCOMPARE(graded.indexOf(QStringLiteral("2026-01-03")), header.indexOf(QStringLiteral("due")));
    QCOMPARE(graded.indexOf(m_first), header.indexOf(QStringLiteral("question")));
    QCOMPARE(lines.value(5).indexOf(m_second), header.indexOf(QStringLiteral("question")));
}

void PracticeCommandsTest::scheduleNeedsData()
{
    // Only looking never creates a folder: a mistyped --data-dir says so.
    const QString missing = QDir(m_data->path()).filePath(QStringLiteral("typo"));
    const Run listed = run({QStringLiteral("schedule"), QStringLiteral("--data-dir"), missing});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(QStringLiteral("There is no data in")), qPrintable(listed.err));
    QVERIFY(!QDir(missing).exists());
}

void PracticeCommandsTest::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shows");
    QTest::newRow("the command list")
        << QStringList{u"--help"_s} << QStringList{u"  review  "_s, u"  schedule  "_s};
    QTest::newRow("review") << QStringList{u"review"_s, u"--help"_s}
                            << QStringList{u"Usage: interview-prep review QUESTION-KEY GRADE"_s,
                                           u"--at <TIME>"_s, u"--seconds <N>"_s, u"--guide <KEY>"_s,
                                           u"again, hard, good, easy"_s};
    QTest::newRow("schedule") << QStringList{u"schedule"_s, u"--help"_s}
                              << QStringList{u"Usage: interview-prep schedule [--json]"_s,
                                             u"--interview-date <DATE>"_s, u"relearning"_s,
                                             u"retrievability"_s};
}

void PracticeCommandsTest::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shows);
    const Run helped = run(arguments);
    QCOMPARE(helped.exitCode, 0);
    for (const QString& text : shows)
        QVERIFY2(helped.out.contains(text), qPrintable(text + u'\n' + helped.out));
}

QTEST_GUILESS_MAIN(PracticeCommandsTest)
#include "tst_practice_commands.moc"
