// The Practice screen driven by keys like a candidate would, on a real
// database in a temporary folder: reveal, grade, the grade's schedule found
// in the service, Again coming back, the end of the session, and grading
// refused while the answer is hidden, the database read-only or a write fails.
#include "../stories/ModalDialog.h"
#include "DirectSql.h"
#include "ScreenFixture.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/InterviewDateService.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/practice/InterviewDateDialog.h"
#include "ui/practice/PracticeNotesPane.h"
#include "ui/practice/PracticeQueue.h"
#include "ui/practice/PracticeScreen.h"
#include "ui/questions/QuestionView.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace ip;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

struct ScreenFixture : test::ScreenFixture<PracticeScreen> {
    explicit ScreenFixture(const QString& dataDir)
        : test::ScreenFixture<PracticeScreen>(dataDir, TypicalGuide, QSize(1000, 600))
    {
        screen->setFocus();
    }

    QString questionKey(int row) const { return context->guide().questions.at(row).key; }
    QuestionRef ref(int row) const { return {context->guide().key, questionKey(row)}; }
    PracticeService& practice() const { return context->data()->practice(); }
    // Space, then the grade's key, as the candidate would.
    void answer(Qt::Key gradeKey) const
    {
        QTest::keyClick(screen.get(), Qt::Key_Space);
        QTest::keyClick(screen.get(), gradeKey);
    }
};

} // namespace

class PracticeScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }
    void startsWithNewQuestionsAnswerHidden();
    void gradeKeysDoNothingBeforeTheAnswerIsShown();
    void spaceRevealsAndGoodSchedulesTheQuestion();
    void againComesBackInTheSameSession();
    void finishedSessionSaysWhatWasDone();
    void dueQuestionsComeBeforeNewOnes();
    void newQuestionsKeepTheDailyLimit();
    void queueKeepsTheDailyLimitOfNewQuestions();
    void failedGradeKeepsTheQuestion();
    void gradingIsOffWithoutAWritableDatabase();
    void commandsFollowTheScreenAndTheAnswer();
    void undoTakesTheLastGradeBack();
    void undoAfterAgainTakesTheQuestionOffTheBack();
    void notesAndStoriesShowBesideTheAnswer();
    void clockCountsTheTimeOnTheQuestion();
    void summaryCountsEachGradeAndWhatIsDueTomorrow();
    void categoryFilterKeepsToOneCategory();
    void finalWeekAsksTheWeakestFirst();
    void interviewDateIsSetFromTheMenuAndReadinessShown();

private:
    QString dataDir() const { return m_temp->path(); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void PracticeScreenTest::startsWithNewQuestionsAnswerHidden()
{
    ScreenFixture f(dataDir());
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 5 new"));
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QVERIFY(!f.screen->questionView()->isAnswerRevealed());
    QVERIFY(f.screen->questionView()->revealButton()->isVisible());
    QVERIFY(!f.screen->gradeButton(ReviewGrade::Good)->isVisible());
    QVERIFY(!f.screen->readOnlyReason()->isVisible());
}

void PracticeScreenTest::gradeKeysDoNothingBeforeTheAnswerIsShown()
{
    ScreenFixture f(dataDir());
    for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4})
        QTest::keyClick(f.screen.get(), key);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QVERIFY(f.practice().log(f.ref(0))->isEmpty());
    QVERIFY(!f.practice().schedule(f.ref(0))->has_value());
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 5 new"));
}

