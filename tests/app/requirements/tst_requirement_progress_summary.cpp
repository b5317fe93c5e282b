// The counting rules behind every progress figure and the gap list, checked
// without widgets.
#include "content/GuideParser.h"
#include "services/RequirementProgressSummary.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

Requirement item(const QString& key, const QString& level)
{
    Requirement requirement;
    requirement.key = key;
    requirement.title = QStringLiteral("Title of ") + key;
    requirement.level = level;
    return requirement;
}

// c1, c2 required and c3 recommended; e1 required and e2 nice to have; s1 and
// s2 without a level.
QList<RequirementGroup> fixtureGroups()
{
    RequirementGroup certifications{QStringLiteral("Certifications"), QString(), {}};
    certifications.items = {item(QStringLiteral("c1"), QStringLiteral("required")),
                            item(QStringLiteral("c2"), QStringLiteral("required")),
                            item(QStringLiteral("c3"), QStringLiteral("recommended"))};
    RequirementGroup education{QStringLiteral("Education"), QString(), {}};
    education.items = {item(QStringLiteral("e1"), QStringLiteral("required")),
                       item(QStringLiteral("e2"), QStringLiteral("nice to have"))};
    RequirementGroup skills{QStringLiteral("Skills"), QString(), {}};
    skills.items = {item(QStringLiteral("s1"), QString()), item(QStringLiteral("s2"), QString())};
    return {certifications, education, skills};
}

// "c1=done c2=na@2025-03-01" : key=status[@target date], separated by spaces.
RequirementProgressByKey progressFrom(const QString& spec)
{
    RequirementProgressByKey progress;
    const QStringList entries = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const QString key = entry.section(u'=', 0, 0);
        const QString rest = entry.section(u'=', 1);
        const QString statusWord = rest.section(u'@', 0, 0);
        const QString date = rest.section(u'@', 1);
        RequirementProgress p;
        p.guideKey = QStringLiteral("guide");
        p.requirementKey = key;
        static const QHash<QString, RequirementStatus> words{
            {QStringLiteral("new"), RequirementStatus::NotStarted},
            {QStringLiteral("planned"), RequirementStatus::Planned},
            {QStringLiteral("doing"), RequirementStatus::InProgress},
            {QStringLiteral("done"), RequirementStatus::Done},
            {QStringLiteral("na"), RequirementStatus::NotApplicable}};
        p.status = words.value(statusWord);
        if (!date.isEmpty())
            p.targetDate = QDate::fromString(date, Qt::ISODate);
        progress.insert(key, p);
    }
    return progress;
}

QString text(const ProgressCount& count)
{
    return QStringLiteral("%1/%2").arg(count.done).arg(count.total);
}

} // namespace

class RequirementProgressSummaryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tiers_data();
    void tiers();
    void counts_data();
    void counts();
    void gaps_data();
    void gaps();
    void gapCarriesItsDetails();
    void groupOutOfRangeIsEmpty();
    void typicalGuideLevels();
};

void RequirementProgressSummaryTest::tiers_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("tier");
    QTest::newRow("required") << QStringLiteral("required") << int(RequirementTier::Required);
    QTest::newRow("essential") << QStringLiteral("essential") << int(RequirementTier::Required);
    QTest::newRow("must have") << QStringLiteral("must have") << int(RequirementTier::Required);
    QTest::newRow("recommended") << QStringLiteral("recommended")
                                 << int(RequirementTier::Recommended);
    QTest::newRow("nice to have") << QStringLiteral("nice to have")
                                  << int(RequirementTier::Recommended);
    QTest::newRow("optional") << QStringLiteral("optional") << int(RequirementTier::Recommended);
    QTest::newRow("no level") << QString() << int(RequirementTier::Unleveled);
}

void RequirementProgressSummaryTest::tiers()
{
    QFETCH(QString, level);
    QFETCH(int, tier);
    QCOMPARE(int(requirementTier(level)), tier);
}

void RequirementProgressSummaryTest::counts_data()
{
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QString>("groups"); // done/total per group
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("recommended");
    QTest::addColumn<QString>("unleveled");
    QTest::addColumn<QString>("overall");

    QTest::newRow("nothing stored") << QString() << "0/3 0/2 0/2"
                                    << "0/3"
                                    << "0/2"
                                    << "0/2"
                                    << "0/7";
    QTest::newRow("some done") << "c1=done e2=done s1=done c2=doing"
                               << "1/3 1/2 1/2"
                               << "1/3"
                               << "1/2"
                               << "1/2"
                               << "3/7";
    QTest::newRow("not applicable leaves the total") << "c1=na c2=done s2=na"
                                                     << "1/2 0/2 0/1"
                                                     << "1/2"
                                                     << "0/2"
                                                     << "0/1"
                                                     << "1/5";
    QTest::newRow("planned and in progress are not done") << "c1=planned c2=doing e1=new"
                                                          << "0/3 0/2 0/2"
                                                          << "0/3"
                                                          << "0/2"
                                                          << "0/2"
                                                          << "0/7";
    QTest::newRow("a whole group not applicable") << "e1=na e2=na"
                                                  << "0/3 0/0 0/2"
                                                  << "0/2"
                                                  << "0/1"
                                                  << "0/2"
                                                  << "0/5";
    QTest::newRow("everything done") << "c1=done c2=done c3=done e1=done e2=done s1=done s2=done"
                                     << "3/3 2/2 2/2"
                                     << "3/3"
                                     << "2/2"
                                     << "2/2"
                                     << "7/7";
    QTest::newRow("progress for keys not in the guide is ignored") << "zz=done c1=done"
                                                                   << "1/3 0/2 0/2"
                                                                   << "1/3"
                                                                   << "0/2"
                                                                   << "0/2"
                                                                   << "1/7";
}

