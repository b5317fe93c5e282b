// The mock interview screen driven by keys like a candidate would, on a real
// database in a temporary folder: a 30-minute mock interview started, an
// outline typed for each question, Ctrl+Enter to the next and to the end,
// every question graded in the review with keys 1-4, the grades found in
// the practice log and the interview in the history, reopened from there;
// the outline stored within a second of typing with nothing else done; an
// unfinished interview resumed where it was left, over time and saying so;
// the setup dialog's length and mix; the Markdown export.
#include "../stories/ModalDialog.h"
#include "DirectSql.h"
#include "ScreenFixture.h"
#include "StudyContext.h"
#include "services/MockInterviewPlanner.h"
#include "services/MockInterviewService.h"
#include "services/PracticeService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/PaletteColours.h"
#include "ui/mock/MockInterviewReviewPage.h"
#include "ui/mock/MockInterviewRunPage.h"
#include "ui/mock/MockInterviewScreen.h"
#include "ui/mock/MockInterviewSetupDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ip;

#define IP_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto& ipResult_ = (expression);                                                      \
        QVERIFY2(ipResult_.ok(), ipResult_.ok() ? "" : qPrintable(ipResult_.error().message));     \
    } while (false)

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

struct ScreenFixture : test::ScreenFixture<MockInterviewScreen> {
    explicit ScreenFixture(const QString& dataDir, QSize size = QSize(1024, 600))
        : test::ScreenFixture<MockInterviewScreen>(dataDir, TypicalGuide, size)
    {
    }

    MockInterviewRunPage* run() const { return screen->runPage(); }
    MockInterviewReviewPage* review() const { return screen->reviewPage(); }
    MockInterviewService& mocks() const { return context->data()->mockInterviews(); }
    PracticeService& practice() const { return context->data()->practice(); }
    const Question& question(const QString& key) const
    {
        for (const Question& question : context->guide().questions) {
            if (question.key == key)
                return question;
        }
        qFatal("no such question");
    }
    bool startThirtyMinutes() const
    {
        return screen->start(30, MockInterviewPlanner::defaultMix(context->guide(), 30), 11);
    }
    // Types into the outline and goes on with Ctrl+Enter, as the candidate.
    void answer(const QString& outline) const
    {
        QPlainTextEdit* edit = run()->outlineEdit();
        if (!outline.isEmpty())
            QTest::keyClicks(edit, outline);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    }
};

QString storedOutline(const QString& dataDir, qint64 mockId, int position)
{
    // Another connection, as after a restart: only what was committed.
    DirectSql sql(dataDir + QStringLiteral("/interview-prep.sqlite"));
    QSqlQuery query = sql.query();
    query.prepare(QStringLiteral("SELECT outline FROM mock_interview_question WHERE mock_id = ? "
                                 "AND position = ?"));
    query.addBindValue(mockId);
    query.addBindValue(position);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

} // namespace

class MockInterviewScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }
    void startsOnAnEmptyHistory();
    void thirtyMinuteMockRunsGradesAndReopens();
    void outlineIsStoredWithinASecondOfTyping();
    void unfinishedMockResumesWhereItWasLeftAndSaysOverTime();
    void setupDialogChoosesLengthAndMix();
    void openInterviewComesBackAfterTheScreenIsMadeAgain();
    void focusingTheScreenPutsTheKeysOnThePage();
    void timeOnAQuestionIsKeptWithoutTyping();
    void reviewShowsLinkedStories();
    void exportsMarkdown();
    void screenshots();

private:
    QString dataDir() const { return m_temp->path(); }
    std::unique_ptr<QTemporaryDir> m_temp;
};

void MockInterviewScreenTest::startsOnAnEmptyHistory()
{
    ScreenFixture f(dataDir());
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::History);
    QVERIFY(!f.screen->historyList()->isVisible());
    QCOMPARE(f.screen->title(), QStringLiteral("Mock Interview"));
}

