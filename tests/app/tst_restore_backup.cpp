// The way back from a damaged database in the window: the start says what
// happened and offers Restore from Backup right there; the dialog lists the
// backups with what they hold; restoring keeps the damaged file aside and
// brings the backup's work back on screen. Two steps, from the keyboard.
#include "DirectSql.h"
#include "FileDamage.h"
#include "StudyContext.h"
#include "services/StudyData.h"
#include "stories/ModalDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/backups/RestoreBackupDialog.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ip;
using ip::test::onNextModal;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

using filedamage::damagePages;
using filedamage::readAll;

} // namespace

class RestoreBackupTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void damagedDatabaseIsRestoredFromTheMessageBar();
    void damagedBackupsCannotBeChosen();
    void damagedDatabaseIsShownReadOnlyAndLeftUntouched();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // A session that writes a note and makes a backup; returns the note's key.
    QString sessionWithABackup(const QString& note);
    std::unique_ptr<QTemporaryDir> m_temp;
};

void RestoreBackupTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("restore-backup-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void RestoreBackupTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

QString RestoreBackupTest::sessionWithABackup(const QString& note)
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    const QString key = window.questionsScreen()->currentQuestionKey();
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, note);
    window.questionsScreen()->notesEditor()->commit();
    // Long notes on other questions give the file pages to damage.
    DirectSql sql(context.data()->filePath());
    for (int i = 0; i < 40; ++i) {
        QSqlQuery query = sql.query();
        query.prepare(QStringLiteral("INSERT INTO question_note (guide_key, question_key, "
                                     "markdown, bookmarked, updated_at) VALUES (?, ?, ?, 0, 0)"));
        query.addBindValue(context.guide().key);
        query.addBindValue(QStringLiteral("filler-%1").arg(i));
        query.addBindValue(QString(3000, u'x'));
        query.exec();
    }
    const auto made = context.data()->backup(QStringLiteral("manual"));
    if (!made.ok())
        qWarning("backup failed: %s", qPrintable(made.error().message));
    window.close();
    return key;
}

void RestoreBackupTest::damagedDatabaseIsRestoredFromTheMessageBar()
{
    const QString key = sessionWithABackup(QStringLiteral("in the backup"));
    const QString file = dataDir() + QStringLiteral("/interview-prep.sqlite");
    QVERIFY(damagePages(file, 8));
    const QByteArray damaged = readAll(file);

    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The damage is found by the check run once the window is up.
    QTRY_VERIFY_WITH_TIMEOUT(!context.canSave(), 10000);
    QCOMPARE(context.storageError()->kind, ErrorKind::Corrupt);
    QVERIFY(window.storageMessages()->isVisible());
    QVERIFY(window.storageMessages()->summary().contains(QStringLiteral("damaged")));
    const QList<QPushButton*> buttons = window.storageMessages()->actionButtons();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->text(), QStringLiteral("&Restore from Backup…"));

    QStringList rows;
    onNextModal<RestoreBackupDialog>([&rows](RestoreBackupDialog* dialog) {
        for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row)
            rows << dialog->list()->topLevelItem(row)->text(1) + QStringLiteral(" | ") +
                        dialog->list()->topLevelItem(row)->text(3);
        // Step two: Enter on the newest intact backup, already chosen.
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    buttons.first()->click(); // step one
    QCOMPARE(rows, QStringList{QStringLiteral("41 notes, 0 stories, 0 reviews | Intact")});

    QVERIFY(context.canSave());
    QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Information);
    QVERIFY2(window.storageMessages()->summary().startsWith(QStringLiteral("Restored the backup")),
             qPrintable(window.storageMessages()->summary()));
    window.questionsScreen()->selectQuestion(key);
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("in the backup"));
    QVERIFY(!window.questionsScreen()->notesEditor()->editor()->isReadOnly());

    // The damaged file is kept aside, byte for byte.
    const QStringList aside = QDir(dataDir()).entryList(
        {QStringLiteral("interview-prep.sqlite.before-restore-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dataDir()).entryList().join(u' ')));
    QString keptDatabase;
    for (const QString& name : aside) {
        if (!name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm")))
            keptDatabase = name;
    }
    QCOMPARE(readAll(QDir(dataDir()).filePath(keptDatabase)), damaged);
}

void RestoreBackupTest::damagedBackupsCannotBeChosen()
{
    sessionWithABackup(QStringLiteral("note"));
    const QStringList backups = QDir(dataDir() + QStringLiteral("/backups"))
                                    .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(damagePages(dataDir() + QStringLiteral("/backups/") + backups.first(), 8));
    StudyContext context(dataDir(), guideFixture("typical.md"));
    QVERIFY(context.hasStorage());
    const auto listed = context.backups();
    QVERIFY(listed.ok());
    RestoreBackupDialog dialog(listed.value(), QString());
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY(!(dialog.list()->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(dialog.chosenPath().isEmpty());
    QVERIFY(!dialog.restoreButton()->isEnabled());
}

void RestoreBackupTest::damagedDatabaseIsShownReadOnlyAndLeftUntouched()
{
    const QString key = sessionWithABackup(QStringLiteral("still readable"));
    const QString file = dataDir() + QStringLiteral("/interview-prep.sqlite");
    QVERIFY(damagePages(file, 4)); // few enough that the note stays readable
    const QByteArray damaged = readAll(file);
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        QVERIFY(context.hasStorage());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!context.canSave(), 10000);
        QCOMPARE(context.storageError()->kind, ErrorKind::Corrupt);
        QVERIFY(window.storageMessages()->summary().contains(QStringLiteral("damaged")));
        QCOMPARE(window.storageMessages()->actionButtons().size(), 1);
        // What can be read is there, and cannot be changed.
        window.questionsScreen()->selectQuestion(key);
        NotesEditor* notes = window.questionsScreen()->notesEditor();
        QCOMPARE(notes->editor()->toPlainText(), QStringLiteral("still readable"));
        QVERIFY(notes->editor()->isReadOnly());
        QCOMPARE(notes->statusText(), QStringLiteral("Read-only"));
        window.close();
        QVERIFY(!window.isVisible());
    }
    QCOMPARE(readAll(file), damaged);
}

QTEST_MAIN(RestoreBackupTest)
#include "tst_restore_backup.moc"
