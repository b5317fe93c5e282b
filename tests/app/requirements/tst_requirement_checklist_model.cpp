// The checklist model on a real database: its structure under
// QAbstractItemModelTester, the exact cells each edit announces, the check
// box rules, write-through, read-only mode and failed writes.
#include "DirectSql.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/Database.h"
#include "storage/RequirementProgressRepository.h"
#include "ui/requirements/RequirementChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using namespace ip;

namespace {

using Model = RequirementChecklistModel;

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

// "item:0-1" for a run of an item's cells, "group:1-1" for a group row.
QStringList rangesFrom(const QSignalSpy& spy)
{
    QStringList ranges;
    for (const QList<QVariant>& arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        const bool group = topLeft.data(Model::IsGroupRole).toBool();
        ranges << QStringLiteral("%1:%2-%3")
                      .arg(group ? QStringLiteral("group") : QStringLiteral("item"))
                      .arg(topLeft.column())
                      .arg(bottomRight.column());
    }
    return ranges;
}

} // namespace

class RequirementChecklistModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void structureAndData();
    void testerFollowsEditsAndReloads();
    void statusChangeAnnouncesExactCells_data();
    void statusChangeAnnouncesExactCells();
    void otherEditsAnnounceTheirCellOnly();
    void checkingSetsDoneAndToday();
    void uncheckingRestoresThePreviousStatus();
    void uncheckingAnItemLoadedDoneGoesToInProgress();
    void checkingKeepsAnExistingCompletionDate();
    void everyEditIsWrittenThrough();
    void invalidValuesAreRefused();
    void readOnlyWithoutRepository();
    void groupTooltipCountsReadRight();
    void failedWriteLeavesTheModelAsItWas();

private:
    QModelIndex item(int group, int row, int column = Model::TitleColumn) const
    {
        return m_model->index(row, column, m_model->index(group, 0));
    }
    RequirementProgress stored(const QModelIndex& index) const
    {
        const auto found = m_context->data()->progress().forGuide(m_context->guide().key);
        return found.ok() ? found->value(index.data(Model::KeyRole).toString())
                          : RequirementProgress{};
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<StudyContext> m_context;
    std::unique_ptr<Model> m_model;
};

void RequirementChecklistModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void RequirementChecklistModelTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_context = std::make_unique<StudyContext>(m_temp->path(), TypicalGuide);
    QVERIFY2(m_context->hasStorage(),
             qPrintable(m_context->storageError().value_or(Error{}).message));
    m_model = std::make_unique<Model>();
    QVERIFY(m_model->load(m_context->guide(), &m_context->data()->progress()).ok());
}

void RequirementChecklistModelTest::cleanup()
{
    m_model.reset();
    m_context.reset();
    m_temp.reset();
}

