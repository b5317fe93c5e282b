// Stories and questions seen from both sides: the question browser's
// "Answer with a Story" and its list of linked stories, on the same story
// model as the Stories screen, with real keys and a real database.
#include "ModalDialog.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/StoryRepository.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/stories/LinkedStoriesList.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"
#include "ui/stories/StoryQuestionsPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;
using ip::test::onNextModal;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

// Both screens on one database, sharing the story model as the window does.
struct Fixture {
    explicit Fixture(const QString& dataDir)
        : context(std::make_unique<StudyContext>(dataDir, TypicalGuide)),
          stories(std::make_unique<StoriesScreen>(*context)),
          questions(std::make_unique<QuestionsScreen>(*context, stories->storyModel()))
    {
        questions->resize(1200, 700);
        questions->show();
        questions->activateWindow();
        if (!QTest::qWaitForWindowActive(questions.get()))
            qWarning("window not active");
    }
    ~Fixture()
    {
        stories->commitPendingEdits();
        questions.reset();
        stories.reset();
        context.reset();
    }
    StoryListModel& model() const { return *stories->storyModel(); }
    QString questionKey(int index) const { return context->guide().questions.at(index).key; }
    QString addStory(const QString& title)
    {
        StarStory story;
        story.title = title;
        const auto created = model().create(story);
        return created.ok() ? created->id : QString();
    }

    std::unique_ptr<StudyContext> context;
    std::unique_ptr<StoriesScreen> stories;
    std::unique_ptr<QuestionsScreen> questions;
};

} // namespace

class StoryLinksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
    }
    void answerAQuestionWithAnExistingStory();
    void writeANewStoryForAQuestion();
    void linkedStoriesFollowChangesOnTheStoriesScreen();
    void activatingALinkedStoryAsksToOpenIt();
    void screenAloneReadsTheStoriesItself();
    void linkQuestionsWithDownSpaceAndEnter();
    void withNoStoriesEnterWritesANewOne();
    void linksTheListCannotShowAreKept();

private:
    QString dataDir() const { return m_temp->path(); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void StoryLinksTest::answerAQuestionWithAnExistingStory()
{
    {
        Fixture f(dataDir());
        const QString outage = f.addStory(QStringLiteral("Pipeline outage"));
        f.addStory(QStringLiteral("Mentoring"));
        f.questions->selectQuestion(f.questionKey(2));
        QVERIFY(f.questions->linkedStories()->titles().isEmpty());

        onNextModal<StoryPickerDialog>([](StoryPickerDialog* dialog) {
            // Keys go through the active window's shortcuts first: until the
            // dialog is active (later on a loaded machine), the screen below
            // would take Space (it reveals the answer there).
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isActiveWindow(), 5000);
            QTest::keyClicks(dialog->filterField(), QStringLiteral("outage"));
            dialog->list()->setFocus();
            QTest::keyClick(dialog->list(), Qt::Key_Space);
            QTest::keyClick(dialog->list(), Qt::Key_Return);
        });
        QTest::keyClick(f.questions->questionList(), Qt::Key_S,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.questions->linkedStories()->titles(),
                 QStringList{QStringLiteral("Pipeline outage")});
        // The Stories screen lists the question under the story.
        QVERIFY(f.stories->selectStory(outage));
        QListWidget* panel = f.stories->questionsPanel()->list();
        QCOMPARE(panel->count(), 1);
        QVERIFY(panel->item(0)->text().startsWith(QStringLiteral("3. Tell me about a time")));

        // Unchecking in the same dialog takes the link away again.
        onNextModal<StoryPickerDialog>([](StoryPickerDialog* dialog) {
            dialog->setChecked(dialog->checkedKeys().first(), false);
            dialog->accept();
        });
        f.questions->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.questions.get()));
        f.questions->answerWithStory();
        QVERIFY(f.questions->linkedStories()->titles().isEmpty());
        QCOMPARE(panel->count(), 0);
        QVERIFY(f.model().link(outage, {f.context->guide().key, f.questionKey(2)}).ok());
    }
    StudyContext context(dataDir(), TypicalGuide);
    const auto answering = context.data()->stories().forQuestion(
        {context.guide().key, context.guide().questions.at(2).key});
    QVERIFY(answering.ok());
    QCOMPARE(answering->size(), 1);
    QCOMPARE(answering->first().title, QStringLiteral("Pipeline outage"));
}

void StoryLinksTest::writeANewStoryForAQuestion()
{
    Fixture f(dataDir());
    f.questions->selectQuestion(f.questionKey(3));
    QSignalSpy open(f.questions.get(), &QuestionsScreen::openStoryRequested);
    onNextModal<StoryPickerDialog>(
        [](StoryPickerDialog* dialog) { dialog->newStoryButton()->click(); });
    f.questions->answerWithStory();
    QCOMPARE(open.size(), 1);
    QCOMPARE(f.model().rowCount(), 1);
    const StarStory created = f.model().story(0);
    QCOMPARE(open.at(0).at(0).toString(), created.id);
    QCOMPARE(created.questions, (QList<QuestionRef>{{f.context->guide().key, f.questionKey(3)}}));
    QCOMPARE(f.questions->linkedStories()->titles(), QStringList{QStringLiteral("Untitled story")});
    // The Stories screen chose it, since it had none.
    QCOMPARE(f.stories->currentStoryId(), created.id);
}