void PracticeScreenTest::spaceRevealsAndGoodSchedulesTheQuestion()
{
    QElapsedTimer sinceShown;
    sinceShown.start();
    {
        ScreenFixture f(dataDir());
        QTest::keyClick(f.screen.get(), Qt::Key_Space);
        QuestionView* view = f.screen->questionView();
        QVERIFY(view->isAnswerRevealed());
        QVERIFY(view->answerBrowser()->isVisible());
        QVERIFY(view->answerBrowser()->toPlainText().contains(QStringLiteral("Type 2 adds a row")));
        // Each button says what it would give a first review (FSRS-6's
        // initial stabilities 0.212, 1.2931, 2.3065, 8.2956 days, rounded).
        QVERIFY(f.screen->gradeButton(ReviewGrade::Good)->isVisible());
        QCOMPARE(f.screen->gradeButton(ReviewGrade::Again)->text(),
                 QStringLiteral("Again · 1 d  (1)"));
        QCOMPARE(f.screen->gradeButton(ReviewGrade::Hard)->text(),
                 QStringLiteral("Hard · 1 d  (2)"));
        QCOMPARE(f.screen->gradeButton(ReviewGrade::Good)->text(),
                 QStringLiteral("Good · 2 d  (3)"));
        QCOMPARE(f.screen->gradeButton(ReviewGrade::Easy)->text(),
                 QStringLiteral("Easy · 8 d  (4)"));
        // Showing the grades wrote nothing.
        QVERIFY(f.practice().log(f.ref(0))->isEmpty());

        QTest::keyClick(f.screen.get(), Qt::Key_3);
        QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
        QVERIFY(!view->isAnswerRevealed());
        QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 4 new"));
    }
    // Committed at once: found after the screen and its database are gone.
    StudyContext reopened(dataDir(), TypicalGuide);
    PracticeService& practice = reopened.data()->practice();
    const QuestionRef first{reopened.guide().key, reopened.guide().questions.at(0).key};
    const auto schedule = practice.schedule(first);
    IP_VERIFY_OK(schedule);
    QVERIFY(schedule->has_value());
    QCOMPARE((*schedule)->reviews, 1);
    QCOMPARE((*schedule)->lastGrade, 3);
    QCOMPARE((*schedule)->intervalDays, 2);
    QVERIFY((*schedule)->dueAt > QDateTime::currentDateTimeUtc());
    const auto log = practice.log(first);
    QCOMPARE(log->size(), 1);
    // The time the question was on screen.
    QVERIFY(log->first().seconds >= 0);
    QVERIFY(log->first().seconds <= sinceShown.elapsed() / 1000.0);
}

void PracticeScreenTest::againComesBackInTheSameSession()
{
    ScreenFixture f(dataDir());
    f.answer(Qt::Key_1);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
    // Seen, so no longer new: it is due again today.
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("1 due · 4 new"));
    for (int row = 1; row < 5; ++row) {
        QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(row));
        f.answer(Qt::Key_3);
    }
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("1 due · 0 new"));
    f.answer(Qt::Key_3);
    QVERIFY(f.screen->currentQuestionKey().isEmpty());

    const auto log = f.practice().log(f.ref(0));
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).grade, 1);
    QCOMPARE(log->at(1).grade, 3);
    QCOMPARE(f.practice().schedule(f.ref(0))->value().reviews, 2);
}

void PracticeScreenTest::finishedSessionSaysWhatWasDone()
{
    {
        ScreenFixture f(dataDir());
        for (int row = 0; row < 5; ++row)
            f.answer(Qt::Key_3);
        QuestionView* view = f.screen->questionView();
        QVERIFY(view->isShowingEmptyState());
        // Good on a first review: due in two days, shown as a date.
        const QString day = QLocale().toString(QDateTime::currentDateTimeUtc().date().addDays(2),
                                               QLocale::LongFormat);
        // The summary: how many, how long (under a second here), which grades.
        const QRegularExpression summary(
            QStringLiteral("^You reviewed 5 questions in [01] s: Good 5\\.\nNext review: %1\\.$")
                .arg(QRegularExpression::escape(day)));
        QVERIFY2(summary.match(view->emptyStateText()).hasMatch(),
                 qPrintable(view->emptyStateText()));
        QVERIFY(!f.screen->countsLabel()->isVisible());
        QVERIFY(!f.screen->gradeButton(ReviewGrade::Good)->isVisible());
        QVERIFY(!view->revealButton()->isVisible());
        // Nothing left to answer or grade; the interview date can still be set.
        const QList<QAction*> commands = f.screen->commands();
        for (QAction* command : commands.mid(0, 5))
            QVERIFY(!command->isEnabled());
        QVERIFY(commands.last()->isEnabled());
    }
    // The same day again: every question has been started and none is due.
    ScreenFixture f(dataDir());
    QVERIFY(f.screen->questionView()->isShowingEmptyState());
    QVERIFY(f.screen->questionView()->emptyStateText().startsWith(
        QStringLiteral("Nothing due today.\nNext review: ")));
}

