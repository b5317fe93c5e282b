#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace ip {

class Database;

// The candidate's interview date per guide (table interview_date). Only
// stores; InterviewDateService decides what a date changes.
class InterviewDateRepository {
    Q_DECLARE_TR_FUNCTIONS(InterviewDateRepository)

public:
    explicit InterviewDateRepository(Database& database) : m_database(database) {}

    // Sets or replaces the guide's date.
    Result<void> save(const QString& guideKey, const QDate& day);
    // Nothing to remove is not an error.
    Result<void> remove(const QString& guideKey);
    Result<std::optional<QDate>> load(const QString& guideKey) const;
    // Every guide's date, by guide key.
    Result<QHash<QString, QDate>> all() const;

private:
    Database& m_database;
};

} // namespace ip
