// The story list, its filter and the coverage computation: under
// QAbstractItemModelTester, with the exact change signals the views and the
// question browser depend on, on a real database in a temporary folder.
#include "DirectSql.h"
#include "StudyContext.h"
#include "services/StoryCheck.h"
#include "services/StoryCoverage.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/stories/LinkedStoriesList.h"
#include "ui/stories/StoryCoverageView.h"
#include "ui/stories/StoryFilterModel.h"
#include "ui/stories/StoryListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ip;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

StarStory story(const QString& title, const QStringList& tags = {})
{
    StarStory s;
    s.title = title;
    s.tags = tags;
    return s;
}

// A story the check finds nothing wrong with at 140 words a minute.
StarStory completeStory()
{
    StarStory s;
    s.title = QStringLiteral("Nightly load failed");
    const QString filler = QStringLiteral(" The warehouse held the sales tables for the whole "
                                          "company and finance read them every morning.")
                               .repeated(2);
    s.situation = QStringLiteral("Our nightly load failed on a Monday.") + filler;
    s.task = QStringLiteral("I owned the pipeline and had to restore the reports by nine.");
    s.action = QStringLiteral("I traced the failure to a schema change, wrote a migration, "
                              "replayed the missing partitions, added a contract test to the "
                              "producer's build and walked the producing team through it. ")
                   .repeated(3);
    s.result = QStringLiteral("Reports were back by 8:40 and we had no schema breakage in the "
                              "next six months; the contract test caught 4 changes.");
    return s;
}

} // namespace

class StoryModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listModelPassesTheTester();
    void changesReportExactlyTheirRow();
    void textSaveKeepsLinksMadeElsewhere();
    void linkingWritesOnlyTheLink();
    void linksAreFoundPerQuestion();
    void reloadReadsTheStoredStories();
    void rateChangeReportsOnlyFlippedRows();
    void withoutDatabaseNothingChanges();
    void filterMatchesEveryWordAnywhere();
    void coverageListsStoryQuestionsAndOveruse();
    void textSavesLeaveListsByQuestionAlone();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<StudyContext> m_context;
};

void StoryModelsTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_context = std::make_unique<StudyContext>(m_temp->path(), TypicalGuide);
    QVERIFY(m_context->data());
}

void StoryModelsTest::cleanup()
{
    m_context.reset();
    m_temp.reset();
}

void StoryModelsTest::listModelPassesTheTester()
{
    StoryListModel model(&m_context->data()->stories());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(model.create(story(QStringLiteral("Pipeline outage"), {QStringLiteral("ops")})).ok());
    QVERIFY(model.create(story(QString())).ok());
    QVERIFY(model.create(completeStory()).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Pipeline outage"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Untitled story"));
    QCOMPARE(model.index(1).data(StoryListModel::TitleRole).toString(), QString());
    QCOMPARE(model.index(0).data(StoryListModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("ops")});
    QCOMPARE(model.index(0).data(StoryListModel::CompleteRole).toBool(), false);
    QVERIFY(StoryCheck::isComplete(model.story(2)));
    QCOMPARE(model.index(2).data(StoryListModel::CompleteRole).toBool(), true);
    QCOMPARE(model.index(2).data(StoryListModel::LinkedCountRole).toInt(), 0);
    QVERIFY(!model.index(0).data(StoryListModel::IdRole).toString().isEmpty());
    QCOMPARE(model.rowOfId(model.story(2).id), 2);
    QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);

    QVERIFY(model.remove(model.story(1).id).ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
}

