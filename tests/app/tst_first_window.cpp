// The first window fits the screen it opens on, frame and status bar
// included: at 1024×600, 1366×768 and at a scale of 2 it is maximised; on a
// large screen it takes the preferred size, centred.
#include "ui/FirstWindowGeometry.h"

#include <QTest>

using namespace ip;
using Geometry = FirstWindowGeometry;

class FirstWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitsTheScreenWithItsFrame_data();
    void fitsTheScreenWithItsFrame();
};

void FirstWindowTest::fitsTheScreenWithItsFrame_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<bool>("maximised");
    QTest::addColumn<QSize>("size");
    QTest::newRow("full HD, panel at the bottom")
        << QRect(0, 0, 1920, 1040) << false << QSize(1280, 800);
    QTest::newRow("second monitor to the right")
        << QRect(1920, 0, 2560, 1400) << false << QSize(1280, 800);
    QTest::newRow("1366x768 laptop with a panel")
        << QRect(0, 0, 1366, 728) << true << QSize(1350, 680);
    QTest::newRow("1024x600 netbook") << QRect(0, 0, 1024, 600) << true << QSize(1008, 552);
    QTest::newRow("2560x1440 at scale 2") << QRect(0, 0, 1280, 720) << true << QSize(1264, 672);
    QTest::newRow("exactly the preferred size")
        << QRect(0, 0, 1280, 800) << true << QSize(1264, 752);
    QTest::newRow("panel at the top") << QRect(0, 32, 1920, 1048) << false << QSize(1280, 800);
}

void FirstWindowTest::fitsTheScreenWithItsFrame()
{
    QFETCH(QRect, available);
    QFETCH(bool, maximised);
    QFETCH(QSize, size);
    const Geometry first = Geometry::forScreen(available);
    QCOMPARE(first.maximised, maximised);
    QCOMPARE(first.geometry.size(), size);
    // With a frame around it, the window is inside the available area: the
    // title bar above, borders at the sides and below.
    const int titleBar = Geometry::FrameHeight - Geometry::FrameWidth / 2;
    const QRect framed = first.geometry.adjusted(
        -Geometry::FrameWidth / 2, -titleBar, Geometry::FrameWidth / 2, Geometry::FrameWidth / 2);
    QVERIFY2(available.contains(framed),
             qPrintable(QStringLiteral("%1,%2 %3x%4 framed does not fit")
                            .arg(framed.x())
                            .arg(framed.y())
                            .arg(framed.width())
                            .arg(framed.height())));
}

QTEST_GUILESS_MAIN(FirstWindowTest)
#include "tst_first_window.moc"
