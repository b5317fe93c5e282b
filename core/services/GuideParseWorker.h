#pragma once

#include "model/Guide.h"

#include <QByteArray>
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
public:
    static constexpr const char* SubCommand = "__parse-guide";

    struct Limits {
        int wallTimeMs = 5000;
        qint64 addressSpaceBytes = qint64(768) << 20;
    };

    // Blocking. With a Qt event loop on this thread the wait spins a local
    // loop, so the window keeps painting and a progress dialog's Cancel
    // works; the caller keeps itself from being re-entered meanwhile.
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

    // The program run as the worker: $IP_PARSE_WORKER when set (tests and
    // benchmarks, whose own executable is not the app), else this executable.
    static QString program();

    // The worker's side: reads the guide from standard input, writes the
    // parsed guide as JSON to standard output. Returns the exit status.
    static int runWorker(const QString& fileName);

    // What an error diagnostic for a file that could not be parsed says.
    static Guide tooComplex(const QString& fileName, const QString& why);
};

} // namespace ip
