#include "storage/SqlStatement.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSqlError>

namespace ip {

SqlStatement::SqlStatement(const Database& database, const QString& sql)
    : m_database(database), m_query(database.connection())
{
    // Results are read once, front to back; forward-only spares SQLite from
    // keeping every row in memory.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    static const QStringList writeVerbs{QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                        QStringLiteral("DELETE"), QStringLiteral("REPLACE")};
    const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
    m_writes = writeVerbs.contains(verb);
}

SqlStatement& SqlStatement::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Result<void> SqlStatement::exec(const QString& purpose)
{
    // Inside a transaction the check was made when it began.
    if (m_writes && m_database.m_transactionDepth == 0) {
        if (auto present = m_database.checkBeforeWrite(); !present)
            return present;
    }
    if (!m_prepared || !m_query.exec())
        return storageError(m_query.lastError(), purpose, m_database.filePath());
    return {};
}

QString SqlStatement::sqliteMessage() const
{
    const QSqlError error = m_query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace ip
