// Schema migrations: a database from any earlier release opens in this one
// with every row kept, after a backup; a database from a later release is
// refused and left exactly as it was; a failed upgrade stops at the last
// complete version.
#include "StorageTestSupport.h"
#include "services/PracticeService.h"
#include "services/ReviewScheduleReplay.h"
#include "storage/DatabaseBackups.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlScript.h"
#include "storage/StoryRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace ip;
using storagetest::openDatabase;
using storagetest::rawRows;
using storagetest::rawValue;

namespace {

const QString MlGuide = QStringLiteral("machine-learning-engineer");
const QString Overfitting = QStringLiteral("machine-learning-engineer/what-is-overfitting");

int latestVersion()
{
    return SchemaMigrator::load(SchemaMigrator::builtInDirectory())->latestVersion();
}

QDateTime at(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QStringList schemaOf(const QString& file)
{
    return rawRows(file, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                        "ORDER BY type, name"));
}

// A folder of migrations: the app's own, then extra ones for the test.
QString migrationChain(const QTemporaryDir& dir, const QMap<QString, QString>& extra)
{
    const QString path = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(path);
    const QDir builtIn(SchemaMigrator::builtInDirectory());
    for (const QString& name : builtIn.entryList(QDir::Files))
        QFile::copy(builtIn.filePath(name), QDir(path).filePath(name));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        QFile file(QDir(path).filePath(it.key()));
        if (file.open(QIODevice::WriteOnly))
            file.write(it.value().toUtf8());
    }
    return path;
}

} // namespace

class MigrationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureMigratesWithItsData_data();
    void everyFixtureMigratesWithItsData();
    void newerDatabaseIsRefusedUntouched();
    void upgradeMakesABackupFirst();
    void failedUpgradeStopsAtTheLastCompleteVersion();
    void migrationsMustBeNumberedInOrder();
    void sqlScriptsSplitIntoStatements_data();
    void sqlScriptsSplitIntoStatements();
    void unsupportedSqlIsRefused_data();
    void unsupportedSqlIsRefused();
};

void MigrationTest::everyFixtureMigratesWithItsData_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir fixtures(QStringLiteral(IP_TEST_DATA_DIR "/db"));
    const QStringList names =
        fixtures.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no fixture databases in tests/data/db");
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
}

