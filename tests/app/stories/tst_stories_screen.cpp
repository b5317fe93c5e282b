// The Stories screen driven like a user would: keys and typing, the dialogs
// it opens, waiting for the autosave, and reopening the database to find
// what was written.
#include "ModalDialog.h"
#include "ScreenFixture.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/StoryRepository.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/RehearsalDialog.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryCoverageView.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryFindingsList.h"
#include "ui/stories/StoryItemDelegate.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"
#include "ui/stories/StoryQuestionsPanel.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ip;
using ip::test::onNextModal;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

struct ScreenFixture : test::ScreenFixture<StoriesScreen> {
    explicit ScreenFixture(const QString& dataDir)
        : test::ScreenFixture<StoriesScreen>(dataDir, TypicalGuide, QSize(1200, 760))
    {
    }
    StoryListModel& model() const { return *screen->storyModel(); }
    QuestionRef question(int index) const
    {
        return QuestionRef{context->guide().key, context->guide().questions.at(index).key};
    }
    // A story made directly through the model, as if written earlier.
    QString addStory(const QString& title, const QList<QuestionRef>& questions = {})
    {
        StarStory story;
        story.title = title;
        story.questions = questions;
        const auto created = model().create(story);
        return created.ok() ? created->id : QString();
    }
};

QList<StarStory> storedStories(const QString& dataDir)
{
    StudyContext context(dataDir, TypicalGuide);
    if (!context.data())
        return {};
    const auto stories = context.data()->stories().all();
    return stories.ok() ? stories.value() : QList<StarStory>{};
}

QList<StarStory> storedStoriesFor(const QString& dataDir, int questionIndex)
{
    StudyContext context(dataDir, TypicalGuide);
    const auto stories = context.data()->stories().forQuestion(
        QuestionRef{context.guide().key, context.guide().questions.at(questionIndex).key});
    return stories.ok() ? stories.value() : QList<StarStory>{};
}

QListWidgetItem* findingAbout(StoryFindingsList* findings, const QString& start)
{
    for (int row = 0; row < findings->list()->count(); ++row) {
        if (findings->list()->item(row)->text().contains(start))
            return findings->list()->item(row);
    }
    return nullptr;
}

} // namespace

class StoriesScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newStoryIsTypedAndSavedWithoutASaveButton();
    void switchingStoriesSavesAtOnce();
    void findingsPointAtTheirFields();
    void timingFollowsTheRateAndTheRateIsRemembered();
    void actionShareReadsTheSameOnTheBarAndInTheFinding();
    void anActionToldOnlyWithWeIsFlagged();
    void linkQuestionsFromTheStory();
    void aStoryForTooManyQuestionsIsFlagged();
    void sidePaneKeepsItsWidthWhenQuestionsAreLinked();
    void deleteAsksNamingTheStoryAndTakesItsLinks();
    void deleteInATextFieldEditsTheText();
    void deleteConfirmationHasAShortQuestionUnderAWholeTitle();
    void duplicateCopiesTheTextButNotTheLinks();
    void filterNarrowsAndNewStoryStaysVisible();
    void filteringWhileAnEditIsUnsavedKeepsTheList();
    void rehearsalCountsUpWithSpace();
    void rehearsalTitleUsesTheWidthItHas();
    void coverageShowsQuestionsWithoutAStory();
    void remembersTheCurrentStory();
    void withoutADatabaseNothingCanBeWritten();
    void countsReadAsEnglishForOneAndForMore();
    void coverageCountsReadAsEnglish();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void StoriesScreenTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-story-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void StoriesScreenTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    // Each test starts with the default speaking rate and no remembered state.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void StoriesScreenTest::newStoryIsTypedAndSavedWithoutASaveButton()
{
    {
        ScreenFixture f(dataDir());
        QVERIFY(f.screen->countText().contains(QStringLiteral("0 stories")));
        QListView* list = f.screen->storyList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
        StoryEditor* editor = f.screen->editor();
        QTRY_VERIFY(editor->titleEdit()->hasFocus());
        QCOMPARE(list->model()->rowCount(), 1);

        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Pipeline outage"));
        QTest::keyClick(editor->titleEdit(), Qt::Key_Tab);
        QVERIFY(editor->tagsEdit()->hasFocus());
        QTest::keyClicks(editor->tagsEdit(), QStringLiteral("ops, ownership"));
        QTest::keyClick(editor->tagsEdit(), Qt::Key_Tab);
        const QList<std::pair<StoryField, QString>> parts{
            {StoryField::Situation, QStringLiteral("The nightly load failed on a Monday.")},
            {StoryField::Task, QStringLiteral("I had to restore the reports by nine.")},
            {StoryField::Action, QStringLiteral("I replayed the missing partitions.")},
            {StoryField::Result, QStringLiteral("Reports were back by 8:40.")}};
        for (const auto& [field, text] : parts) {
            QPlainTextEdit* edit = editor->partEdit(field);
            QVERIFY2(edit->hasFocus(), qPrintable(storyFieldName(field)));
            QVERIFY(!edit->placeholderText().isEmpty());
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Tab);
        }
        // After the four parts, Tab goes on to the speaking rate.
        QVERIFY(f.screen->timingPanel()->rateBox()->hasFocus());
        QCOMPARE(editor->wordCountText(StoryField::Situation), QStringLiteral("7 words"));
        QCOMPARE(editor->wordCountText(StoryField::Action), QStringLiteral("5 words"));
        // The list shows what was typed once it is saved.
        QTRY_COMPARE_WITH_TIMEOUT(editor->statusText(), QStringLiteral("Saved"),
                                  StoryEditor::AutosaveDelayMs * 6);
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Pipeline outage"));
    }
    const QList<StarStory> stored = storedStories(dataDir());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().title, QStringLiteral("Pipeline outage"));
    QCOMPARE(stored.first().tags,
             (QStringList{QStringLiteral("ops"), QStringLiteral("ownership")}));
    QCOMPARE(stored.first().situation, QStringLiteral("The nightly load failed on a Monday."));
    QCOMPARE(stored.first().task, QStringLiteral("I had to restore the reports by nine."));
    QCOMPARE(stored.first().action, QStringLiteral("I replayed the missing partitions."));
    QCOMPARE(stored.first().result, QStringLiteral("Reports were back by 8:40."));
}

