// Faults: a database locked by another program, read-only, on a full disk,
// not a database at all, or damaged. Each gives a typed error with a message
// the user can act on, and nothing they already had is changed or lost.
// (A newer version is in tst_migrations, a second instance in tst_database.)
#include "DatabaseTestPeer.h"
#include "SmallDisk.h"
#include "StorageTestSupport.h"
#include "services/BackupDocument.h"
#include "services/ExportService.h"
#include "storage/DataFolderLock.h"
#include "storage/DatabaseInspector.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/StoryRepository.h"

#include <QDirIterator>
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

// What an open of a data folder came to, in this process or in the child.
struct OpenOutcome {
    bool opened = false;
    QString note;  // the "kept" note, when opened
    Error error;   // when not
    QString trace; // for failure messages
};

// Opens data folders where file permissions apply. Root ignores them, and
// CI runs as root, so there the open happens in a child process run as
// "nobody" (setpriv, from util-linux), on files handed to that user; where
// setpriv cannot run, the files are made immutable (chattr +i), which stops
// root too, and made mutable again at the end. Only when neither works is
// the test skipped. IP_TEST_WITHOUT_SETPRIV=1 tries the chattr way.
class PermissionCheck {
public:
    static constexpr uint Nobody = 65534;

    // `dataDir` is the folder the test opens; `root` the temporary folder
    // holding it (handed to nobody whole).
    PermissionCheck(const QString& root, const QString& dataDir) : m_root(root), m_dataDir(dataDir)
    {
        if (!runningAsRoot())
            m_way = Way::InProcess;
        else if (!qEnvironmentVariableIsSet("IP_TEST_WITHOUT_SETPRIV") && setprivWorks())
            m_way = Way::AsNobody;
        else if (chattrWorks())
            m_way = Way::Immutable;
    }
    ~PermissionCheck()
    {
        for (const QString& path : m_immutable)
            runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    }

    bool usable() const { return m_way != Way::None; }
    QString whyNot() const
    {
        return QStringLiteral("running as root, and neither setpriv (to run the check as "
                              "nobody) nor chattr +i (to make the file immutable) works here");
    }

    // Makes `path` (the database file or the data folder) read-only in the
    // way chosen: by permissions, or by the immutable flag.
    bool makeReadOnly(const QString& path, QFile::Permissions permissions)
    {
        // Handed to nobody first: the permissions are the owner's.
        if (m_way == Way::AsNobody && !giveToNobody())
            return false;
        if (m_way == Way::Immutable) {
            if (!runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), path}))
                return false;
            m_immutable << path;
            return true;
        }
        return QFile::setPermissions(path, permissions);
    }

    OpenOutcome open(OpenMode mode) const
    {
        return m_way == Way::AsNobody ? openAsNobody(mode) : openHere(mode);
    }

