// A data folder that cannot be written (a read-only mount, an immutable
// folder): the window shows every note, bookmark, requirement and story
// already saved, read-only, with the editors saying why, and a message that
// says in plain words what happened and what to do. Nothing is written.
//
// Root ignores file permissions, and the tests run as root in CI, so the
// folder is made read-only the ways that stop root too: bind-mounted
// read-only over itself (needs CAP_SYS_ADMIN), or made immutable
// (chattr +i). Each way the machine allows is a row of its own.
#include "GuideLookup.h"
#include "StudyContext.h"
#include "model/StarStory.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryCheck.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/practice/PracticeScreen.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementDetailPane.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <sys/mount.h>
#include <unistd.h>

using namespace ip;
using ip::test::requirementKey;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
// Its front matter does not read; its one question does.
const QString GuideWithError = QStringLiteral(IP_TEST_DATA_DIR "/guides/bad-yaml.md");
const QString Google = QStringLiteral("Google Professional Data Engineer");

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// Makes a folder read-only for the length of a test, in one of the ways a
// user meets it; folder() is where the app is then pointed.
class ReadOnlyFolder {
public:
    enum class Way { Mount, Immutable, ImmutableFile, Permissions };

    ReadOnlyFolder(const QString& writable, const QString& mountPoint, Way way)
        : m_writable(writable), m_way(way)
    {
        switch (way) {
        case Way::Mount: {
            QDir().mkpath(mountPoint);
            const QByteArray source = QFile::encodeName(writable);
            const QByteArray target = QFile::encodeName(mountPoint);
            if (::mount(source.constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0) {
                m_whyNot = QStringLiteral("cannot bind-mount (needs CAP_SYS_ADMIN)");
                return;
            }
            m_mounted = target;
            if (::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY,
                        nullptr) != 0) {
                m_whyNot = QStringLiteral("cannot remount read-only");
                return;
            }
            m_folder = mountPoint;
            break;
        }
        case Way::Immutable:
        case Way::ImmutableFile:
            m_immutablePath =
                way == Way::Immutable
                    ? writable
                    : QDir(writable).filePath(QStringLiteral("interview-prep.sqlite"));
            if (!runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), m_immutablePath})) {
                m_whyNot = QStringLiteral("chattr +i does not work here");
                m_immutablePath.clear();
                return;
            }
            m_folder = writable;
            if (way == Way::ImmutableFile) {
                // The folder still takes files; the database does not.
                QFile database(m_immutablePath);
                if (database.open(QIODevice::ReadWrite)) {
                    m_whyNot = QStringLiteral("the database can still be written");
                    m_folder.clear();
                }
                return;
            }
            break;
        case Way::Permissions:
            if (::geteuid() == 0) {
                m_whyNot = QStringLiteral("running as root, which permissions do not stop");
                return;
            }
            QFile::setPermissions(writable, QFile::ReadOwner | QFile::ExeOwner);
            m_folder = writable;
            break;
        }
        // The way only counts if it really stops a write.
        QFile probe(QDir(m_folder).filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            m_whyNot = QStringLiteral("the folder can still be written");
            m_folder.clear();
        }
    }
    ~ReadOnlyFolder()
    {
        if (!m_mounted.isEmpty())
            ::umount2(m_mounted.constData(), MNT_DETACH);
        if (!m_immutablePath.isEmpty())
            runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), m_immutablePath});
        if (m_way == Way::Permissions)
            QFile::setPermissions(m_writable,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QString folder() const { return m_folder; }
    QString whyNot() const { return m_whyNot; }

private:
    QString m_writable;
    Way m_way;
    QString m_folder;
    QString m_whyNot;
    QByteArray m_mounted;
    QString m_immutablePath;
};