void PracticeScreenTest::dueQuestionsComeBeforeNewOnes()
{
    {
        StudyContext context(dataDir(), TypicalGuide);
        const QString guide = context.guide().key;
        PracticeService& practice = context.data()->practice();
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
        // Good a week ago: due after two days, so overdue now.
        IP_VERIFY_OK(practice.record({guide, context.guide().questions.at(3).key},
                                     ReviewGrade::Good, 30, weekAgo));
        // Easy a week ago: due in eight days, tomorrow.
        IP_VERIFY_OK(practice.record({guide, context.guide().questions.at(2).key},
                                     ReviewGrade::Easy, 30, weekAgo));
    }
    ScreenFixture f(dataDir());
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("1 due · 3 new"));
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(3));
    QTest::keyClick(f.screen.get(), Qt::Key_Space);
    // A review after seven days: the button shows the recall stability's
    // interval, longer than the first review's two days.
    const QString good = f.screen->gradeButton(ReviewGrade::Good)->text();
    QVERIFY2(good != QStringLiteral("Good · 2 d"), qPrintable(good));
    QTest::keyClick(f.screen.get(), Qt::Key_3);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QCOMPARE(f.practice().schedule(f.ref(3))->value().reviews, 2);
}

void PracticeScreenTest::newQuestionsKeepTheDailyLimit()
{
    using Use = std::function<void(const StudyContext&, PracticeScreen&)>;
    const auto session = [this](int newPerDay, const Use& use) {
        StudyContext context(dataDir(), TypicalGuide);
        PracticeScreen screen(context, newPerDay);
        screen.resize(1000, 600);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.setFocus();
        use(context, screen);
    };
    session(2, [](const StudyContext&, PracticeScreen& screen) {
        QCOMPARE(screen.countsLabel()->text(), QStringLiteral("0 due · 2 new"));
        for (int question = 0; question < 2; ++question) {
            QTest::keyClick(&screen, Qt::Key_Space);
            QTest::keyClick(&screen, Qt::Key_3);
        }
        QVERIFY(screen.questionView()->emptyStateText().startsWith(
            QStringLiteral("You reviewed 2 questions in ")));
    });
    // Later the same day, with a limit of three: the two started count.
    session(3, [](const StudyContext& context, PracticeScreen& screen) {
        QCOMPARE(screen.countsLabel()->text(), QStringLiteral("0 due · 1 new"));
        QCOMPARE(screen.currentQuestionKey(), context.guide().questions.at(2).key);
    });
}

void PracticeScreenTest::queueKeepsTheDailyLimitOfNewQuestions()
{
    StudyContext context(dataDir(), TypicalGuide);
    const Guide& guide = context.guide();
    ReviewSchedule started;
    started.guideKey = guide.key;
    started.questionKey = guide.questions.at(0).key;
    started.reviews = 1;
    ReviewSchedule due = started;
    due.questionKey = guide.questions.at(4).key;
    ReviewSchedule otherGuide = due;
    otherGuide.guideKey = QStringLiteral("another-guide");

    PracticeQueue queue(guide, {due, otherGuide}, {{started.questionKey, started}}, 2);
    QCOMPARE(queue.dueCount(), 1);
    QCOMPARE(queue.newCount(), 2);
    QCOMPARE(queue.current().question, 4);
    queue.graded(ReviewGrade::Good);
    QCOMPARE(queue.current().question, 1); // question 0 has been started
    QVERIFY(queue.current().isNew);
    queue.graded(ReviewGrade::Again);
    QCOMPARE(queue.current().question, 2);
    QCOMPARE(queue.dueCount(), 1);
    queue.graded(ReviewGrade::Hard);
    QCOMPARE(queue.current().question, 1);
    queue.graded(ReviewGrade::Easy);
    QVERIFY(queue.isEmpty());

    QVERIFY(PracticeQueue(guide, {}, {}, 0).isEmpty());
}

