// Mock interviews in core: the planner's mix and time boxes as data rows,
// the least recalled questions first, and on a real SQLite file in a
// temporary folder the whole life of one (start, outlines, answers, finish,
// grades that enter the FSRS-6 review log), its history figures, reopening
// after the database was closed, and the Markdown export with its escaping.
#include "model/Guide.h"
#include "services/MarkdownText.h"
#include "services/MockInterviewMarkdown.h"
#include "services/MockInterviewPlanner.h"
#include "services/MockInterviewService.h"
#include "services/PracticeService.h"
#include "services/StudyData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

#define IP_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto& ipResult_ = (expression);                                                      \
        QVERIFY2(ipResult_.ok(), ipResult_.ok() ? "" : qPrintable(ipResult_.error().message));     \
    } while (false)

namespace {

const QDateTime Evening(QDate(2026, 3, 2), QTime(19, 30), QTimeZone::utc());

// Technical 6, Behavioral 4, Situational 2, Problem-Solving 2 questions.
Guide sampleGuide()
{
    Guide guide;
    guide.key = QStringLiteral("data-engineer");
    guide.title = QStringLiteral("Data *Engineer* <Guide>");
    guide.categories = {QStringLiteral("Technical"), QStringLiteral("Behavioral"),
                        QStringLiteral("Situational"), QStringLiteral("Problem-Solving")};
    const QList<int> sizes = {6, 4, 2, 2};
    int number = 0;
    for (qsizetype c = 0; c < guide.categories.size(); ++c) {
        for (int i = 0; i < sizes.at(c); ++i) {
            Question question;
            question.number = ++number;
            question.category = guide.categories.at(c);
            question.key = question.category.toLower() + QString::number(i);
            question.prompt = QStringLiteral("%1 question %2?").arg(question.category).arg(i);
            question.parts = {{PartName::Answer,
                               QStringLiteral("Say **why** for %1.").arg(question.key),
                               {},
                               {}}};
            guide.questions.append(question);
        }
    }
    return guide;
}

MockInterviewMix mixOf(int technical, int behavioral, int situational, int problemSolving)
{
    return {{{QStringLiteral("Technical"), technical},
             {QStringLiteral("Behavioral"), behavioral},
             {QStringLiteral("Situational"), situational},
             {QStringLiteral("Problem-Solving"), problemSolving}}};
}

int countOf(const MockInterviewPlan& plan, const QString& category)
{
    return int(std::count_if(plan.questions.cbegin(), plan.questions.cend(),
                             [&](const auto& item) { return item.category == category; }));
}

} // namespace

class MockInterviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timeBoxes_data();
    void timeBoxes();
    void defaultMixFillsTheLength_data();
    void defaultMixFillsTheLength();
    void explicitMix_data();
    void explicitMix();
    void planAsksTheLeastRecalledFirstAndTakesTurns();
    void planIsTheSameForTheSameSeed();
    void storedOutlinesAnswersAndFinishRoundTrip();
    void gradesEnterTheReviewLogOnce();
    void gradingWaitsForTheEnd();
    void historyFigures();
    void markdownExport();
    void markdownEscapesWhatIsNotMarkdown_data();
    void markdownEscapesWhatIsNotMarkdown();

private:
    Guide m_guide = sampleGuide();
};

void MockInterviewTest::timeBoxes_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("seconds");
    QTest::newRow("behavioral: 3 minutes") << QStringLiteral("Behavioral") << 180;
    QTest::newRow("british spelling") << QStringLiteral("Behavioural Questions") << 180;
    QTest::newRow("technical: 5 minutes") << QStringLiteral("Technical") << 300;
    QTest::newRow("situational: 5 minutes") << QStringLiteral("Situational") << 300;
    QTest::newRow("no category: 5 minutes") << QString() << 300;
}

void MockInterviewTest::timeBoxes()
{
    QFETCH(QString, category);
    QFETCH(int, seconds);
    QCOMPARE(MockInterviewPlanner::timeBoxSeconds(category), seconds);
}

void MockInterviewTest::defaultMixFillsTheLength_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QList<int>>("counts"); // technical, behavioral, situational, problem-solving
    QTest::addColumn<int>("boxSeconds");
    // Each question to the category furthest below its share that still
    // fits: 30 minutes take 29 of boxes, nothing more fits in the last one.
    QTest::newRow("30 minutes") << 30 << QList<int>{2, 3, 1, 1} << 1740;
    QTest::newRow("45 minutes") << 45 << QList<int>{4, 3, 2, 1} << 2640;
    QTest::newRow("60 minutes") << 60 << QList<int>{5, 4, 2, 2} << 3420;
    QTest::newRow("3 minutes: one behavioral") << 3 << QList<int>{0, 1, 0, 0} << 180;
    QTest::newRow("longer than the guide: every question") << 120 << QList<int>{6, 4, 2, 2} << 3720;
}

