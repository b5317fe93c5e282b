#include "cli/CheckCommand.h"

namespace ip::cli {

int runCheckCommand(const QStringList& arguments, CommandIo& io)
{
    Q_UNUSED(arguments);
    io.err << "check: not built yet\n";
    return ExitFailure;
}

} // namespace ip::cli
