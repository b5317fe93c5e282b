// Faults: a database locked by another program, read-only, on a full disk,
// not a database at all, or damaged. Each gives a typed error with a message
// the user can act on, and nothing they already had is changed or lost.
// (A newer version is in tst_migrations, a second instance in tst_database.)
#include "StorageTestSupport.h"
#include "services/ExportService.h"
#include "storage/DatabaseInspector.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <unistd.h>

using namespace ip;
using storagetest::openDatabase;

namespace {

const QString Guide = QStringLiteral("g");

QuestionNote note(const QString& key, const QString& text)
{
    return QuestionNote{Guide, key, text, false, {}};
}

// A database holding one note, closed again.
void makeDatabaseWithNote(const QString& dataDir, const QString& text)
{
    auto database = openDatabase(dataDir);
    IP_VERIFY_OK(database);
    IP_VERIFY_OK(QuestionNoteRepository(**database).save(note(QStringLiteral("kept"), text)));
}

QString storedText(Database& database, const QString& key)
{
    const auto found = QuestionNoteRepository(database).find({Guide, key});
    if (!found || !found->has_value())
        return QStringLiteral("<missing>");
    return (*found)->markdown;
}

void verifyMessage(const Error& error, ErrorKind kind, const QStringList& fragments)
{
    QCOMPARE(error.kind, kind);
    for (const QString& fragment : fragments)
        QVERIFY2(error.message.contains(fragment),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, error.message)));
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class StorageFaultTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lockedByAnotherProgramWhileSaving();
    void lockedByAnotherProgramAtOpen();
    void readOnlyOpenRefusesEveryWrite();
    void readOnlyOpenNeedsAnExistingDatabase();
    void readOnlyFileIsRefusedAtOpen();
    void readOnlyFolderIsRefusedAtOpen();
    void fullDiskLosesNothing();
    void notADatabaseIsLeftUntouched_data();
    void notADatabaseIsLeftUntouched();
    void damagedDatabaseIsLeftUntouched();
};

void StorageFaultTest::lockedByAnotherProgramWhileSaving()
{
    QTemporaryDir dir;
    DatabaseOptions options;
    options.busyTimeoutMs = 300;
    auto database = openDatabase(dir.path(), options);
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(note(QStringLiteral("kept"), QStringLiteral("written before"))));

    storagetest::Child other({QStringLiteral("lock-write"), (*database)->filePath()});
    QCOMPARE(other.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));

    const auto refused =
        notes.save(note(QStringLiteral("new"), QStringLiteral("typed while locked")));
    QVERIFY(!refused);
    verifyMessage(refused.error(), ErrorKind::Locked,
                  {QStringLiteral("Could not save the note"),
                   QStringLiteral("locked by another program"),
                   QStringLiteral("Nothing was changed")});
    StarStory story;
    story.tags = {QStringLiteral("t")};
    const auto storyRefused = StoryRepository(**database).save(story);
    QVERIFY(!storyRefused);
    QCOMPARE(storyRefused.error().kind, ErrorKind::Locked);
    // Reading goes on while another program writes (WAL).
    QCOMPARE(storedText(**database, QStringLiteral("kept")), QStringLiteral("written before"));

    QVERIFY(other.release());
    IP_VERIFY_OK(notes.save(note(QStringLiteral("new"), QStringLiteral("typed while locked"))));
    QCOMPARE(storedText(**database, QStringLiteral("kept")), QStringLiteral("written before"));
    QCOMPARE(storedText(**database, QStringLiteral("new")), QStringLiteral("typed while locked"));
    QVERIFY(StoryRepository(**database).all()->isEmpty());
}

