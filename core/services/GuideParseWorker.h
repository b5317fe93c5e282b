#pragma once

#include "model/Guide.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ip {

// Parses a guide in a separate process, the same executable run with an
// internal sub-command, under a wall-time and an address-space limit. The
// Markdown library has inputs on which it runs for minutes or takes gigabytes;
// recognising such shapes one by one cannot keep up with a library's unknown
// bugs, so no guide that is not a cached snapshot is parsed in the app's own
// process. A timeout, a crash or a worker out of memory becomes an error
// diagnostic that says the file is too complex to display.
class GuideParseWorker {
    Q_DECLARE_TR_FUNCTIONS(GuideParseWorker)

public:
    static constexpr const char* SubCommand = "__parse-guide";

    struct Limits {
        int wallTimeMs = 5000;
        qint64 addressSpaceBytes = qint64(768) << 20;
        bool operator==(const Limits&) const = default;
    };

    // A worker that answered is kept for the next guide: a new process spends
    // about 30 ms loading and linking the app's fifty libraries before its
    // first line runs, more than a 200 KB guide takes to parse. It serves the
    // application's thread, and ends after this long without work (or with
    // the application).
    static constexpr int ResidentIdleMs = 60000;

    // Blocking. With a Qt event loop on this thread the wait spins a local
    // loop, so the window keeps painting and a progress dialog's Cancel
    // works; the caller keeps itself from being re-entered meanwhile. A
    // worker that times out, crashes or is cancelled is not kept.
    static Guide parse(const QByteArray& bytes, const QString& fileName, const Limits& limits);
    static Guide parse(const QByteArray& bytes, const QString& fileName)
    {
        return parse(bytes, fileName, Limits{});
    }

    // Reads the file, then as parse(); a file that cannot be read gives a
    // guide with an error diagnostic saying why.
    static Guide parseFile(const QString& path);

    // Stops the parse under way (the user cancelled); its result then says so
    // and wasCancelled() is true until the next parse.
    static void cancel();
    static bool wasCancelled();
    static void resetCancelled();
    // A parse is waited for on this thread (its local loop is running):
    // work that can wait should not start one of its own inside it.
    static bool isBusy();

    // Starts the kept worker ahead of a parse the user is about to ask for
    // (a file chooser opening), so that parse finds it loaded.
    static void prepare();
    // Ends the kept worker, if any; the next parse starts another.
    static void stopResident();
    // How many worker processes were started, for tests and benchmarks.
    static int workersStarted();

    // The program run as the worker: $IP_PARSE_WORKER when set (tests and
    // benchmarks, whose own executable is not the app), else this executable.
    static QString program();

    // The language the guide reader's diagnostics are written in: the
    // program's catalogue names it ("de"), English has none ("en"). The
    // worker is started with it in LanguageVariable and loads that catalogue
    // (main.cpp), so a guide it reads speaks the window's language.
    static QString language();
    static constexpr const char* LanguageVariable = "IP_PARSE_LANGUAGE";

    // The worker's side: reads requests from standard input, each a line
    // "NAME_SIZE GUIDE_SIZE", the file name (UTF-8) and the guide's bytes,
    // and answers each on standard output with a line "JSON_SIZE" and the
    // parsed guide as JSON; ends at the end of its input. Returns the exit
    // status.
    static int runWorker();

    // What an error diagnostic for a file that could not be parsed says.
    static Guide tooComplex(const QString& fileName, const QString& why);
};

} // namespace ip