void StoryModelsTest::changesReportExactlyTheirRow()
{
    StoryListModel model(&m_context->data()->stories());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (const char* title : {"one", "two", "three"})
        QVERIFY(model.create(story(QString::fromLatin1(title))).ok());
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(inserted.at(2).at(2).toInt(), 2);

    StarStory edited = model.story(1);
    edited.title = QStringLiteral("two, retold");
    QVERIFY(model.saveText(edited).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(StoryListModel::TitleRole));
    // The tooltip names the story and its tags: views showing it are told.
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::ToolTipRole));

    QVERIFY(model.saveText(edited).ok()); // nothing new: no write, no signal
    QCOMPARE(changed.size(), 1);
    // A pause in typing a part reports the searched text, not the title or
    // the links that lists of stories by question follow.
    edited.action = QStringLiteral("I wrote the runbook.");
    QVERIFY(model.saveText(edited).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>{StoryListModel::SearchTextRole});
    QVERIFY(!StoryListModel::changesTitlesOrLinks(changed.at(1).at(2).value<QList<int>>()));
    edited.tags = {QStringLiteral("incident")};
    QVERIFY(model.saveText(edited).ok());
    QCOMPARE(changed.size(), 3);
    QVERIFY(changed.at(2).at(2).value<QList<int>>().contains(Qt::ToolTipRole));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("incident")));
    changed.clear();

    const QuestionRef question{m_context->guide().key, m_context->guide().questions.at(2).key};
    QVERIFY(model.link(model.story(2).id, question).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(StoryListModel::LinkedQuestionsRole));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(StoryListModel::LinkedCountRole));
    QCOMPARE(model.index(2).data(StoryListModel::LinkedCountRole).toInt(), 1);
    QCOMPARE(model.index(2).data(StoryListModel::LinkedQuestionsRole).toStringList(),
             QStringList{question.guideKey + u'/' + question.questionKey});
    QVERIFY(model.link(model.story(2).id, question).ok()); // already linked
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.unlink(model.story(2).id, question).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(2).data(StoryListModel::LinkedCountRole).toInt(), 0);

    QVERIFY(model.remove(model.story(0).id).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(model.remove(QStringLiteral("no such story")).error().kind, ErrorKind::NotFound);
    QCOMPARE(model.saveText(story(QStringLiteral("never saved"))).error().kind,
             ErrorKind::NotFound);
}

void StoryModelsTest::textSaveKeepsLinksMadeElsewhere()
{
    StoryListModel model(&m_context->data()->stories());
    QVERIFY(model.reload().ok());
    const auto created = model.create(story(QStringLiteral("Outage")));
    QVERIFY(created.ok());
    // The editor holds a copy from before the link...
    StarStory editorCopy = created.value();
    const QuestionRef question{m_context->guide().key, m_context->guide().questions.at(2).key};
    QVERIFY(model.link(editorCopy.id, question).ok());
    // ...and saves its text afterwards: the link stays.
    editorCopy.situation = QStringLiteral("Monday, 6 am.");
    QVERIFY(model.saveText(editorCopy).ok());
    const auto stored = m_context->data()->stories().find(editorCopy.id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->situation, QStringLiteral("Monday, 6 am."));
    QCOMPARE((*stored)->questions, QList<QuestionRef>{question});
}

void StoryModelsTest::linkingWritesOnlyTheLink()
{
    StoryListModel model(&m_context->data()->stories());
    QVERIFY(model.reload().ok());
    const auto created = model.create(
        story(QStringLiteral("Outage"), {QStringLiteral("ops"), QStringLiteral("sql")}));
    QVERIFY(created.ok());
    const QString id = created->id;
    // Another program refuses every write to the story's tags and text: a
    // link that rewrote the whole story to add one row would be refused too.
    DirectSql sql(m_context->data()->filePath());
    QVERIFY(sql.isOpen());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER keep_tags BEFORE DELETE ON star_story_tag "
                                    "BEGIN SELECT RAISE(FAIL, 'tags rewritten'); END")));
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER keep_text BEFORE UPDATE OF title, situation, "
                                    "task, action, result ON star_story "
                                    "BEGIN SELECT RAISE(FAIL, 'text rewritten'); END")));

    const QuestionRef question{m_context->guide().key, m_context->guide().questions.at(2).key};
    QVERIFY(model.link(id, question).ok());
    QCOMPARE(model.storiesFor(question).size(), 1);
    QVERIFY(model.unlink(id, question).ok());
    QVERIFY(model.storiesFor(question).isEmpty());

    // The triggers do refuse a save of the story itself.
    StarStory edited = model.story(model.rowOfId(id));
    edited.title = QStringLiteral("The Monday outage");
    QVERIFY(!model.saveText(edited).ok());
}

