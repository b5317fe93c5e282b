// Settings › Preferences and the text size: what the user sets is applied at
// once, kept for the next start, and reaches the screens and the scheduler.
#include "StudyContext.h"
#include "services/PracticeService.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/TextZoom.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ip;

class PreferencesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void zoomKeysScaleEveryWidgetsTextAndAreRemembered();
    void dialogShowsAndReturnsWhatIsTyped();
    void newRetentionReschedulesAndRateReachesTheStories();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    std::unique_ptr<QTemporaryDir> m_temp;
    qreal m_desktopPointSize = 0;
};

namespace {
QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}
} // namespace

void PreferencesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    m_desktopPointSize = QApplication::font().pointSizeF();
    QVERIFY(m_desktopPointSize > 0);
}

void PreferencesTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void PreferencesTest::cleanup()
{
    // The next test starts at the desktop's size.
    TextZoom zoom;
    zoom.reset();
}

void PreferencesTest::zoomKeysScaleEveryWidgetsTextAndAreRemembered()
{
    {
        StudyContext context(dataDir(), guideFixture("typical.md"));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The screens are made again for a new size: found afresh each time.
        const auto rate = [&window] { return window.storiesScreen()->timingPanel()->rateBox(); };
        const int navigationWidth = window.findChild<QListWidget*>()->width();

        // A question chosen and the keys on the list...
        window.activateWindow();
        const QString third = context.guide().questions.at(2).key;
        window.questionsScreen()->selectQuestion(third);
        window.questionsScreen()->questionList()->setFocus();
        const QuestionsScreen* before = window.questionsScreen();

        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.textZoom()->percent(), 120);
        // ...stay so on the screen made again for the new size.
        QTRY_VERIFY(window.questionsScreen() != before);
        QCOMPARE(window.questionsScreen()->currentQuestionKey(), third);
        QTRY_VERIFY(window.questionsScreen()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::font().pointSizeF(), m_desktopPointSize * 1.2);
        // Widgets follow, the navigation column grows with its names.
        // Compared as QCOMPARE compares doubles: QTRY_COMPARE's wait tests
        // them with ==, which a size off in the last bit never passes, so it
        // waited out its whole timeout (15 s) before the fuzzy check passed.
        QTRY_VERIFY(qFuzzyCompare(rate()->font().pointSizeF(), m_desktopPointSize * 1.2));
        QTRY_VERIFY(window.findChild<QListWidget*>()->width() > navigationWidth);

        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.textZoom()->percent(), 110);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.textZoom()->percent(), TextZoom::MaximumPercent);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.textZoom()->percent(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), m_desktopPointSize);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.textZoom()->percent(), 90);
    }
    // The next start opens at the size the user left.
    QApplication::setFont(QFont(QApplication::font().family(), -1));
    TextZoom again;
    QCOMPARE(again.percent(), 90);
    QCOMPARE(QApplication::font().pointSizeF(), m_desktopPointSize * 0.9);
}

void PreferencesTest::dialogShowsAndReturnsWhatIsTyped()
{
    Preferences current;
    current.textSizePercent = 110;
    current.wordsPerMinute = 140;
    current.desiredRetentionPercent = 85;
    current.newQuestionsPerDay = 15;
    PreferencesDialog dialog(current);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.chosen(), current);

    // The keyboard alone: the first field has the focus, Tab goes down.
    QTRY_VERIFY(dialog.textSizeBox()->hasFocus());
    QTest::keyClick(dialog.textSizeBox(), Qt::Key_Up);
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QVERIFY(dialog.wordsPerMinuteBox()->hasFocus());
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QVERIFY(dialog.retentionBox()->hasFocus());
    QTest::keyClick(dialog.retentionBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog.retentionBox(), QStringLiteral("80"));
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QVERIFY(dialog.newPerDayBox()->hasFocus());

    const Preferences chosen = dialog.chosen();
    QCOMPARE(chosen.textSizePercent, 120);
    QCOMPARE(chosen.wordsPerMinute, 140);
    QCOMPARE(chosen.desiredRetentionPercent, 80);
    QCOMPARE(chosen.newQuestionsPerDay, 15);
}

void PreferencesTest::newRetentionReschedulesAndRateReachesTheStories()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    QVERIFY(context.hasStorage());
    MainWindow window(context);
    PracticeService& practice = context.data()->practice();
    const QuestionRef question{context.guide().key, context.guide().questions.at(0).key};
    const QDateTime monday(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    QVERIFY(practice.record(question, ReviewGrade::Good, 10, monday).ok());
    QVERIFY(practice.record(question, ReviewGrade::Good, 10, monday.addDays(3)).ok());
    const auto before = practice.schedule(question);
    QVERIFY(before.ok() && before.value().has_value());

    Preferences chosen = Preferences::load();
    chosen.desiredRetentionPercent = 80;
    chosen.wordsPerMinute = 170;
    window.applyPreferences(chosen);
    // Aiming for less recall spaces the reviews further apart.
    const auto after = practice.schedule(question);
    QVERIFY(after.ok() && after.value().has_value());
    QVERIFY2(after.value()->intervalDays > before.value()->intervalDays,
             qPrintable(QStringLiteral("%1 -> %2")
                            .arg(before.value()->intervalDays)
                            .arg(after.value()->intervalDays)));
    QCOMPARE(after.value()->stability, before.value()->stability);
    QCOMPARE(window.storiesScreen()->timingPanel()->wordsPerMinute(), 170);
    // Kept for the next start.
    const Preferences stored = Preferences::load();
    QCOMPARE(stored.desiredRetentionPercent, 80);
    QCOMPARE(stored.wordsPerMinute, 170);
    QCOMPARE(practice.scheduler().settings().desiredRetention, 0.8);
}

QTEST_MAIN(PreferencesTest)
#include "tst_preferences.moc"