void StoriesScreenTest::switchingStoriesSavesAtOnce()
{
    {
        ScreenFixture f(dataDir());
        const QString first = f.addStory(QStringLiteral("first"));
        const QString second = f.addStory(QStringLiteral("second"));
        QVERIFY(f.screen->selectStory(first));
        QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("draft"));
        // Straight to the other story, well within the autosave pause.
        QVERIFY(f.screen->selectStory(second));
        QCOMPARE(action->toPlainText(), QString());
        QCOMPARE(f.model().story(f.model().rowOfId(first)).action, QStringLiteral("draft"));
        QVERIFY(f.screen->selectStory(first));
        QCOMPARE(action->toPlainText(), QStringLiteral("draft"));
    }
    QCOMPARE(storedStories(dataDir()).first().action, QStringLiteral("draft"));
}

void StoriesScreenTest::findingsPointAtTheirFields()
{
    ScreenFixture f(dataDir());
    QTest::keyClick(f.screen->storyList(), Qt::Key_N, Qt::ControlModifier);
    StoryFindingsList* findings = f.screen->findingsList();
    QVERIFY(findings->list()->isVisible());
    QVERIFY(findingAbout(findings, QStringLiteral("no title")));
    QListWidgetItem* task = findingAbout(findings, QStringLiteral("Task is empty"));
    QVERIFY(task);

    // Enter on a finding goes to its field.
    findings->list()->setFocus();
    findings->list()->setCurrentItem(task);
    QTest::keyClick(findings->list(), Qt::Key_Return);
    QTRY_VERIFY(f.screen->editor()->partEdit(StoryField::Task)->hasFocus());

    // So does a click.
    QListWidgetItem* result = findingAbout(findings, QStringLiteral("Result is empty"));
    QVERIFY(result);
    QTest::mouseClick(findings->list()->viewport(), Qt::LeftButton, {},
                      findings->list()->visualItemRect(result).center());
    QTRY_VERIFY(f.screen->editor()->partEdit(StoryField::Result)->hasFocus());

    // Findings follow the typing, before any save.
    QTest::keyClicks(f.screen->editor()->partEdit(StoryField::Result),
                     QStringLiteral("Reports were back by 8:40."));
    QVERIFY(!findingAbout(findings, QStringLiteral("Result is empty")));
    QVERIFY(findingAbout(findings, QStringLiteral("Task is empty")));
}

