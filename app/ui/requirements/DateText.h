#pragma once

#include <QDate>
#include <QString>

namespace ip {

// The locale's short date format with a four-digit year: target dates are
// often years ahead, and "3/4/27" is ambiguous. Used by the tree, the editors
// and the gap summary alike so a date reads the same everywhere.
QString shortDateFormat();
QString shortDateText(QDate date);

} // namespace ip