void MockInterviewScreenTest::thirtyMinuteMockRunsGradesAndReopens()
{
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Running);
    MockInterviewRunPage* run = f.run();
    const qint64 id = run->mockId();
    const MockInterview planned = *f.mocks().load(id);
    // The typical guide's five questions fill 23 of the 30 minutes.
    QCOMPARE(planned.questions.size(), 5);
    QCOMPARE(planned.plannedMinutes, 30);
    QCOMPARE(run->progressLabel()->text(), QStringLiteral("Question 1 of 5 · Technical"));
    QCOMPARE(run->promptLabel()->text(), planned.questions.at(0).prompt);
    QVERIFY2(run->countdownText().endsWith(QStringLiteral(" left")),
             qPrintable(run->countdownText()));
    QVERIFY(run->countdownText().startsWith(QStringLiteral("05:00")) ||
            run->countdownText().startsWith(QStringLiteral("04:5")));
    QVERIFY(run->countdownLabel()->isVisible());
    QVERIFY(run->outlineEdit()->hasFocus());
    // No answer anywhere on the page while it runs.
    const QString answerText = QStringLiteral("Type 2 adds a row");
    for (const QLabel* label : run->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(answerText));

    const QStringList outlines = {QStringLiteral("Type 1 overwrites, type 2 keeps history"),
                                  QStringLiteral("STAR: nightly load, checkpoint, alert"),
                                  QString(), QStringLiteral("plan, input size, skew"),
                                  QStringLiteral("idempotent: keys + upserts")};
    for (int i = 0; i < outlines.size(); ++i) {
        QCOMPARE(run->position(), i);
        if (i == 4)
            QVERIFY(run->nextButton()->text().startsWith(QStringLiteral("Fi&nish")));
        f.answer(outlines.at(i));
    }
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
    const MockInterview done = *f.mocks().load(id);
    QVERIFY(done.isFinished());
    for (int i = 0; i < outlines.size(); ++i) {
        QCOMPARE(done.questions.at(i).outline, outlines.at(i));
        QVERIFY(done.questions.at(i).answered);
    }

    // The review: outline, time against the box, the model answer.
    MockInterviewReviewPage* review = f.review();
    QListWidget* list = review->questionList();
    QCOMPARE(list->count(), 5);
    QCOMPARE(review->currentPosition(), 0);
    QVERIFY(list->hasFocus());
    const QString detail = review->detail()->toPlainText();
    QVERIFY2(detail.contains(outlines.at(0)), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral(" of 5:00")));
    QVERIFY(detail.contains(QStringLiteral("Model answer")));
    QVERIFY(detail.contains(
        f.question(done.questions.at(0).questionKey).parts.first().markdown.left(20)));

    // Graded from the keyboard: each key grades and moves on.
    const QList<Qt::Key> keys = {Qt::Key_3, Qt::Key_2, Qt::Key_4, Qt::Key_1, Qt::Key_3};
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(review->currentPosition(), i);
        QTest::keyClick(list, keys.at(i));
    }
    const MockInterview graded = *f.mocks().load(id);
    const QList<int> grades = {3, 2, 4, 1, 3};
    for (int i = 0; i < grades.size(); ++i) {
        const MockInterviewQuestion& asked = graded.questions.at(i);
        QCOMPARE(asked.grade, std::optional<int>(grades.at(i)));
        const auto log = f.practice().log({f.context->guide().key, asked.questionKey});
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().grade, grades.at(i));
        QCOMPARE(log->first().seconds, asked.secondsTaken);
    }
    QVERIFY2(review->summaryLabel()->text().contains(QStringLiteral("mean grade 2.6")),
             qPrintable(review->summaryLabel()->text()));

    // Back to the history (Escape): the interview is there, graded.
    QTest::keyClick(list, Qt::Key_Escape);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::History);
    QTreeWidget* history = f.screen->historyList();
    QVERIFY(history->isVisible());
    QCOMPARE(history->topLevelItemCount(), 1);
    QTreeWidgetItem* row = history->topLevelItem(0);
    QCOMPARE(row->text(1), QStringLiteral("5 questions"));
    QCOMPARE(row->text(3), QStringLiteral("2.6"));
    QCOMPARE(row->text(4), QStringLiteral("Graded"));
    QCOMPARE(f.screen->selectedHistoryId(), id);
    QAbstractItemModelTester tester(history->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Reopened with Enter: the review with its grades.
    history->setFocus();
    QTest::keyClick(history, Qt::Key_Return);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
    QCOMPARE(review->interview().id, id);
    review->setCurrentPosition(2);
    QVERIFY(review->gradeButton(ReviewGrade::Easy)->isChecked());
    QVERIFY(!review->gradeButton(ReviewGrade::Good)->isChecked());
    // A second grade replaces the first in the log.
    QTest::keyClick(list, Qt::Key_2);
    const auto log = f.practice().log({f.context->guide().key, graded.questions.at(2).questionKey});
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().grade, 2);
}