void StoriesScreenTest::timingFollowsTheRateAndTheRateIsRemembered()
{
    {
        ScreenFixture f(dataDir());
        StoryTimingPanel* timing = f.screen->timingPanel();
        QCOMPARE(timing->wordsPerMinute(), 140);
        QTest::keyClick(f.screen->storyList(), Qt::Key_N, Qt::ControlModifier);
        QPlainTextEdit* situation = f.screen->editor()->partEdit(StoryField::Situation);
        QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
        situation->setFocus();
        QTest::keyClicks(situation, QStringLiteral("word ").repeated(70));
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("word ").repeated(70));
        // 140 words at 140 a minute: a minute, half an hour short of the target.
        QCOMPARE(timing->estimateText(), QStringLiteral("60 s  (1:00)"));
        QVERIFY(timing->verdictText().startsWith(QStringLiteral("30 s under the 90–120 s target")));
        QCOMPARE(timing->sharePercent(StoryField::Action), 50);
        QCOMPARE(timing->sharePercent(StoryField::Situation), 50);
        QCOMPARE(timing->sharePercent(StoryField::Result), 0);

        // A slower speaker: the same words take twice as long.
        QSpinBox* rate = timing->rateBox();
        rate->setFocus();
        QTest::keyClick(rate, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(rate, QStringLiteral("70"));
        QCOMPARE(timing->wordsPerMinute(), 70);
        QCOMPARE(timing->estimateText(), QStringLiteral("120 s  (2:00)"));
        QVERIFY(timing->verdictText().startsWith(QStringLiteral("Within the 90–120 s target")));
        QCOMPARE(f.model().wordsPerMinute(), 70);
    }
    QCOMPARE(QSettings().value(StoryTimingPanel::SettingsKey).toInt(), 70);
    ScreenFixture again(dataDir());
    QCOMPARE(again.screen->timingPanel()->wordsPerMinute(), 70);
    QCOMPARE(again.model().wordsPerMinute(), 70);
}

void StoriesScreenTest::actionShareReadsTheSameOnTheBarAndInTheFinding()
{
    ScreenFixture f(dataDir());
    const QString id = f.addStory(QStringLiteral("Light on action"));
    QVERIFY(f.screen->selectStory(id));
    const auto words = [](int count, const QString& lead) {
        QStringList list = lead.split(u' ');
        while (list.size() < count)
            list << QStringLiteral("thing");
        return list.join(u' ');
    };
    // 61 of 199 words: 30.65% of the story is the Action.
    StoryEditor* editor = f.screen->editor();
    editor->partEdit(StoryField::Situation)->setPlainText(words(40, QStringLiteral("Monday")));
    editor->partEdit(StoryField::Task)->setPlainText(words(18, QStringLiteral("Restore")));
    editor->partEdit(StoryField::Action)->setPlainText(words(61, QStringLiteral("I replayed")));
    editor->partEdit(StoryField::Result)->setPlainText(words(80, QStringLiteral("Up 5%")));

    const int bar = f.screen->timingPanel()->sharePercent(StoryField::Action);
    QCOMPARE(bar, 30);
    QVERIFY2(findingAbout(f.screen->findingsList(), QStringLiteral("Action has only %1%").arg(bar)),
             "the finding and the bar round the share differently");
}

void StoriesScreenTest::anActionToldOnlyWithWeIsFlagged()
{
    ScreenFixture f(dataDir());
    const QString id = f.addStory(QStringLiteral("Loader"));
    QVERIFY(f.screen->selectStory(id));
    StoryFindingsList* findings = f.screen->findingsList();
    QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("We rebuilt the loader."));
    QListWidgetItem* finding = findingAbout(findings, QStringLiteral("never \"I\""));
    QVERIFY(finding);
    QVERIFY(finding->text().contains(QStringLiteral("what you did yourself")));

    // Enter on it goes to the Action.
    f.screen->editor()->titleEdit()->setFocus();
    findings->list()->setFocus();
    findings->list()->setCurrentItem(finding);
    QTest::keyClick(findings->list(), Qt::Key_Return);
    QTRY_VERIFY(action->hasFocus());

    // Saying what you did yourself answers it.
    action->moveCursor(QTextCursor::End);
    QTest::keyClicks(action, QStringLiteral(" I wrote its tests."));
    QVERIFY(!findingAbout(findings, QStringLiteral("never \"I\"")));
}

