// The STAR story completeness check and speaking estimate: one row per rule,
// on both sides of each threshold, asserting exactly which fields are named.
#include "services/StoryCheck.h"

#include <QTest>

using ip::SpeakingEstimate;
using ip::StarStory;
using ip::StoryCheck;
using ip::StoryField;
using ip::StoryFinding;

namespace {

// `lead` followed by neutral filler up to `count` words. The filler has no
// pronoun, number or unit in it, so it never trips a rule by itself.
QString text(int count, const QString& lead = QString())
{
    QStringList words = lead.split(u' ', Qt::SkipEmptyParts);
    while (words.size() < count)
        words << QStringLiteral("thing");
    return words.join(u' ');
}

// A story that passes every rule: 30 + 20 + 110 + 40 = 200 words, 86 s at
// 140 words a minute; setup 25%, action 55%.
struct Parts {
    QString title = QStringLiteral("Cutting the nightly pipeline");
    QString situation = text(30);
    QString task = text(20);
    QString action = text(110, QStringLiteral("I profiled the jobs and I rewrote my loader"));
    QString result = text(40, QStringLiteral("Runtime fell by 30%"));
};

StarStory story(const Parts& parts)
{
    StarStory s;
    s.title = parts.title;
    s.situation = parts.situation;
    s.task = parts.task;
    s.action = parts.action;
    s.result = parts.result;
    return s;
}

QStringList fieldNames(const QList<StoryFinding>& findings)
{
    QStringList names;
    for (const StoryFinding& finding : findings)
        names << ip::storyFieldName(finding.field);
    return names;
}

const QString Title = QStringLiteral("Title");
const QString Situation = QStringLiteral("Situation");
const QString Task = QStringLiteral("Task");
const QString Action = QStringLiteral("Action");
const QString Result = QStringLiteral("Result");
const QString Whole = QStringLiteral("Story");

} // namespace

class StoryCheckTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void messagesSayWhatToDo();
    void wordCount_data();
    void wordCount();
    void estimate_data();
    void estimate();
    void shareOfTitleAndWhole();
};