void PracticeScreenTest::failedGradeKeepsTheQuestion()
{
    ScreenFixture f(dataDir());
    // A trigger stands in for a full disk: every grade's log entry fails.
    DirectSql sql(f.context->data()->filePath());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON review_log BEGIN "
                                    "SELECT RAISE(ABORT, 'disk is full'); END")));
    QSignalSpy failed(f.screen.get(), &Screen::storageFailed);
    f.answer(Qt::Key_3);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("disk is full")));
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QVERIFY(!f.practice().schedule(f.ref(0))->has_value());

    // Once the disk has room, the same grade goes through.
    QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER refuse")));
    QTest::keyClick(f.screen.get(), Qt::Key_3);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
    QCOMPARE(f.practice().log(f.ref(0))->size(), 1);
}

void PracticeScreenTest::gradingIsOffWithoutAWritableDatabase()
{
    // A file where the data folder should be: the database cannot open.
    const QString blocked = dataDir() + QStringLiteral("/not-a-folder");
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ScreenFixture f(blocked);
    QVERIFY(!f.context->canSave());
    QVERIFY(f.screen->readOnlyReason()->isVisible());
    QVERIFY(f.screen->readOnlyReason()->text().startsWith(
        QStringLiteral("Grades cannot be saved in this session.")));
    // The questions can still be practised in the head.
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QTest::keyClick(f.screen.get(), Qt::Key_Space);
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QVERIFY(!f.screen->gradeButton(ReviewGrade::Good)->isEnabled());
    QTest::keyClick(f.screen.get(), Qt::Key_3);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
}

void PracticeScreenTest::commandsFollowTheScreenAndTheAnswer()
{
    ScreenFixture f(dataDir());
    const QList<QAction*> commands = f.screen->commands();
    QCOMPARE(commands.size(), 7); // Show Answer, the four grades, Undo Grade, Set Interview Date
    QAction* showAnswer = commands.at(0);
    QAction* good = commands.at(3);
    QCOMPARE(showAnswer->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(good->shortcut(), QKeySequence(Qt::Key_3));
    QVERIFY(showAnswer->isEnabled());
    QVERIFY(!good->isEnabled());

    // The button does what Space does.
    QTest::mouseClick(f.screen->questionView()->revealButton(), Qt::LeftButton);
    QVERIFY(!showAnswer->isEnabled());
    QVERIFY(good->isEnabled());
    QVERIFY(!f.screen->questionView()->revealButton()->isVisible());

    // Off screen, the window's menu offers none of them.
    f.screen->hide();
    for (QAction* command : commands)
        QVERIFY(!command->isEnabled());
    f.screen->show();
    QVERIFY(good->isEnabled());
    QTest::mouseClick(f.screen->gradeButton(ReviewGrade::Easy), Qt::LeftButton);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
    QCOMPARE(f.practice().log(f.ref(0))->first().grade, 4);
}

void PracticeScreenTest::interviewDateIsSetFromTheMenuAndReadinessShown()
{
    ScreenFixture f(dataDir());
    // No date yet: no readiness line.
    QVERIFY(!f.screen->readinessLabel()->isVisible());
    QAction* setDate = f.screen->commands().last();
    QVERIFY(setDate->isEnabled());

    // The dialog offers a day two weeks ahead; OK stores it for the guide.
    const QDate today = QDate::currentDate();
    QSignalSpy changed(f.screen.get(), &PracticeScreen::interviewDateChanged);
    bool asked = false;
    test::onNextModal<InterviewDateDialog>([&](InterviewDateDialog* dialog) {
        asked = true;
        const QDate offered = dialog->dateEdit()->date();
        dialog->dateEdit()->setDate(today.addDays(10));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(offered, today.addDays(14));
    });
    setDate->trigger();
    QVERIFY(asked);
    QCOMPARE(changed.count(), 1);
    InterviewDateService& dates = f.context->data()->interviewDates();
    const auto stored = dates.date(f.context->guide().key);
    IP_VERIFY_OK(stored);
    QCOMPARE(stored.value(), std::optional<QDate>(today.addDays(10)));

    // A new session (as the window makes) says how ready the candidate is:
    // nothing reviewed yet, nothing recalled on the day.
    PracticeScreen again(*f.context);
    again.resize(1000, 600);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.readinessLabel()->isVisible());
    QVERIFY2(again.readinessLabel()->text().startsWith(
                 QStringLiteral("Interview in 10 days: 0 % ready.")),
             qPrintable(again.readinessLabel()->text()));
    // One Good review leaves a new question short of 90 % ten days later:
    // the line says what one round of reviews would give instead.
    const QRegularExpression oneRound(
        QStringLiteral("One review of every question would lift it to (\\d+) %; keep practising "
                       "daily\\.$"));
    const QRegularExpressionMatch round = oneRound.match(again.readinessLabel()->text());
    QVERIFY2(round.hasMatch(), qPrintable(again.readinessLabel()->text()));
    QVERIFY(round.captured(1).toInt() > 0 && round.captured(1).toInt() < 90);
    // A grade raises it.
    QTest::keyClick(&again, Qt::Key_Space);
    QTest::keyClick(&again, Qt::Key_4);
    QTRY_VERIFY2(!again.readinessLabel()->text().contains(QStringLiteral(": 0 % ready")),
                 qPrintable(again.readinessLabel()->text()));

    // Remove Date takes it away again.
    test::onNextModal<InterviewDateDialog>([&](InterviewDateDialog* dialog) {
        for (QAbstractButton* button : dialog->findChild<QDialogButtonBox*>()->buttons()) {
            if (button->text() == QStringLiteral("&Remove Date"))
                button->click();
        }
    });
    again.commands().last()->trigger();
    const auto removed = dates.date(f.context->guide().key);
    IP_VERIFY_OK(removed);
    QVERIFY(!removed.value().has_value());
}