void StoriesScreenTest::linkQuestionsFromTheStory()
{
    QString id;
    {
        ScreenFixture f(dataDir());
        id = f.addStory(QStringLiteral("Pipeline outage"));
        QVERIFY(f.screen->selectStory(id));
        int shownAtFirst = -1;
        onNextModal<QuestionPickerDialog>([&shownAtFirst](QuestionPickerDialog* dialog) {
            // A story without questions starts at the behavioral ones.
            shownAtFirst = dialog->visibleCount();
            dialog->categoryChoice()->setCurrentIndex(0);
            QTest::keyClicks(dialog->filterField(), QStringLiteral("stakeholder"));
            QTest::keyClick(dialog->filterField(), Qt::Key_Down);
            dialog->list()->setFocus();
            QTest::keyClick(dialog->list(), Qt::Key_Space);
            QTest::keyClick(dialog->list(), Qt::Key_Return);
        });
        f.screen->storyList()->setFocus();
        QTest::keyClick(f.screen->storyList(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(shownAtFirst, 1);

        QListWidget* linked = f.screen->questionsPanel()->list();
        QCOMPARE(linked->count(), 1);
        QVERIFY(linked->item(0)->text().startsWith(QStringLiteral("4. What would you do")));
        QCOMPARE(
            f.screen->storyList()->currentIndex().data(StoryListModel::LinkedCountRole).toInt(), 1);

        // Delete on a linked question takes it off the story.
        linked->setFocus();
        linked->setCurrentRow(0);
        QTest::keyClick(linked, Qt::Key_Delete);
        QCOMPARE(f.model().story(0).questions.size(), 0);
        QVERIFY(!linked->isVisible());
        QVERIFY(f.model().link(id, f.question(3)).ok());
        QCOMPARE(linked->count(), 1);
    }
    const QList<StarStory> answering = storedStoriesFor(dataDir(), 3);
    QCOMPARE(answering.size(), 1);
    QCOMPARE(answering.first().id, id);
}

void StoriesScreenTest::sidePaneKeepsItsWidthWhenQuestionsAreLinked()
{
    // From a tall window to one where the pane has to scroll once the
    // questions are listed.
    for (const QSize size : {QSize(1200, 760), QSize(1000, 540), QSize(1000, 520), QSize(1000, 480),
                             QSize(1000, 420)}) {
        ScreenFixture f(dataDir());
        f.screen->resize(size);
        const QString id = f.addStory(QStringLiteral("Pipeline outage"));
        QVERIFY(f.screen->selectStory(id));
        auto* pane = f.screen->findChild<QScrollArea*>(QStringLiteral("storySidePane"));
        QVERIFY(pane);
        QTRY_VERIFY(pane->widget()->width() > 0);
        QTest::qWait(50); // any queued relayout happens before measuring
        const int paneWidth = pane->width();
        const int timingWidth = f.screen->timingPanel()->width();
        const int questionsWidth = f.screen->questionsPanel()->width();
        const bool scrolledBefore = pane->verticalScrollBar()->isVisible();

        QVERIFY(f.model().link(id, f.question(2)).ok());
        QVERIFY(f.screen->questionsPanel()->list()->isVisible());
        QTest::qWait(50);
        const QString at = QStringLiteral("%1x%2, scroll bar %3 -> %4")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(scrolledBefore)
                               .arg(pane->verticalScrollBar()->isVisible());
        QVERIFY2(pane->width() == paneWidth, qPrintable(at));
        QVERIFY2(f.screen->timingPanel()->width() == timingWidth, qPrintable(at));
        QVERIFY2(f.screen->questionsPanel()->width() == questionsWidth, qPrintable(at));
        // With room to spare the pane does not scroll at all.
        if (size.height() >= 700)
            QVERIFY2(!pane->verticalScrollBar()->isVisible(), qPrintable(at));
    }
}

void StoriesScreenTest::aStoryForTooManyQuestionsIsFlagged()
{
    ScreenFixture f(dataDir());
    QList<QuestionRef> all;
    for (int i = 0; i < 5; ++i)
        all << f.question(i);
    const QString id = f.addStory(QStringLiteral("The one story"), all.mid(0, 4));
    QVERIFY(f.screen->selectStory(id));
    QVERIFY(f.screen->questionsPanel()->noteText().isEmpty());
    QVERIFY(f.model().setLinks(id, all).ok());
    QVERIFY(f.screen->questionsPanel()->noteText().startsWith(QStringLiteral("More than 4")));
}

void StoriesScreenTest::deleteAsksNamingTheStoryAndTakesItsLinks()
{
    {
        ScreenFixture f(dataDir());
        f.addStory(QStringLiteral("Pipeline outage"), {f.question(2)});
        QCOMPARE(f.screen->currentStoryId(), f.model().story(0).id);
        QListView* list = f.screen->storyList();
        list->setFocus();

        QString asked;
        onNextModal<QMessageBox>([&asked](QMessageBox* box) {
            asked = box->text() + QLatin1Char(' ') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(asked.contains(QStringLiteral("“Pipeline outage”")));
        QVERIFY(asked.contains(QStringLiteral("link to 1 question")));
        QCOMPARE(list->model()->rowCount(), 1);

        onNextModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        // The offscreen platform does not give the window back its activation.
        f.screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.screen.get()));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Backspace, Qt::ControlModifier);
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(f.screen->currentStoryId().isEmpty());
        QVERIFY(!f.screen->editor()->isEnabled());
    }
    QVERIFY(storedStories(dataDir()).isEmpty());
    QVERIFY(storedStoriesFor(dataDir(), 2).isEmpty());
}

void StoriesScreenTest::deleteConfirmationHasAShortQuestionUnderAWholeTitle()
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Interview Prep"));
    ScreenFixture f(dataDir());
    const QString longTitle = QStringLiteral("Cutting the nightly pipeline from six hours to forty "
                                             "minutes while the team moved to a new warehouse and "
                                             "two people were on leave");
    const QString id = f.addStory(longTitle, {f.question(2), f.question(3)});
    QVERIFY(f.screen->selectStory(id));
    QString title, text, informative;
    int width = 0, titleWidth = 0;
    onNextModal<QMessageBox>([&](QMessageBox* box) {
        title = box->windowTitle();
        text = box->text();
        informative = box->informativeText();
        width = box->width();
        QFont bold = box->font();
        bold.setBold(true);
        titleWidth =
            QFontMetrics(bold).horizontalAdvance(title + QStringLiteral(" — Interview Prep"));
        box->button(QMessageBox::Cancel)->click();
    });
    f.screen->deleteStory();
    QGuiApplication::setApplicationDisplayName(QString());
    QCOMPARE(title, QStringLiteral("Delete Story"));
    QVERIFY2(text.startsWith(QStringLiteral("Delete “Cutting the nightly pipeline")),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("…”?")), qPrintable(text));
    QVERIFY2(text.size() < 60, qPrintable(text));
    QVERIFY2(informative.contains(QStringLiteral("links to 2 questions")), qPrintable(informative));
    // The window manager's title (the box's, then the app's name) fits, with
    // room for its buttons.
    QVERIFY2(width > titleWidth + 60,
             qPrintable(QStringLiteral("%1 px for a title of %2 px").arg(width).arg(titleWidth)));
    QCOMPARE(f.model().rowCount(), 1);

    // A box with a short question is still as wide as its title.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Interview Prep"));
    QVERIFY(f.screen->selectStory(f.addStory(QStringLiteral("A"))));
    onNextModal<QMessageBox>([&](QMessageBox* box) {
        width = box->width();
        box->button(QMessageBox::Cancel)->click();
    });
    f.screen->deleteStory();
    QGuiApplication::setApplicationDisplayName(QString());
    QVERIFY2(width > titleWidth + 60,
             qPrintable(QStringLiteral("%1 px for a title of %2 px").arg(width).arg(titleWidth)));
}

