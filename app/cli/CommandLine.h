#pragma once

#include <QStringList>
#include <QTextStream>

namespace ip::cli {

// Exit statuses shared by every sub-command.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Where a command writes: stdout and stderr in the program, buffers in tests.
struct CommandIo {
    QTextStream& out;
    QTextStream& err;
};

// A sub-command receives the program name followed by the arguments after the
// sub-command's name, ready for QCommandLineParser::parse().
using CommandFunction = int (*)(const QStringList& arguments, CommandIo& io);

struct Command {
    const char* name;
    const char* summary;
    CommandFunction run;
    // Laying out a PDF needs fonts, which only a GUI application loads; the
    // other commands start faster and quieter without one.
    bool needsFonts = false;
};

// The sub-commands, in the order `--help` lists them.
const QList<Command>& commands();

// argv with a command moved in front of a "--data-dir DIR" that precedes
// it, so that option may be given before the command or after it.
QStringList withCommandFirst(const QStringList& arguments);

// True when argv asks for the command line rather than the window: a
// sub-command (known or not), or --help / --version.
bool wantsCommandLine(const QStringList& arguments);

// True when the command named in argv lays out text (PDF) and needs a GUI
// application (on the offscreen platform: still no display needed).
bool needsFonts(const QStringList& arguments);

// Runs the command line and returns the process exit status.
int run(const QStringList& arguments, CommandIo& io);

} // namespace ip::cli