void MockInterviewTest::defaultMixFillsTheLength()
{
    QFETCH(int, minutes);
    QFETCH(QList<int>, counts);
    QFETCH(int, boxSeconds);
    const MockInterviewMix mix = MockInterviewPlanner::defaultMix(m_guide, minutes);
    QCOMPARE(mix, mixOf(counts.at(0), counts.at(1), counts.at(2), counts.at(3)));
    const MockInterviewPlan plan = MockInterviewPlanner::plan(m_guide, minutes, mix, {}, 7);
    QCOMPARE(plan.questions.size(), std::accumulate(counts.cbegin(), counts.cend(), 0));
    QCOMPARE(plan.timeBoxSeconds(), boxSeconds);
    QVERIFY(plan.timeBoxSeconds() <= std::max(minutes * 60, 3720));
    QCOMPARE(plan.minutes, minutes);
    QCOMPARE(plan.guideKey, m_guide.key);
}

void MockInterviewTest::explicitMix_data()
{
    QTest::addColumn<QList<int>>("asked");
    QTest::addColumn<QList<int>>("planned");
    QTest::addColumn<int>("boxSeconds");
    QTest::newRow("as asked") << QList<int>{1, 2, 0, 1} << QList<int>{1, 2, 0, 1} << 960;
    QTest::newRow("cut to the category's questions")
        << QList<int>{10, 1, 0, 0} << QList<int>{6, 1, 0, 0} << 1980;
    QTest::newRow("nothing asked: empty") << QList<int>{0, 0, 0, 0} << QList<int>{0, 0, 0, 0} << 0;
}

void MockInterviewTest::explicitMix()
{
    QFETCH(QList<int>, asked);
    QFETCH(QList<int>, planned);
    QFETCH(int, boxSeconds);
    const MockInterviewPlan plan = MockInterviewPlanner::plan(
        m_guide, 30, mixOf(asked.at(0), asked.at(1), asked.at(2), asked.at(3)), {}, 1);
    QCOMPARE(countOf(plan, QStringLiteral("Technical")), planned.at(0));
    QCOMPARE(countOf(plan, QStringLiteral("Behavioral")), planned.at(1));
    QCOMPARE(countOf(plan, QStringLiteral("Situational")), planned.at(2));
    QCOMPARE(countOf(plan, QStringLiteral("Problem-Solving")), planned.at(3));
    QCOMPARE(plan.timeBoxSeconds(), boxSeconds);
    for (const MockInterviewPlanItem& item : plan.questions)
        QCOMPARE(item.timeBoxSeconds, MockInterviewPlanner::timeBoxSeconds(item.category));
}

void MockInterviewTest::planAsksTheLeastRecalledFirstAndTakesTurns()
{
    // Four technical questions well known, two never practised or fading.
    const QHash<QString, double> recall = {{QStringLiteral("technical0"), 0.97},
                                           {QStringLiteral("technical1"), 0.95},
                                           {QStringLiteral("technical2"), 0.40},
                                           {QStringLiteral("technical4"), 0.99},
                                           {QStringLiteral("technical5"), 0.93}};
    for (quint32 seed : {1u, 2u, 3u, 99u}) {
        const MockInterviewPlan plan =
            MockInterviewPlanner::plan(m_guide, 30, mixOf(2, 1, 0, 1), recall, seed);
        QCOMPARE(plan.questions.size(), 4);
        // technical3 (never practised, 0) then technical2 (0.40).
        QCOMPARE(plan.questions.at(0).questionKey, QStringLiteral("technical3"));
        QCOMPARE(plan.questions.at(0).prompt, QStringLiteral("Technical question 3?"));
        QCOMPARE(plan.questions.at(1).category, QStringLiteral("Behavioral"));
        QCOMPARE(plan.questions.at(2).category, QStringLiteral("Problem-Solving"));
        QCOMPARE(plan.questions.at(3).questionKey, QStringLiteral("technical2"));
    }
}

void MockInterviewTest::planIsTheSameForTheSameSeed()
{
    const MockInterviewMix mix = mixOf(3, 2, 1, 1);
    auto keys = [&](quint32 seed) {
        QStringList list;
        for (const auto& item : MockInterviewPlanner::plan(m_guide, 45, mix, {}, seed).questions)
            list << item.questionKey;
        return list;
    };
    QCOMPARE(keys(42), keys(42));
    // Different seeds reach different questions among equals.
    QSet<QString> seen;
    for (quint32 seed = 0; seed < 20; ++seed) {
        const QStringList chosen = keys(seed);
        seen.unite(QSet<QString>(chosen.cbegin(), chosen.cend()));
    }
    QVERIFY(seen.size() > 7);
}

