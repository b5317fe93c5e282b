// Text the user typed is never dropped: a save that fails (a full disk, a
// lock, a database file that was deleted) keeps the text, retries it, asks
// before quitting or switching guide, journals it for the next start, and
// the red bar goes once the text is saved. Driven through the real window.
#include "DirectSql.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RecoveryJournal.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "stories/ModalDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/drafts/RecoveredDraftsOffer.h"
#include "ui/drafts/UnsavedDraftsDialog.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using ip::test::onNextModal;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

// Stands in for a full disk: every write of a note fails.
bool refuseNoteWrites(const StudyContext& context)
{
    DirectSql sql(context.data()->filePath());
    QSqlQuery query = sql.query();
    return query.exec(QStringLiteral(
               "CREATE TRIGGER refuse_insert BEFORE INSERT ON question_note BEGIN SELECT "
               "RAISE(ABORT, 'disk is full'); END")) &&
           query.exec(QStringLiteral(
               "CREATE TRIGGER refuse_update BEFORE UPDATE ON question_note BEGIN SELECT "
               "RAISE(ABORT, 'disk is full'); END"));
}

bool allowNoteWrites(const StudyContext& context)
{
    DirectSql sql(context.data()->filePath());
    QSqlQuery query = sql.query();
    return query.exec(QStringLiteral("DROP TRIGGER refuse_insert")) &&
           query.exec(QStringLiteral("DROP TRIGGER refuse_update"));
}

// Read beside the running app with a connection of the test's own.
QString storedNote(const QString& dataDir, const QString& key)
{
    QString text = QStringLiteral("<none>");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stored-note"));
        db.setDatabaseName(dataDir + QStringLiteral("/interview-prep.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT markdown FROM question_note WHERE question_key = ?"));
            query.addBindValue(key);
            if (query.exec() && query.next())
                text = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stored-note"));
    return text;
}

} // namespace

class UnsavedWorkTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void failedNoteIsKeptRetriedAndTheBarGoes();
    void quitWithUnsavedNoteAsksAndSavesACopy();
    void quitCanBeCancelledAndRetried();
    void openingAnotherGuideAsksFirst();
    void draftsOfAKilledSessionAreOfferedBack();
    void deletedDatabaseIsReportedAndRescuedFromTheWindow();
    void settingsAreSavedWhenTheyChange();
    void slowGuideShowsProgressAndCanBeCancelled();
    void slowGuideAtStartIsReadInTheWindowShownFirst();
    void lockHeldByAnotherProgramIsWaitedForInTheBackground();
    void quittingWithADeletedDatabaseOffersToSaveEverything();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // A guide the parse worker needs its whole time limit for; empty on failure.
    QString writeSlowGuide() const;
    // Types into the current question's note and leaves the field (a save).
    void typeNote(MainWindow& window, const QString& text);
    std::unique_ptr<QTemporaryDir> m_temp;
};

void UnsavedWorkTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("unsaved-work-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void UnsavedWorkTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void UnsavedWorkTest::typeNote(MainWindow& window, const QString& text)
{
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    window.questionsScreen()->notesEditor()->commit();
}

void UnsavedWorkTest::failedNoteIsKeptRetriedAndTheBarGoes()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(refuseNoteWrites(context));
    const QString key = window.questionsScreen()->currentQuestionKey();

    typeNote(window, QStringLiteral("what I must not lose"));
    NotesEditor* notes = window.questionsScreen()->notesEditor();
    QCOMPARE(notes->statusText(), QStringLiteral("Not saved"));
    QVERIFY(window.storageMessages()->isVisible());
    QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Error);
    QVERIFY(window.storageMessages()->summary().contains(QStringLiteral("disk is full")));
    QVERIFY(window.unsavedStatus().contains(QStringLiteral("1 change not saved")));
    // Outside the database too, in case the app dies now.
    const auto journalled = RecoveryJournal(dataDir()).read().drafts;
    QCOMPARE(journalled.size(), 1);
    QCOMPARE(journalled.first().field(QStringLiteral("note")),
             QStringLiteral("what I must not lose"));

    // Moving to another question and back shows the kept text.
    window.questionsScreen()->questionList()->setFocus();
    QTest::keyClick(window.questionsScreen()->questionList(), Qt::Key_Down);
    QVERIFY(window.questionsScreen()->currentQuestionKey() != key);
    window.questionsScreen()->selectQuestion(key);
    QCOMPARE(notes->editor()->toPlainText(), QStringLiteral("what I must not lose"));

    QVERIFY(allowNoteWrites(context));
    QTRY_VERIFY_WITH_TIMEOUT(context.drafts()->isEmpty(), 10000);
    QVERIFY(!window.storageMessages()->isVisible());
    QVERIFY(window.unsavedStatus().isEmpty());
    QCOMPARE(notes->statusText(), QStringLiteral("Saved"));
    QVERIFY(RecoveryJournal(dataDir()).read().drafts.isEmpty());
    window.close();
    QVERIFY(!window.isVisible());
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("what I must not lose"));
}

