// A note on a question the guide drops: after the guide is read again (the
// file edited beside the running window), the state filter offers
// "Orphaned notes (1)"; there the note is read, edited (autosaved) and, only
// after a confirmation, deleted. When the question comes back instead, its
// note is with it and the orphan list is empty. Driven through the real
// window.
#include "../stories/ModalDialog.h"
#include "StudyContext.h"
#include "ui/MainWindow.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/OrphanedNoteListModel.h"
#include "ui/questions/OrphanedNoteView.h"
#include "ui/questions/QuestionListModel.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ip;

namespace {

constexpr int ReloadTimeoutMs = 3000;
const QString Dropped = QStringLiteral("How do you make a pipeline idempotent?");

QByteArray typicalGuide()
{
    QFile file(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The guide without its second question (heading to the next heading).
QByteArray withoutDroppedQuestion(const QByteArray& guide)
{
    const qsizetype start = guide.indexOf("#### Question 2:");
    const qsizetype end = guide.indexOf("#### Question 3:");
    if (start < 0 || end < start)
        return {};
    return guide.left(start) + guide.mid(end);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool listsPrompt(MainWindow& window, const QString& prompt)
{
    const QAbstractItemModel* model = window.questionsScreen()->questionList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(prompt))
            return true;
    }
    return false;
}

QString selectPrompt(QuestionsScreen* screen, const QString& prompt)
{
    QListView* list = screen->questionList();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString().contains(prompt)) {
            list->setCurrentIndex(index);
            return screen->currentQuestionKey();
        }
    }
    return {};
}

// Read with a connection of the test's own, beside the running window.
QString storedNote(const QString& dataDir, const QString& key)
{
    QString text = QStringLiteral("<none>");
    const QString name = QStringLiteral("orphan-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
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
    QSqlDatabase::removeDatabase(name);
    return text;
}

bool offersOrphanedNotes(const QComboBox* filter)
{
    for (int item = 0; item < filter->count(); ++item) {
        if (filter->itemText(item).startsWith(QStringLiteral("Orphaned notes")))
            return true;
    }
    return false;
}

} // namespace

class OrphanedNotesScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void orphanedNoteIsListedEditedAndDeleted();
    void noteComesBackWithItsQuestion();
    void listModelPassesTheTester();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // Opens the window on the guide with a note typed on the question that
    // is dropped next; returns that question's key.
    QString openWithNote(MainWindow& window, const QString& note);
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_guide;
    QByteArray m_original;
};

void OrphanedNotesScreenTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("orphaned-notes-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void OrphanedNotesScreenTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
    m_original = typicalGuide();
    QVERIFY(!withoutDroppedQuestion(m_original).isEmpty());
    m_guide = m_temp->filePath(QStringLiteral("typical.md"));
    QVERIFY(writeFile(m_guide, m_original));
}

QString OrphanedNotesScreenTest::openWithNote(MainWindow& window, const QString& note)
{
    window.resize(1200, 700);
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return {};
    window.showScreen(MainWindow::QuestionsIndex);
    QuestionsScreen* screen = window.questionsScreen();
    const QString key = selectPrompt(screen, Dropped);
    QPlainTextEdit* editor = screen->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, note);
    if (!screen->notesEditor()->commit())
        return {};
    // Nothing is orphaned while the guide has every question.
    if (screen->orphanedNoteCount() != 0 || offersOrphanedNotes(screen->standingFilter()))
        return {};
    return key;
}