void MockInterviewTest::storedOutlinesAnswersAndFinishRoundTrip()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        auto data = StudyData::open(dir.path());
        IP_VERIFY_OK(data);
        MockInterviewService& mocks = (*data)->mockInterviews();
        auto plan =
            mocks.plan(m_guide, 30, MockInterviewPlanner::defaultMix(m_guide, 30), 5, Evening);
        IP_VERIFY_OK(plan);
        auto started = mocks.start(*plan, Evening);
        IP_VERIFY_OK(started);
        id = started->id;
        QVERIFY(id > 0);
        QVERIFY(!started->isFinished());
        QCOMPARE(started->questions.size(), 7);
        QCOMPARE(started->resumePosition(), 0);

        IP_VERIFY_OK(mocks.saveOutline(id, 0, QStringLiteral("idempotent writes"), 12.5));
        IP_VERIFY_OK(mocks.saveOutline(id, 0, QStringLiteral("idempotent writes\n- keys"), 40));
        IP_VERIFY_OK(
            mocks.answer(id, 0, QStringLiteral("idempotent writes\n- keys\n- retries"), 310.25));
        IP_VERIFY_OK(mocks.saveOutline(id, 1, QStringLiteral("STAR: the outage"), 20));
        // A question the interview does not have is refused.
        QCOMPARE(mocks.saveOutline(id, 7, QStringLiteral("x"), 1).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(mocks.saveOutline(id + 1, 0, QStringLiteral("x"), 1).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(mocks.start(MockInterviewPlan{m_guide.key, 30, {}}).error().kind,
                 ErrorKind::InvalidInput);
    }
    // Closed without finishing (the app was killed): all of it is there.
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    MockInterviewService& mocks = (*data)->mockInterviews();
    auto loaded = mocks.load(id);
    IP_VERIFY_OK(loaded);
    QCOMPARE(loaded->guideKey, m_guide.key);
    QCOMPARE(loaded->startedAt, Evening);
    QCOMPARE(loaded->plannedMinutes, 30);
    QVERIFY(!loaded->isFinished());
    const MockInterviewQuestion& first = loaded->questions.at(0);
    QCOMPARE(first.outline, QStringLiteral("idempotent writes\n- keys\n- retries"));
    QCOMPARE(first.secondsTaken, 310.25);
    QVERIFY(first.answered);
    QVERIFY(first.isOverTime());
    QCOMPARE(loaded->questions.at(1).outline, QStringLiteral("STAR: the outage"));
    QCOMPARE(loaded->questions.at(1).secondsTaken, 20.0);
    QVERIFY(!loaded->questions.at(1).answered);
    QCOMPARE(loaded->resumePosition(), 1);
    QCOMPARE(mocks.history(m_guide.key)->size(), 1);
    QVERIFY(!mocks.history(m_guide.key)->first().isFinished());

    IP_VERIFY_OK(mocks.finish(id, Evening.addSecs(1800)));
    QCOMPARE(mocks.load(id)->finishedAt, Evening.addSecs(1800));
    QCOMPARE(mocks.load(id + 5).error().kind, ErrorKind::NotFound);
}