void UnsavedWorkTest::quitWithUnsavedNoteAsksAndSavesACopy()
{
    const QString copy = m_temp->filePath(QStringLiteral("unsaved.md"));
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(refuseNoteWrites(context));
    typeNote(window, QStringLiteral("an answer about a < b & c"));

    bool retryIsDefault = false;
    bool discardIsDefault = true;
    QStringList listed;
    onNextModal<UnsavedDraftsDialog>([&](UnsavedDraftsDialog* dialog) {
        retryIsDefault = dialog->retryButton()->isDefault();
        discardIsDefault = dialog->discardButton()->isDefault();
        for (auto* label : dialog->findChildren<QListWidget*>())
            for (int row = 0; row < label->count(); ++row)
                listed << label->item(row)->text();
        onNextModal<QFileDialog>([copy](QFileDialog* files) {
            // Typed as the user would: selectFile() leaves the name field
            // alone while it has the focus.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(copy);
            QMetaObject::invokeMethod(files, "accept");
        });
        dialog->saveCopyButton()->click();
    });
    window.close();
    QVERIFY(retryIsDefault);
    QVERIFY(!discardIsDefault);
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().startsWith(QStringLiteral("Note on “")), qPrintable(listed.first()));
    QVERIFY(!window.isVisible());
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY2(text.contains(QStringLiteral("an answer about a < b & c")), qPrintable(text));
    QVERIFY(text.contains(listed.first()));
}

void UnsavedWorkTest::quitCanBeCancelledAndRetried()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        key = window.questionsScreen()->currentQuestionKey();
        QVERIFY(refuseNoteWrites(context));
        typeNote(window, QStringLiteral("kept through a cancel"));

        onNextModal<UnsavedDraftsDialog>([](UnsavedDraftsDialog* dialog) { dialog->reject(); });
        window.close();
        QVERIFY(window.isVisible()); // Escape: nothing happens
        QVERIFY(!context.drafts()->isEmpty());

        // The problem is fixed while the dialog is up; Retry saves and quits.
        onNextModal<UnsavedDraftsDialog>([&context](UnsavedDraftsDialog* dialog) {
            QVERIFY(allowNoteWrites(context));
            dialog->retryButton()->click();
        });
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(context.drafts()->isEmpty());
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("kept through a cancel"));
}

void UnsavedWorkTest::openingAnotherGuideAsksFirst()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString title = context.guide().title;
    QVERIFY(refuseNoteWrites(context));
    typeNote(window, QStringLiteral("not to be lost by a switch"));

    QString discardText;
    onNextModal<UnsavedDraftsDialog>([&discardText](UnsavedDraftsDialog* dialog) {
        discardText = dialog->discardButton()->text();
        dialog->reject();
    });
    QVERIFY(!window.openGuide(guideFixture("quirks.md")));
    QCOMPARE(discardText, QStringLiteral("Open &Without Saving"));
    QCOMPARE(context.guide().title, title);
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("not to be lost by a switch"));
    QVERIFY(!context.drafts()->isEmpty());
    context.drafts()->discardAll(); // let the test's window close
}

void UnsavedWorkTest::draftsOfAKilledSessionAreOfferedBack()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        auto window = std::make_unique<MainWindow>(context);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        key = window->questionsScreen()->currentQuestionKey();
        QVERIFY(refuseNoteWrites(context));
        typeNote(*window, QStringLiteral("typed before the crash"));
        QVERIFY(allowNoteWrites(context));
        // The process dies here: no closeEvent, no retry; only the journal
        // has the text.
        window.reset();
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("<none>"));

    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.recoveryMessages()->isVisible());
    QCOMPARE(window.recoveryMessages()->summary(),
             QStringLiteral("1 unsaved note from your last session was kept."));
    const QList<QPushButton*> buttons = window.recoveryMessages()->actionButtons();
    QCOMPARE(buttons.size(), 3);
    QCOMPARE(buttons.at(0)->text(), QStringLiteral("&Restore"));
    buttons.at(0)->click();
    QVERIFY(RecoveryJournal(dataDir()).read().drafts.isEmpty());
    window.questionsScreen()->selectQuestion(key);
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("typed before the crash"));
    window.close();
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("typed before the crash"));
}

void UnsavedWorkTest::deletedDatabaseIsReportedAndRescuedFromTheWindow()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        key = window.questionsScreen()->currentQuestionKey();
        typeNote(window, QStringLiteral("saved before"));
        const QString file = context.data()->filePath();
        QVERIFY(QFile::remove(file));

        window.questionsScreen()->notesEditor()->editor()->clear();
        typeNote(window, QStringLiteral("typed after the file was deleted"));
        QCOMPARE(window.questionsScreen()->notesEditor()->statusText(),
                 QStringLiteral("Not saved"));
        QVERIFY(window.storageMessages()->isVisible());
        QVERIFY2(window.storageMessages()->summary().contains(QStringLiteral("was deleted")),
                 qPrintable(window.storageMessages()->summary()));
        const QList<QPushButton*> buttons = window.storageMessages()->actionButtons();
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QVERIFY(QFile::exists(file));
        QVERIFY(context.drafts()->isEmpty());
        QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Information);
        window.close();
        QVERIFY(!window.isVisible());
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("typed after the file was deleted"));
}

