#pragma once

#include "util/Result.h"

#include <QStringList>

namespace ip {

// Splits a migration file into statements: Qt runs one statement per query.
// Semicolons inside quotes ('text', "identifier", [identifier], `identifier`)
// and comments (-- and /* */) do not split; comments are dropped. Trigger
// bodies hold semicolons of their own, so a CREATE TRIGGER is refused with an
// error instead of being split wrongly.
Result<QStringList> splitSqlScript(const QString& script);

} // namespace ip