void OrphanedNotesScreenTest::orphanedNoteIsListedEditedAndDeleted()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    const QString key = openWithNote(window, QStringLiteral("**Exactly-once** sinks"));
    QVERIFY(!key.isEmpty());

    QVERIFY(writeFile(m_guide, withoutDroppedQuestion(m_original)));
    QTRY_VERIFY_WITH_TIMEOUT(!listsPrompt(window, Dropped), ReloadTimeoutMs);
    QuestionsScreen* screen = window.questionsScreen();
    QCOMPARE(screen->orphanedNoteCount(), 1);
    QComboBox* filter = screen->standingFilter();
    QCOMPARE(filter->itemText(filter->count() - 1), QStringLiteral("Orphaned notes (1)"));
    // The window stays on what was shown: the note, now orphaned.
    QVERIFY(screen->isShowingOrphanedNotes());
    QCOMPARE(screen->currentQuestionKey(), key);

    // Left and chosen again from the keyboard, as any state.
    // A reload's progress or a confirmation may have taken the activation, and
    // offscreen no window manager gives it back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Home);
    QVERIFY(!screen->isShowingOrphanedNotes());
    QVERIFY(screen->questionList()->isVisible());
    QVERIFY(!screen->deleteOrphanedNoteAction()->isVisible());
    QVERIFY(screen->currentQuestionKey() != key);
    QTest::keyClick(filter, Qt::Key_End);
    QVERIFY(screen->isShowingOrphanedNotes());
    QListView* list = screen->orphanedNoteList();
    QVERIFY(list->isVisible());
    QVERIFY(!screen->questionList()->isVisible());
    // Filters of questions give the row to the state filter.
    QVERIFY(!screen->categoryFilter()->isVisible());
    QVERIFY(!screen->bookmarkedOnlyButton()->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data().toString(), QStringLiteral("Exactly-once sinks"));
    QCOMPARE(row.data(OrphanedNoteListModel::KeyRole).toString(), key);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(screen->currentQuestionKey(), key);

    // The explanation in the question's place, the note in the editor.
    QVERIFY(screen->orphanedNoteView()->isVisible());
    QVERIFY(!screen->questionView()->isVisible());
    QVERIFY2(screen->orphanedNoteView()->explanation().contains(
                 QStringLiteral("no longer in %1").arg(context.guide().title)),
             qPrintable(screen->orphanedNoteView()->explanation()));
    QPlainTextEdit* editor = screen->notesEditor()->editor();
    QVERIFY(editor->isEnabled());
    QCOMPARE(editor->toPlainText(), QStringLiteral("**Exactly-once** sinks"));

    // Still the user's to edit: autosaved as any note.
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" with keys"));
    QTRY_COMPARE(storedNote(dataDir(), key), QStringLiteral("**Exactly-once** sinks with keys"));
    QTRY_COMPARE(list->model()->index(0, 0).data().toString(),
                 QStringLiteral("Exactly-once sinks with keys"));

    // The Question menu has the command while the orphaned notes show.
    QAction* remove = screen->deleteOrphanedNoteAction();
    QVERIFY(remove->isVisible());
    QVERIFY(remove->isEnabled());
    QVERIFY(screen->commands().contains(remove));
    bool inMenu = false;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(remove))
            inMenu = true;
    }
    QVERIFY(inMenu);

    // Delete in the notes editor deletes text, never the note.
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY(!QApplication::activeModalWidget());

    // Cancelled: nothing goes.
    // A reload's progress or a confirmation may have taken the activation, and
    // offscreen no window manager gives it back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QString asked;
    test::onNextModal<QMessageBox>([&asked](QMessageBox* box) {
        asked = box->text() + u' ' + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY2(asked.contains(QStringLiteral("cannot be undone")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("“Exactly-once sinks with keys”")), qPrintable(asked));
    QCOMPARE(screen->orphanedNoteCount(), 1);
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("**Exactly-once** sinks with keys"));

    // Confirmed: gone for good, and so is the filter's item.
    test::onNextModal<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    // The offscreen platform does not give the window back its activation.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // A reload's progress or a confirmation may have taken the activation, and
    // offscreen no window manager gives it back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(screen->orphanedNoteCount(), 0);
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("<none>"));
    QVERIFY(!offersOrphanedNotes(filter));
    QCOMPARE(filter->currentIndex(), 0);
    QVERIFY(!screen->isShowingOrphanedNotes());
    QVERIFY(screen->questionList()->isVisible());
    QVERIFY(screen->questionView()->isVisible());
    QVERIFY(screen->categoryFilter()->isVisible());
    QVERIFY(!remove->isVisible());
}

void OrphanedNotesScreenTest::noteComesBackWithItsQuestion()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    const QString key = openWithNote(window, QStringLiteral("Merge on keys"));
    QVERIFY(!key.isEmpty());

    QVERIFY(writeFile(m_guide, withoutDroppedQuestion(m_original)));
    QTRY_VERIFY_WITH_TIMEOUT(!listsPrompt(window, Dropped), ReloadTimeoutMs);
    QVERIFY(window.questionsScreen()->showOrphanedNotes());
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);

    // Another edit that leaves it out: the window stays on the orphaned note.
    QVERIFY(writeFile(m_guide, withoutDroppedQuestion(m_original) + "\n"));
    QTRY_VERIFY_WITH_TIMEOUT(window.questionsScreen()->isShowingOrphanedNotes() &&
                                 window.questionsScreen()->currentQuestionKey() == key,
                             ReloadTimeoutMs);

    // Opened by its key (a search hit on the note does so) from any state.
    window.questionsScreen()->standingFilter()->setCurrentIndex(0);
    QVERIFY(!window.questionsScreen()->isShowingOrphanedNotes());
    QVERIFY(window.questionsScreen()->revealQuestion(key));
    QVERIFY(window.questionsScreen()->isShowingOrphanedNotes());
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("Merge on keys"));

    // The question is back: its note with it, on the question itself.
    QVERIFY(writeFile(m_guide, m_original));
    QTRY_VERIFY_WITH_TIMEOUT(listsPrompt(window, Dropped), ReloadTimeoutMs);
    QuestionsScreen* screen = window.questionsScreen();
    QCOMPARE(screen->orphanedNoteCount(), 0);
    QVERIFY(!offersOrphanedNotes(screen->standingFilter()));
    QVERIFY(!screen->isShowingOrphanedNotes());
    QCOMPARE(screen->currentQuestionKey(), key);
    QVERIFY(screen->questionView()->isVisible());
    QCOMPARE(screen->notesEditor()->editor()->toPlainText(), QStringLiteral("Merge on keys"));
    QVERIFY(screen->questionList()->currentIndex().data(QuestionListModel::HasNotesRole).toBool());
}

void OrphanedNotesScreenTest::listModelPassesTheTester()
{
    OrphanedNoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    model.setNotes(
        {{QStringLiteral("g"), QStringLiteral("a"), QStringLiteral("# One\nbody"), false, at},
         {QStringLiteral("g"), QStringLiteral("b"), QStringLiteral("\n\n- two"), false, at},
         {QStringLiteral("g"), QStringLiteral("c"), QString(), true, at}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("One"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("two"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Empty note"));
    QVERIFY(model.updateNote(QStringLiteral("b"), QStringLiteral("Three *words* here")));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Three words here"));
    QVERIFY(!model.updateNote(QStringLiteral("zzz"), QStringLiteral("x")));
    model.removeNote(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(QStringLiteral("c")), 1);
    model.removeNote(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 2);
    model.setNotes({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(OrphanedNotesScreenTest)
#include "tst_orphaned_notes_screen.moc"
