#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

// A connection of the test's own to a database file, to look at what the app
// stored or to stand in for another program (a trigger that refuses writes
// as a full disk would). The app's connection is private to core/storage;
// this one sits beside it, as any other SQLite client would.
class DirectSql {
public:
    explicit DirectSql(const QString& file)
        : m_name(QStringLiteral("direct-sql-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~DirectSql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    DirectSql(const DirectSql&) = delete;
    DirectSql& operator=(const DirectSql&) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }
    bool exec(const QString& sql) const { return query().exec(sql); }

private:
    QString m_name;
};