void PracticeScreenTest::undoTakesTheLastGradeBack()
{
    ScreenFixture f(dataDir());
    QAction* undo = f.screen->commands().at(5);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled()); // nothing graded yet
    f.answer(Qt::Key_3);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
    QVERIFY(undo->isEnabled());

    // Ctrl+Z: the first question again, answer shown, its grade gone.
    QTest::keyClick(f.screen.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(0));
    QVERIFY(f.screen->questionView()->isAnswerRevealed());
    QVERIFY(f.screen->gradeButton(ReviewGrade::Easy)->isVisible());
    QVERIFY(f.practice().log(f.ref(0))->isEmpty());
    QVERIFY(!f.practice().schedule(f.ref(0))->has_value());
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 5 new"));
    // Only the last grade: nothing more to take back.
    QVERIFY(!undo->isEnabled());

    // Graded again, the new grade is the one logged.
    QTest::keyClick(f.screen.get(), Qt::Key_4);
    const auto log = f.practice().log(f.ref(0));
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().grade, 4);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(1));
}

void PracticeScreenTest::undoAfterAgainTakesTheQuestionOffTheBack()
{
    ScreenFixture f(dataDir());
    for (int row = 0; row < 4; ++row)
        f.answer(Qt::Key_3);
    // The last question, then Again: it would come back once more.
    f.answer(Qt::Key_1);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(4));
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("1 due · 0 new"));
    QTest::keyClick(f.screen.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 1 new"));
    QTest::keyClick(f.screen.get(), Qt::Key_3);
    // Once, not twice: the session is over.
    QVERIFY(f.screen->currentQuestionKey().isEmpty());
    QVERIFY2(f.screen->questionView()->emptyStateText().contains(QStringLiteral(": Good 5.")),
             qPrintable(f.screen->questionView()->emptyStateText()));

    // After the end the last grade can still be taken back.
    QTest::keyClick(f.screen.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(4));
    QVERIFY(f.practice().log(f.ref(4))->isEmpty());
}

