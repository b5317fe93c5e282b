// The assembled window: screen switching and shortcuts, what it remembers,
// and how it shows a guide or a database that has problems.
#include "StudyContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementsScreen.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ip;

namespace {
QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}
} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shortcutsSwitchScreens();
    void findGoesToTheCurrentScreensFilter();
    void remembersTheLastScreen();
    void guideWarningsShowInTheMessageBar();
    void unreadableGuideShowsAnErrorAndStaysUsable();
    void corruptDatabaseIsReportedAndLeftUntouched();
    void quittingSavesANoteStillWaitingForItsPause();
    void f1ListsTheShortcuts();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void MainWindowTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    // Each test starts with no remembered window state.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void MainWindowTest::shortcutsSwitchScreens()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex)); // first start
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::RequirementsIndex));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex));
    QVERIFY(window.questionsScreen()->isAncestorOf(QApplication::focusWidget()));
}

void MainWindowTest::findGoesToTheCurrentScreensFilter()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget*>(window.questionsScreen()->filterField()));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.requirementsScreen()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
}

void MainWindowTest::remembersTheLastScreen()
{
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        window.showScreen(MainWindow::RequirementsIndex);
        window.resize(1000, 640);
        window.close();
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    QCOMPARE(window.currentScreen(), int(MainWindow::RequirementsIndex));
    QCOMPARE(window.size(), QSize(1000, 640));
}

void MainWindowTest::guideWarningsShowInTheMessageBar()
{
    StudyContext context(dataDir(), guideFixture("quirks.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(window.guideMessages()->isVisible());
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Warning);
    QCOMPARE(window.guideMessages()->details().size(), 4);
    QVERIFY(window.guideMessages()->details().at(0).startsWith(QStringLiteral("Line 42:")));
    QVERIFY(!window.storageMessages()->isVisible());
}

void MainWindowTest::unreadableGuideShowsAnErrorAndStaysUsable()
{
    StudyContext context(dataDir(), guideFixture("bad-yaml.md"));
    MainWindow window(context);
    window.show();
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Error);
    QVERIFY(window.guideMessages()->details().at(0).contains(QStringLiteral("not valid YAML")));
    // What could be read is still there to study.
    QCOMPARE(window.questionsScreen()->questionList()->model()->rowCount(), 1);
}

void MainWindowTest::corruptDatabaseIsReportedAndLeftUntouched()
{
    QVERIFY(QDir().mkpath(dataDir()));
    const QString file = dataDir() + QStringLiteral("/interview-prep.sqlite");
    const QByteArray garbage =
        QByteArray("this is not a database, but it is the user's file\n").repeated(200);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        QVERIFY(!context.hasStorage());
        MainWindow window(context);
        window.show();
        QVERIFY(window.storageMessages()->isVisible());
        QCOMPARE(window.storageMessages()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.storageMessages()->summary().contains(QStringLiteral("cannot be saved")));
        QVERIFY(window.questionsScreen()->notesEditor()->editor()->isReadOnly());
        QCOMPARE(window.questionsScreen()->questionList()->model()->rowCount(), 5);
        window.close();
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), garbage);
}

void MainWindowTest::quittingSavesANoteStillWaitingForItsPause()
{
    QString key;
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        key = window.questionsScreen()->currentQuestionKey();
        QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("typed just before quitting"));
        window.close(); // well inside the autosave pause
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.questionsScreen()->selectQuestion(key);
    QCOMPARE(window.questionsScreen()->notesEditor()->editor()->toPlainText(),
             QStringLiteral("typed just before quitting"));
}

void MainWindowTest::f1ListsTheShortcuts()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList listed;
    QTimer::singleShot(0, this, [&listed] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* table = dialog->findChild<QTableWidget*>()) {
            for (int row = 0; row < table->rowCount(); ++row)
                listed << table->item(row, 1)->text() + QStringLiteral(" = ") +
                              table->item(row, 2)->text();
        }
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(listed.contains(QStringLiteral("Reveal or Hide Answer = Space")));
    QVERIFY(listed.contains(QStringLiteral("Bookmark Question = Ctrl+D")));
    QVERIFY(listed.contains(QStringLiteral("Questions = Ctrl+2")));
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