void UnsavedWorkTest::settingsAreSavedWhenTheyChange()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::StoriesIndex);
    // Without closing the window: a crash now keeps the last screen.
    QTRY_COMPARE(QSettings().value(QStringLiteral("window/screen")).toInt(),
                 int(MainWindow::StoriesIndex));
    window.showScreen(MainWindow::RequirementsIndex);
    QTRY_COMPARE(QSettings().value(QStringLiteral("window/screen")).toInt(),
                 int(MainWindow::RequirementsIndex));
}

QString UnsavedWorkTest::writeSlowGuide() const
{
    // Debian's cmark-gfm needs minutes for runs of empty image links; the
    // worker would give up at its limit, the user need not wait that long.
    const QString path = m_temp->filePath(QStringLiteral("hostile.md"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("---\ntitle: Hostile\n---\n\n## Interview Questions\n\n### Technical\n\n"
               "#### Question 1: What?\n\n**Answer:**\n\n");
    file.write(QByteArray("![[]()").repeated(256 * 1024 / 6));
    return path;
}

void UnsavedWorkTest::slowGuideShowsProgressAndCanBeCancelled()
{
    const QString hostile = writeSlowGuide();
    QVERIFY(!hostile.isEmpty());
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString title = context.guide().title;

    QString label;
    onNextModal<QProgressDialog>([&label](QProgressDialog* progress) {
        label = progress->labelText();
        for (QPushButton* button : progress->findChildren<QPushButton*>())
            button->click(); // Cancel
    });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!window.openGuide(hostile));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(label, QStringLiteral("Reading “hostile.md”…"));
    QCOMPARE(context.guide().title, title); // still the guide the user had
    QVERIFY(window.isEnabled());
    // A cancel does not stick: a guide from the library opens again.
    QVERIFY(window.openGuide(guideFixture("typical.md")));
}

void UnsavedWorkTest::slowGuideAtStartIsReadInTheWindowShownFirst()
{
    const QString hostile = writeSlowGuide();
    QVERIFY(!hostile.isEmpty());
    // As the app starts: the window first, the study read after its first
    // paint, here a guide given on the command line that is slow to parse.
    StudyContext context(dataDir(), hostile, StudyContext::Opening::Later);
    MainWindow window(context);
    QSignalSpy opened(&window, &MainWindow::studyOpened);
    QString label;
    bool windowShown = false;
    onNextModal<QProgressDialog>([&](QProgressDialog* progress) {
        label = progress->labelText();
        windowShown = window.isVisible();
        for (QPushButton* button : progress->findChildren<QPushButton*>())
            button->click(); // Cancel
    });
    QElapsedTimer clock;
    clock.start();
    window.show();
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(label, QStringLiteral("Reading “hostile.md”…"));
    QVERIFY(windowShown);
    // The database is open all the same, and another guide opens.
    QVERIFY(context.isOpen());
    QVERIFY(context.canSave());
    QVERIFY(window.isEnabled());
    QVERIFY(window.openGuide(guideFixture("typical.md")));
    QVERIFY(window.questionsScreen()->questionList()->model()->rowCount() > 0);
}

void UnsavedWorkTest::lockHeldByAnotherProgramIsWaitedForInTheBackground()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString key = window.questionsScreen()->currentQuestionKey();
    {
        // Another program (a sync tool, a second SQLite client) holds the
        // write lock.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(context.data()->filePath());
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        typeNote(window, QStringLiteral("typed while another program wrote"));
        QCOMPARE(window.questionsScreen()->notesEditor()->statusText(),
                 QStringLiteral("Not saved"));
        QVERIFY2(window.unsavedStatus().contains(QStringLiteral("waiting for another program")),
                 qPrintable(window.unsavedStatus()));
        QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Warning);

        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    QTRY_VERIFY_WITH_TIMEOUT(context.drafts()->isEmpty(), 10000);
    QVERIFY(!window.storageMessages()->isVisible());
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("typed while another program wrote"));
}

void UnsavedWorkTest::quittingWithADeletedDatabaseOffersToSaveEverything()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        key = window.questionsScreen()->currentQuestionKey();
        typeNote(window, QStringLiteral("saved, then the file was deleted"));
        QVERIFY(QFile::remove(context.data()->filePath()));
        // Nothing failed to save, yet closing the file would lose it all.
        QString offered;
        onNextModal<QMessageBox>([&offered](QMessageBox* box) {
            offered = box->text();
            box->defaultButton()->click(); // Save Everything to a New Database
        });
        window.close();
        QVERIFY2(offered.contains(QStringLiteral("was deleted")), qPrintable(offered));
        QVERIFY(!window.isVisible());
    }
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("saved, then the file was deleted"));
}

QTEST_MAIN(UnsavedWorkTest)
#include "tst_unsaved_work.moc"