void StoriesScreenTest::deleteInATextFieldEditsTheText()
{
    ScreenFixture f(dataDir());
    f.addStory(QStringLiteral("xPipeline outage"));
    bool asked = false;
    onNextModal<QMessageBox>(
        [&asked](QMessageBox* box) {
            asked = true;
            box->reject();
        },
        500);
    QLineEdit* title = f.screen->editor()->titleEdit();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Home);
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(title->text(), QStringLiteral("Pipeline outage"));
    QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("I paged the owner"));
    QTest::keyClick(action, Qt::Key_Backspace, Qt::ControlModifier);
    QCOMPARE(action->toPlainText(), QStringLiteral("I paged the "));
    QTest::qWait(600);
    QVERIFY(!asked);
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 1);
}

void StoriesScreenTest::duplicateCopiesTheTextButNotTheLinks()
{
    ScreenFixture f(dataDir());
    const QString original = f.addStory(QStringLiteral("Pipeline outage"), {f.question(2)});
    QVERIFY(f.screen->selectStory(original));
    QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("I replayed the partitions."));
    QTest::keyClick(action, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);

    QCOMPARE(f.model().rowCount(), 2);
    const StarStory copy = f.model().story(1);
    QCOMPARE(f.screen->currentStoryId(), copy.id);
    QCOMPARE(copy.title, QStringLiteral("Pipeline outage (copy)"));
    QCOMPARE(copy.action, QStringLiteral("I replayed the partitions."));
    QVERIFY(copy.questions.isEmpty());
    QCOMPARE(f.model().story(0).questions.size(), 1);
    QTRY_VERIFY(f.screen->editor()->titleEdit()->hasFocus());
}

