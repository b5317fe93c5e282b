#pragma once

#include "model/Guide.h"

#include <QCoreApplication>

namespace ip {

// "All guides": the library's guides as one, so every screen can show the
// whole library with the code that shows one guide. The questions keep their
// keys, which start with their own guide's key (Guide::guideKeyOf), so the
// user's work on them is found and saved where it always was.
class CombinedGuide {
    Q_DECLARE_TR_FUNCTIONS(CombinedGuide)

public:
    // members in the order to show them (the library's, by title). A guide
    // with errors is left out: its keys may not be the ones its file means.
    static Guide of(const QList<Guide>& members);
};

} // namespace ip