void StoryModelsTest::linksAreFoundPerQuestion()
{
    StoryListModel model(&m_context->data()->stories());
    QVERIFY(model.reload().ok());
    const Guide& guide = m_context->guide();
    const QuestionRef behavioral{guide.key, guide.questions.at(2).key};
    const QuestionRef situational{guide.key, guide.questions.at(3).key};
    const QString first = model.create(story(QStringLiteral("first")))->id;
    const QString second = model.create(story(QStringLiteral("second")))->id;
    QVERIFY(model.setLinks(first, {situational, behavioral}).ok());
    QVERIFY(model.link(second, behavioral).ok());

    QCOMPARE(model.storiesFor(behavioral).size(), 2);
    QCOMPARE(model.storiesFor(situational).size(), 1);
    QCOMPARE(model.storiesFor(situational).first().id, first);
    const auto stored = m_context->data()->stories().forQuestion(behavioral);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);

    QVERIFY(model.remove(first).ok());
    QCOMPARE(model.storiesFor(situational).size(), 0);
    QCOMPARE(m_context->data()->stories().forQuestion(situational)->size(), 0);
}

void StoryModelsTest::reloadReadsTheStoredStories()
{
    {
        StoryListModel model(&m_context->data()->stories());
        QVERIFY(model.reload().ok());
        QVERIFY(model.create(story(QStringLiteral("older"), {QStringLiteral("a")})).ok());
        QTest::qWait(5); // distinct creation times keep the order
        QVERIFY(model.create(story(QStringLiteral("newer"))).ok());
    }
    StoryListModel model(&m_context->data()->stories());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.story(0).title, QStringLiteral("older"));
    QCOMPARE(model.story(0).tags, QStringList{QStringLiteral("a")});
    QCOMPARE(model.story(1).title, QStringLiteral("newer"));
}

void StoryModelsTest::rateChangeReportsOnlyFlippedRows()
{
    StoryListModel model(&m_context->data()->stories());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QVERIFY(model.create(story(QStringLiteral("incomplete at any rate"))).ok());
    QVERIFY(model.create(completeStory()).ok());
    QVERIFY(model.index(1).data(StoryListModel::CompleteRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Spoken very slowly the complete story runs far over two minutes.
    model.setWordsPerMinute(60);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1));
    QVERIFY(!model.index(1).data(StoryListModel::CompleteRole).toBool());
    model.setWordsPerMinute(60);
    QCOMPARE(changed.size(), 1);
    model.setWordsPerMinute(StoryCheck::DefaultWordsPerMinute);
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.index(1).data(StoryListModel::CompleteRole).toBool());
}

void StoryModelsTest::withoutDatabaseNothingChanges()
{
    StoryListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QVERIFY(!model.canEdit());
    const auto created = model.create(story(QStringLiteral("lost")));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::ReadOnly);
    QCOMPARE(model.rowCount(), 0);
}