void StorageFaultTest::lockedByAnotherProgramAtOpen()
{
    QTemporaryDir dir;
    makeDatabaseWithNote(dir.path(), QStringLiteral("mine"));
    const QString file = storagetest::databasePath(dir.path());

    storagetest::Child other({QStringLiteral("lock-exclusive"), file});
    QCOMPARE(other.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
    DatabaseOptions options;
    options.busyTimeoutMs = 300;
    auto refused = openDatabase(dir.path(), options);
    QVERIFY(!refused);
    verifyMessage(refused.error(), ErrorKind::Locked,
                  {QStringLiteral("locked by another program"), QStringLiteral("try again")});

    QVERIFY(other.release());
    auto database = openDatabase(dir.path(), options);
    IP_VERIFY_OK(database);
    QCOMPARE(storedText(**database, QStringLiteral("kept")), QStringLiteral("mine"));
}

void StorageFaultTest::readOnlyOpenRefusesEveryWrite()
{
    QTemporaryDir dir;
    makeDatabaseWithNote(dir.path(), QStringLiteral("original"));
    DatabaseOptions options;
    options.mode = OpenMode::ReadOnly;
    auto database = openDatabase(dir.path(), options);
    IP_VERIFY_OK(database);
    QVERIFY((*database)->isReadOnly());
    QCOMPARE(storedText(**database, QStringLiteral("kept")), QStringLiteral("original"));

    const auto saved = QuestionNoteRepository(**database)
                           .save(note(QStringLiteral("kept"), QStringLiteral("changed")));
    QVERIFY(!saved);
    verifyMessage(saved.error(), ErrorKind::ReadOnly,
                  {QStringLiteral("is read-only"), QStringLiteral("Nothing was changed")});

    StarStory story;
    story.title = QStringLiteral("new");
    const auto storySaved = StoryRepository(**database).save(story);
    QVERIFY(!storySaved);
    QCOMPARE(storySaved.error().kind, ErrorKind::ReadOnly);

    BackupDocument document;
    document.notes = {QuestionNote{Guide, QStringLiteral("kept"), QStringLiteral("restored"), false,
                                   QDateTime::currentDateTimeUtc()}};
    const auto restored = ExportService(**database).restore(document);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, ErrorKind::ReadOnly);

    database->reset();
    auto writable = openDatabase(dir.path());
    IP_VERIFY_OK(writable);
    QCOMPARE(storedText(**writable, QStringLiteral("kept")), QStringLiteral("original"));
    QVERIFY(StoryRepository(**writable).all()->isEmpty());
}

void StorageFaultTest::readOnlyOpenNeedsAnExistingDatabase()
{
    QTemporaryDir dir;
    DatabaseOptions options;
    options.mode = OpenMode::ReadOnly;
    auto database = openDatabase(dir.path(), options);
    QVERIFY(!database);
    verifyMessage(database.error(), ErrorKind::NotFound,
                  {QStringLiteral("There is no Interview Prep database")});
    QVERIFY(!QFileInfo::exists(storagetest::databasePath(dir.path())));
}

void StorageFaultTest::readOnlyFileIsRefusedAtOpen()
{
    if (runningAsRoot())
        QSKIP("root may write to any file, so permissions cannot make one read-only here (CI runs "
              "as root); readOnlyOpenRefusesEveryWrite covers the error path");
    QTemporaryDir dir;
    makeDatabaseWithNote(dir.path(), QStringLiteral("mine"));
    const QString file = storagetest::databasePath(dir.path());
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = storagetest::fileHash(file);

    auto database = openDatabase(dir.path());
    QVERIFY(!database);
    verifyMessage(database.error(), ErrorKind::ReadOnly,
                  {QStringLiteral("is read-only"), QStringLiteral("It was not changed")});
    QCOMPARE(storagetest::fileHash(file), before);

    // Looking at it still works.
    DatabaseOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto reader = openDatabase(dir.path(), readOnly);
    IP_VERIFY_OK(reader);
    QCOMPARE(storedText(**reader, QStringLiteral("kept")), QStringLiteral("mine"));
    reader->reset();
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

void StorageFaultTest::readOnlyFolderIsRefusedAtOpen()
{
    if (runningAsRoot())
        QSKIP("root may write to any folder, so permissions cannot make one read-only here (CI "
              "runs as root)");
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    makeDatabaseWithNote(dataDir, QStringLiteral("mine"));
    QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = storagetest::fileHash(storagetest::databasePath(dataDir));

    auto database = openDatabase(dataDir);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!database);
    verifyMessage(database.error(), ErrorKind::ReadOnly, {QStringLiteral("read-only")});
    QCOMPARE(storagetest::fileHash(storagetest::databasePath(dataDir)), before);
}