void MigrationTest::everyFixtureMigratesWithItsData()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    QVERIFY(QFile::copy(fixture, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const int fixtureVersion = rawValue(file, QStringLiteral("PRAGMA user_version")).toInt();
    QVERIFY(fixtureVersion >= 1);

    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    Database& db = **database;
    QCOMPARE(db.schemaVersion(), latestVersion());
    QCOMPARE(rawValue(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    // A fresh database goes through the same chain, so ends with the same schema.
    QTemporaryDir freshDir;
    IP_VERIFY_OK(openDatabase(freshDir.path()));
    QCOMPARE(schemaOf(file), schemaOf(storagetest::databasePath(freshDir.path())));

    // An upgrade is preceded by a backup of the old version.
    const QStringList backups = DatabaseBackups(db.backupDirectory()).list();
    if (fixtureVersion < latestVersion()) {
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().contains(QStringLiteral("before-upgrade")));
        QCOMPARE(rawValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt(),
                 fixtureVersion);
    } else {
        // Same version: only the scheduled backup (the fixture has none yet).
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().endsWith(QStringLiteral("-scheduled.sqlite")));
    }

    // Every row of v1-data.sql, read through the repositories.
    const auto guide = LibraryRepository(db).find(MlGuide);
    IP_VERIFY_OK(guide);
    QVERIFY(guide->has_value());
    QCOMPARE((*guide)->filePath, QStringLiteral("content/ml-engineer.md"));
    QCOMPARE((*guide)->contentHash, QStringLiteral("sha256:5f1e0c"));
    QCOMPARE((*guide)->snapshot, QByteArray(R"({"key":"mle"})"));
    QCOMPARE((*guide)->importedAt, at(1764000000000));
    // Listed from the columns version 7 fills from the snapshot.
    const auto listing = LibraryRepository(db).listing();
    IP_VERIFY_OK(listing);
    QCOMPARE(listing->size(), 1);
    QVERIFY(listing->first().readable);
    QCOMPARE(listing->first().entry.guideKey, MlGuide);
    QCOMPARE(listing->first().questions, 0);

    const auto requirements = RequirementProgressRepository(db).all();
    IP_VERIFY_OK(requirements);
    QCOMPARE(requirements->size(), 2);
    const RequirementProgress& certification = requirements->at(0);
    QCOMPARE(certification.requirementKey,
             QStringLiteral("machine-learning-engineer/aws-certified-machine-learning-specialty"));
    QCOMPARE(certification.status, RequirementStatus::Done);
    QCOMPARE(certification.targetDate, std::optional<QDate>(QDate(2026, 10, 1)));
    QCOMPARE(certification.completedDate, std::optional<QDate>(QDate(2026, 10, 15)));
    QCOMPARE(certification.evidence, QStringLiteral("Credential ID ABC-123"));
    QCOMPARE(certification.updatedAt, at(1764000001000));
    QCOMPARE(requirements->at(1).status, RequirementStatus::Planned);
    QCOMPARE(requirements->at(1).completedDate, std::nullopt);

    const auto notes = QuestionNoteRepository(db).all();
    IP_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(0).guideKey, QStringLiteral("data-scientist"));
    QCOMPARE(notes->at(1).markdown,
             QStringLiteral("# Overfitting\n\nMention the validation curve; café, naïve, “quotes” "
                            "and a 'single' one."));
    QVERIFY(notes->at(1).bookmarked);
    QCOMPARE(notes->at(1).updatedAt, at(1764000003000));

    const auto stories = StoryRepository(db).all();
    IP_VERIFY_OK(stories);
    QCOMPARE(stories->size(), 1);
    const StarStory& story = stories->first();
    QCOMPARE(story.id, QStringLiteral("story-fixture-1"));
    QCOMPARE(story.result, QStringLiteral("CTR up 4% in two weeks."));
    QCOMPARE(story.tags, (QStringList{QStringLiteral("leadership"), QStringLiteral("ml-ops")}));
    QCOMPARE(story.questions.size(), 2);
    QCOMPARE(story.questions.at(1), (QuestionRef{MlGuide, Overfitting}));
    QCOMPARE(story.createdAt, at(1764000005000));
    QCOMPARE(story.updatedAt, at(1764000006000));

    ReviewRepository reviews(db);
    const auto log = reviews.log({MlGuide, Overfitting});
    IP_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).grade, 2);
    QCOMPARE(log->at(0).seconds, 95.5);
    QCOMPARE(log->at(1).reviewedAt, at(1764000008000));

    // Version 1's SM-2 schedule is gone; FSRS-6's is replayed from the log
    // before it is first used: Hard, then Good a second later the same day.
    if (fixtureVersion < 2)
        QCOMPARE(*reviews.schedulesStale(), true);
    PracticeService practice(db, reviews);
    const auto schedule = practice.schedule({MlGuide, Overfitting});
    IP_VERIFY_OK(schedule);
    QVERIFY(schedule->has_value());
    QCOMPARE(**schedule, *ReviewScheduleReplay(ReviewScheduler()).replay(*log));
    QVERIFY(qAbs((*schedule)->stability - 1.3358997622) < 1e-4);
    QVERIFY(qAbs((*schedule)->difficulty - 5.1022869042) < 1e-4);
    QCOMPARE((*schedule)->reviews, 2);
    QCOMPARE((*schedule)->lastReviewedAt, at(1764000008000));
    QCOMPARE(*reviews.schedulesStale(), false);
    QCOMPARE(reviews.allSchedules()->size(), 1);
}