void PracticeScreenTest::notesAndStoriesShowBesideTheAnswer()
{
    {
        StudyContext context(dataDir(), TypicalGuide);
        const QuestionRef first{context.guide().key, context.guide().questions.at(0).key};
        IP_VERIFY_OK(context.data()->notes().saveMarkdown(
            first, QStringLiteral("Type 2 keeps **history** <b>rows</b>")));
        StarStory story;
        story.title = QStringLiteral("Warehouse a < b migration");
        story.situation = QStringLiteral("Legacy tables lost their history.");
        const auto saved = context.data()->stories().save(story);
        IP_VERIFY_OK(saved);
        IP_VERIFY_OK(context.data()->stories().link(saved->id, first));
    }
    ScreenFixture f(dataDir());
    PracticeNotesPane* pane = f.screen->notesPane();
    // Hidden with the answer: nothing to give the answer away.
    QVERIFY(!pane->isVisible());
    QTest::keyClick(f.screen.get(), Qt::Key_Space);
    QVERIFY(pane->isVisible());
    const QString shown = pane->browser()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Your notes")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Type 2 keeps history")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Warehouse a < b migration")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Situation: Legacy tables lost their history.")),
             qPrintable(shown));

    // The next question has neither: the answer gets the whole width.
    QTest::keyClick(f.screen.get(), Qt::Key_3);
    QVERIFY(!pane->isVisible());
    QTest::keyClick(f.screen.get(), Qt::Key_Space);
    QVERIFY(!pane->isVisible());
}

void PracticeScreenTest::clockCountsTheTimeOnTheQuestion()
{
    ScreenFixture f(dataDir());
    QLabel* clock = f.screen->timerLabel();
    QVERIFY(clock->isVisible());
    QCOMPARE(clock->text(), QStringLiteral("0:00"));
    QTRY_COMPARE_WITH_TIMEOUT(clock->text(), QStringLiteral("0:01"), 3000);
    // A new question starts at zero again.
    f.answer(Qt::Key_3);
    QCOMPARE(clock->text(), QStringLiteral("0:00"));
    // Off screen it stops ticking; the time logged is the time seen.
    const auto ticking = [&] {
        const QList<QTimer*> timers = f.screen->findChildren<QTimer*>();
        return std::any_of(timers.cbegin(), timers.cend(), [](const QTimer* timer) {
            return timer->isActive() && timer->interval() == 1000;
        });
    };
    QVERIFY(ticking());
    f.screen->hide();
    QVERIFY(!ticking());
    f.screen->show();
    QVERIFY(ticking());
}

void PracticeScreenTest::summaryCountsEachGradeAndWhatIsDueTomorrow()
{
    ScreenFixture f(dataDir());
    f.answer(Qt::Key_1); // Again: seen again at the end
    f.answer(Qt::Key_2);
    f.answer(Qt::Key_3);
    f.answer(Qt::Key_4);
    f.answer(Qt::Key_3);
    f.answer(Qt::Key_3);
    QVERIFY(f.screen->currentQuestionKey().isEmpty());
    const QString text = f.screen->questionView()->emptyStateText();
    // Five questions, six grades; Again then Hard on a first day both leave
    // the question due tomorrow.
    const QRegularExpression summary(
        QStringLiteral("^You reviewed 5 questions in [0-2] s: Again 1, Hard 1, Good 3, Easy 1\\.\n"
                       "Due tomorrow: (\\d) questions?\\.$"));
    const QRegularExpressionMatch match = summary.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    int dueTomorrow = 0;
    const QDate tomorrow = QDate::currentDate().addDays(1);
    for (int row = 0; row < 5; ++row) {
        if (f.practice().schedule(f.ref(row))->value().dueAt.toLocalTime().date() <= tomorrow)
            ++dueTomorrow;
    }
    QVERIFY(dueTomorrow > 0);
    QCOMPARE(match.captured(1).toInt(), dueTomorrow);
}