void StoriesScreenTest::filterNarrowsAndNewStoryStaysVisible()
{
    ScreenFixture f(dataDir());
    f.addStory(QStringLiteral("Pipeline outage"));
    f.addStory(QStringLiteral("Mentoring a junior engineer"));
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("mentor"));
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 1);
    QCOMPARE(f.screen->countText(), QStringLiteral("1 of 2 stories"));
    QCOMPARE(f.screen->storyList()->currentIndex().data().toString(),
             QStringLiteral("Mentoring a junior engineer"));
    // Enter goes from the filter to the list.
    QTest::keyClick(f.screen->filterField(), Qt::Key_Return);
    QVERIFY(f.screen->storyList()->hasFocus());

    // A new, empty story matches no filter: the filter makes way for it.
    QTest::keyClick(f.screen->storyList(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(f.screen->filterField()->text(), QString());
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 3);
    QCOMPARE(f.screen->currentStoryId(), f.model().story(2).id);
}

void StoriesScreenTest::filteringWhileAnEditIsUnsavedKeepsTheList()
{
    ScreenFixture f(dataDir());
    const QString outage = f.addStory(QStringLiteral("Pipeline outage"));
    f.addStory(QStringLiteral("Mentoring a junior engineer"));
    f.addStory(QStringLiteral("Migrating the warehouse"));
    QVERIFY(f.screen->selectStory(outage));
    // Typed, and the filter hides the story well within the autosave pause.
    QPlainTextEdit* action = f.screen->editor()->partEdit(StoryField::Action);
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("I replayed the partitions."));
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("m"));
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 2);
    QCOMPARE(f.screen->countText(), QStringLiteral("2 of 3 stories"));
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("xyz"));
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 0);
    QCOMPARE(f.screen->countText(), QStringLiteral("0 of 3 stories"));
    QTest::keyClick(f.screen->filterField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(f.screen->filterField(), Qt::Key_Delete);
    QCOMPARE(f.screen->storyList()->model()->rowCount(), 3);
    QCOMPARE(f.model().story(f.model().rowOfId(outage)).action,
             QStringLiteral("I replayed the partitions."));
}

