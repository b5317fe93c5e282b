// The message bar at the top of the window: a long message, a long path in
// it, wraps inside the window rather than making the window wider.
#include "ui/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace ip;

namespace {

// About 600 characters, as the read-only data folder message can be once it
// names a deep folder: words, and a path with no space in it.
QString longMessage()
{
    // A folder name with no separator in it for over a hundred characters,
    // as cloud-synced folders have.
    const QString path = QStringLiteral("/home/someone/Documents/"
                                        "InterviewPreparationDataFolderCopiedFromTheOldLaptopBefore"
                                        "TheMoveInNovemberTwentyTwentySixKeepForever/"
                                        "interview-prep");
    QString message = QStringLiteral("Your progress and notes cannot be saved in this session. "
                                     "The data folder %1 is read-only, so your work there can be "
                                     "read but not changed. To make changes, make the folder "
                                     "writable, or start with --data-dir and a folder you can "
                                     "write to. Nothing was changed.")
                          .arg(path);
    while (message.size() < 600)
        message += QStringLiteral(" And a little more to say.");
    return message;
}

} // namespace

class MessageBarTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longMessageWrapsWithoutWideningTheWindow();
    void aLongWordInTheDetailsWrapsToo();
    void copiedTextHasNoInvisibleBreaks();
};

void MessageBarTest::longMessageWrapsWithoutWideningTheWindow()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new MessageBar(&window);
    layout->addWidget(bar);
    // The screens below the bar need 560 px at least.
    auto* screen = new QLabel(QStringLiteral("The screen below the bar"), &window);
    screen->setMinimumWidth(560);
    layout->addWidget(screen, 1);
    window.resize(800, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int minimumBefore = window.minimumSizeHint().width();
    QVERIFY(minimumBefore < 800);

    const QString message = longMessage();
    QVERIFY(message.size() >= 600);
    bar->showMessage(MessageBar::Kind::Error, message, {QStringLiteral("One detail")},
                     {{QStringLiteral("&Retry"), [] {}}});
    QApplication::processEvents();

    QVERIFY2(window.minimumSizeHint().width() <= minimumBefore,
             qPrintable(QStringLiteral("the window needs %1 px, was %2 px")
                            .arg(window.minimumSizeHint().width())
                            .arg(minimumBefore)));
    QCOMPARE(window.width(), 800);
    QVERIFY(bar->width() <= 800);
    // Wrapped onto several lines, all of it shown.
    QTRY_VERIFY(bar->height() > 4 * bar->fontMetrics().height());
    QVERIFY(bar->height() < 500);
    // The message reads as given (the places to wrap are the label's own).
    QCOMPARE(bar->summary(), message);

    // The path alone is wider than the window: it wrapped too.
    const QString path = message.section(u' ', 13, 13);
    QVERIFY(path.startsWith(u'/'));
    QVERIFY(bar->fontMetrics().horizontalAdvance(path) > 800);
}

void MessageBarTest::aLongWordInTheDetailsWrapsToo()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new MessageBar(&window);
    layout->addWidget(bar);
    auto* screen = new QLabel(QStringLiteral("The screen below the bar"), &window);
    screen->setMinimumWidth(400);
    layout->addWidget(screen, 1);
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int minimumBefore = window.minimumSizeHint().width();
    bar->showMessage(MessageBar::Kind::Warning, QStringLiteral("A guide has problems."),
                     {QStringLiteral("Line 3: %1").arg(QString(300, u'x'))});
    QApplication::processEvents();
    bar->findChild<QToolButton*>(QString(), Qt::FindDirectChildrenOnly)->click(); // Details
    QApplication::processEvents();
    QVERIFY(window.minimumSizeHint().width() <= minimumBefore);
    QCOMPARE(window.width(), 600);
    QCOMPARE(bar->details().first(), QStringLiteral("Line 3: %1").arg(QString(300, u'x')));
}

void MessageBarTest::copiedTextHasNoInvisibleBreaks()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* bar = new MessageBar(&window);
    layout->addWidget(bar);
    window.resize(500, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString message = longMessage();
    bar->showMessage(MessageBar::Kind::Error, message);
    auto* label = bar->findChild<QLabel*>();
    QVERIFY(label);
    QVERIFY(label->text() != message); // shown with places to wrap
    label->setSelection(0, int(label->text().size()));
    label->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), message);
}

QTEST_MAIN(MessageBarTest)
#include "tst_message_bar.moc"