// The database file's bytes (beside a read-only file in a writable folder,
// SQLite may leave the index it read through).
QByteArray databaseHash(const QString& folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("interview-prep.sqlite")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class ReadOnlyDataTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everythingSavedIsShownReadOnly_data();
    void everythingSavedIsShownReadOnly();
    void guideReadInPartIsShownReadOnly();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void ReadOnlyDataTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("read-only-data-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void ReadOnlyDataTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_temp->path() + QStringLiteral("/settings"));
}

void ReadOnlyDataTest::everythingSavedIsShownReadOnly_data()
{
    QTest::addColumn<int>("way");
    QTest::newRow("read-only mount") << int(ReadOnlyFolder::Way::Mount);
    QTest::newRow("immutable folder") << int(ReadOnlyFolder::Way::Immutable);
    QTest::newRow("immutable database file") << int(ReadOnlyFolder::Way::ImmutableFile);
    QTest::newRow("folder without write permission") << int(ReadOnlyFolder::Way::Permissions);
}

void ReadOnlyDataTest::everythingSavedIsShownReadOnly()
{
    QFETCH(int, way);
    // A session that saves a note, a bookmark, progress and a story, and
    // closes as the app does.
    QString questionKey;
    QString storyId;
    {
        StudyContext context(dataDir(), TypicalGuide);
        QVERIFY(context.canSave());
        const Guide& guide = context.guide();
        QVERIFY(guide.questions.size() >= 2);
        questionKey = guide.questions.at(1).key;
        const QuestionRef question{guide.key, questionKey};
        QVERIFY(context.data()->notes().saveMarkdown(question, QStringLiteral("My own answer")));
        QVERIFY(context.data()->notes().setBookmarked(question, true));
        RequirementProgress progress;
        progress.guideKey = guide.key;
        progress.requirementKey = requirementKey(guide, Google);
        QVERIFY(!progress.requirementKey.isEmpty());
        progress.status = RequirementStatus::InProgress;
        progress.evidence = QStringLiteral("exam booked for March");
        QVERIFY(context.data()->progress().save(progress));
        StarStory story;
        story.title = QStringLiteral("The fraud model that drifted");
        story.situation = QStringLiteral("Our fraud model drifted after a product launch.");
        story.action = QStringLiteral("I rebuilt the feature pipeline.");
        story.questions = {question};
        const auto saved = context.data()->stories().save(story);
        QVERIFY(saved);
        storyId = saved->id;
    }

    ReadOnlyFolder readOnly(dataDir(), m_temp->path() + QStringLiteral("/mounted"),
                            ReadOnlyFolder::Way(way));
    if (readOnly.folder().isEmpty())
        QSKIP(qPrintable(readOnly.whyNot()));
    const QByteArray before = databaseHash(dataDir());
    QVERIFY(!before.isEmpty());
    {
        StudyContext context(readOnly.folder(), TypicalGuide);
        QVERIFY2(context.hasStorage(), "the database can be read, so it must be opened");
        QVERIFY(!context.canSave());
        QCOMPARE(context.storageError()->kind, ErrorKind::ReadOnly);

        MainWindow window(context);
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Plain words: what happened, what it means, what to do.
        MessageBar* bar = window.storageMessages();
        QVERIFY(bar->isVisible());
        const QString message = bar->summary();
        const QStringList expected =
            ReadOnlyFolder::Way(way) == ReadOnlyFolder::Way::ImmutableFile
                ? QStringList{QStringLiteral("is read-only"),
                              QStringLiteral("can be read but not changed"),
                              QStringLiteral("make the file writable")}
                : QStringList{
                      QStringLiteral("is read-only"), QStringLiteral("can be read but not changed"),
                      QStringLiteral("make the folder writable"), QStringLiteral("--data-dir")};
        for (const QString& words : expected)
            QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("commands")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral(".lock")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("cannot create")), qPrintable(message));
        // The message wraps inside the window: the bar needs far less than
        // the window's width, however long the folder's path.
        QVERIFY2(bar->minimumSizeHint().width() < 400,
                 qPrintable(QString::number(bar->minimumSizeHint().width())));
        QVERIFY(bar->height() > 2 * bar->fontMetrics().height());

        // The note and the bookmark, read-only with the reason.
        QuestionsScreen* questions = window.questionsScreen();
        questions->selectQuestion(questionKey);
        QCOMPARE(questions->currentQuestionKey(), questionKey);
        NotesEditor* notes = questions->notesEditor();
        QCOMPARE(notes->editor()->toPlainText(), QStringLiteral("My own answer"));
        QVERIFY(notes->editor()->isReadOnly());
        QVERIFY2(notes->editor()->toolTip().contains(QStringLiteral("read-only")),
                 qPrintable(notes->editor()->toolTip()));
        questions->bookmarkedOnlyButton()->click();
        QCOMPARE(questions->questionList()->model()->rowCount(), 1);
        questions->bookmarkedOnlyButton()->click();

        // The progress, with every field disabled.
        RequirementsScreen* requirements = window.requirementsScreen();
        QVERIFY(requirements->model()->isReadOnly());
        const RequirementProgress shown =
            requirements->model()->progressFor(requirementKey(context.guide(), Google));
        QCOMPARE(shown.status, RequirementStatus::InProgress);
        QCOMPARE(shown.evidence, QStringLiteral("exam booked for March"));
        QVERIFY(requirements->selectRequirement(requirementKey(context.guide(), Google)));
        auto* status = requirements->findChild<QComboBox*>(QStringLiteral("statusCombo"));
        auto* evidence = requirements->findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit"));
        QVERIFY(status && evidence);
        QVERIFY(!status->isEnabled());
        QVERIFY(evidence->isReadOnly());
        // The greyed-out form says why.
        QVERIFY2(requirements->detailPane()->readOnlyNote().contains(QStringLiteral("read-only")),
                 qPrintable(requirements->detailPane()->readOnlyNote()));
        QVERIFY2(status->toolTip().contains(QStringLiteral("can be read but not changed")),
                 qPrintable(status->toolTip()));
        QCOMPARE(evidence->toPlainText(), QStringLiteral("exam booked for March"));

        // The story, read-only.
        StoriesScreen* stories = window.storiesScreen();
        QCOMPARE(stories->storyModel()->rowCount(), 1);
        QVERIFY(!stories->storyModel()->canEdit());
        window.showScreen(MainWindow::StoriesIndex);
        QTRY_COMPARE(stories->currentStoryId(), storyId);
        QCOMPARE(stories->editor()->titleEdit()->text(),
                 QStringLiteral("The fraud model that drifted"));
        QVERIFY(stories->editor()->titleEdit()->isReadOnly());
        QVERIFY(stories->editor()->partEdit(StoryField::Action)->isReadOnly());
        QCOMPARE(stories->editor()->statusText(), QStringLiteral("Read-only"));

        // However long the reason, no screen asks for more than a small
        // screen's width: the window is never pushed past it.
        for (int index = 0; index < 4; ++index) {
            window.showScreen(index);
            QVERIFY2(window.minimumSizeHint().width() <= 1024,
                     qPrintable(QStringLiteral("screen %1 needs %2 px")
                                    .arg(index)
                                    .arg(window.minimumSizeHint().width())));
        }

        window.close();
    }
    // Nothing was written (nor could be).
    QCOMPARE(databaseHash(dataDir()), before);
}

