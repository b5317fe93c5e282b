// The integrity check and daily backup a study start leaves until the window
// is shown: run on a thread of their own, reported back on the caller's
// thread, and a damaged file found then refuses every later write while what
// it holds can still be read. Real SQLite files in a temporary folder.
#include "DirectSql.h"
#include "FileDamage.h"
#include "services/DeferredStorageCheck.h"
#include "services/GuideLibrary.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ip;

namespace {

const QString Guide = QStringLiteral("backend-engineer");

QuestionRef question(int i)
{
    return {Guide, QStringLiteral("q-%1").arg(i)};
}

// A database with enough notes to have pages worth damaging.
bool fill(const QString& dir)
{
    auto data = StudyData::open(dir);
    if (!data)
        return false;
    for (int i = 0; i < 60; ++i) {
        if (!(*data)->notes().saveMarkdown(question(i), QString(3000, QChar(u'a' + i % 26))))
            return false;
    }
    return true;
}

using filedamage::damagePages;
using filedamage::readAll;

StudyDataOptions deferred()
{
    StudyDataOptions options;
    options.deferChecks = true;
    return options;
}

} // namespace

class DeferredStorageCheckTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void soundDatabasePassesWithTheDailyBackup();
    void damageFoundLaterRefusesEveryWrite();
    void cancelledCheckReportsNothing();
    void newGuideSnapshotWaitsForTheCheck();
};

void DeferredStorageCheckTest::soundDatabasePassesWithTheDailyBackup()
{
    QTemporaryDir dir;
    QVERIFY(fill(dir.path()));
    QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively();
    auto data = StudyData::open(dir.path(), deferred());
    QVERIFY(data.ok());
    // The open itself made no backup: that waits for the check.
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));

    DeferredStorageCheck check(**data);
    QSignalSpy passed(&check, &DeferredStorageCheck::passed);
    QSignalSpy failed(&check, &DeferredStorageCheck::failed);
    check.start();
    // The app goes on saving while the check runs beside it.
    QVERIFY((*data)->notes().saveMarkdown(question(1), QStringLiteral("typed meanwhile")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(passed.size(), 1, 20000);
    QCOMPARE(failed.size(), 0);
    const QString backup = passed.first().at(1).toString();
    QVERIFY2(QFileInfo(backup).isFile(), qPrintable(backup));
    QVERIFY(passed.first().at(0).toStringList().isEmpty());
    QVERIFY((*data)->notes().saveMarkdown(question(2), QStringLiteral("and after")).ok());
}

void DeferredStorageCheckTest::damageFoundLaterRefusesEveryWrite()
{
    QTemporaryDir dir;
    QVERIFY(fill(dir.path()));
    const QString file = dir.filePath(QStringLiteral("interview-prep.sqlite"));
    QVERIFY(damagePages(file, 6));

    // Refused at once by the checking open...
    const auto checked = StudyData::open(dir.path());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind, ErrorKind::Corrupt);

    // ...opened by the deferred one, and found by its check.
    auto data = StudyData::open(dir.path(), deferred());
    QVERIFY(data.ok());
    DeferredStorageCheck check(**data);
    QSignalSpy passed(&check, &DeferredStorageCheck::passed);
    QSignalSpy failed(&check, &DeferredStorageCheck::failed);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(passed.size(), 0);
    const Error error = failed.first().at(0).value<Error>();
    QCOMPARE(error.kind, ErrorKind::Corrupt);
    // No backup of a damaged file pushes a good one out.
    QVERIFY(QDir(dir.filePath(QStringLiteral("backups")))
                .entryList({QStringLiteral("*.sqlite")}, QDir::Files)
                .size() <= 1);

    (*data)->refuseWrites(error);
    const QByteArray damaged = readAll(file);
    const auto saved = (*data)->notes().saveMarkdown(question(0), QStringLiteral("more"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Corrupt);
    const auto backup = (*data)->backup(QStringLiteral("manual"));
    QVERIFY(!backup.ok());
    QCOMPARE(backup.error().kind, ErrorKind::Corrupt);
    data.value().reset();
    QCOMPARE(readAll(file), damaged);
}

void DeferredStorageCheckTest::cancelledCheckReportsNothing()
{
    QTemporaryDir dir;
    QVERIFY(fill(dir.path()));
    auto data = StudyData::open(dir.path(), deferred());
    QVERIFY(data.ok());
    DeferredStorageCheck check(**data);
    QSignalSpy passed(&check, &DeferredStorageCheck::passed);
    QSignalSpy failed(&check, &DeferredStorageCheck::failed);
    check.start();
    check.cancelAndWait();
    QVERIFY(!check.isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(passed.size() + failed.size(), 0);
    check.start(); // a cancelled check does not start again
    QCoreApplication::processEvents();
    QCOMPARE(passed.size() + failed.size(), 0);
}

void DeferredStorageCheckTest::newGuideSnapshotWaitsForTheCheck()
{
    // Until the file is known to be sound the app writes nothing into it of
    // its own accord: a new guide's parsed snapshot waits for the check.
    QTemporaryDir dir;
    QVERIFY(fill(dir.path()));
    auto data = StudyData::open(dir.path(), deferred());
    QVERIFY(data.ok());
    const QByteArray bytes = "---\nterm: Waiting Guide\n---\n\n## Interview Questions and "
                             "Answers\n\n### Technical Questions\n\n#### Question 1: One?\n\n"
                             "**Answer**: Yes.\n";
    const ip::Guide guide = (*data)->guides().open(bytes, QStringLiteral("/guides/waiting.md"));
    QCOMPARE(guide.questions.size(), 1);
    const auto storedSnapshots = [&] {
        DirectSql sql(dir.filePath(QStringLiteral("interview-prep.sqlite")));
        QSqlQuery query = sql.query();
        return query.exec(QStringLiteral("SELECT count(*) FROM library_guide")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QCOMPARE(storedSnapshots(), 0);

    DeferredStorageCheck check(**data);
    QSignalSpy passed(&check, &DeferredStorageCheck::passed);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(passed.size(), 1, 20000);
    QCOMPARE(storedSnapshots(), 1);
}

QTEST_GUILESS_MAIN(DeferredStorageCheckTest)
#include "tst_deferred_storage_check.moc"