void MigrationTest::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        IP_VERIFY_OK(
            QuestionNoteRepository(**database)
                .save(
                    {QStringLiteral("g"), QStringLiteral("q"), QStringLiteral("mine"), false, {}}));
    }
    // What a later release would leave: a higher version, in rollback-journal
    // mode so that any write by us would show in the file's bytes.
    {
        QSqlDatabase later =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("later"));
        later.setDatabaseName(file);
        QVERIFY(later.open());
        QSqlQuery query(later);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE from_the_future (x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion() + 1)));
        query.finish();
        later.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("later"));
    const QByteArray before = storagetest::fileHash(file);

    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        DatabaseOptions options;
        options.mode = mode;
        auto database = openDatabase(dir.path(), options);
        QVERIFY(!database);
        QCOMPARE(database.error().kind, ErrorKind::TooNew);
        QVERIFY2(
            database.error().message.contains(QStringLiteral("newer version of Interview Prep")),
            qPrintable(database.error().message));
        QVERIFY(database.error().message.contains(QStringLiteral("It was not changed")));
    }
    QCOMPARE(storagetest::fileHash(file), before);
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("backups"))));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void MigrationTest::upgradeMakesABackupFirst()
{
    QTemporaryDir dir;
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        IP_VERIFY_OK(QuestionNoteRepository(**database)
                         .save({QStringLiteral("g"),
                                QStringLiteral("q"),
                                QStringLiteral("written in v1"),
                                false,
                                {}}));
    }
    DatabaseOptions options;
    options.scheduledBackup = false;
    options.migrationDirectory = migrationChain(
        dir,
        {{QStringLiteral("%1_add_a_column.sql").arg(latestVersion() + 1, 4, 10, QLatin1Char('0')),
          QStringLiteral(
              "ALTER TABLE question_note ADD COLUMN colour TEXT NOT NULL DEFAULT 'none';\n"
              "CREATE TABLE upgrade_marker (id INTEGER PRIMARY KEY);\n")}});
    const int newest = latestVersion() + 1;

    auto database = openDatabase(dir.path(), options);
    IP_VERIFY_OK(database);
    QCOMPARE((*database)->schemaVersion(), newest);
    const auto note =
        QuestionNoteRepository(**database).find({QStringLiteral("g"), QStringLiteral("q")});
    IP_VERIFY_OK(note);
    QCOMPARE((*note)->markdown, QStringLiteral("written in v1"));

    const QStringList backups = DatabaseBackups((*database)->backupDirectory()).list();
    QCOMPARE(backups.size(), 1);
    QVERIFY2(backups.first().endsWith(
                 QStringLiteral("-before-upgrade-v%1-to-v%2.sqlite").arg(newest - 1).arg(newest)),
             qPrintable(backups.first()));
    QCOMPARE(rawValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt(), newest - 1);
    QCOMPARE(rawValue(backups.first(), QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("written in v1"));
}

