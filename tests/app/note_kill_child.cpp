// Child of tst_note_survives_kill: the real window, offscreen, with a note
// typed into it the way a user types. It reports "typed" and then keeps
// running until the parent kills it with SIGKILL.
#include "StudyContext.h"
#include "ui/MainWindow.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

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
        std::fprintf(stderr, "usage: note_kill_child DATA_DIR GUIDE TEXT\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("note-kill-child"));

    ip::StudyContext context(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    ip::MainWindow window(context);
    window.show();
    window.showScreen(ip::MainWindow::QuestionsIndex);
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QString::fromLocal8Bit(argv[3]));
    std::printf("typed %s\n", qPrintable(window.questionsScreen()->currentQuestionKey()));
    std::fflush(stdout);
    return app.exec();
}