void RequirementChecklistModelTest::structureAndData()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 3);
    QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 2);
    QCOMPARE(m_model->rowCount(m_model->index(2, 0)), 2);
    // Only the first column has children.
    QCOMPARE(m_model->rowCount(m_model->index(0, 1)), 0);
    QCOMPARE(m_model->headerData(Model::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    const QModelIndex certifications = m_model->index(0, 0);
    QCOMPARE(certifications.data().toString(), QStringLiteral("Certifications"));
    QVERIFY(certifications.data(Model::IsGroupRole).toBool());
    QCOMPARE(m_model->index(0, Model::StatusColumn).data().toString(),
             QStringLiteral("0 of 3 done"));

    const QModelIndex google = item(0, 0);
    QCOMPARE(google.data().toString(), QStringLiteral("Google Professional Data Engineer"));
    QCOMPARE(google.data(Model::LevelRole).toString(), QStringLiteral("required"));
    QCOMPARE(google.data(Model::GroupNameRole).toString(), QStringLiteral("Certifications"));
    QVERIFY(google.data(Qt::FontRole).value<QFont>().bold());
    // Tooltips are escaped text in a paragraph, so a title is never markup.
    QVERIFY(google.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("<p>Required")));
    QCOMPARE(google.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(google.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(google.flags() & Qt::ItemIsEditable));
    QVERIFY(item(0, 0, Model::StatusColumn).flags() & Qt::ItemIsEditable);
    QCOMPARE(item(0, 0, Model::StatusColumn).data().toString(), QStringLiteral("Not started"));
    QCOMPARE(item(0, 0, Model::TargetDateColumn).data().toString(), QString());

    // Recommended and unleveled items are not bold; the level says which.
    const QModelIndex databricks = item(0, 2);
    QCOMPARE(databricks.data(Model::LevelRole).toString(), QStringLiteral("recommended"));
    QVERIFY(!databricks.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(item(1, 1).data(Model::LevelRole).toString(), QStringLiteral("nice to have"));
    QCOMPARE(item(2, 0).data(Model::LevelRole).toString(), QString());
    QCOMPARE(item(2, 0).data(Model::TierRole).toInt(), int(RequirementTier::Unleveled));
    QVERIFY(item(0, 0).data(Model::MarkdownRole).toString().contains(QStringLiteral("Google")));

    QCOMPARE(m_model->indexForKey(google.data(Model::KeyRole).toString()), google);
    QVERIFY(!m_model->indexForKey(QStringLiteral("no-such-key")).isValid());
}

void RequirementChecklistModelTest::testerFollowsEditsAndReloads()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setData(item(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->setData(item(0, 1, Model::StatusColumn), int(RequirementStatus::Planned)));
    QVERIFY(m_model->setData(item(1, 0, Model::TargetDateColumn), QDate(2026, 3, 1)));
    QVERIFY(m_model->setData(item(2, 1), QStringLiteral("note"), Model::EvidenceRole));
    QVERIFY(
        m_model->setData(item(1, 1, Model::StatusColumn), int(RequirementStatus::NotApplicable)));
    QVERIFY(m_model->load(m_context->guide(), &m_context->data()->progress()).ok());
    QCOMPARE(m_model->index(0, Model::StatusColumn).data().toString(),
             QStringLiteral("1 of 3 done"));
    QCOMPARE(m_model->index(1, Model::StatusColumn).data().toString(),
             QStringLiteral("0 of 1 done"));
}

void RequirementChecklistModelTest::statusChangeAnnouncesExactCells_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("ranges");

    const auto status = [](RequirementStatus s) { return int(s); };
    QTest::newRow("not started to planned: title (status role) and status")
        << status(RequirementStatus::NotStarted) << status(RequirementStatus::Planned)
        << QStringList{u"item:0-1"_s};
    QTest::newRow("planned to done: check, status, completed date and group progress")
        << status(RequirementStatus::Planned) << status(RequirementStatus::Done)
        << QStringList{u"item:0-1"_s, u"item:3-3"_s, u"group:1-1"_s};
    QTest::newRow("done to in progress: the completion date goes too")
        << status(RequirementStatus::Done) << status(RequirementStatus::InProgress)
        << QStringList{u"item:0-1"_s, u"item:3-3"_s, u"group:1-1"_s};
    QTest::newRow("not applicable changes the group's total")
        << status(RequirementStatus::NotStarted) << status(RequirementStatus::NotApplicable)
        << QStringList{u"item:0-1"_s, u"group:1-1"_s};
    QTest::newRow("same status: nothing") << status(RequirementStatus::Planned)
                                          << status(RequirementStatus::Planned) << QStringList{};
}

void RequirementChecklistModelTest::statusChangeAnnouncesExactCells()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, ranges);

    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex status = item(0, 1, Model::StatusColumn);
    QVERIFY(m_model->setData(status, from));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy progress(m_model.get(), &Model::progressChanged);
    QVERIFY(m_model->setData(status, to));
    QCOMPARE(rangesFrom(changed), ranges);
    for (const QList<QVariant>& arguments : changed) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        // Always the edited row (or its own group), never a neighbour.
        if (topLeft.data(Model::IsGroupRole).toBool())
            QCOMPARE(topLeft.row(), 0);
        else
            QCOMPARE(topLeft.row(), 1);
        QCOMPARE(arguments.at(1).value<QModelIndex>().row(), topLeft.row());
    }
    QCOMPARE(progress.size(), ranges.isEmpty() ? 0 : 1);
    QCOMPARE(status.data(Qt::EditRole).toInt(), to);
}