void MigrationTest::failedUpgradeStopsAtTheLastCompleteVersion()
{
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        IP_VERIFY_OK(QuestionNoteRepository(**database)
                         .save({QStringLiteral("g"),
                                QStringLiteral("q"),
                                QStringLiteral("precious"),
                                false,
                                {}}));
    }
    const int base = latestVersion();
    DatabaseOptions options;
    options.migrationDirectory = migrationChain(
        dir,
        {{QStringLiteral("%1_good.sql").arg(base + 1, 4, 10, QLatin1Char('0')),
          QStringLiteral("CREATE TABLE upgrade_marker (id INTEGER PRIMARY KEY);")},
         {QStringLiteral("%1_broken.sql").arg(base + 2, 4, 10, QLatin1Char('0')),
          QStringLiteral("CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);")}});

    auto database = openDatabase(dir.path(), options);
    QVERIFY(!database);
    QVERIFY2(database.error().message.contains(QStringLiteral("_broken.sql")),
             qPrintable(database.error().message));
    QVERIFY(database.error().message.contains(QStringLiteral("a copy from before the upgrade")));

    QCOMPARE(rawValue(file, QStringLiteral("PRAGMA user_version")).toInt(), base + 1);
    QCOMPARE(
        rawValue(file, QStringLiteral(
                           "SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_marker'")),
        QStringLiteral("1"));
    // The failed step left nothing behind: its first statement was rolled back too.
    QCOMPARE(rawValue(file, QStringLiteral(
                                "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")),
             QStringLiteral("0"));
    QCOMPARE(rawValue(file, QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("precious"));
    QCOMPARE(rawValue(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(DatabaseBackups(QDir(dir.path()).filePath(QStringLiteral("backups"))).list().size(),
             1);
}

void MigrationTest::migrationsMustBeNumberedInOrder()
{
    QTemporaryDir dir;
    for (const QString& name :
         {QStringLiteral("0001_first.sql"), QStringLiteral("0003_third.sql")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE t (x);");
    }
    const Result<SchemaMigrator> migrator = SchemaMigrator::load(dir.path());
    QVERIFY(!migrator);
    QVERIFY2(migrator.error().message.contains(QStringLiteral("expected version 2")),
             qPrintable(migrator.error().message));

    const Result<SchemaMigrator> builtIn = SchemaMigrator::load(SchemaMigrator::builtInDirectory());
    IP_VERIFY_OK(builtIn);
    QVERIFY(builtIn->latestVersion() >= 1);
    QCOMPARE(builtIn->migrations().first().fileName, QStringLiteral("0001_initial.sql"));
}

void MigrationTest::sqlScriptsSplitIntoStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << "CREATE TABLE a (x);\nCREATE TABLE b (y);"
        << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::newRow("no final semicolon") << "SELECT 1" << QStringList{u"SELECT 1"_s};
    QTest::newRow("semicolon inside a string")
        << "INSERT INTO a VALUES ('x;y');" << QStringList{u"INSERT INTO a VALUES ('x;y')"_s};
    QTest::newRow("doubled quote inside a string")
        << "INSERT INTO a VALUES ('it''s; fine');"
        << QStringList{u"INSERT INTO a VALUES ('it''s; fine')"_s};
    QTest::newRow("quoted identifiers") << "CREATE TABLE \"a;b\" ([c;d], `e;f`);"
                                        << QStringList{u"CREATE TABLE \"a;b\" ([c;d], `e;f`)"_s};
    QTest::newRow("comments are dropped") << "-- a; comment\nCREATE TABLE a (x); /* b; c */\n-- end"
                                          << QStringList{u"CREATE TABLE a (x)"_s};
    QTest::newRow("comment inside a statement")
        << "CREATE TABLE a (x, -- why; because\n y);" << QStringList{u"CREATE TABLE a (x, \n y)"_s};
    QTest::newRow("only comments and blanks") << "  -- nothing;\n\n;;" << QStringList{};
    QTest::newRow("trigger body")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; "
           "END; CREATE TABLE d (x);"
        << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                       u"DELETE FROM c; END"_s,
                       u"CREATE TABLE d (x)"_s};
    QTest::newRow("temporary trigger in lower case")
        << "create temp trigger t after insert on a begin select 1; end;"
        << QStringList{u"create temp trigger t after insert on a begin select 1; end"_s};
    QTest::newRow("CASE ... END inside a trigger")
        << "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET x = CASE WHEN 1 THEN 2 END; "
           "SELECT CASE 1 WHEN 1 THEN 'end;' END; END;\nCREATE INDEX i ON a (x);"
        << QStringList{u"CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET x = CASE WHEN 1 "
                       u"THEN 2 END; SELECT CASE 1 WHEN 1 THEN 'end;' END; END"_s,
                       u"CREATE INDEX i ON a (x)"_s};
    QTest::newRow("a word that only contains END")
        << "CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM ending; END;"
        << QStringList{u"CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM ending; END"_s};
}

void MigrationTest::sqlScriptsSplitIntoStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    const Result<QStringList> split = splitSqlScript(script);
    IP_VERIFY_OK(split);
    QCOMPARE(*split, statements);
}

void MigrationTest::unsupportedSqlIsRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");

    QTest::newRow("trigger without the END of its body")
        << "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1;"
        << "without the END";
    QTest::newRow("unterminated string") << "INSERT INTO a VALUES ('x);"
                                         << "unterminated quote";
    QTest::newRow("unterminated comment") << "SELECT 1; /* no end"
                                          << "unterminated /* comment";
}

void MigrationTest::unsupportedSqlIsRefused()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    const Result<QStringList> split = splitSqlScript(script);
    QVERIFY(!split);
    QVERIFY2(split.error().message.contains(message), qPrintable(split.error().message));
}

QTEST_GUILESS_MAIN(MigrationTest)
#include "tst_migrations.moc"
