#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace ip {

// Savepoint names come from the nesting depth, an integer we own, never from
// user data.
static QString savepointName(int depth)
{
    return QStringLiteral("ip_savepoint_%1").arg(depth);
}

Result<Transaction> Transaction::begin(Database& database, const QString& purpose)
{
    const int depth = database.m_transactionDepth;
    if (depth == 0) {
        if (auto present = database.checkBeforeWrite(); !present)
            return present.error();
    }
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    SqlStatement statement(database, sql);
    if (auto done = statement.exec(purpose); !done)
        return done.error();
    ++database.m_transactionDepth;
    return Transaction(database, depth, purpose);
}

Transaction::Transaction(Database& database, int depth, QString purpose)
    : m_database(&database), m_depth(depth), m_purpose(std::move(purpose))
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_depth(other.m_depth),
      m_purpose(std::move(other.m_purpose))
{
}

Transaction::~Transaction()
{
    if (m_database)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_database)
        return makeError(ErrorKind::Internal, tr("transaction already finished"));
    Q_ASSERT(m_database->m_transactionDepth == m_depth + 1);
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ") + savepointName(m_depth);
    SqlStatement statement(*m_database, sql);
    if (auto done = statement.exec(m_purpose); !done) {
        // A failed COMMIT (disk full, busy) can leave the transaction open;
        // roll it back so the connection is usable and nothing half-done stays.
        rollback();
        return done.error();
    }
    --m_database->m_transactionDepth;
    m_database = nullptr;
    return {};
}

void Transaction::rollback()
{
    Database& database = *m_database;
    m_database = nullptr;
    if (m_depth == 0) {
        // Fails harmlessly when SQLite already rolled back on its own.
        (void)SqlStatement(database, QStringLiteral("ROLLBACK")).exec(m_purpose);
    } else {
        (void)SqlStatement(database, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth))
            .exec(m_purpose);
        (void)SqlStatement(database, QStringLiteral("RELEASE ") + savepointName(m_depth))
            .exec(m_purpose);
    }
    --database.m_transactionDepth;
}

} // namespace ip
