// Focus on the Questions screen, driven with keys: where Tab goes from the
// question list, and that the row the keys act on looks different from a
// row that is only selected.
#include "QuestionsScreenFixture.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/stories/LinkedStoriesList.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ip;

namespace {

using ScreenFixture = test::QuestionsScreenFixture;
using test::TypicalGuide;

QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("<nothing>");
    return QStringLiteral("%1 (%2) in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             widget->isVisible() ? QStringLiteral("visible") : QStringLiteral("hidden"),
             widget->parentWidget()
                 ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                 : QStringLiteral("nothing"));
}

// The current row of the list as drawn.
QImage currentRow(QListView* list)
{
    const QRect rect = list->visualRect(list->currentIndex());
    return list->viewport()->grab(rect).toImage();
}

} // namespace

class QuestionsFocusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tabFromTheListReachesEveryControlInVisualOrder();
    void focusingTheScreenPutsTheKeysOnTheList();
    void focusedRowDiffersFromASelectedUnfocusedRow_data();
    void focusedRowDiffersFromASelectedUnfocusedRow();
};

void QuestionsFocusTest::tabFromTheListReachesEveryControlInVisualOrder()
{
    QTemporaryDir dataDir; // each test starts from an empty data folder
    ScreenFixture f(dataDir.path());
    QuestionsScreen& screen = *f.screen;
    auto* preview = screen.notesEditor()->findChild<QToolButton*>();
    auto* answerWithStory = screen.linkedStories()->findChild<QToolButton*>();
    QVERIFY(preview && answerWithStory);
    // Left pane top to bottom, the question, then the notes pane top to bottom.
    const QList<QWidget*> order{screen.questionList(),
                                screen.questionView()->revealButton(),
                                preview,
                                screen.notesEditor()->editor(),
                                answerWithStory,
                                screen.filterField(),
                                screen.categoryFilter(),
                                screen.standingFilter(),
                                screen.bookmarkedOnlyButton(),
                                screen.questionList()};
    screen.questionList()->setFocus();
    QTRY_VERIFY(screen.questionList()->hasFocus());
    for (int step = 1; step < order.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == order.at(step),
                 qPrintable(QStringLiteral("Tab %1 went to %2")
                                .arg(step)
                                .arg(describe(QApplication::focusWidget()))));
        QVERIFY(QApplication::focusWidget()->isVisible());
    }
    // Backtab walks the same stops the other way.
    for (int step = int(order.size()) - 2; step >= 0; --step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY2(QApplication::focusWidget() == order.at(step),
                 qPrintable(QStringLiteral("Backtab to stop %1 went to %2")
                                .arg(step)
                                .arg(describe(QApplication::focusWidget()))));
    }
}

void QuestionsFocusTest::focusingTheScreenPutsTheKeysOnTheList()
{
    QTemporaryDir dataDir; // each test starts from an empty data folder
    ScreenFixture f(dataDir.path());
    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    // What the window does on Ctrl+2.
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.screen->questionList()->hasFocus());
}

void QuestionsFocusTest::focusedRowDiffersFromASelectedUnfocusedRow_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void QuestionsFocusTest::focusedRowDiffersFromASelectedUnfocusedRow()
{
    QFETCH(bool, dark);
    QTemporaryDir dataDir; // each test starts from an empty data folder
    ScreenFixture f(dataDir.path());
    QListView* list = f.screen->questionList();
    if (dark) {
        QPalette palette = list->palette();
        palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        list->setPalette(palette);
    }
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    const QImage focused = currentRow(list);

    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    const QImage unfocused = currentRow(list);
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);

    // Selected but unfocused is still told apart from a plain row.
    const QRect next = list->visualRect(list->model()->index(1, 0));
    const QImage plain = list->viewport()->grab(next).toImage();
    const QColor plainBackground = plain.pixelColor(plain.width() - 3, 2);
    const QColor selectedBackground = unfocused.pixelColor(unfocused.width() - 3, 2);
    QVERIFY(plainBackground != selectedBackground);
    // And the focused row's background is the palette's own highlight.
    QCOMPARE(focused.pixelColor(focused.width() - 8, focused.height() / 2).rgb(),
             list->palette().color(QPalette::Active, QPalette::Highlight).rgb());
}

QTEST_MAIN(QuestionsFocusTest)
#include "tst_questions_focus.moc"