void RequirementProgressSummaryTest::counts()
{
    QFETCH(QString, progress);
    QFETCH(QString, groups);
    QFETCH(QString, required);
    QFETCH(QString, recommended);
    QFETCH(QString, unleveled);
    QFETCH(QString, overall);

    const QList<RequirementGroup> guideGroups = fixtureGroups();
    const RequirementProgressByKey byKey = progressFrom(progress);
    const RequirementProgressSummary summary(guideGroups, byKey, QDate(2025, 6, 1));

    QStringList groupCounts;
    for (int i = 0; i < guideGroups.size(); ++i) {
        groupCounts << text(summary.group(i));
        // The one-group shortcut the model uses agrees with the full count.
        QCOMPARE(RequirementProgressSummary::countGroup(guideGroups.at(i), byKey),
                 summary.group(i));
    }
    QCOMPARE(groupCounts.join(u' '), groups);
    QCOMPARE(text(summary.tier(RequirementTier::Required)), required);
    QCOMPARE(text(summary.tier(RequirementTier::Recommended)), recommended);
    QCOMPARE(text(summary.tier(RequirementTier::Unleveled)), unleveled);
    QCOMPARE(text(summary.overall()), overall);
}

void RequirementProgressSummaryTest::gaps_data()
{
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("gaps"); // keys in order
    QTest::addColumn<QStringList>("overdue");

    const QDate today(2025, 6, 1);
    QTest::newRow("nothing stored: every required item, guide order")
        << QString() << today << QStringList{u"c1"_s, u"c2"_s, u"e1"_s} << QStringList{};
    QTest::newRow("done and not applicable are no gaps")
        << "c1=done c2=na" << today << QStringList{u"e1"_s} << QStringList{};
    QTest::newRow("only required items are gaps") << "c1=done c2=done e1=done c3=new e2=new s1=new"
                                                  << today << QStringList{} << QStringList{};
    QTest::newRow("by target date, no date last")
        << "c1=planned e1=doing@2025-09-01 c2=planned@2025-07-01" << today
        << QStringList{u"c2"_s, u"e1"_s, u"c1"_s} << QStringList{};
    QTest::newRow("same date keeps guide order")
        << "e1=new@2025-07-01 c1=new@2025-07-01 c2=new@2025-08-01" << today
        << QStringList{u"c1"_s, u"e1"_s, u"c2"_s} << QStringList{};
    QTest::newRow("overdue before today")
        << "c1=planned@2025-05-31 c2=doing@2025-01-15 e1=new@2025-06-02" << today
        << QStringList{u"c2"_s, u"c1"_s, u"e1"_s} << QStringList{u"c2"_s, u"c1"_s};
    QTest::newRow("due today is not overdue")
        << "c1=planned@2025-06-01" << today << QStringList{u"c1"_s, u"c2"_s, u"e1"_s}
        << QStringList{};
    QTest::newRow("done past its date is not overdue")
        << "c1=done@2025-01-01 c2=na@2025-01-01" << today << QStringList{u"e1"_s} << QStringList{};
}

void RequirementProgressSummaryTest::gaps()
{
    QFETCH(QString, progress);
    QFETCH(QDate, today);
    QFETCH(QStringList, gaps);
    QFETCH(QStringList, overdue);

    const RequirementProgressSummary summary(fixtureGroups(), progressFrom(progress), today);
    QStringList keys;
    QStringList late;
    for (const RequirementGap& gap : summary.gaps()) {
        keys << gap.requirementKey;
        if (gap.overdue)
            late << gap.requirementKey;
    }
    QCOMPARE(keys, gaps);
    QCOMPARE(late, overdue);
}

void RequirementProgressSummaryTest::gapCarriesItsDetails()
{
    const RequirementProgressSummary summary(
        fixtureGroups(), progressFrom(QStringLiteral("e1=doing@2025-02-03 c1=done c2=done")),
        QDate(2025, 6, 1));
    QCOMPARE(summary.gaps().size(), 1);
    const RequirementGap& gap = summary.gaps().first();
    QCOMPARE(gap.requirementKey, QStringLiteral("e1"));
    QCOMPARE(gap.title, QStringLiteral("Title of e1"));
    QCOMPARE(gap.groupName, QStringLiteral("Education"));
    QCOMPARE(gap.status, RequirementStatus::InProgress);
    QCOMPARE(gap.targetDate, std::optional<QDate>(QDate(2025, 2, 3)));
    QVERIFY(gap.overdue);
}

void RequirementProgressSummaryTest::groupOutOfRangeIsEmpty()
{
    const RequirementProgressSummary summary(fixtureGroups(), {}, QDate(2025, 6, 1));
    QCOMPARE(summary.group(-1), ProgressCount{});
    QCOMPARE(summary.group(3), ProgressCount{});
}

void RequirementProgressSummaryTest::typicalGuideLevels()
{
    // The fixture guide has every kind of level: required, recommended,
    // nice to have and none.
    const Guide guide =
        GuideParser::parseFile(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
    QCOMPARE(guide.requirementCount(), 7);
    const RequirementProgressSummary summary(guide, {}, QDate(2025, 6, 1));
    QCOMPARE(summary.tier(RequirementTier::Required), (ProgressCount{0, 3}));
    QCOMPARE(summary.tier(RequirementTier::Recommended), (ProgressCount{0, 2}));
    QCOMPARE(summary.tier(RequirementTier::Unleveled), (ProgressCount{0, 2}));
    QCOMPARE(summary.overall(), (ProgressCount{0, 7}));
    QCOMPARE(summary.gaps().size(), 3);
}

QTEST_GUILESS_MAIN(RequirementProgressSummaryTest)
#include "tst_requirement_progress_summary.moc"