void StoryLinksTest::linkedStoriesFollowChangesOnTheStoriesScreen()
{
    Fixture f(dataDir());
    const QString id = f.addStory(QStringLiteral("Pipeline outage"));
    QVERIFY(f.model().link(id, {f.context->guide().key, f.questionKey(2)}).ok());
    f.questions->selectQuestion(f.questionKey(2));
    QCOMPARE(f.questions->linkedStories()->titles(),
             QStringList{QStringLiteral("Pipeline outage")});

    // Renamed on the Stories screen: the browser shows the new title once saved.
    StarStory renamed = f.model().story(0);
    renamed.title = QStringLiteral("Nightly load outage");
    QVERIFY(f.model().saveText(renamed).ok());
    QCOMPARE(f.questions->linkedStories()->titles(),
             QStringList{QStringLiteral("Nightly load outage")});

    // Deleted: the link goes with it.
    QVERIFY(f.model().remove(id).ok());
    QVERIFY(f.questions->linkedStories()->titles().isEmpty());
}

void StoryLinksTest::activatingALinkedStoryAsksToOpenIt()
{
    Fixture f(dataDir());
    const QString id = f.addStory(QStringLiteral("Pipeline outage"));
    QVERIFY(f.model().link(id, {f.context->guide().key, f.questionKey(2)}).ok());
    f.questions->selectQuestion(f.questionKey(2));
    QSignalSpy open(f.questions.get(), &QuestionsScreen::openStoryRequested);
    QListWidget* list = f.questions->linkedStories()->list();
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), id);
}

void StoryLinksTest::screenAloneReadsTheStoriesItself()
{
    {
        StudyContext context(dataDir(), TypicalGuide);
        StarStory story;
        story.title = QStringLiteral("Written earlier");
        story.questions = {{context.guide().key, context.guide().questions.at(2).key}};
        QVERIFY(context.data()->stories().save(story).ok());
    }
    StudyContext context(dataDir(), TypicalGuide);
    QuestionsScreen screen(context);
    screen.selectQuestion(context.guide().questions.at(2).key);
    QCOMPARE(screen.linkedStories()->titles(), QStringList{QStringLiteral("Written earlier")});
}

void StoryLinksTest::linkQuestionsWithDownSpaceAndEnter()
{
    StudyContext context(dataDir(), TypicalGuide);
    const Guide& guide = context.guide();
    {
        QuestionPickerDialog dialog(guide, {}, QStringLiteral("Pipeline outage"));
        dialog.categoryChoice()->setCurrentIndex(0); // every question
        dialog.show();
        QTRY_VERIFY(dialog.isActiveWindow());
        QLineEdit* filter = dialog.filterField();
        QTRY_VERIFY(filter->hasFocus());
        QListWidgetItem* before = dialog.list()->currentItem();
        QVERIFY(before);
        // Down moves the highlight; Space then checks it, typing nothing.
        QTest::keyClick(filter, Qt::Key_Down);
        QListWidgetItem* highlighted = dialog.list()->currentItem();
        QVERIFY(highlighted != before);
        QTest::keyClick(filter, Qt::Key_Space);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(highlighted->checkState(), Qt::Checked);
        QTest::keyClick(filter, Qt::Key_Space);
        QCOMPARE(highlighted->checkState(), Qt::Unchecked);
        // Once words are typed, Space is a space again.
        QTest::keyClicks(filter, QStringLiteral("time when"));
        QCOMPARE(filter->text(), QStringLiteral("time when"));
        // Escape clears the filter and leaves the dialog open.
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QVERIFY(dialog.isVisible());
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    {
        // Enter on the row moved to links it.
        QuestionPickerDialog dialog(guide, {}, QStringLiteral("Pipeline outage"));
        dialog.categoryChoice()->setCurrentIndex(0);
        dialog.show();
        QTRY_VERIFY(dialog.isActiveWindow());
        QTRY_VERIFY(dialog.filterField()->hasFocus());
        QTest::keyClick(dialog.filterField(), Qt::Key_Down);
        const int row = dialog.list()->currentRow();
        QTest::keyClick(dialog.filterField(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.questions(),
                 (QList<QuestionRef>{{guide.key, guide.questions.at(row).key}}));
    }
}

// A question taken out of the guide (or not read in a file with errors)
// is not in the list, and its link is neither shown nor lost: it comes back
// with the question.
void StoryLinksTest::linksTheListCannotShowAreKept()
{
    StudyContext context(dataDir(), TypicalGuide);
    const Guide& guide = context.guide();
    const QuestionRef gone{guide.key, guide.key + QStringLiteral("/a-question-taken-out")};
    const QuestionRef elsewhere{QStringLiteral("other-guide"), QStringLiteral("other-guide/q")};
    const QuestionRef shown{guide.key, guide.questions.first().key};
    QuestionPickerDialog dialog(guide, {gone, shown, elsewhere}, QStringLiteral("Outage"));
    QCOMPARE(dialog.list()->count(), guide.questions.size());
    const QList<QuestionRef> kept = dialog.questions();
    QCOMPARE(kept.size(), 3);
    for (const QuestionRef& ref : {gone, shown, elsewhere})
        QVERIFY(kept.contains(ref));
}

void StoryLinksTest::withNoStoriesEnterWritesANewOne()
{
    Fixture f(dataDir());
    f.questions->selectQuestion(f.questionKey(3));
    bool newStoryWasDefault = false;
    onNextModal<StoryPickerDialog>([&newStoryWasDefault](StoryPickerDialog* dialog) {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isActiveWindow(), 5000);
        newStoryWasDefault = dialog->newStoryButton()->isDefault();
        QTest::keyClick(dialog->filterField(), Qt::Key_Return);
    });
    f.questions->answerWithStory();
    QVERIFY(newStoryWasDefault);
    QCOMPARE(f.model().rowCount(), 1);
    QCOMPARE(f.model().story(0).questions,
             (QList<QuestionRef>{{f.context->guide().key, f.questionKey(3)}}));
}

QTEST_MAIN(StoryLinksTest)
#include "tst_story_links.moc"
