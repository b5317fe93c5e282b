// Opens a data folder as the app does and reports what happened, for the
// fault tests that need a user other than root: started through setpriv as
// "nobody", it meets the file permissions root would walk past.
//
//   open_database_child DIR read-write|read-only GUIDE QUESTION
//
// prints one line: "opened NOTE" (the note stored for GUIDE and QUESTION,
// or "<missing>") or "error KIND MESSAGE" (KIND: the ErrorKind's number).
#include "storage/Database.h"
#include "storage/QuestionNoteRepository.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(2);
    if (arguments.size() != 5 ||
        (mode != QLatin1String("read-write") && mode != QLatin1String("read-only"))) {
        std::fprintf(stderr, "usage: open_database_child DIR read-write|read-only GUIDE "
                             "QUESTION\n");
        return 2;
    }
    ip::DatabaseOptions options;
    options.scheduledBackup = false;
    options.mode =
        mode == QLatin1String("read-only") ? ip::OpenMode::ReadOnly : ip::OpenMode::ReadWrite;
    auto database = ip::Database::open(arguments.at(1), options);
    QString line;
    if (!database) {
        line = QStringLiteral("error %1 %2")
                   .arg(int(database.error().kind))
                   .arg(database.error().message);
    } else {
        const auto note =
            ip::QuestionNoteRepository(**database).find({arguments.at(3), arguments.at(4)});
        line = QStringLiteral("opened ") +
               (note && note->has_value() ? (*note)->markdown : QStringLiteral("<missing>"));
    }
    std::fputs(qPrintable(line.replace(u'\n', u' ') + u'\n'), stdout);
    return 0;
}