void PracticeScreenTest::categoryFilterKeepsToOneCategory()
{
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString behavioral = QStringLiteral("Behavioral");
    {
        ScreenFixture f(dataDir());
        QComboBox* filter = f.screen->categoryFilter();
        QVERIFY(filter->isVisible());
        QCOMPARE(filter->count(), 1 + int(f.context->guide().categories.size()));
        // Ctrl+F's place on this screen; choose with the keys.
        f.screen->focusFilter();
        QVERIFY(filter->hasFocus());
        const int index = filter->findData(behavioral);
        QVERIFY(index > 0);
        filter->setCurrentIndex(index);
        Q_EMIT filter->activated(index);
        // The keys are the question's again, and only that category is asked.
        QVERIFY(!filter->hasFocus());
        QCOMPARE(f.screen->countsLabel()->text(), QStringLiteral("0 due · 1 new"));
        QCOMPARE(f.context->guide().questions.at(2).category, behavioral);
        QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(2));
        f.answer(Qt::Key_3);
        QVERIFY(f.screen->questionView()->emptyStateText().startsWith(
            QStringLiteral("You reviewed 1 question in ")));
        f.screen->saveState(settings);
    }
    // Remembered: the next start keeps to it.
    ScreenFixture f(dataDir());
    f.screen->restoreState(settings);
    QCOMPARE(f.screen->categoryFilter()->currentData().toString(), behavioral);
    QVERIFY(f.screen->questionView()->isShowingEmptyState());
    QVERIFY2(f.screen->questionView()->emptyStateText().startsWith(
                 QStringLiteral("Nothing due today in Behavioral.")),
             qPrintable(f.screen->questionView()->emptyStateText()));
}

void PracticeScreenTest::finalWeekAsksTheWeakestFirst()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        StudyContext context(dataDir(), TypicalGuide);
        PracticeService& practice = context.data()->practice();
        const QString guide = context.guide().key;
        const auto ref = [&](int row) {
            return QuestionRef{guide, context.guide().questions.at(row).key};
        };
        // Long ago and well known; recently and shaky; never: question 5.
        IP_VERIFY_OK(practice.record(ref(0), ReviewGrade::Easy, 5, now.addDays(-20)));
        IP_VERIFY_OK(practice.record(ref(1), ReviewGrade::Hard, 5, now.addDays(-2)));
        IP_VERIFY_OK(practice.record(ref(2), ReviewGrade::Good, 5, now.addDays(-3)));
        IP_VERIFY_OK(practice.record(ref(3), ReviewGrade::Easy, 5, now.addDays(-1)));
        IP_VERIFY_OK(context.data()->interviewDates().set(guide, QDate::currentDate().addDays(3)));
    }
    ScreenFixture f(dataDir());
    QVERIFY(f.screen->isFinalWeek());
    // Every question, whatever its due day, the never-reviewed one first.
    QCOMPARE(f.screen->countsLabel()->text(),
             QStringLiteral("Final week: weakest first · 5 to go"));
    QCOMPARE(f.screen->currentQuestionKey(), f.questionKey(4));
    // Then by recall on the day, lowest first.
    const auto report =
        f.context->data()->interviewDates().readiness(f.context->guide(), QDate::currentDate());
    IP_VERIFY_OK(report);
    const QList<QuestionReadiness> order = finalWeekQuestions(*report.value());
    QCOMPARE(order.size(), 5);
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(order.at(i - 1).recallOnTheDay <= order.at(i).recallOnTheDay);
    f.answer(Qt::Key_3);
    QCOMPARE(f.screen->currentQuestionKey(), order.at(1).question.questionKey);
    QCOMPARE(f.screen->countsLabel()->text(),
             QStringLiteral("Final week: weakest first · 4 to go"));

    // What was practised today is not offered again the same day.
    PracticeScreen again(*f.context);
    QVERIFY(again.isFinalWeek());
    QCOMPARE(again.currentQuestionKey(), order.at(1).question.questionKey);
    QCOMPARE(again.countsLabel()->text(), QStringLiteral("Final week: weakest first · 4 to go"));
}

QTEST_MAIN(PracticeScreenTest)
#include "tst_practice_screen.moc"