void RequirementChecklistModelTest::otherEditsAnnounceTheirCellOnly()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(item(1, 0, Model::TargetDateColumn), QDate(2026, 5, 4)));
    QCOMPARE(rangesFrom(changed), QStringList{u"item:2-2"_s});
    changed.clear();
    QVERIFY(m_model->setData(item(1, 0), QStringLiteral("ID 42"), Model::EvidenceRole));
    QCOMPARE(rangesFrom(changed), QStringList{u"item:0-0"_s});
    changed.clear();
    // A completion date can be recorded without changing the status.
    QVERIFY(m_model->setData(item(1, 0, Model::CompletedDateColumn), QDate(2024, 1, 2)));
    QCOMPARE(rangesFrom(changed), QStringList{u"item:3-3"_s});
    changed.clear();
    // Clearing a date: a null QDate.
    QVERIFY(m_model->setData(item(1, 0, Model::TargetDateColumn), QDate()));
    QCOMPARE(rangesFrom(changed), QStringList{u"item:2-2"_s});
    QCOMPARE(item(1, 0, Model::TargetDateColumn).data(Qt::EditRole).toDate(), QDate());
}

void RequirementChecklistModelTest::checkingSetsDoneAndToday()
{
    const QModelIndex bachelor = item(1, 0);
    QVERIFY(m_model->setData(bachelor, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(bachelor.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(bachelor.data(Model::StatusRole).toInt(), int(RequirementStatus::Done));
    QCOMPARE(bachelor.siblingAtColumn(Model::CompletedDateColumn).data(Qt::EditRole).toDate(),
             QDate::currentDate());
    QCOMPARE(m_model->index(1, Model::StatusColumn).data().toString(),
             QStringLiteral("1 of 2 done"));
}

void RequirementChecklistModelTest::uncheckingRestoresThePreviousStatus()
{
    const QModelIndex google = item(0, 0);
    QVERIFY(m_model->setData(google.siblingAtColumn(Model::StatusColumn),
                             int(RequirementStatus::Planned)));
    QVERIFY(m_model->setData(google, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->setData(google, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(google.data(Model::StatusRole).toInt(), int(RequirementStatus::Planned));
    QCOMPARE(google.siblingAtColumn(Model::CompletedDateColumn).data(Qt::EditRole).toDate(),
             QDate());
    QCOMPARE(stored(google).status, RequirementStatus::Planned);
    QCOMPARE(stored(google).completedDate, std::nullopt);
}

void RequirementChecklistModelTest::uncheckingAnItemLoadedDoneGoesToInProgress()
{
    const QModelIndex google = item(0, 0);
    QVERIFY(m_model->setData(google.siblingAtColumn(Model::StatusColumn),
                             int(RequirementStatus::Done)));
    // A new session knows nothing of the status before Done.
    Model fresh;
    QVERIFY(fresh.load(m_context->guide(), &m_context->data()->progress()).ok());
    const QModelIndex again = fresh.index(0, 0, fresh.index(0, 0));
    QCOMPARE(again.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(fresh.setData(again, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(again.data(Model::StatusRole).toInt(), int(RequirementStatus::InProgress));
}

void RequirementChecklistModelTest::checkingKeepsAnExistingCompletionDate()
{
    const QModelIndex google = item(0, 0);
    QVERIFY(
        m_model->setData(google.siblingAtColumn(Model::CompletedDateColumn), QDate(2025, 1, 2)));
    QVERIFY(m_model->setData(google, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(stored(google).completedDate, std::optional<QDate>(QDate(2025, 1, 2)));
}

void RequirementChecklistModelTest::everyEditIsWrittenThrough()
{
    const QModelIndex azure = item(0, 1);
    QVERIFY(m_model->setData(azure.siblingAtColumn(Model::StatusColumn),
                             int(RequirementStatus::InProgress)));
    QVERIFY(m_model->setData(azure.siblingAtColumn(Model::TargetDateColumn), QDate(2026, 9, 30)));
    QVERIFY(m_model->setData(azure, QStringLiteral("Exam booked"), Model::EvidenceRole));
    const RequirementProgress progress = stored(azure);
    QCOMPARE(progress.guideKey, m_context->guide().key);
    QCOMPARE(progress.status, RequirementStatus::InProgress);
    QCOMPARE(progress.targetDate, std::optional<QDate>(QDate(2026, 9, 30)));
    QCOMPARE(progress.evidence, QStringLiteral("Exam booked"));
    QCOMPARE(m_model->progressFor(azure.data(Model::KeyRole).toString()).evidence,
             QStringLiteral("Exam booked"));
}

void RequirementChecklistModelTest::invalidValuesAreRefused()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(item(0, 0, Model::StatusColumn), 17));
    QVERIFY(!m_model->setData(item(0, 0, Model::StatusColumn), QStringLiteral("done")));
    QVERIFY(!m_model->setData(item(0, 0, Model::TargetDateColumn), 12));
    QVERIFY(!m_model->setData(item(0, 0), QStringLiteral("x"), Qt::EditRole));
    // Group rows are not edited.
    QVERIFY(!m_model->setData(m_model->index(0, Model::StatusColumn), 1));
    QCOMPARE(changed.size(), 0);
}

void RequirementChecklistModelTest::groupTooltipCountsReadRight()
{
    QCOMPARE(m_model->index(0, Model::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("<p>0 of the 3 items in Certifications are done; items marked Not "
                            "applicable are not counted.</p>"));
    Guide guide;
    guide.key = QStringLiteral("solo");
    RequirementGroup group;
    group.name = QStringLiteral("100% remote, %2");
    group.items << Requirement{QStringLiteral("solo/one"),
                               QStringLiteral("One thing"),
                               QStringLiteral("required"),
                               QString(),
                               {}};
    guide.requirementGroups << group;
    Model model;
    QVERIFY(model.load(guide, nullptr).ok());
    QCOMPARE(model.index(0, Model::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("<p>0 of the 1 item in 100% remote, %2 is done; items marked Not "
                            "applicable are not counted.</p>"));
}

void RequirementChecklistModelTest::readOnlyWithoutRepository()
{
    Model model;
    QVERIFY(model.load(m_context->guide(), nullptr).ok());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isReadOnly());
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    QVERIFY(!(first.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!(first.siblingAtColumn(Model::StatusColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!model.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void RequirementChecklistModelTest::failedWriteLeavesTheModelAsItWas()
{
    // A trigger stands in for a full disk: every write to the table fails.
    DirectSql sql(m_context->data()->filePath());
    QSqlQuery query = sql.query();
    for (const char* operation : {"INSERT", "UPDATE"}) {
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE %1 ON "
                                           "requirement_progress BEGIN SELECT RAISE(ABORT, "
                                           "'disk is full'); END")
                                .arg(QLatin1String(operation))),
                 qPrintable(query.lastError().text()));
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy failed(m_model.get(), &Model::saveFailed);
    const QModelIndex google = item(0, 0);
    QVERIFY(!m_model->setData(google, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().value<ip::Error>().message.isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(google.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(google.data(Model::StatusRole).toInt(), int(RequirementStatus::NotStarted));
}

QTEST_MAIN(RequirementChecklistModelTest)
#include "tst_requirement_checklist_model.moc"
