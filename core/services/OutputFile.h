#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ip {

// A file an export is written to (`export --out`, a file chosen in the app).
// It is replaced whole or not at all, and only when it is a regular file: a
// device, a named pipe, a socket or a folder given by mistake is refused
// before anything is written, since replacing /dev/null (which root may do)
// or writing half a document into a pipe would do harm no message can undo.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // An error when `path` names something that exists and is not a regular
    // file (a symbolic link counts as what it points to).
    static Result<void> checkReplaceable(const QString& path);

    // Writes `bytes` to a temporary file beside `path` and renames it over
    // `path` once every byte is written. A full disk is ErrorKind::DiskFull
    // with a message saying so; on any error `path` is left as it was.
    static Result<void> write(const QString& path, const QByteArray& bytes);

    // The error for a write that failed with the C library's `errorNumber`
    // (errno, 0 when unknown): "Cannot write TARGET: REASON. CONSEQUENCE".
    // `target` is named as the user should read it (a native path, or
    // "standard output"); `detail` is the library's own description, used
    // when errno says nothing better. ENOSPC and EDQUOT are
    // ErrorKind::DiskFull ("the disk is full"), EACCES, EPERM and EROFS
    // ErrorKind::ReadOnly, the rest ErrorKind::Io.
    static Error writeError(const QString& target, int errorNumber, const QString& detail,
                            const QString& consequence);
};

} // namespace ip