void MockInterviewScreenTest::outlineIsStoredWithinASecondOfTyping()
{
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    const qint64 id = f.run()->mockId();
    const QString text = QStringLiteral("close the old row first");
    QTest::keyClicks(f.run()->outlineEdit(), text);
    QElapsedTimer sinceTyped;
    sinceTyped.start();
    // Nothing else happens: no Next, no focus change, no quit.
    QTRY_COMPARE_WITH_TIMEOUT(storedOutline(dataDir(), id, 0), text, 1500);
    QVERIFY2(sinceTyped.elapsed() <= 1200, qPrintable(QString::number(sinceTyped.elapsed())));

    // Leaving the screen saves at once, without waiting for the pause.
    QTest::keyClicks(f.run()->outlineEdit(), QStringLiteral(", then swap"));
    f.screen->hide();
    QCOMPARE(storedOutline(dataDir(), id, 0), text + QStringLiteral(", then swap"));
}

void MockInterviewScreenTest::unfinishedMockResumesWhereItWasLeftAndSaysOverTime()
{
    qint64 id = 0;
    {
        // A mock interview left by a kill on its second question, a
        // behavioral one (3-minute box) that had taken 200 seconds.
        StudyContext context(dataDir(), TypicalGuide);
        MockInterviewService& mocks = context.data()->mockInterviews();
        auto started = mocks.start(MockInterviewPlanner::plan(
            context.guide(), 30, MockInterviewPlanner::defaultMix(context.guide(), 30), {}, 3));
        IP_VERIFY_OK(started);
        id = started->id;
        QCOMPARE(started->questions.at(1).category, QStringLiteral("Behavioral"));
        IP_VERIFY_OK(mocks.answer(id, 0, QStringLiteral("first"), 120));
        IP_VERIFY_OK(mocks.saveOutline(id, 1, QStringLiteral("half an outline"), 200));
    }
    ScreenFixture f(dataDir());
    QTreeWidget* history = f.screen->historyList();
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("Unfinished: Enter resumes it"));
    history->setFocus();
    QTest::keyClick(history, Qt::Key_Return);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Running);
    MockInterviewRunPage* run = f.run();
    QCOMPARE(run->mockId(), id);
    QCOMPARE(run->position(), 1);
    QCOMPARE(run->outlineEdit()->toPlainText(), QStringLiteral("half an outline"));
    QVERIFY(run->secondsOnQuestion() >= 200);
    // Past the box: said in words, in red, and the page goes on.
    QVERIFY(run->isOverTime());
    QVERIFY2(run->countdownLabel()->text().startsWith(QStringLiteral("+00:2")),
             qPrintable(run->countdownLabel()->text()));
    QVERIFY(run->countdownLabel()->text().endsWith(QStringLiteral("over time")));
    QCOMPARE(run->countdownLabel()->palette().color(QPalette::WindowText),
             errorTextColour(run->palette()));
    QVERIFY(run->nextButton()->isEnabled());
    QVERIFY(!run->outlineEdit()->isReadOnly());
    // End Interview: the review, with the question not reached left unanswered.
    run->finishButton()->click();
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
    const MockInterview ended = *f.mocks().load(id);
    QVERIFY(ended.isFinished());
    QVERIFY(ended.questions.at(1).answered);
    QVERIFY(!ended.questions.at(2).answered);
    // The questions not reached are listed so, and the keys do not grade them.
    MockInterviewReviewPage* review = f.review();
    QCOMPARE(review->currentPosition(), 0);
    QVERIFY(review->questionList()->item(2)->text().endsWith(QStringLiteral("not reached")));
    review->setCurrentPosition(2);
    QVERIFY(!review->gradeButton(ReviewGrade::Good)->isEnabled());
    QTest::keyClick(review->questionList(), Qt::Key_3);
    QVERIFY(!f.mocks().load(id)->questions.at(2).grade);
    QVERIFY(
        f.practice().log({f.context->guide().key, ended.questions.at(2).questionKey})->isEmpty());
}

