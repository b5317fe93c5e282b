#pragma once

#include <QString>

namespace ip {

// "1 story", "3 stories": the command line's counts in English, read by
// people and, in tests, by scripts.
inline QString countText(qint64 count, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

} // namespace ip
