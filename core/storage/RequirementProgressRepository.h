#pragma once

#include "model/RequirementProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ip {

class Database;

// Where the candidate stands on each requirement, keyed by the guide key and
// the requirement's stable key.
class RequirementProgressRepository {
    Q_DECLARE_TR_FUNCTIONS(RequirementProgressRepository)

public:
    explicit RequirementProgressRepository(Database& database) : m_database(database) {}

    // Stores the user's latest edit, stamped with the current time, and
    // returns what was stored.
    Result<RequirementProgress> save(RequirementProgress progress);
    // Stores the progress exactly as given, timestamp included (restoring a
    // backup).
    Result<void> restore(const RequirementProgress& progress);
    Result<void> remove(const QString& guideKey, const QString& requirementKey);

    Result<std::optional<RequirementProgress>> find(const QString& guideKey,
                                                    const QString& requirementKey) const;
    Result<QList<RequirementProgress>> forGuide(const QString& guideKey) const;
    // Every entry, by guide key then requirement key.
    Result<QList<RequirementProgress>> all() const;

private:
    Result<void> write(const RequirementProgress& progress, const QString& purpose);
    Result<QList<RequirementProgress>> select(const QString& sql, const QString& guideKey) const;

    Database& m_database;
};

} // namespace ip