void MockInterviewScreenTest::openInterviewComesBackAfterTheScreenIsMadeAgain()
{
    // A new text size or new preferences make the screens again; the next
    // start makes them anew: the candidate is taken back to the interview.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    qint64 id = 0;
    {
        ScreenFixture f(dataDir());
        QVERIFY(f.startThirtyMinutes());
        id = f.run()->mockId();
        f.answer(QStringLiteral("first outline"));
        QTest::keyClicks(f.run()->outlineEdit(), QStringLiteral("second, half"));
        f.screen->commitPendingEdits();
        f.screen->saveState(settings);
    }
    {
        ScreenFixture f(dataDir());
        f.screen->restoreState(settings);
        QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Running);
        QCOMPARE(f.run()->mockId(), id);
        QCOMPARE(f.run()->position(), 1);
        QCOMPARE(f.run()->outlineEdit()->toPlainText(), QStringLiteral("second, half"));
        // A finished one opens in its review.
        f.run()->finishButton()->click();
        QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
        f.screen->saveState(settings);
    }
    {
        ScreenFixture f(dataDir());
        f.screen->restoreState(settings);
        QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
        // From the history page, nothing is opened next time.
        f.screen->showHistory();
        f.screen->saveState(settings);
    }
    ScreenFixture f(dataDir());
    f.screen->restoreState(settings);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::History);
}

void MockInterviewScreenTest::focusingTheScreenPutsTheKeysOnThePage()
{
    // The window focuses the screen when it is chosen (Ctrl+6) and when the
    // candidate comes back from another screen.
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    f.answer(QStringLiteral("first"));
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.run()->outlineEdit()->hasFocus());
    // So Ctrl+Enter goes on and typing lands in the outline.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("second"));
    QCOMPARE(f.run()->outlineEdit()->toPlainText(), QStringLiteral("second"));
    f.run()->finishButton()->click();
    f.screen->showHistory();
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.screen->historyList()->hasFocus());
    // Enter on the chosen row opens it: the review of the one just ended.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Review);
}

void MockInterviewScreenTest::timeOnAQuestionIsKeptWithoutTyping()
{
    // Thinking before typing is time taken too: leaving the screen (or the
    // screens made again, or quitting) stores it, so a resumed question
    // goes on from there rather than from zero.
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    const qint64 id = f.run()->mockId();
    QTRY_VERIFY_WITH_TIMEOUT(f.run()->secondsOnQuestion() >= 1.0, 3000);
    f.screen->hide();
    const auto stored = f.mocks().load(id);
    IP_VERIFY_OK(stored);
    QVERIFY2(stored->questions.at(0).secondsTaken >= 1.0,
             qPrintable(QString::number(stored->questions.at(0).secondsTaken)));
    QVERIFY(stored->questions.at(0).outline.isEmpty());
}

