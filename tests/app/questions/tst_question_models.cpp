// The question list and its filter, under QAbstractItemModelTester, with the
// exact change signals the views depend on.
#include "content/GuideParser.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ip;

namespace {

Guide typicalGuide()
{
    return GuideParser::parseFile(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
}

QList<int> visibleNumbers(const QAbstractItemModel& model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, 0).data(QuestionListModel::NumberRole).toInt();
    return numbers;
}

} // namespace

class QuestionModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listModelPassesTheTester();
    void stateChangesReportOneRow();
    void filters_data();
    void filters();
    void unbookmarkingLeavesTheBookmarkedView();
};

void QuestionModelsTest::listModelPassesTheTester()
{
    const Guide guide = typicalGuide();
    QHash<QString, QuestionNote> notes;
    notes.insert(
        guide.questions.at(1).key,
        QuestionNote{guide.key, guide.questions.at(1).key, QStringLiteral("mine"), true, {}});
    QuestionListModel model(guide.questions, notes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data().toString(),
             QStringLiteral("1. What is a slowly changing dimension?"));
    QCOMPARE(model.index(1).data(QuestionListModel::BookmarkedRole).toBool(), true);
    QCOMPARE(model.index(1).data(QuestionListModel::HasNotesRole).toBool(), true);
    QCOMPARE(model.index(0).data(QuestionListModel::HasNotesRole).toBool(), false);
    QCOMPARE(model.index(2).data(QuestionListModel::CategoryRole).toString(),
             QStringLiteral("Behavioral"));
    QCOMPARE(model.rowOfKey(guide.questions.at(3).key), 3);
    QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
}

void QuestionModelsTest::stateChangesReportOneRow()
{
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setBookmarked(2, true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(QuestionListModel::BookmarkedRole));

    model.setBookmarked(2, true); // no change, no signal
    QCOMPARE(changed.size(), 1);

    model.setHasNotes(4, true);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(4));
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(QuestionListModel::HasNotesRole));
}

void QuestionModelsTest::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("bookmarkedOnly");
    QTest::addColumn<QList<int>>("numbers");

    QTest::newRow("nothing set shows all")
        << QString() << QString() << false << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("prompt text") << QStringLiteral("idempotent") << QString() << false
                                 << QList<int>{2};
    QTest::newRow("answer text, any case")
        << QStringLiteral("PARTITION OVERWRITE") << QString() << false << QList<int>{2};
    QTest::newRow("every word must match")
        << QStringLiteral("skewed salted") << QString() << false << QList<int>{5};
    QTest::newRow("words in any order")
        << QStringLiteral("salted skewed") << QString() << false << QList<int>{5};
    QTest::newRow("no match") << QStringLiteral("kubernetes") << QString() << false << QList<int>{};
    QTest::newRow("category") << QString() << QStringLiteral("Technical") << false
                              << QList<int>{1, 2};
    QTest::newRow("category and text")
        << QStringLiteral("history") << QStringLiteral("Technical") << false << QList<int>{1};
    QTest::newRow("bookmarked only") << QString() << QString() << true << QList<int>{3, 5};
    QTest::newRow("bookmarked and category")
        << QString() << QStringLiteral("Behavioral") << true << QList<int>{3};
}

void QuestionModelsTest::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, category);
    QFETCH(bool, bookmarkedOnly);
    QFETCH(QList<int>, numbers);

    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    model.setBookmarked(2, true);
    model.setBookmarked(4, true);
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(text);
    filter.setCategory(category);
    filter.setBookmarkedOnly(bookmarkedOnly);
    QCOMPARE(visibleNumbers(filter), numbers);
}

void QuestionModelsTest::unbookmarkingLeavesTheBookmarkedView()
{
    const Guide guide = typicalGuide();
    QuestionListModel model(guide.questions, {});
    model.setBookmarked(0, true);
    model.setBookmarked(3, true);
    QuestionFilterModel filter;
    filter.setQuestions(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setBookmarkedOnly(true);
    QCOMPARE(visibleNumbers(filter), (QList<int>{1, 4}));
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    model.setBookmarked(0, false);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(visibleNumbers(filter), (QList<int>{4}));
}

QTEST_GUILESS_MAIN(QuestionModelsTest)
#include "tst_question_models.moc"