private:
    enum class Way { None, InProcess, AsNobody, Immutable };

    static bool runTool(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    static QStringList setpriv()
    {
        return {QStringLiteral("--reuid=%1").arg(Nobody), QStringLiteral("--regid=%1").arg(Nobody),
                QStringLiteral("--clear-groups")};
    }

    static bool setprivWorks()
    {
        return runTool(QStringLiteral("setpriv"), setpriv() << QStringLiteral("true"));
    }

    bool chattrWorks() const
    {
        const QString probe = QDir(m_root).filePath(QStringLiteral("chattr-probe"));
        QFile file(probe);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.close();
        const bool works = runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), probe}) &&
                           !QFile(probe).open(QIODevice::WriteOnly);
        runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), probe});
        QFile::remove(probe);
        return works;
    }

    bool giveToNobody() const
    {
        bool all = ::chown(QFile::encodeName(m_root).constData(), Nobody, Nobody) == 0;
        QDirIterator it(m_root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all = ::chown(QFile::encodeName(it.next()).constData(), Nobody, Nobody) == 0 && all;
        return all;
    }

    OpenOutcome openHere(OpenMode mode) const
    {
        DatabaseOptions options;
        options.mode = mode;
        auto database = openDatabase(m_dataDir, options);
        if (!database)
            return {false, QString(), database.error(), database.error().message};
        const QString text = storedText(**database, QStringLiteral("kept"));
        return {true, text, Error{}, QStringLiteral("opened")};
    }

    OpenOutcome openAsNobody(OpenMode mode) const
    {
        QProcess child;
        child.start(QStringLiteral("setpriv"),
                    setpriv() << QStringLiteral(IP_OPEN_DATABASE_CHILD) << m_dataDir
                              << (mode == OpenMode::ReadOnly ? QStringLiteral("read-only")
                                                             : QStringLiteral("read-write"))
                              << Guide << QStringLiteral("kept"));
        OpenOutcome outcome;
        if (!child.waitForFinished(30000) || child.exitCode() != 0) {
            outcome.error.message = QStringLiteral("the child failed: ") +
                                    QString::fromUtf8(child.readAllStandardError());
            outcome.trace = outcome.error.message;
            return outcome;
        }
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        outcome.trace = line;
        if (line.startsWith(QLatin1String("opened "))) {
            outcome.opened = true;
            outcome.note = line.mid(7);
        } else if (line.startsWith(QLatin1String("error "))) {
            const qsizetype space = line.indexOf(u' ', 6);
            outcome.error.kind = ErrorKind(line.mid(6, space - 6).toInt());
            outcome.error.message = line.mid(space + 1);
        }
        return outcome;
    }

    QString m_root;
    QString m_dataDir;
    Way m_way = Way::None;
    QStringList m_immutable;
};

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
    void staleLockOnAFullDiskIsAFullDisk();
    void exportFileOnAFullDiskIsAFullDisk();
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
    QTemporaryDir dir;
    makeDatabaseWithNote(dir.path(), QStringLiteral("mine"));
    const QString file = storagetest::databasePath(dir.path());
    PermissionCheck check(dir.path(), dir.path());
    if (!check.usable())
        QSKIP(qPrintable(check.whyNot()));
    QVERIFY(check.makeReadOnly(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = storagetest::fileHash(file);

    const OpenOutcome refused = check.open(OpenMode::ReadWrite);
    QVERIFY2(!refused.opened, qPrintable(refused.trace));
    verifyMessage(refused.error, ErrorKind::ReadOnly,
                  {QStringLiteral("is read-only"), QStringLiteral("It was not changed")});
    QCOMPARE(storagetest::fileHash(file), before);

    // Looking at it still works.
    const OpenOutcome reader = check.open(OpenMode::ReadOnly);
    QVERIFY2(reader.opened, qPrintable(reader.trace));
    QCOMPARE(reader.note, QStringLiteral("mine"));
    QCOMPARE(storagetest::fileHash(file), before);
}

void StorageFaultTest::readOnlyFolderIsRefusedAtOpen()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    makeDatabaseWithNote(dataDir, QStringLiteral("mine"));
    PermissionCheck check(dir.path(), dataDir);
    if (!check.usable())
        QSKIP(qPrintable(check.whyNot()));
    QVERIFY(check.makeReadOnly(dataDir, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = storagetest::fileHash(storagetest::databasePath(dataDir));

    const OpenOutcome refused = check.open(OpenMode::ReadWrite);
    // What the app falls back to: the database read where nothing can be
    // created, not even the index a WAL database reads through.
    const OpenOutcome reader = check.open(OpenMode::ReadOnly);
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(!refused.opened, qPrintable(refused.trace));
    // Plain words: what it means and what to do, not which file failed.
    verifyMessage(refused.error, ErrorKind::ReadOnly,
                  {QStringLiteral("is read-only"), QStringLiteral("can be read but not changed"),
                   QStringLiteral("make the folder writable"), QStringLiteral("--data-dir")});
    QVERIFY2(!refused.error.message.contains(QStringLiteral("lock")),
             qPrintable(refused.error.message));
    QVERIFY2(reader.opened, qPrintable(reader.trace));
    QCOMPARE(reader.note, QStringLiteral("mine"));
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
    QSqlQuery query = DatabaseTestPeer::query(**database);
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

// A killed app leaves its lock behind; taking it over means writing a new
// one. On a full disk that fails, and the user must hear "the disk is full"
// (the app then opens read-only), not "another copy is already running".
void StorageFaultTest::staleLockOnAFullDiskIsAFullDisk()
{
    storagetest::SmallDisk disk(2 * 1024 * 1024);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString dataDir = disk.filePath(QStringLiteral("data"));
    {
        storagetest::Child app({QStringLiteral("hold"), dataDir});
        QCOMPARE(app.waitForLine(QStringLiteral("ready")), QStringLiteral("ready"));
        app.process().kill();
        QVERIFY(app.process().waitForFinished(30000));
    }
    const QString lockFile = QDir(dataDir).filePath(QString::fromLatin1(DataFolderLock::FileName));
    QVERIFY(QFileInfo::exists(lockFile));
    QVERIFY(disk.fill());

    const auto lock = DataFolderLock::acquire(dataDir);
    QVERIFY(!lock);
    verifyMessage(lock.error(), ErrorKind::DiskFull,
                  {QStringLiteral("is full"), dataDir, QStringLiteral("Free some space")});
    QVERIFY2(!lock.error().message.contains(QStringLiteral("already")),
             qPrintable(lock.error().message));
    const auto database = openDatabase(dataDir);
    QVERIFY(!database);
    QCOMPARE(database.error().kind, ErrorKind::DiskFull);
    // Nothing of the probe is left behind.
    QCOMPARE(QDir(dataDir).entryList(QStringList{QStringLiteral(".interview-prep-probe*")},
                                     QDir::Files | QDir::Hidden),
             QStringList());

    // With room again, the stale lock is taken over and the note is there.
    disk.freeSpace();
    auto reopened = openDatabase(dataDir);
    IP_VERIFY_OK(reopened);
    const auto held = QuestionNoteRepository(**reopened)
                          .find({QStringLiteral("held-guide"), QStringLiteral("held-question")});
    IP_VERIFY_OK(held);
    QVERIFY(held->has_value());
}

void StorageFaultTest::exportFileOnAFullDiskIsAFullDisk()
{
    storagetest::SmallDisk disk(64 * 1024);
    if (!disk.mounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString path = disk.filePath(QStringLiteral("backup.json"));
    QVERIFY(disk.fill());
    BackupDocument document;
    document.exportedAt = QDateTime::currentDateTimeUtc();
    document.notes = {note(QStringLiteral("kept"), QString(20000, u'n'))};
    const auto written = document.writeFile(path);
    QVERIFY(!written);
    verifyMessage(
        written.error(), ErrorKind::DiskFull,
        {path, QStringLiteral("the disk is full"), QStringLiteral("Nothing was written")});
    QCOMPARE(disk.entries(), QStringList());
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
