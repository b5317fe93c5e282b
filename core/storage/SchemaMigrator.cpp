#include "storage/SchemaMigrator.h"

#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ip {

QString SchemaMigrator::builtInDirectory()
{
    return QStringLiteral(":/sql/migrations");
}

Result<QStringList> SchemaMigrator::scriptNames(const QString& directory)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d+)_[A-Za-z0-9_-]+\\.sql$"));
    const QDir dir(directory);
    if (!dir.exists())
        return makeError(ErrorKind::Internal,
                         tr("The schema migrations folder %1 is missing.").arg(directory));

    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QRegularExpressionMatch match = namePattern.match(names.at(i));
        const int expected = int(i) + 1;
        if (!match.hasMatch() || match.captured(1).toInt() != expected)
            return makeError(ErrorKind::Internal,
                             tr("The schema migrations in %1 are not numbered 1, 2, "
                                "3...: expected version %2, found %3.")
                                 .arg(directory)
                                 .arg(expected)
                                 .arg(names.at(i)));
    }
    return names;
}

Result<int> SchemaMigrator::latestVersionIn(const QString& directory)
{
    const Result<QStringList> names = scriptNames(directory);
    if (!names)
        return names.error();
    return int(names->size());
}

Result<SchemaMigrator> SchemaMigrator::load(const QString& directory)
{
    const Result<QStringList> names = scriptNames(directory);
    if (!names)
        return names.error();
    const QDir dir(directory);
    SchemaMigrator migrator;
    for (const QString& name : *names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Internal, tr("Cannot read the schema migration %1: %2")
                                                      .arg(file.fileName(), file.errorString()));
        const int version = int(migrator.m_migrations.size()) + 1;
        migrator.m_migrations.append({version, name, QString::fromUtf8(file.readAll())});
    }
    return migrator;
}

Result<void> SchemaMigrator::migrate(Database& database, int fromVersion) const
{
    // Foreign keys cannot be switched inside a transaction, and a migration
    // that rebuilds a table needs them off; each migration checks them itself
    // before committing.
    const QString purpose = tr("upgrade the database schema");
    if (auto done =
            SqlStatement(database, QStringLiteral("PRAGMA foreign_keys = OFF")).exec(purpose);
        !done)
        return done;

    Result<void> outcome;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= fromVersion)
            continue;
        outcome = apply(database, migration);
        if (!outcome)
            break;
    }

    auto restored =
        SqlStatement(database, QStringLiteral("PRAGMA foreign_keys = ON")).exec(purpose);
    if (outcome && !restored)
        return restored;
    return outcome;
}

Result<void> SchemaMigrator::apply(Database& database, const Migration& migration) const
{
    const QString purpose = tr("upgrade the database to schema version %1 (%2)")
                                .arg(migration.version)
                                .arg(migration.fileName);

    const Result<QStringList> statements = splitSqlScript(migration.sql);
    if (!statements)
        return makeError(ErrorKind::Internal,
                         tr("Could not %1: %2").arg(purpose, statements.error().message));

    auto transaction = Transaction::begin(database, purpose);
    if (!transaction)
        return transaction.error();
    for (const QString& sql : *statements) {
        if (auto done = SqlStatement(database, sql).exec(purpose); !done)
            return done;
    }

    SqlStatement foreignKeyCheck(database, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto done = foreignKeyCheck.exec(purpose); !done)
        return done;
    if (foreignKeyCheck.next())
        return makeError(ErrorKind::Internal,
                         tr("Could not %1: it leaves rows in table %2 pointing at "
                            "rows that do not exist.")
                             .arg(purpose, foreignKeyCheck.value(0).toString()));

    // PRAGMA takes no bound values; the version is our own integer.
    SqlStatement setVersion(database,
                            QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    if (auto done = setVersion.exec(purpose); !done)
        return done;
    return transaction->commit();
}

} // namespace ip
