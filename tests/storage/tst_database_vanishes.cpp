// The database file deleted or replaced under a running app: every write
// after that is refused (never "Saved" into a dead file), and rescue()
// writes everything the connection still reads into a new database, keeping
// whatever took the file's place.
#include "StorageTestSupport.h"
#include "storage/QuestionNoteRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ip;
using storagetest::openDatabase;
using storagetest::rawValue;

namespace {

QuestionNote note(const QString& key, const QString& text)
{
    return QuestionNote{QStringLiteral("guide"), key, text, false, {}};
}

QStringList filesIn(const QString& directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class DatabaseVanishesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void untouchedFilePassesTheCheck();
    void deletedFileRefusesWritesThenRescueKeepsEverything();
    void replacedFileIsKeptAsideByRescue();
    void deletedFolderIsRebuiltByRescue();
};

void DatabaseVanishesTest::untouchedFilePassesTheCheck()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q1"), QStringLiteral("first"))));
    IP_VERIFY_OK((*database)->checkFile());
    QVERIFY(!(*database)->isDetached());
}

void DatabaseVanishesTest::deletedFileRefusesWritesThenRescueKeepsEverything()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q1"), QStringLiteral("before"))));
    const QString file = (*database)->filePath();

    QVERIFY(QFile::remove(file));
    const auto refused = notes.save(note(QStringLiteral("q2"), QStringLiteral("after")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Vanished);
    QVERIFY2(refused.error().message.contains(QStringLiteral("deleted")),
             qPrintable(refused.error().message));
    QVERIFY((*database)->isDetached());
    QVERIFY(!QFileInfo::exists(file));

    // What was committed before is still readable from the open connection.
    const auto before = notes.find(QuestionRef{QStringLiteral("guide"), QStringLiteral("q1")});
    IP_VERIFY_OK(before);
    QCOMPARE((*before)->markdown, QStringLiteral("before"));

    const auto rescued = (*database)->rescue();
    IP_VERIFY_OK(rescued);
    QVERIFY(rescued->isEmpty()); // nothing had taken the file's place
    QVERIFY(!(*database)->isDetached());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(rawValue(file, QStringLiteral("SELECT markdown FROM question_note WHERE "
                                           "question_key = 'q1'")),
             QStringLiteral("before"));

    // Writing goes on, into the new file.
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q2"), QStringLiteral("after"))));
    QCOMPARE(rawValue(file, QStringLiteral("SELECT markdown FROM question_note WHERE "
                                           "question_key = 'q2'")),
             QStringLiteral("after"));
    IP_VERIFY_OK((*database)->checkFile());
}

void DatabaseVanishesTest::replacedFileIsKeptAsideByRescue()
{
    QTemporaryDir dir;
    auto database = openDatabase(dir.path());
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q1"), QStringLiteral("mine"))));
    const QString file = (*database)->filePath();

    // Another file moved into its place (a sync tool, a careless copy).
    const QString other = dir.filePath(QStringLiteral("other.bin"));
    {
        QFile replacement(other);
        QVERIFY(replacement.open(QIODevice::WriteOnly));
        replacement.write("not ours");
    }
    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::rename(other, file));

    const auto check = (*database)->checkFile();
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::Vanished);
    QVERIFY2(check.error().message.contains(QStringLiteral("replaced")),
             qPrintable(check.error().message));
    QVERIFY(!notes.save(note(QStringLiteral("q1"), QStringLiteral("lost?"))).ok());
    QFile stillOther(file);
    QVERIFY(stillOther.open(QIODevice::ReadOnly));
    QCOMPARE(stillOther.readAll(), QByteArray("not ours"));
    stillOther.close();

    const auto rescued = (*database)->rescue();
    IP_VERIFY_OK(rescued);
    QVERIFY(!rescued->isEmpty());
    QFile keptAside(*rescued);
    QVERIFY2(keptAside.open(QIODevice::ReadOnly), qPrintable(*rescued));
    QCOMPARE(keptAside.readAll(), QByteArray("not ours"));
    QCOMPARE(rawValue(file, QStringLiteral("SELECT markdown FROM question_note")),
             QStringLiteral("mine"));
}

void DatabaseVanishesTest::deletedFolderIsRebuiltByRescue()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    auto database = openDatabase(dataDir);
    IP_VERIFY_OK(database);
    QuestionNoteRepository notes(**database);
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q1"), QStringLiteral("kept"))));

    QVERIFY(QDir(dataDir).removeRecursively());
    QVERIFY(!(*database)->checkFile().ok());
    IP_VERIFY_OK((*database)->rescue());
    QVERIFY(filesIn(dataDir).contains(QStringLiteral("interview-prep.sqlite")));
    // The folder is locked again, so a second copy of the app stays out.
    QVERIFY(filesIn(dataDir).contains(QStringLiteral("interview-prep.lock")));
    QCOMPARE(
        rawValue((*database)->filePath(), QStringLiteral("SELECT markdown FROM question_note")),
        QStringLiteral("kept"));
    IP_VERIFY_OK(notes.save(note(QStringLiteral("q2"), QStringLiteral("more"))));
}

QTEST_GUILESS_MAIN(DatabaseVanishesTest)
#include "tst_database_vanishes.moc"
