#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace ip {

class Database;

// A write transaction on a Database, rolled back unless committed. The
// outermost one is BEGIN IMMEDIATE, so a second writer is detected before any
// change is made rather than half-way; nested ones are savepoints, so a
// repository's own transaction can run inside a larger one (a restore).
// Transactions must end in the reverse order they began.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    static Result<Transaction> begin(Database& database, const QString& purpose);

    Transaction(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Database& database, int depth, QString purpose);
    void rollback();

    Database* m_database = nullptr; // null once committed, rolled back or moved from
    int m_depth = 0;
    QString m_purpose;
};

} // namespace ip