void StoryCheckTest::findings_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<int>("wordsPerMinute");
    QTest::addColumn<QStringList>("fields");

    auto row = [&](const char* name, const Parts& parts, const QStringList& fields,
                   int wordsPerMinute = StoryCheck::DefaultWordsPerMinute) {
        QTest::newRow(name) << parts << wordsPerMinute << fields;
    };
    auto with = [](auto change) {
        Parts parts;
        change(parts);
        return parts;
    };

    row("complete story passes", Parts{}, {});

    // Empty fields.
    row("empty title fails", with([](Parts& p) { p.title.clear(); }), {Title});
    row("blank title fails", with([](Parts& p) { p.title = QStringLiteral("  \t "); }), {Title});
    row("empty situation fails", with([](Parts& p) { p.situation.clear(); }), {Situation});
    row("empty task fails", with([](Parts& p) { p.task = QStringLiteral("\n"); }), {Task});
    row("empty action fails", with([](Parts& p) { p.action.clear(); }), {Action});
    row("empty result fails", with([](Parts& p) { p.result.clear(); }), {Result});
    row("empty story fails in field order",
        Parts{QString(), QString(), QString(), QString(), QString()},
        {Title, Situation, Task, Action, Result});

    // Result: a measurable outcome.
    row("result without a number fails", with([](Parts& p) {
            p.result = text(40, QStringLiteral("Everyone was much happier with it afterwards"));
        }),
        {Result});
    row("result with 30% passes", Parts{}, {});
    row("result with a plain number passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("We closed 12 tickets")); }), {});
    row("result with halved passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("Support calls halved")); }), {});
    row("result with doubled passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("Throughput DOUBLED")); }), {});
    row("result with a number word passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("It cut three steps")); }), {});
    row("result with a time unit passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("Releases take hours, not")); }),
        {});
    row("result with a currency sign passes",
        with([](Parts& p) { p.result = text(40, QStringLiteral("Saved €k in cloud spend")); }), {});
    row("result saying no one fails",
        with([](Parts& p) { p.result = text(40, QStringLiteral("No one complained again")); }),
        {Result});
    row("result with a word containing a unit fails",
        with([](Parts& p) { p.result = text(40, QStringLiteral("Everyday yearly routines")); }),
        {Result});

    // Action: "we" against "I".
    row("we-heavy action fails", with([](Parts& p) {
            p.action = text(110, QStringLiteral("We planned it, we built our tool and shipped it"));
        }),
        {Action});
    row("I-led action passes", with([](Parts& p) {
            p.action = text(110, QStringLiteral("I planned it, I built my tool, then we tested it "
                                                "and we shipped it with our team"));
        }),
        {});
    row("two we-words with an I pass", with([](Parts& p) {
            p.action = text(110, QStringLiteral("We met and we agreed that I would write it"));
        }),
        {});
    row("one we and no I fails",
        with([](Parts& p) { p.action = text(110, QStringLiteral("We rebuilt the loader")); }),
        {Action});
    row("two we-words and no I fail",
        with([](Parts& p) { p.action = text(110, QStringLiteral("We met and we agreed")); }),
        {Action});
    row("our alone without an I fails",
        with([](Parts& p) { p.action = text(110, QStringLiteral("Rewrote our loader")); }),
        {Action});
    row("one we beside one I passes",
        with([](Parts& p) { p.action = text(110, QStringLiteral("We met and I decided")); }), {});
    row("neither we nor I passes",
        with([](Parts& p) { p.action = text(110, QStringLiteral("Profiled the jobs")); }), {});
    row("three we-words and no I fail",
        with([](Parts& p) { p.action = text(110, QStringLiteral("We met, we agreed, us")); }),
        {Action});
    row("we-words counted case-insensitively",
        with([](Parts& p) { p.action = text(110, QStringLiteral("WE OUR Us")); }), {Action});
    row("we-words counted as whole words", with([](Parts& p) {
            p.action = text(110, QStringLiteral("Wednesday weather wear user usual ourly"));
        }),
        {});
    row("contractions with curly apostrophes count", with([](Parts& p) {
            p.action = text(110, QStringLiteral("We\u2019re sure we\u2019ll fix what we\u2019ve"));
        }),
        {Action});
    row("I-contractions balance we-words",
        with([](Parts& p) { p.action = text(110, QStringLiteral("We we we I'm I’ve I'll")); }), {});

    // Speaking time.
    row("over two minutes fails",
        with([](Parts& p) { p.action = text(250, QStringLiteral("I did it")); }), {Whole});
    row("exactly two minutes passes",
        with([](Parts& p) { p.action = text(190, QStringLiteral("I did it")); }), {});
    row("one word over two minutes fails",
        with([](Parts& p) { p.action = text(191, QStringLiteral("I did it")); }), {Whole});
    row("over two minutes with an empty part still fails", with([](Parts& p) {
            p.situation.clear();
            p.action = text(300, QStringLiteral("I did it"));
        }),
        {Situation, Whole});
    row("over two minutes at a slow rate fails", Parts{}, {Whole}, 90);
    row("long story at a fast rate passes",
        with([](Parts& p) { p.action = text(250, QStringLiteral("I did it")); }), {}, 200);
    row("much too short fails",
        Parts{QStringLiteral("Short"), text(5), text(5), text(50, QStringLiteral("I did it")),
              text(20, QStringLiteral("Up 5%"))},
        {Whole});
    row("exactly 45 seconds passes",
        Parts{QStringLiteral("Short"), text(10), text(10), text(60, QStringLiteral("I did it")),
              text(25, QStringLiteral("Up 5%"))},
        {});
    row("short story with an empty part names only the part",
        Parts{QStringLiteral("Short"), text(5), QString(), text(10, QStringLiteral("I did it")),
              text(5, QStringLiteral("Up 5%"))},
        {Task});

    // Proportions.
    row("situation and task over half fails",
        Parts{QStringLiteral("Setup"), text(81), text(40), text(100, QStringLiteral("I did it")),
              text(20, QStringLiteral("Up 5%"))},
        {Whole});
    row("situation and task exactly half passes",
        Parts{QStringLiteral("Setup"), text(80), text(40), text(100, QStringLiteral("I did it")),
              text(20, QStringLiteral("Up 5%"))},
        {});
    row("action under 35% fails",
        Parts{QStringLiteral("Light"), text(40), text(20), text(60, QStringLiteral("I did it")),
              text(80, QStringLiteral("Up 5%"))},
        {Whole});
    row("action at 35% passes",
        Parts{QStringLiteral("Light"), text(40), text(20), text(70, QStringLiteral("I did it")),
              text(70, QStringLiteral("Up 5%"))},
        {});
    row("setup-heavy and action-light fails twice",
        Parts{QStringLiteral("Both"), text(100), text(50), text(40, QStringLiteral("I did it")),
              text(30, QStringLiteral("Up 5%"))},
        {Whole, Whole});
    row("proportions wait for all four parts",
        Parts{QStringLiteral("Half"), text(100), text(50), QString(), text(30)}, {Action, Result});
    row("everything wrong, in field order",
        Parts{QString(), text(200), text(60),
              text(30, QStringLiteral("We did it and we shipped our fix")),
              text(20, QStringLiteral("People were happy"))},
        {Title, Action, Result, Whole, Whole, Whole});
}

void StoryCheckTest::findings()
{
    QFETCH(Parts, parts);
    QFETCH(int, wordsPerMinute);
    QFETCH(QStringList, fields);

    const StarStory s = story(parts);
    const QList<StoryFinding> found = StoryCheck::findings(s, wordsPerMinute);
    QCOMPARE(fieldNames(found), fields);
    QCOMPARE(StoryCheck::isComplete(s, wordsPerMinute), fields.isEmpty());
    for (const StoryFinding& finding : found) {
        QVERIFY(!finding.message.isEmpty());
        QVERIFY2(finding.message.endsWith(u'.'), qPrintable(finding.message));
        // A part's finding names the part, so it reads right out of context.
        if (finding.field != StoryField::Whole && finding.field != StoryField::Title)
            QVERIFY2(finding.message.contains(ip::storyFieldName(finding.field)),
                     qPrintable(finding.message));
    }
}

void StoryCheckTest::messagesSayWhatToDo()
{
    Parts parts;
    parts.result = text(40, QStringLiteral("It went well"));
    const QList<StoryFinding> result = StoryCheck::findings(story(parts));
    QCOMPARE(result,
             (QList<StoryFinding>{
                 {StoryField::Result, QStringLiteral("Result has no number or measurable outcome: "
                                                     "say what changed and by how much.")}}));

    parts = Parts{};
    parts.action = text(110, QStringLiteral("We we we our I"));
    const QList<StoryFinding> action = StoryCheck::findings(story(parts));
    QCOMPARE(action.size(), 1);
    QVERIFY2(action.first().message.contains(QStringLiteral("(4 against 1)")),
             qPrintable(action.first().message));

    // 340 words at 140 a minute: 146 s; the target of 120 s is 280 words.
    parts = Parts{};
    parts.action = text(250, QStringLiteral("I did it"));
    const QList<StoryFinding> time = StoryCheck::findings(story(parts));
    QCOMPARE(time.size(), 1);
    QVERIFY2(time.first().message.contains(QStringLiteral("146 s")),
             qPrintable(time.first().message));
    QVERIFY2(time.first().message.contains(QStringLiteral("280 words")),
             qPrintable(time.first().message));

    const QList<StoryFinding> setup = StoryCheck::findings(
        story(Parts{QStringLiteral("Setup"), text(81), text(40),
                    text(100, QStringLiteral("I did it")), text(20, QStringLiteral("Up 5%"))}));
    QCOMPARE(setup.size(), 1);
    // 121 of 241 words is 50.2%: shown as 51%, never as a puzzling "50%".
    QVERIFY2(setup.first().message.contains(QStringLiteral("51%")),
             qPrintable(setup.first().message));

    // "We" and no "I", with fewer we-words than the we-heavy rule needs.
    parts = Parts{};
    parts.action = text(110, QStringLiteral("We rebuilt the loader"));
    QCOMPARE(StoryCheck::findings(story(parts)),
             (QList<StoryFinding>{
                 {StoryField::Action, QStringLiteral("Action says \"we\" but never \"I\": the "
                                                     "interviewer wants to hear what you did "
                                                     "yourself.")}}));

    // 61 of 199 words is 30.7%: the finding and the Action's bar both say 30%.
    const StarStory light =
        story(Parts{QStringLiteral("Light"), text(40), text(18),
                    text(61, QStringLiteral("I did it")), text(80, QStringLiteral("Up 5%"))});
    const SpeakingEstimate lightEstimate = StoryCheck::estimate(light);
    QCOMPARE(lightEstimate.percent(StoryField::Action), 30);
    const QList<StoryFinding> lightFindings = StoryCheck::findings(light);
    QCOMPARE(lightFindings.size(), 1);
    QVERIFY2(lightFindings.first().message.startsWith(QStringLiteral("Action has only 30%")),
             qPrintable(lightFindings.first().message));
}

void StoryCheckTest::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces only") << QStringLiteral("  \n\t ") << 0;
    QTest::newRow("plain words") << QStringLiteral("I fixed the build") << 4;
    QTest::newRow("punctuation stays with its word")
        << QStringLiteral("First, I asked: why? Then I fixed it.") << 8;
    QTest::newRow("dashes and bullets are not words")
        << QStringLiteral("- Cut p99 latency \u2014 by 30%\n\n* shipped") << 6;
    QTest::newRow("hyphenated compound is one word") << QStringLiteral("state-of-the-art") << 1;
    QTest::newRow("numbers are words") << QStringLiteral("from 40 to 12 ms") << 5;
    QTest::newRow("accented and non-Latin words")
        << QStringLiteral("caf\u00e9 na\u00efve \u0434\u0430\u043d\u043d\u044b\u0435") << 3;
}

void StoryCheckTest::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(StoryCheck::wordCount(text), count);
}

void StoryCheckTest::estimate_data()
{
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<int>("wordsPerMinute");
    QTest::addColumn<QList<int>>("words"); // situation, task, action, result, total
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QList<double>>("shares"); // situation, task, action, result

    QTest::newRow("empty story") << Parts{QString(), QString(), QString(), QString(), QString()}
                                 << 140 << QList<int>{0, 0, 0, 0, 0} << 0.0
                                 << QList<double>{0, 0, 0, 0};
    QTest::newRow("200 words at 140 wpm")
        << Parts{} << 140 << QList<int>{30, 20, 110, 40, 200} << 200 * 60.0 / 140
        << QList<double>{0.15, 0.10, 0.55, 0.20};
    QTest::newRow("200 words at 120 wpm") << Parts{} << 120 << QList<int>{30, 20, 110, 40, 200}
                                          << 100.0 << QList<double>{0.15, 0.10, 0.55, 0.20};
    QTest::newRow("zero rate means the default")
        << Parts{} << 0 << QList<int>{30, 20, 110, 40, 200} << 200 * 60.0 / 140
        << QList<double>{0.15, 0.10, 0.55, 0.20};
    QTest::newRow("title is not spoken")
        << Parts{text(50), text(10), QString(), text(20), QString()} << 60
        << QList<int>{10, 0, 20, 0, 30} << 30.0 << QList<double>{1.0 / 3, 0, 2.0 / 3, 0};
}

void StoryCheckTest::estimate()
{
    QFETCH(Parts, parts);
    QFETCH(int, wordsPerMinute);
    QFETCH(QList<int>, words);
    QFETCH(double, seconds);
    QFETCH(QList<double>, shares);

    const SpeakingEstimate e = StoryCheck::estimate(story(parts), wordsPerMinute);
    QCOMPARE(
        (QList<int>{e.situationWords, e.taskWords, e.actionWords, e.resultWords, e.totalWords()}),
        words);
    QVERIFY2(qAbs(e.seconds - seconds) < 1e-9, qPrintable(QString::number(e.seconds)));
    const QList<StoryField> parts4{StoryField::Situation, StoryField::Task, StoryField::Action,
                                   StoryField::Result};
    double sum = 0;
    for (int i = 0; i < parts4.size(); ++i) {
        QVERIFY2(qAbs(e.share(parts4[i]) - shares[i]) < 1e-9,
                 qPrintable(ip::storyFieldName(parts4[i])));
        sum += e.share(parts4[i]);
    }
    QVERIFY(e.totalWords() == 0 ? sum == 0 : qAbs(sum - 1) < 1e-9);
}

void StoryCheckTest::shareOfTitleAndWhole()
{
    const SpeakingEstimate full = StoryCheck::estimate(story(Parts{}));
    QCOMPARE(full.share(StoryField::Title), 0.0);
    QCOMPARE(full.share(StoryField::Whole), 1.0);
    const SpeakingEstimate empty;
    QCOMPARE(empty.share(StoryField::Whole), 0.0);
    QCOMPARE(empty.totalWords(), 0);
    QCOMPARE(full.percent(StoryField::Title), 0);
    QCOMPARE(full.percent(StoryField::Whole), 100);
    QCOMPARE(empty.percent(StoryField::Action), 0);
    // Rounded down: 2 of 3 words is 66%, 7 of 20 exactly 35%.
    SpeakingEstimate thirds;
    thirds.situationWords = 1;
    thirds.actionWords = 2;
    QCOMPARE(thirds.percent(StoryField::Action), 66);
    SpeakingEstimate exact;
    exact.situationWords = 13;
    exact.actionWords = 7;
    QCOMPARE(exact.percent(StoryField::Action), 35);
}

QTEST_APPLESS_MAIN(StoryCheckTest)
#include "tst_story_check.moc"