// A guide read in part (an error in its file) opens with what could be read,
// read-only: the notes saved for its questions are shown, nothing can be
// typed or bookmarked against keys the fixed file may not have, the window
// says why, and the stories, which belong to no guide, stay editable.
void ReadOnlyDataTest::guideReadInPartIsShownReadOnly()
{
    QString questionKey;
    QString storyId;
    QList<QuestionRef> links;
    {
        StudyContext context(dataDir(), GuideWithError);
        QVERIFY(context.guide().hasErrors());
        QCOMPARE(context.guide().questions.size(), 1);
        questionKey = context.guide().questions.first().key;
        // Saved in an earlier session, when the file still read.
        QVERIFY(context.data()->notes().saveMarkdown(QuestionRef{context.guide().key, questionKey},
                                                     QStringLiteral("Written last week")));
        StarStory story;
        story.title = QStringLiteral("The outage I led");
        links = {
            QuestionRef{context.guide().key, questionKey},
            QuestionRef{context.guide().key, context.guide().key + QStringLiteral("/not-read")}};
        story.questions = links;
        const auto saved = context.data()->stories().save(story);
        QVERIFY(saved);
        storyId = saved->id;
    }
    StudyContext context(dataDir(), GuideWithError);
    QVERIFY(context.canSave());
    QVERIFY(!context.canEditStudy());
    QVERIFY2(context.readOnlyReason().contains(QStringLiteral("bad-yaml.md")) &&
                 context.readOnlyReason().contains(QStringLiteral("read-only")),
             qPrintable(context.readOnlyReason()));

    MainWindow window(context);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.guideMessages()->isVisible());
    QVERIFY2(window.guideMessages()->summary().contains(QStringLiteral("read-only")),
             qPrintable(window.guideMessages()->summary()));

    window.showScreen(MainWindow::QuestionsIndex);
    QuestionsScreen* questions = window.questionsScreen();
    questions->selectQuestion(questionKey);
    QCOMPARE(questions->currentQuestionKey(), questionKey);
    QPlainTextEdit* notes = questions->notesEditor()->editor();
    QCOMPARE(notes->toPlainText(), QStringLiteral("Written last week"));
    QVERIFY(notes->isReadOnly());
    QVERIFY2(notes->toolTip().contains(QStringLiteral("could not be read completely")),
             qPrintable(notes->toolTip()));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral(" and today"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Written last week"));
    QAction* bookmark = nullptr;
    for (QAction* action : questions->findChildren<QAction*>())
        bookmark = action->text() == QStringLiteral("&Bookmark Question") ? action : bookmark;
    QVERIFY(bookmark);
    bookmark->trigger();
    QVERIFY(!bookmark->isChecked());
    const auto saved = context.data()->notes().forGuide(context.guide().key);
    QVERIFY(saved);
    QCOMPARE(saved->value(questionKey).markdown, QStringLiteral("Written last week"));
    QVERIFY(!saved->value(questionKey).bookmarked);

    // No grade can be given; the screen says why.
    window.showScreen(MainWindow::PracticeIndex);
    PracticeScreen* practice = window.practiceScreen();
    QVERIFY(practice->readOnlyReason()->isVisibleTo(practice));
    QVERIFY2(practice->readOnlyReason()->text().contains(QStringLiteral("bad-yaml.md")),
             qPrintable(practice->readOnlyReason()->text()));

    // Stories are the candidate's own, not the guide's; their links to the
    // guide's questions wait, the one to a question not read included.
    StoriesScreen* stories = window.storiesScreen();
    QVERIFY(stories->storyModel()->canEdit());
    window.showScreen(MainWindow::StoriesIndex);
    QTRY_COMPARE(stories->currentStoryId(), storyId);
    QAction* link = nullptr;
    for (QAction* action : stories->findChildren<QAction*>())
        link = action->text().startsWith(QStringLiteral("&Link Questions")) ? action : link;
    QVERIFY(link);
    QVERIFY(!link->isEnabled());
    link->trigger();
    const auto story = context.data()->stories().find(storyId);
    QVERIFY(story && story->has_value());
    QCOMPARE((*story)->questions.size(), links.size());
    for (const QuestionRef& ref : std::as_const(links))
        QVERIFY((*story)->questions.contains(ref));

    window.close();
}

QTEST_MAIN(ReadOnlyDataTest)
#include "tst_read_only_data.moc"
