// The open guide's file is watched as editors save it: one signal per save,
// however many writes it takes, and the watch survives the file being
// replaced by a rename.
#include "ui/GuideFileWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace ip;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// As editors save: a new file beside the old, renamed over it.
bool replaceFile(const QString& path, const QByteArray& bytes)
{
    const QString temporary = path + QStringLiteral(".swp");
    return writeFile(temporary, bytes) && std::rename(QFile::encodeName(temporary).constData(),
                                                      QFile::encodeName(path).constData()) == 0;
}

// Long enough for a signal that should not come to have come.
constexpr int QuietMs = GuideFileWatcher::SettleDelayMs * 3;

} // namespace

class GuideFileWatcherTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void burstOfWritesIsOneChange();
    void replacedFileIsWatchedAgain();
    void vanishedFileSaysNothingUntilItReturns();
    void resourcePathIsNotWatched();
    void watchingAnotherFileForgetsTheFirst();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_path;
};

void GuideFileWatcherTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_path = m_temp->filePath(QStringLiteral("guide.md"));
    QVERIFY(writeFile(m_path, "# First\n"));
}

void GuideFileWatcherTest::burstOfWritesIsOneChange()
{
    GuideFileWatcher watcher;
    QSignalSpy changed(&watcher, &GuideFileWatcher::changed);
    watcher.watch(m_path);
    QCOMPARE(watcher.path(), m_path);
    // Truncate, write in pieces, append: one save to the user.
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(m_path, QByteArray("# Edit ") + QByteArray::number(i) + '\n'));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    QCOMPARE(changed.first().first().toString(), m_path);
    QVERIFY(!changed.wait(QuietMs));
    QCOMPARE(changed.count(), 1);

    // The next save is a change of its own.
    QVERIFY(writeFile(m_path, "# Second save\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
}

void GuideFileWatcherTest::replacedFileIsWatchedAgain()
{
    GuideFileWatcher watcher;
    QSignalSpy changed(&watcher, &GuideFileWatcher::changed);
    watcher.watch(m_path);
    QVERIFY(replaceFile(m_path, "# Replaced\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    QVERIFY(!changed.wait(QuietMs));
    // Written in place after the rename: the new file is the one watched.
    QVERIFY(writeFile(m_path, "# Written in place\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
    QVERIFY(replaceFile(m_path, "# Replaced again\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 1000);
}

void GuideFileWatcherTest::vanishedFileSaysNothingUntilItReturns()
{
    GuideFileWatcher watcher;
    QSignalSpy changed(&watcher, &GuideFileWatcher::changed);
    watcher.watch(m_path);
    QVERIFY(QFile::remove(m_path));
    QVERIFY(!changed.wait(QuietMs));
    QCOMPARE(changed.count(), 0);
    QVERIFY(writeFile(m_path, "# Back\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    QVERIFY(writeFile(m_path, "# Back and edited\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
}

void GuideFileWatcherTest::resourcePathIsNotWatched()
{
    GuideFileWatcher watcher;
    watcher.watch(m_path);
    watcher.watch(QStringLiteral(":/content/ml-engineer.md"));
    QVERIFY(watcher.path().isEmpty());
    QSignalSpy changed(&watcher, &GuideFileWatcher::changed);
    QVERIFY(writeFile(m_path, "# Not watched any more\n"));
    QVERIFY(!changed.wait(QuietMs));
}

void GuideFileWatcherTest::watchingAnotherFileForgetsTheFirst()
{
    const QString other = m_temp->filePath(QStringLiteral("other.md"));
    QVERIFY(writeFile(other, "# Other\n"));
    GuideFileWatcher watcher;
    QSignalSpy changed(&watcher, &GuideFileWatcher::changed);
    watcher.watch(m_path);
    watcher.watch(other);
    QVERIFY(writeFile(m_path, "# The first, edited\n"));
    QVERIFY(!changed.wait(QuietMs));
    QVERIFY(writeFile(other, "# The other, edited\n"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
    QCOMPARE(changed.first().first().toString(), other);
}

QTEST_GUILESS_MAIN(GuideFileWatcherTest)
#include "tst_guide_file_watcher.moc"