void StorageFaultTest::fullDiskLosesNothing()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(
        notes.save(note(QStringLiteral("kept"), QStringLiteral("saved before the disk filled"))));

    // SQLite reports a full disk when the file may not grow; max_page_count
    // makes that happen on demand.
    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const qint64 pages = query.value(0).toLongLong();
    query.finish();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    const QString bigText(200000, QLatin1Char('x'));
    const auto refused = notes.save(note(QStringLiteral("big"), bigText));
    QVERIFY(!refused);
    verifyMessage(refused.error(), ErrorKind::DiskFull,
                  {QStringLiteral("Could not save the note"), QStringLiteral("is full"),
                   QStringLiteral("Nothing was changed")});
    const auto overwrite = notes.save(note(QStringLiteral("kept"), bigText));
    QVERIFY(!overwrite);

    StarStory story;
    story.situation = bigText;
    story.tags = {QStringLiteral("a"), QStringLiteral("b")};
    story.questions = {{Guide, QStringLiteral("kept")}};
    const auto storyRefused = StoryRepository(**database).save(story);
    QVERIFY(!storyRefused);
    QCOMPARE(storyRefused.error().kind, ErrorKind::DiskFull);

    QCOMPARE(storedText(**database, QStringLiteral("kept")),
             QStringLiteral("saved before the disk filled"));
    QCOMPARE(storedText(**database, QStringLiteral("big")), QStringLiteral("<missing>"));
    QVERIFY(StoryRepository(**database).all()->isEmpty());
    QCOMPARE(storagetest::rawValue((*database)->filePath(),
                                   QStringLiteral("SELECT count(*) FROM star_story_tag")),
             QStringLiteral("0"));

    // Space again: the same save goes through.
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    query.finish();
    IP_VERIFY_OK(notes.save(note(QStringLiteral("big"), bigText)));
    QCOMPARE(storedText(**database, QStringLiteral("big")), bigText);
    QCOMPARE(
        storagetest::rawValue((*database)->filePath(), QStringLiteral("PRAGMA integrity_check")),
        QStringLiteral("ok"));
}

void StorageFaultTest::notADatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a text file") << QByteArray("my shopping list\n").repeated(200);
    QTest::newRow("a few bytes") << QByteArray("hi");
    QTest::newRow("a page of zeros") << QByteArray(4096, '\0');
}

void StorageFaultTest::notADatabaseIsLeftUntouched()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }

    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        DatabaseOptions options;
        options.mode = mode;
        auto database = openDatabase(dir.path(), options);
        QVERIFY(!database);
        verifyMessage(database.error(), ErrorKind::Corrupt,
                      {QStringLiteral("is not an Interview Prep database"),
                       QStringLiteral("untouched"), QStringLiteral("backups")});
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), content);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("backups"))));
}

void StorageFaultTest::damagedDatabaseIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString file = storagetest::databasePath(dir.path());
    {
        auto database = openDatabase(dir.path());
        IP_VERIFY_OK(database);
        QuestionNoteRepository notes(**database);
        for (int i = 0; i < 400; ++i)
            IP_VERIFY_OK(notes.save(
                note(QStringLiteral("q%1").arg(i), QString(2000, QLatin1Char('a' + i % 26)))));
    }
    // Overwrite pages in the middle of the notes table, as a failing disk or a
    // careless sync tool would; the header and schema stay readable.
    {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const QByteArray header = damaged.read(100);
        const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        const qint64 pages = damaged.size() / pageSize;
        QVERIFY(pages > 100);
        for (qint64 page = pages / 2; page < pages / 2 + 10; ++page) {
            damaged.seek(page * pageSize);
            damaged.write(QByteArray(pageSize, char(0xA5)));
        }
    }
    const QByteArray before = storagetest::fileHash(file);

    auto database = openDatabase(dir.path());
    QVERIFY(!database);
    verifyMessage(database.error(), ErrorKind::Corrupt,
                  {QStringLiteral("is damaged"), QStringLiteral("It was not changed"),
                   QStringLiteral("backups"), QStringLiteral("interview-prep doctor")});
    QCOMPARE(storagetest::fileHash(file), before);
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("backups"))));

    const DatabaseReport report = DatabaseInspector::inspect(dir.path());
    QVERIFY(!report.healthy());
    QCOMPARE(storagetest::fileHash(file), before);
}

QTEST_GUILESS_MAIN(StorageFaultTest)
#include "tst_faults.moc"