void MockInterviewTest::gradesEnterTheReviewLogOnce()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    MockInterviewService& mocks = (*data)->mockInterviews();
    PracticeService& practice = (*data)->practice();
    auto started =
        mocks.start(MockInterviewPlanner::plan(m_guide, 30, mixOf(1, 1, 0, 0), {}, 3), Evening);
    IP_VERIFY_OK(started);
    const qint64 id = started->id;
    IP_VERIFY_OK(mocks.answer(id, 0, QStringLiteral("outline"), 250));
    IP_VERIFY_OK(mocks.answer(id, 1, QString(), 95.5));
    IP_VERIFY_OK(mocks.finish(id, Evening.addSecs(400)));

    const QDateTime gradedAt = Evening.addSecs(600);
    auto graded = mocks.grade(id, 0, ReviewGrade::Hard, gradedAt);
    IP_VERIFY_OK(graded);
    QCOMPARE(graded->questions.at(0).grade, std::optional<int>(2));
    const QuestionRef first{m_guide.key, started->questions.at(0).questionKey};
    auto log = practice.log(first);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().grade, 2);
    QCOMPARE(log->first().seconds, 250.0);
    QCOMPARE(log->first().reviewedAt, gradedAt);
    QCOMPARE((*practice.schedule(first))->lastGrade, 2);

    // Changing one's mind replaces the entry: the answer is logged once.
    IP_VERIFY_OK(mocks.grade(id, 0, ReviewGrade::Good, gradedAt.addSecs(30)));
    log = practice.log(first);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().grade, 3);
    QCOMPARE(log->first().reviewedAt, gradedAt);
    QCOMPARE((*practice.schedule(first))->lastGrade, 3);
    QCOMPARE((*practice.schedule(first))->reviews, 1);

    IP_VERIFY_OK(mocks.grade(id, 1, ReviewGrade::Easy, gradedAt.addSecs(60)));
    const auto stored = mocks.load(id);
    QCOMPARE(stored->questions.at(0).grade, std::optional<int>(3));
    QCOMPARE(stored->questions.at(0).gradedAt, gradedAt);
    QCOMPARE(stored->questions.at(1).grade, std::optional<int>(4));
    QCOMPARE(practice.log({m_guide.key, started->questions.at(1).questionKey})->first().seconds,
             95.5);
    QCOMPARE(mocks.grade(id, 2, ReviewGrade::Good).error().kind, ErrorKind::NotFound);
}

void MockInterviewTest::gradingWaitsForTheEnd()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    MockInterviewService& mocks = (*data)->mockInterviews();
    auto started = mocks.start(MockInterviewPlanner::plan(m_guide, 30, mixOf(2, 0, 0, 0), {}, 3));
    IP_VERIFY_OK(started);
    const QuestionRef first{m_guide.key, started->questions.at(0).questionKey};
    const QuestionRef second{m_guide.key, started->questions.at(1).questionKey};
    IP_VERIFY_OK(mocks.answer(started->id, 0, QStringLiteral("asked"), 60));
    // Still running: no grade yet.
    QCOMPARE(mocks.grade(started->id, 0, ReviewGrade::Good).error().kind, ErrorKind::InvalidInput);
    QVERIFY((*data)->practice().log(first)->isEmpty());
    IP_VERIFY_OK(mocks.finish(started->id));
    // Ended before the second question was asked: it is not graded.
    QCOMPARE(mocks.grade(started->id, 1, ReviewGrade::Good).error().kind, ErrorKind::InvalidInput);
    QVERIFY((*data)->practice().log(second)->isEmpty());
    QVERIFY(!mocks.load(started->id)->questions.at(1).grade);
    IP_VERIFY_OK(mocks.grade(started->id, 0, ReviewGrade::Good));
    QCOMPARE((*data)->practice().log(first)->size(), 1);
}

void MockInterviewTest::historyFigures()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    MockInterviewService& mocks = (*data)->mockInterviews();
    auto older =
        mocks.start(MockInterviewPlanner::plan(m_guide, 30, mixOf(2, 1, 0, 0), {}, 1), Evening);
    IP_VERIFY_OK(older);
    IP_VERIFY_OK(mocks.answer(older->id, 0, QString(), 320)); // box 300: over
    IP_VERIFY_OK(mocks.answer(older->id, 1, QString(), 100)); // box 180
    IP_VERIFY_OK(mocks.answer(older->id, 2, QString(), 200)); // box 300
    IP_VERIFY_OK(mocks.finish(older->id, Evening.addSecs(700)));
    IP_VERIFY_OK(mocks.grade(older->id, 0, ReviewGrade::Again, Evening.addSecs(800)));
    IP_VERIFY_OK(mocks.grade(older->id, 1, ReviewGrade::Easy, Evening.addSecs(810)));
    auto newer = mocks.start(MockInterviewPlanner::plan(m_guide, 45, mixOf(1, 0, 0, 0), {}, 1),
                             Evening.addDays(1));
    IP_VERIFY_OK(newer);
    // Another guide's interview is not in this one's history.
    MockInterviewPlan other{
        QStringLiteral("other-guide"), 30, {{QStringLiteral("q"), {}, {}, 300}}};
    IP_VERIFY_OK(mocks.start(other, Evening.addDays(2)));

    const auto history = mocks.history(m_guide.key);
    IP_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    const MockInterview& latest = history->at(0);
    QCOMPARE(latest.id, newer->id);
    QVERIFY(!latest.isFinished());
    QCOMPARE(latest.plannedMinutes, 45);
    QVERIFY(!latest.meanGrade());
    const MockInterview& done = history->at(1);
    QCOMPARE(done.startedAt, Evening);
    QCOMPARE(done.questions.size(), 3);
    QCOMPARE(done.secondsTaken(), 620.0);
    QCOMPARE(done.timeBoxSeconds(), 780);
    QCOMPARE(done.overTimeCount(), 1);
    QCOMPARE(done.gradedCount(), 2);
    QCOMPARE(done.meanGrade(), std::optional<double>(2.5));
}

