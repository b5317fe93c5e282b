// The guide the app ships: a later edit must not silently break its shape.
#include "content/GuideParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

int wordCount(const QString& markdown)
{
    static const QRegularExpression words(QStringLiteral("[\\w'’-]+"));
    int count = 0;
    for (auto it = words.globalMatch(markdown); it.hasNext(); it.next())
        ++count;
    return count;
}

int listItemCount(const QString& markdown)
{
    static const QRegularExpression item(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+\\S"),
                                         QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = item.globalMatch(markdown); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class ShippedGuideTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isClean();
    void frontMatterIsComplete();
    void requirementsHaveTheThreeGroupsAndLevels();
    void retiredCertificationsSaySo();
    void hasEnoughQuestionsInTheNamedCategories();
    void everyQuestionHasFourCompleteParts();
    void closesWithAConclusion();

private:
    Guide m_guide;
};

void ShippedGuideTest::initTestCase()
{
    m_guide = GuideParser::parseFile(QStringLiteral(IP_SOURCE_DIR "/content/ml-engineer.md"));
}

void ShippedGuideTest::isClean()
{
    for (const Diagnostic& diagnostic : m_guide.diagnostics)
        qWarning("line %d: %s", diagnostic.line, qPrintable(diagnostic.message));
    QVERIFY(m_guide.diagnostics.isEmpty());
    QCOMPARE(m_guide.key, QStringLiteral("machine-learning-engineer"));
}

void ShippedGuideTest::frontMatterIsComplete()
{
    const GuideMetadata& m = m_guide.metadata;
    QVERIFY(!m.term.isEmpty());
    QVERIFY(m.description.size() > 40);
    QVERIFY(!m.category.isEmpty());
    QVERIFY(!m.vertical.isEmpty());
    QVERIFY(m.pubDate.has_value());
    QVERIFY(m.modDate.has_value());
    QVERIFY(*m.modDate >= *m.pubDate);
    QVERIFY(!m.author.isEmpty());
    QVERIFY(m.tags.size() >= 3);
}

void ShippedGuideTest::requirementsHaveTheThreeGroupsAndLevels()
{
    QStringList names;
    for (const RequirementGroup& group : m_guide.requirementGroups)
        names << group.name;
    QCOMPARE(names, (QStringList{u"Certifications"_s, u"Educational Background"_s,
                                 u"Industry Qualifications"_s}));
    for (const RequirementGroup& group : m_guide.requirementGroups) {
        QSet<QString> levels;
        for (const Requirement& item : group.items) {
            levels.insert(item.level);
            QVERIFY2(wordCount(item.detail) >= 15, qPrintable(item.title));
        }
        if (group.name == u"Certifications") {
            // Few machine learning engineer roles require a certification;
            // the guide must not tell candidates otherwise.
            QVERIFY2(!levels.contains(QStringLiteral("required")), qPrintable(group.name));
            QVERIFY(levels.contains(QStringLiteral("optional")));
            continue;
        }
        QVERIFY2(levels.contains(QStringLiteral("required")), qPrintable(group.name));
        QVERIFY2(levels.contains(QStringLiteral("recommended")), qPrintable(group.name));
    }
}

void ShippedGuideTest::retiredCertificationsSaySo()
{
    // Candidates hold these and job posts name them, but they can no longer
    // be earned; the guide must say so and name what replaced them.
    const struct {
        const char* title;
        const char* mustMention;
    } retired[] = {
        {"AWS Certified Machine Learning – Specialty", "Machine Learning Engineer – Associate"},
        {"TensorFlow Developer Certificate", "2024"},
    };
    for (const auto& expected : retired) {
        const Requirement* found = nullptr;
        for (const RequirementGroup& group : m_guide.requirementGroups)
            for (const Requirement& item : group.items)
                if (item.title == QString::fromUtf8(expected.title))
                    found = &item;
        QVERIFY2(found, expected.title);
        QVERIFY2(found->detail.contains(QString::fromUtf8(expected.mustMention)), expected.title);
    }
}

void ShippedGuideTest::hasEnoughQuestionsInTheNamedCategories()
{
    QVERIFY(m_guide.questions.size() >= 84);
    QVERIFY(m_guide.categories.size() >= 7);
    for (const char* category :
         {"Technical", "Deep Learning", "ML System Design", "MLOps and Deployment",
          "Coding and Data", "Behavioral", "Situational", "Problem-Solving"})
        QVERIFY2(m_guide.categories.contains(QLatin1String(category)), category);
    // Numbers run 1..N without gaps, as a reader expects.
    for (qsizetype i = 0; i < m_guide.questions.size(); ++i)
        QCOMPARE(m_guide.questions.at(i).number, int(i) + 1);
}

void ShippedGuideTest::everyQuestionHasFourCompleteParts()
{
    const QStringList expected{u"Answer"_s, u"Example Scenario"_s, u"Common Pitfalls"_s,
                               u"Follow-up Points"_s};
    for (const Question& question : std::as_const(m_guide.questions)) {
        const QByteArray label =
            QByteArray::number(question.number) + ' ' + question.prompt.toUtf8();
        QStringList names;
        for (const QuestionPart& part : question.parts)
            names << part.name;
        QVERIFY2(names == expected, label.constData());

        // Answer length is checked for every guide in tst_guide_content.

        const StarFields& star = question.parts.at(1).star;
        QVERIFY2(!star.situation.isEmpty() && !star.action.isEmpty() && !star.result.isEmpty(),
                 label.constData());
        static const QRegularExpression digit(QStringLiteral("\\d"));
        QVERIFY2(star.result.contains(digit), (label + " outcome has no number").constData());

        QVERIFY2(listItemCount(question.parts.at(2).markdown) >= 2, label.constData());
        QVERIFY2(listItemCount(question.parts.at(3).markdown) >= 2, label.constData());
    }
}

void ShippedGuideTest::closesWithAConclusion()
{
    QVERIFY(wordCount(m_guide.conclusion) >= 30);
}

QTEST_GUILESS_MAIN(ShippedGuideTest)
#include "tst_shipped_guide.moc"