void StoriesScreenTest::rehearsalCountsUpWithSpace()
{
    ScreenFixture f(dataDir());
    const QString id = f.addStory(QStringLiteral("Pipeline outage"));
    QVERIFY(f.screen->selectStory(id));
    f.screen->editor()->partEdit(StoryField::Action)->setPlainText(QStringLiteral("I acted."));

    QString before, during, stopped, afterReset, target;
    bool runningAfterSpace = false, runningAfterSecondSpace = true;
    qint64 frozenA = -1, frozenB = -2;
    onNextModal<RehearsalDialog>([&](RehearsalDialog* dialog) {
        before = dialog->clockText();
        target = dialog->targetText();
        QTest::keyClick(dialog, Qt::Key_Space);
        runningAfterSpace = dialog->isRunning();
        QTest::qWait(1150);
        during = dialog->clockText();
        QTest::keyClick(dialog, Qt::Key_Space);
        runningAfterSecondSpace = dialog->isRunning();
        frozenA = dialog->elapsedMs();
        QTest::qWait(200);
        frozenB = dialog->elapsedMs();
        stopped = dialog->clockText();
        QTest::keyClick(dialog, Qt::Key_R);
        afterReset = dialog->clockText();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(f.screen->storyList(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(before, QStringLiteral("0:00"));
    QVERIFY(target.contains(QStringLiteral("1:30–2:00")));
    QVERIFY(runningAfterSpace);
    QVERIFY2(during != QStringLiteral("0:00"), qPrintable(during)); // it counted up
    QVERIFY(!runningAfterSecondSpace);
    QVERIFY(frozenA >= 1150);
    QCOMPARE(frozenA, frozenB); // stopped means stopped
    QCOMPARE(stopped, StoryTimingPanel::clockText(int(frozenA / 1000)));
    QCOMPARE(afterReset, QStringLiteral("0:00"));
    // What was typed before rehearsing is saved: the rehearsal reads it.
    QCOMPARE(f.model().story(0).action, QStringLiteral("I acted."));
}

void StoriesScreenTest::rehearsalTitleUsesTheWidthItHas()
{
    ScreenFixture f(dataDir());
    const QString id =
        f.addStory(QStringLiteral("Cutting the nightly pipeline from six hours to forty"));
    QVERIFY(f.screen->selectStory(id));
    int titleHeight = 0, lineHeight = 0, titleWidth = 0, dialogWidth = 0;
    onNextModal<RehearsalDialog>([&](RehearsalDialog* dialog) {
        auto* title = dialog->findChild<QLabel*>(QStringLiteral("rehearsalTitle"));
        if (title) {
            titleHeight = title->height();
            lineHeight = title->fontMetrics().lineSpacing();
            titleWidth = title->fontMetrics().horizontalAdvance(title->text());
        }
        dialogWidth = dialog->width();
        dialog->reject();
    });
    f.screen->rehearse();
    QVERIFY(lineHeight > 0);
    // The title fits the dialog's width with room to spare...
    QVERIFY2(titleWidth < dialogWidth * 3 / 4, qPrintable(QString::number(titleWidth)));
    // ...so it is one line, not wrapped beside the clock.
    QVERIFY2(
        titleHeight < 2 * lineHeight,
        qPrintable(QStringLiteral("%1 px for lines of %2 px").arg(titleHeight).arg(lineHeight)));
}

void StoriesScreenTest::coverageShowsQuestionsWithoutAStory()
{
    ScreenFixture f(dataDir());
    const QString outage = f.addStory(QStringLiteral("Pipeline outage"), {f.question(2)});
    const QString other = f.addStory(QStringLiteral("Another story"));
    QVERIFY(f.screen->selectStory(other));

    QString summary, uncoveredMark, linkedThere;
    int rows = 0, uncoveredRows = 0;
    bool stillOpen = false;
    onNextModal<StoryCoverageView>([&, other](StoryCoverageView* view) {
        summary = view->summaryText();
        QTreeWidget* tree = view->tree();
        rows = tree->topLevelItemCount();
        uncoveredMark = tree->topLevelItem(1)->text(1);
        view->uncoveredOnlyBox()->setChecked(true);
        uncoveredRows = tree->topLevelItemCount();
        view->uncoveredOnlyBox()->setChecked(false);
        // Enter on question 4 chooses stories for it; the view stays open
        // and shows the new link.
        onNextModal<StoryPickerDialog>([other](StoryPickerDialog* picker) {
            picker->setChecked(other, true);
            QTest::keyClick(picker->list(), Qt::Key_Return);
        });
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Return);
        stillOpen = view->isVisible();
        linkedThere = tree->topLevelItem(1)->text(1);
        // Enter on the story under question 3 opens it.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key_Return);
    });
    QTest::keyClick(f.screen->storyList(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(summary.startsWith(QStringLiteral("1 of 2 behavioral and situational questions")),
             qPrintable(summary));
    QCOMPARE(rows, 2);
    QCOMPARE(uncoveredMark, QStringLiteral("✗ no story"));
    QCOMPARE(uncoveredRows, 1);
    QVERIFY(stillOpen);
    QCOMPARE(linkedThere, QStringLiteral("1 story"));
    QCOMPARE(f.model().story(1).questions, QList<QuestionRef>{f.question(3)});
    QCOMPARE(f.screen->currentStoryId(), outage);
}

void StoriesScreenTest::remembersTheCurrentStory()
{
    QString second;
    {
        ScreenFixture f(dataDir());
        f.addStory(QStringLiteral("first"));
        second = f.addStory(QStringLiteral("second"));
        QVERIFY(f.screen->selectStory(second));
        QSettings settings;
        f.screen->saveState(settings);
    }
    ScreenFixture f(dataDir());
    QCOMPARE(f.screen->currentStoryId(), f.model().story(0).id);
    QSettings settings;
    f.screen->restoreState(settings);
    QCOMPARE(f.screen->currentStoryId(), second);
}

void StoriesScreenTest::withoutADatabaseNothingCanBeWritten()
{
    QVERIFY(QDir().mkpath(dataDir()));
    {
        QFile out(dataDir() + QStringLiteral("/interview-prep.sqlite"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("not a database\n").repeated(100));
    }
    ScreenFixture f(dataDir());
    QVERIFY(!f.context->hasStorage());
    const QList<QAction*> commands = f.screen->commands();
    QVERIFY(!commands.at(0)->isEnabled()); // New Story
    QTest::keyClick(f.screen->storyList(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(f.model().rowCount(), 0);
    QVERIFY(f.screen->editor()->titleEdit()->isReadOnly());
    QVERIFY(f.screen->editor()->partEdit(StoryField::Action)->isReadOnly());
}

void StoriesScreenTest::countsReadAsEnglishForOneAndForMore()
{
    ScreenFixture f(dataDir());
    const QString one = f.addStory(QStringLiteral("One link"), {f.question(2)});
    const QString two = f.addStory(QStringLiteral("Two links"), {f.question(2), f.question(3)});
    // Links to a guide that is not open.
    const QString away =
        f.addStory(QStringLiteral("Elsewhere"),
                   {QuestionRef{QStringLiteral("other-guide"), QStringLiteral("q1")}});
    QVERIFY(f.model()
                .link(away, QuestionRef{QStringLiteral("third-guide"), QStringLiteral("q2")})
                .ok());

    auto* delegate = qobject_cast<StoryItemDelegate*>(f.screen->storyList()->itemDelegate());
    QVERIFY(delegate);
    const auto details = [&](const QString& id) {
        return delegate->detailsText(f.model().index(f.model().rowOfId(id)));
    };
    QVERIFY2(details(one).contains(QStringLiteral("·  1 question")), qPrintable(details(one)));
    QVERIFY2(details(two).contains(QStringLiteral("·  2 questions")), qPrintable(details(two)));

    StoryQuestionsPanel* panel = f.screen->questionsPanel();
    QVERIFY(f.screen->selectStory(one));
    QCOMPARE(panel->titleText(), QStringLiteral("Answers 1 question"));
    QVERIFY(f.screen->selectStory(two));
    QCOMPARE(panel->titleText(), QStringLiteral("Answers 2 questions"));
    QVERIFY(f.screen->selectStory(away));
    QCOMPARE(panel->list()->count(), 1);
    QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("2 questions from other guides"));
    QVERIFY(f.model()
                .unlink(away, QuestionRef{QStringLiteral("third-guide"), QStringLiteral("q2")})
                .ok());
    QCOMPARE(panel->list()->count(), 1);
    QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("1 question from another guide"));

    // The delete confirmation counts the links it takes.
    QVERIFY(f.screen->selectStory(two));
    QString informative;
    onNextModal<QMessageBox>([&informative](QMessageBox* box) {
        informative = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    f.screen->deleteStory();
    QVERIFY2(informative.contains(QStringLiteral("links to 2 questions")), qPrintable(informative));

    // Linking says how many the story answers now.
    QSignalSpy status(f.screen.get(), &Screen::statusMessage);
    onNextModal<QuestionPickerDialog>([](QuestionPickerDialog* dialog) { dialog->accept(); });
    f.screen->linkQuestions();
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), QStringLiteral("The story answers 2 questions"));

    // One word, and a filter that hides the only story of a kind.
    QVERIFY(f.screen->selectStory(one));
    f.screen->editor()->partEdit(StoryField::Action)->setPlainText(QStringLiteral("Shipped"));
    QVERIFY2(f.screen->timingPanel()->verdictText().contains(QStringLiteral("(1 word)")),
             qPrintable(f.screen->timingPanel()->verdictText()));
    f.screen->editor()->partEdit(StoryField::Action)->setPlainText(QStringLiteral("Shipped it"));
    QVERIFY2(f.screen->timingPanel()->verdictText().contains(QStringLiteral("(2 words)")),
             qPrintable(f.screen->timingPanel()->verdictText()));
    f.screen->focusFilter();
    QTest::keyClicks(f.screen->filterField(), QStringLiteral("nothing matches this"));
    QCOMPARE(f.screen->countText(), QStringLiteral("0 of 3 stories"));
    QTest::keyClick(f.screen->filterField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(f.screen->filterField(), Qt::Key_Delete);
    QVERIFY2(f.screen->countText().startsWith(QStringLiteral("3 stories, ")),
             qPrintable(f.screen->countText()));
}

void StoriesScreenTest::coverageCountsReadAsEnglish()
{
    ScreenFixture f(dataDir());
    // The typical guide has two behavioral or situational questions.
    const QString id = f.addStory(QStringLiteral("Pipeline outage"), {f.question(2)});
    QString summary;
    onNextModal<StoryCoverageView>([&summary](StoryCoverageView* view) {
        summary = view->summaryText();
        view->reject();
    });
    f.screen->showCoverage();
    QCOMPARE(summary, QStringLiteral("1 of 2 behavioral and situational questions have a story. "
                                     "1 has none yet."));
    QVERIFY(f.model().link(id, f.question(3)).ok());
    onNextModal<StoryCoverageView>([&summary](StoryCoverageView* view) {
        summary = view->summaryText();
        view->reject();
    });
    f.screen->showCoverage();
    QCOMPARE(summary, QStringLiteral("2 of 2 behavioral and situational questions have a story."));

    // A story for more questions than an interviewer should hear it for.
    QList<QuestionRef> five;
    for (int i = 0; i < 5; ++i)
        five << f.question(i);
    QVERIFY(f.model().setLinks(id, five).ok());
    QString overuse, mark;
    onNextModal<StoryCoverageView>([&](StoryCoverageView* view) {
        overuse = view->overuseText();
        mark = view->tree()->topLevelItem(0)->child(0)->text(1);
        view->reject();
    });
    f.screen->showCoverage();
    QVERIFY2(overuse.startsWith(QStringLiteral("“Pipeline outage” answers 5 questions. More than "
                                               "4 and")),
             qPrintable(overuse));
    QCOMPARE(mark, QStringLiteral("⚠ 5 questions"));
}

QTEST_MAIN(StoriesScreenTest)
#include "tst_stories_screen.moc"
