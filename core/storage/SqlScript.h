#pragma once

#include "util/Result.h"

#include <QStringList>

namespace ip {

// Splits a migration file into statements: Qt runs one statement per query.
// Semicolons inside quotes ('text', "identifier", [identifier], `identifier`)
// and comments (-- and /* */) do not split; comments are dropped. A CREATE
// TRIGGER runs on to the END that closes its body (an END closing a CASE inside
// it does not count), so the semicolons of its body do not split it either.
Result<QStringList> splitSqlScript(const QString& script);

} // namespace ip
