// Child of tst_note_survives_kill: the real window, offscreen, with a note
// typed into it the way a user types. It reports "typed" and then keeps
// running until the parent kills it with SIGKILL. With --refuse-writes every
// note save fails (a temporary trigger, gone with this process, stands in for
// a full disk), so only the recovery journal can keep the note.
#include "DirectSql.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>
#include <optional>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: note_kill_child DATA_DIR GUIDE TEXT [--refuse-writes]\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("note-kill-child"));

    ip::StudyContext context(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    const bool refuseWrites = argc > 4 && qstrcmp(argv[4], "--refuse-writes") == 0;
    // Triggers in the file (a connection's TEMP trigger would not reach the
    // app's connection); the parent drops them after the kill.
    std::optional<DirectSql> sql;
    if (refuseWrites && context.data()) {
        sql.emplace(context.data()->filePath());
        for (const char* when : {"INSERT", "UPDATE"}) {
            if (!sql->exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE %1 ON "
                                          "question_note BEGIN SELECT RAISE(ABORT, 'disk "
                                          "is full'); END")
                               .arg(QLatin1String(when)))) {
                std::fprintf(stderr, "trigger failed\n");
                return 2;
            }
        }
    }
    ip::MainWindow window(context);
    window.show();
    window.showScreen(ip::MainWindow::QuestionsIndex);
    ip::NotesEditor* notes = window.questionsScreen()->notesEditor();
    QPlainTextEdit* editor = notes->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QString::fromLocal8Bit(argv[3]));
    if (refuseWrites) {
        // The autosave runs and fails; the note is then only in the journal.
        const QDeadlineTimer deadline(10000);
        while (notes->statusText() != QStringLiteral("Not saved") && !deadline.hasExpired())
            QTest::qWait(20);
    }
    std::printf("typed %s\n", qPrintable(window.questionsScreen()->currentQuestionKey()));
    std::fflush(stdout);
    return app.exec();
}
