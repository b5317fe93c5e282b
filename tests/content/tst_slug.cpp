// Keys that user data hangs on: readable, stable, distinct.
#include "content/Slug.h"

#include <QTest>

using namespace ip;

class SlugTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slugs_data();
    void slugs();
    void longTextsStayDistinct();
};

void SlugTest::slugs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << QStringLiteral("What is Overfitting?")
                           << QStringLiteral("what-is-overfitting");
    QTest::newRow("punctuation collapses")
        << QStringLiteral("  A -- B / c:  d ") << QStringLiteral("a-b-c-d");
    QTest::newRow("accents dropped")
        << QStringLiteral("Café naïve résumé") << QStringLiteral("cafe-naive-resume");
    QTest::newRow("en dash") << QStringLiteral("AWS Certified Machine Learning – Specialty")
                             << QStringLiteral("aws-certified-machine-learning-specialty");
    QTest::newRow("empty") << QString() << QStringLiteral("untitled");
}

void SlugTest::slugs()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(slugify(text), slug);
}

void SlugTest::longTextsStayDistinct()
{
    const QString head = QStringLiteral("Tell me about a time you had to explain a complex model "
                                        "to a stakeholder who ");
    const QString a = slugify(head + QStringLiteral("disagreed"));
    const QString b = slugify(head + QStringLiteral("agreed"));
    QVERIFY(a != b);
    QVERIFY(a.size() <= 64);
    QVERIFY(a.startsWith(QStringLiteral("tell-me-about-a-time")));
    QCOMPARE(slugify(head + QStringLiteral("disagreed")), a);
    // Text in a script without Latin letters still gets a distinct key.
    QVERIFY(slugify(QStringLiteral("機械学習とは")) != slugify(QStringLiteral("深層学習とは")));
    QVERIFY(slugify(QStringLiteral("機械学習とは")).startsWith(QStringLiteral("t-")));
}

QTEST_GUILESS_MAIN(SlugTest)
#include "tst_slug.moc"
