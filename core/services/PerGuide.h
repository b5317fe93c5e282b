#pragma once

#include "model/Guide.h"
#include "util/Result.h"

#include <QHash>

namespace ip {

// What the user keeps for a guide shown, by item key: read for each guide
// whose work it shows (one, or every member of All guides) and merged.
// Item keys start with their guide's key (FORMAT.md), so none collide.
template <typename Value, typename ReadOneGuide>
Result<QHash<QString, Value>> readForEachGuide(const Guide& guide, ReadOneGuide readOneGuide)
{
    QHash<QString, Value> byKey;
    for (const QString& guideKey : guide.guideKeys()) {
        Result<QHash<QString, Value>> read = readOneGuide(guideKey);
        if (!read)
            return read.error();
        byKey.insert(*read);
    }
    return byKey;
}

} // namespace ip