void MockInterviewScreenTest::setupDialogChoosesLengthAndMix()
{
    ScreenFixture f(dataDir());
    bool checked = false;
    test::onNextModal<MockInterviewSetupDialog>([&](MockInterviewSetupDialog* dialog) {
        QCOMPARE(dialog->minutes(), 30);
        QComboBox* length = dialog->lengthBox();
        QTRY_VERIFY(length->hasFocus());
        QTest::keyClick(length, Qt::Key_Down);
        QCOMPARE(dialog->minutes(), 45);
        QSpinBox* behavioral = dialog->countBox(QStringLiteral("Behavioral"));
        QVERIFY(behavioral);
        QCOMPARE(behavioral->value(), 1);
        QCOMPARE(dialog->countBox(QStringLiteral("Technical"))->value(), 2);
        behavioral->setFocus();
        QTest::keyClick(behavioral, Qt::Key_Down);
        QCOMPARE(behavioral->value(), 0);
        QCOMPARE(dialog->summaryLabel()->text(),
                 QStringLiteral("4 questions, 20 of 45 minutes in time boxes."));
        checked = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    f.screen->chooseAndStart();
    QVERIFY(checked);
    QCOMPARE(f.screen->page(), MockInterviewScreen::Page::Running);
    const MockInterview started = *f.mocks().load(f.run()->mockId());
    QCOMPARE(started.plannedMinutes, 45);
    QCOMPARE(started.questions.size(), 4);
    for (const MockInterviewQuestion& asked : started.questions)
        QVERIFY(asked.category != QStringLiteral("Behavioral"));
}

void MockInterviewScreenTest::reviewShowsLinkedStories()
{
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    const MockInterview planned = *f.mocks().load(f.run()->mockId());
    StarStory story;
    story.title = QStringLiteral("The <b>nightly</b> load");
    auto saved = f.context->data()->stories().save(story);
    IP_VERIFY_OK(saved);
    IP_VERIFY_OK(f.context->data()->stories().link(
        saved->id, {f.context->guide().key, planned.questions.at(1).questionKey}));
    f.run()->finishNow();
    MockInterviewReviewPage* review = f.review();
    QVERIFY(review->detail()->toPlainText().contains(QStringLiteral("No story is linked")));
    QTest::keyClick(review->questionList(), Qt::Key_Down);
    QCOMPARE(review->currentPosition(), 1);
    // The title as typed, never markup.
    QVERIFY2(review->detail()->toPlainText().contains(QStringLiteral("The <b>nightly</b> load")),
             qPrintable(review->detail()->toPlainText()));
}

void MockInterviewScreenTest::exportsMarkdown()
{
    ScreenFixture f(dataDir());
    QVERIFY(f.startThirtyMinutes());
    const qint64 id = f.run()->mockId();
    f.answer(QStringLiteral("# keep *history*"));
    f.run()->finishNow();
    const QString path = dataDir() + QStringLiteral("/mock.md");
    IP_VERIFY_OK(f.screen->exportMarkdown(id, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("# Mock interview, ")));
    QVERIFY(text.contains(QStringLiteral("\\# keep \\*history\\*")));
    QVERIFY(text.contains(QStringLiteral("### Model answer")));
}

// Pictures to look at, not a check: IP_SCREENSHOT_DIR=/tmp/mock-shots (and
// IP_SCREENSHOT_DARK=1 for a dark palette).
void MockInterviewScreenTest::screenshots()
{
    const QString folder = qEnvironmentVariable("IP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("IP_SCREENSHOT_DIR is not set");
    const bool dark = qEnvironmentVariableIsSet("IP_SCREENSHOT_DARK");
    const QPalette before = QApplication::palette();
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        QApplication::setPalette(palette);
    }
    auto restorePalette = qScopeGuard([&] { QApplication::setPalette(before); });
    for (const QSize size : {QSize(1024, 600), QSize(1280, 800)}) {
        QTemporaryDir dir;
        ScreenFixture f(dir.path(), size);
        const QString suffix = QStringLiteral("%1-%2x%3.png")
                                   .arg(dark ? QStringLiteral("-dark") : QString())
                                   .arg(size.width())
                                   .arg(size.height());
        QVERIFY(f.startThirtyMinutes());
        // Several lines at once, as pasted (keyClicks types no line breaks).
        f.run()->outlineEdit()->insertPlainText(
            QStringLiteral("Type 1 overwrites; type 2 adds a row per version\n- valid-from / "
                           "valid-to\n- close the previous row"));
        f.answer(QString());
        f.run()->outlineEdit()->insertPlainText(
            QStringLiteral("Situation: nightly load failed\nAction: reran from checkpoint"));
        QVERIFY(f.screen->grab().save(folder + QStringLiteral("/mock-running") + suffix));
        f.answer(QString());
        f.answer(QStringLiteral("evidence first"));
        f.answer(QString());
        f.answer(QString());
        QTest::keyClick(f.review()->questionList(), Qt::Key_3);
        QTest::keyClick(f.review()->questionList(), Qt::Key_Up);
        QVERIFY(f.screen->grab().save(folder + QStringLiteral("/mock-review") + suffix));
        f.screen->showHistory();
        QVERIFY(f.screen->grab().save(folder + QStringLiteral("/mock-history") + suffix));
        // A resumed interview past its box: the countdown in red.
        auto left = f.mocks().start(MockInterviewPlanner::plan(
            f.context->guide(), 30, MockInterviewPlanner::defaultMix(f.context->guide(), 30), {},
            3));
        QVERIFY(left.ok());
        QVERIFY(f.mocks().answer(left->id, 0, QStringLiteral("first"), 120).ok());
        QVERIFY(
            f.mocks()
                .saveOutline(left->id, 1, QStringLiteral("S: board meeting\nT: I owned it"), 200)
                .ok());
        f.screen->open(left->id);
        QVERIFY(f.screen->grab().save(folder + QStringLiteral("/mock-overtime") + suffix));
        MockInterviewSetupDialog dialog(f.context->guide(), f.screen.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/mock-setup") + suffix));
    }
}

QTEST_MAIN(MockInterviewScreenTest)
#include "tst_mock_interview_screen.moc"