void MockInterviewTest::markdownExport()
{
    QTemporaryDir dir;
    auto data = StudyData::open(dir.path());
    IP_VERIFY_OK(data);
    MockInterviewService& mocks = (*data)->mockInterviews();
    auto started =
        mocks.start(MockInterviewPlanner::plan(m_guide, 30, mixOf(1, 1, 0, 0), {}, 9), Evening);
    IP_VERIFY_OK(started);
    const MockInterviewQuestion& first = started->questions.at(0);
    IP_VERIFY_OK(mocks.answer(started->id, 0,
                              QStringLiteral("# not a heading\n- keys <b>first</b>\n\n  *retries*"),
                              361));
    IP_VERIFY_OK(mocks.answer(started->id, 1, QString(), 90));
    IP_VERIFY_OK(mocks.finish(started->id, Evening.addSecs(500)));
    IP_VERIFY_OK(mocks.grade(started->id, 0, ReviewGrade::Good, Evening.addSecs(600)));

    const auto markdown = mocks.exportMarkdown(started->id, m_guide);
    IP_VERIFY_OK(markdown);
    const QString text = *markdown;
    const QString date = Evening.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(text.startsWith(QStringLiteral("# Mock interview, ") + date + u'\n'),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Data \\*Engineer\\* &lt;Guide&gt; · 30 minutes planned · "
                                         "2 questions · 7:31 taken of 8:00 in time boxes · "
                                         "mean grade 3.0\n")));
    QVERIFY(text.contains(QStringLiteral("## Question 1 of 2: ") + first.prompt + u'\n'));
    QVERIFY(text.contains(QStringLiteral("6:01 of 5:00 (over time by 1:01) · grade 3 (Good)")));
    QVERIFY(text.contains(
        QStringLiteral("### Your outline\n\n\\# not a heading\\\n\\- keys &lt;b&gt;first&lt;/b&gt;"
                       "\n\n&nbsp;&nbsp;\\*retries\\*\n")));
    QVERIFY(text.contains(QStringLiteral("1:30 of 3:00 · not graded")));
    QVERIFY(text.contains(QStringLiteral("_No outline written._")));
    // The model answer is the guide's Markdown, as written.
    QVERIFY(text.contains(QStringLiteral("#### Answer\n\nSay **why** for ") + first.questionKey));

    const QString path = dir.filePath(QStringLiteral("mock.md"));
    IP_VERIFY_OK(mocks.writeMarkdown(started->id, m_guide, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), text);

    // A guide without the question: the prompt as asked, no answer.
    Guide changed = m_guide;
    changed.questions.clear();
    const QString without = *mocks.exportMarkdown(started->id, changed);
    QVERIFY(without.contains(QStringLiteral("## Question 1 of 2: ") + first.prompt));
    QVERIFY(without.contains(QStringLiteral("_This question is no longer in the guide._")));
}

void MockInterviewTest::markdownEscapesWhatIsNotMarkdown_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("heading") << QStringLiteral("# Plan") << QStringLiteral("\\# Plan");
    QTest::newRow("list and emphasis")
        << QStringLiteral("- a *b*\n+ c") << QStringLiteral("\\- a \\*b\\*\\\n\\+ c");
    QTest::newRow("ordered list") << QStringLiteral("1. first") << QStringLiteral("1\\. first");
    QTest::newRow("html") << QStringLiteral("<script>x</script>")
                          << QStringLiteral("&lt;script&gt;x&lt;/script&gt;");
    QTest::newRow("setext underline")
        << QStringLiteral("Title\n===") << QStringLiteral("Title\\\n\\===");
    QTest::newRow("indented code")
        << QStringLiteral("    code") << QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;code");
    QTest::newRow("blank lines are paragraphs")
        << QStringLiteral("a\r\n\r\n\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("link") << QStringLiteral("[x](javascript:y)")
                          << QStringLiteral("\\[x\\](javascript:y)");
    QTest::newRow("empty") << QStringLiteral("\n \n") << QString();
}

void MockInterviewTest::markdownEscapesWhatIsNotMarkdown()
{
    QFETCH(QString, typed);
    QFETCH(QString, markdown);
    QCOMPARE(markdownPlainText(typed), markdown);
}

QTEST_GUILESS_MAIN(MockInterviewTest)
#include "tst_mock_interview.moc"
