// The guide switcher at the top of the navigation, in the real window: it
// lists the library around the open guide, switches from the keyboard, keeps
// the open guide when a step would open another, and leads to the library.
#include "../stories/ModalDialog.h"
#include "RetitledGuide.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/LibraryService.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/library/GuideSwitcher.h"
#include "ui/library/LibraryDialog.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/OrphanedNoteView.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionListModel.h"
#include "ui/questions/QuestionsScreen.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

// The titles the switcher offers, in order, separators left out.
QStringList offered(const GuideSwitcher& switcher)
{
    QStringList titles;
    for (int row = 0; row < switcher.count(); ++row) {
        if (!switcher.itemText(row).isEmpty())
            titles << switcher.itemText(row);
    }
    return titles;
}

// Opens the switcher's list from the keyboard and chooses the row titled so.
void chooseFromKeyboard(GuideSwitcher* switcher, const QString& title)
{
    switcher->setFocus();
    QTRY_VERIFY(switcher->hasFocus());
    QTest::keyClick(switcher, Qt::Key_Down);
    QAbstractItemView* list = switcher->view();
    QTRY_VERIFY(list->isVisible());
    const int row = switcher->findText(title);
    QVERIFY(row >= 0);
    // The list's own keys: down to the row, then Enter.
    while (list->currentIndex().row() != row) {
        const int before = list->currentIndex().row();
        QTest::keyClick(list, before < row ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(list->currentIndex().row() != before);
    }
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
}

} // namespace

class GuideSwitcherTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheLibraryAndSwitchesFromTheKeyboard();
    void aGuideOutsideTheLibraryIsListedWhileOpen();
    void steppingWithArrowsOpensTheListInsteadOfAGuide();
    void manageLibraryOpensTheLibrary();
    void allGuidesShowsTheLibraryAsOneAndKeepsWorkPerGuide();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void GuideSwitcherTest::initTestCase()
{
    // The window's settings (the guide to open next) stay in each test's folder.
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("guide-switcher-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void GuideSwitcherTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
}

void GuideSwitcherTest::cleanup()
{
    m_dir.reset();
}

void GuideSwitcherTest::listsTheLibraryAndSwitchesFromTheKeyboard()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    IP_VERIFY_OK(context.data()->library().add(guideFixture("typical.md")));
    const auto analytics = context.data()->library().add(test::retitledTypicalGuide(
        m_dir->path(), QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md")));
    IP_VERIFY_OK(analytics);
    IP_VERIFY_OK(context.data()->library().add(test::retitledTypicalGuide(
        m_dir->path(), QStringLiteral("Platform Engineer"), QStringLiteral("platform.md"))));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    GuideSwitcher* switcher = window.guideSwitcher();
    // Closed, it names the open guide and reads nothing more.
    QCOMPARE(offered(*switcher),
             (QStringList{QStringLiteral("Data Engineer"), QStringLiteral("Manage Library…")}));
    // Once the database is checked, the guides that come with the program
    // join the library.
    QTRY_COMPARE(context.data()->library().entries()->size(),
                 3 + StudyContext::includedGuidePaths().size());
    // Open: by title, the open guide current, the way to the whole library last.
    switcher->showPopup();
    QCOMPARE(
        offered(*switcher),
        (QStringList{QStringLiteral("All guides"), QStringLiteral("AI Engineer"),
                     QStringLiteral("Analytics Engineer"), QStringLiteral("Data Engineer"),
                     QStringLiteral("Data Scientist"), QStringLiteral("Machine Learning Engineer"),
                     QStringLiteral("Platform Engineer"), QStringLiteral("Manage Library…")}));
    QCOMPARE(switcher->currentText(), QStringLiteral("Data Engineer"));
    switcher->hidePopup();
    // Without a window manager the closed list keeps the activation.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    chooseFromKeyboard(switcher, QStringLiteral("Analytics Engineer"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(context.guide().key, analytics->guide.key);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Analytics Engineer")));
    QCOMPARE(switcher->currentText(), QStringLiteral("Analytics Engineer"));
    window.activateWindow(); // as above: no window manager to give it back
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // And back: the list is read again whenever it opens.
    chooseFromKeyboard(switcher, QStringLiteral("Data Engineer"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(switcher->currentText(), QStringLiteral("Data Engineer"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Data Engineer")));
}

void GuideSwitcherTest::aGuideOutsideTheLibraryIsListedWhileOpen()
{
    // The library holds another guide; the one opened by hand is not in it
    // yet (the window stores it after its deferred check).
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    IP_VERIFY_OK(context.data()->library().add(test::retitledTypicalGuide(
        m_dir->path(), QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md"))));
    MainWindow window(context);
    GuideSwitcher* switcher = window.guideSwitcher();
    switcher->showPopup();
    QCOMPARE(offered(*switcher),
             (QStringList{QStringLiteral("Analytics Engineer"), QStringLiteral("Data Engineer"),
                          QStringLiteral("Manage Library…")}));
    QCOMPARE(switcher->currentText(), QStringLiteral("Data Engineer"));
}

void GuideSwitcherTest::steppingWithArrowsOpensTheListInsteadOfAGuide()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    IP_VERIFY_OK(context.data()->library().add(test::retitledTypicalGuide(
        m_dir->path(), QStringLiteral("Platform Engineer"), QStringLiteral("platform.md"))));
    const QString openKey = context.guide().key;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    GuideSwitcher* switcher = window.guideSwitcher();
    switcher->setFocus();
    QTRY_VERIFY(switcher->hasFocus());
    // A closed combo box would step to the next guide, and open it.
    QTest::keyClick(switcher, Qt::Key_Down);
    QTRY_VERIFY(switcher->view()->isVisible());
    QTest::keyClick(switcher->view(), Qt::Key_Escape);
    QTRY_VERIFY(!switcher->view()->isVisible());
    QTest::keyClick(switcher, Qt::Key_P);
    QTRY_VERIFY(switcher->view()->isVisible());
    QTest::keyClick(switcher->view(), Qt::Key_Escape);
    QTRY_VERIFY(!switcher->view()->isVisible());
    QCOMPARE(context.guide().key, openKey);
    QCOMPARE(switcher->currentText(), QStringLiteral("Data Engineer"));
}

void GuideSwitcherTest::manageLibraryOpensTheLibrary()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const QString openKey = context.guide().key;
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    bool libraryShown = false;
    test::onNextModal<LibraryDialog>([&](LibraryDialog* dialog) {
        libraryShown = true;
        dialog->reject();
    });
    chooseFromKeyboard(window.guideSwitcher(), QStringLiteral("Manage Library…"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(libraryShown);
    // The switcher still names the open guide, not the item chosen.
    QCOMPARE(window.guideSwitcher()->currentText(), QStringLiteral("Data Engineer"));
    QCOMPARE(context.guide().key, openKey);
}

void GuideSwitcherTest::allGuidesShowsTheLibraryAsOneAndKeepsWorkPerGuide()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const Guide typical = context.guide();
    IP_VERIFY_OK(context.data()->library().add(guideFixture("typical.md")));
    const QString analyticsFile = test::retitledTypicalGuide(
        m_dir->path(), QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md"));
    const auto analytics = context.data()->library().add(analyticsFile);
    IP_VERIFY_OK(analytics);
    // Work done on the other guide before.
    const Question& asked = analytics->guide.questions.at(1);
    IP_VERIFY_OK(context.data()->notes().saveMarkdown({analytics->guide.key, asked.key},
                                                      QStringLiteral("Partition by day.")));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const int libraryGuides = 2 + int(StudyContext::includedGuidePaths().size());
    QTRY_COMPARE(context.data()->library().entries()->size(), libraryGuides);

    chooseFromKeyboard(window.guideSwitcher(), QStringLiteral("All guides"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(context.guide().isCombined());
    window.activateWindow(); // no window manager to give it back
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.guideSwitcher()->currentText(), QStringLiteral("All guides"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("All guides")));
    const Guide& all = context.guide();
    QCOMPARE(all.memberKeys.size(), libraryGuides);
    QVERIFY(all.holdsGuide(typical.key));
    QVERIFY(all.holdsGuide(analytics->guide.key));
    const auto entries = context.data()->library().entries();
    IP_VERIFY_OK(entries);
    int questions = 0;
    for (const LibraryGuide& guide : *entries)
        questions += guide.questions;
    QCOMPARE(int(all.questions.size()), questions);
    // Every guide keeps its own requirements, named by its title.
    QVERIFY(std::any_of(all.requirementGroups.cbegin(), all.requirementGroups.cend(),
                        [](const RequirementGroup& group) {
                            return group.name ==
                                   QStringLiteral("Analytics Engineer: Certifications");
                        }));

    // The other guide's note is beside its question.
    window.showScreen(MainWindow::QuestionsIndex);
    QuestionsScreen* screen = window.questionsScreen();
    screen->selectQuestion(asked.key);
    QTRY_COMPARE(screen->notesEditor()->editor()->toPlainText(),
                 QStringLiteral("Partition by day."));
    // A note typed here is kept under the question's own guide, where that
    // guide opened alone finds it.
    const Question& typed = typical.questions.at(0);
    screen->selectQuestion(typed.key);
    QTRY_COMPARE(screen->currentQuestionKey(), typed.key);
    QPlainTextEdit* editor = screen->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Spark first."));
    QTRY_COMPARE_WITH_TIMEOUT(screen->notesEditor()->statusText(), QStringLiteral("Saved"),
                              NotesEditor::AutosaveDelayMs * 6);
    QCOMPARE(context.data()->notes().markdown({typical.key, typed.key}).value(),
             QStringLiteral("Spark first."));
    // The filter finds it in the search index, which holds every guide.
    screen->filterField()->setText(QStringLiteral("\"spark first\""));
    const auto* filter = qobject_cast<const QuestionFilterModel*>(screen->questionList()->model());
    QVERIFY(filter && filter->usesIndex());
    QCOMPARE(screen->questionList()->model()->rowCount(), 1);
    QCOMPARE(screen->currentQuestionKey(), typed.key);
    screen->filterField()->clear();
    // An interview date is one guide's: not set for All guides.
    QVERIFY(!context.canSetInterviewDate());

    // An edit of one file reads that guide again, and All guides stays.
    QFile file(analyticsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace(asked.prompt.toUtf8(), "How would you partition a clickstream table?");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(context.guide().questions.cbegin(), context.guide().questions.cend(),
                    [](const Question& question) {
                        return question.prompt ==
                               QStringLiteral("How would you partition a clickstream table?");
                    }),
        5000);
    QVERIFY(context.guide().isCombined());
    QCOMPARE(context.guide().memberKeys.size(), libraryGuides);
    // The renamed question's note is kept as an orphan, of its own guide.
    QTRY_VERIFY(window.questionsScreen()->showOrphanedNotes());
    QVERIFY2(window.questionsScreen()->orphanedNoteView()->explanation().contains(
                 QStringLiteral("no longer in Analytics Engineer.")),
             qPrintable(window.questionsScreen()->orphanedNoteView()->explanation()));

    // And the next start opens All guides again.
    QCOMPARE(QSettings().value(QStringLiteral("guide/last")).toString(),
             StudyContext::AllGuidesPath);
}

QTEST_MAIN(GuideSwitcherTest)
#include "tst_guide_switcher.moc"
