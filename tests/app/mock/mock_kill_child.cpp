// Child of tst_mock_outline_survives_kill: the mock interview screen on a
// real database, offscreen, with a 30-minute mock interview started and an
// outline typed into it the way a user types. It reports "typed MOCK-ID"
// at once, keeps running, and is killed by the parent with SIGKILL.
#include "StudyContext.h"
#include "services/MockInterviewPlanner.h"
#include "ui/mock/MockInterviewRunPage.h"
#include "ui/mock/MockInterviewScreen.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: mock_kill_child DATA_DIR GUIDE TEXT\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    ip::StudyContext context(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    ip::MockInterviewScreen screen(context);
    screen.resize(1024, 600);
    screen.show();
    if (!screen.start(30, ip::MockInterviewPlanner::defaultMix(context.guide(), 30), 1)) {
        std::fprintf(stderr, "could not start\n");
        return 2;
    }
    QPlainTextEdit* outline = screen.runPage()->outlineEdit();
    outline->setFocus();
    QTest::keyClicks(outline, QString::fromLocal8Bit(argv[3]));
    std::printf("typed %lld\n", static_cast<long long>(screen.runPage()->mockId()));
    std::fflush(stdout);
    return app.exec();
}