void StoryModelsTest::filterMatchesEveryWordAnywhere()
{
    StoryListModel model(&m_context->data()->stories());
    QVERIFY(model.reload().ok());
    StarStory outage = story(QStringLiteral("Pipeline outage"), {QStringLiteral("Ops")});
    outage.action = QStringLiteral("I replayed the partitions.");
    QVERIFY(model.create(outage).ok());
    QVERIFY(
        model.create(story(QStringLiteral("Mentoring a junior"), {QStringLiteral("people")})).ok());
    StoryFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 2);
    filter.setText(QStringLiteral("ops PARTITIONS"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Pipeline outage"));
    QVERIFY(filter.isFiltering());
    filter.setText(QStringLiteral("ops people"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setText(QStringLiteral("  "));
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(!filter.isFiltering());

    // A story edited into the filter shows up without a new filter text.
    filter.setText(QStringLiteral("mentoring"));
    QCOMPARE(filter.rowCount(), 1);
    StarStory renamed = model.story(0);
    renamed.title = QStringLiteral("Mentoring through an outage");
    QVERIFY(model.saveText(renamed).ok());
    QCOMPARE(filter.rowCount(), 2);
    // ...and so does one whose Action, not its title, now has the words.
    filter.setText(QStringLiteral("mentored"));
    QCOMPARE(filter.rowCount(), 0);
    StarStory retold = model.story(0);
    retold.action = QStringLiteral("I mentored the on-call engineer.");
    QVERIFY(model.saveText(retold).ok());
    QCOMPARE(filter.rowCount(), 1);
}

void StoryModelsTest::coverageListsStoryQuestionsAndOveruse()
{
    const Guide& guide = m_context->guide();
    QVERIFY(StoryCoverage::isStoryCategory(QStringLiteral("Behavioral Questions")));
    QVERIFY(StoryCoverage::isStoryCategory(QStringLiteral("situational")));
    QVERIFY(!StoryCoverage::isStoryCategory(QStringLiteral("Technical")));

    StarStory linked = story(QStringLiteral("Outage"));
    linked.questions = {QuestionRef{guide.key, guide.questions.at(2).key}};
    StarStory everywhere = story(QStringLiteral("The one story"));
    for (int i = 0; i <= StoryCoverage::MaxQuestionsPerStory; ++i)
        everywhere.questions << QuestionRef{guide.key, QStringLiteral("q%1").arg(i)};
    const StoryCoverage coverage = StoryCoverage::compute(guide, {linked, everywhere});
    // Question 3 is Behavioral, question 4 Situational; the rest are not.
    QCOMPARE(coverage.rows().size(), 2);
    QCOMPARE(coverage.rows().at(0).question.number, 3);
    QCOMPARE(coverage.rows().at(0).stories.size(), 1);
    QCOMPARE(coverage.rows().at(0).stories.first().title, QStringLiteral("Outage"));
    QCOMPARE(coverage.rows().at(1).question.number, 4);
    QVERIFY(coverage.rows().at(1).stories.isEmpty());
    QCOMPARE(coverage.coveredCount(), 1);
    QCOMPARE(coverage.uncoveredCount(), 1);
    QCOMPARE(coverage.overused().size(), 1);
    QCOMPARE(coverage.overused().first().title, QStringLiteral("The one story"));
}

void StoryModelsTest::textSavesLeaveListsByQuestionAlone()
{
    StoryListModel model(&m_context->data()->stories());
    QVERIFY(model.reload().ok());
    const QuestionRef question{m_context->guide().key, m_context->guide().questions.at(2).key};
    const QString id = model.create(story(QStringLiteral("Outage")))->id;
    QVERIFY(model.link(id, question).ok());
    QAction answer(QStringLiteral("Answer with a Story"));
    LinkedStoriesList linked(model, &answer);
    linked.setQuestion(question);
    QCOMPARE(linked.titles(), QStringList{QStringLiteral("Outage")});
    linked.list()->setCurrentRow(0);
    // A mark on the item tells it from a rebuilt one at the same address.
    linked.list()->item(0)->setData(Qt::UserRole + 100, QStringLiteral("seen"));
    StoryCoverageView coverage(m_context->guide(), model);
    QVERIFY(coverage.tree()->topLevelItemCount() > 0);
    coverage.tree()->topLevelItem(0)->setData(0, Qt::UserRole + 100, QStringLiteral("seen"));

    // Typing in the story's parts does not rebuild the list (the item and
    // the user's place in it stay)...
    StarStory edited = model.story(0);
    edited.situation = QStringLiteral("Monday, 6 am.");
    QVERIFY(model.saveText(edited).ok());
    QCOMPARE(linked.list()->item(0)->data(Qt::UserRole + 100).toString(), QStringLiteral("seen"));
    QCOMPARE(linked.list()->currentRow(), 0);
    QCOMPARE(coverage.tree()->topLevelItem(0)->data(0, Qt::UserRole + 100).toString(),
             QStringLiteral("seen"));

    // ...a new title and a removed link do.
    edited.title = QStringLiteral("The Monday outage");
    QVERIFY(model.saveText(edited).ok());
    QCOMPARE(linked.titles(), QStringList{QStringLiteral("The Monday outage")});
    QVERIFY(coverage.tree()->topLevelItem(0)->data(0, Qt::UserRole + 100).isNull());
    QVERIFY(model.unlink(id, question).ok());
    QVERIFY(linked.titles().isEmpty());
}

QTEST_MAIN(StoryModelsTest)
#include "tst_story_models.moc"
