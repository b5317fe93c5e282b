#include "storage/RequirementProgressRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

namespace ip {

namespace {

const QString SelectColumns =
    QStringLiteral("SELECT guide_key, requirement_key, status, target_date, completed_date, "
                   "evidence, updated_at FROM requirement_progress ");

RequirementProgress progressFromRow(const SqlStatement& row)
{
    RequirementProgress progress;
    progress.guideKey = row.value(0).toString();
    progress.requirementKey = row.value(1).toString();
    // The CHECK constraint keeps unknown words out of the table.
    progress.status =
        requirementStatusFromKey(row.value(2).toString()).value_or(RequirementStatus::NotStarted);
    progress.targetDate = sqlvalue::toDate(row.value(3));
    progress.completedDate = sqlvalue::toDate(row.value(4));
    progress.evidence = row.value(5).toString();
    progress.updatedAt = sqlvalue::toTimestamp(row.value(6));
    return progress;
}

} // namespace

Result<RequirementProgress> RequirementProgressRepository::save(RequirementProgress progress)
{
    progress.updatedAt = sqlvalue::now();
    if (auto done = write(progress, tr("save the requirement's progress")); !done)
        return done.error();
    return progress;
}

Result<void> RequirementProgressRepository::restore(const RequirementProgress& progress)
{
    RequirementProgress stored = progress;
    if (!stored.updatedAt.isValid())
        stored.updatedAt = sqlvalue::now();
    return write(stored, tr("restore the requirement's progress"));
}

Result<void> RequirementProgressRepository::write(const RequirementProgress& progress,
                                                  const QString& purpose)
{
    if (auto valid = requireKeys({progress.guideKey, progress.requirementKey}, purpose); !valid)
        return valid;
    SqlStatement statement(
        m_database,
        QStringLiteral("INSERT INTO requirement_progress (guide_key, requirement_key, status, "
                       "target_date, completed_date, evidence, updated_at) "
                       "VALUES (:guide, :requirement, :status, :target, :completed, :evidence, "
                       ":updated) "
                       "ON CONFLICT (guide_key, requirement_key) DO UPDATE SET "
                       "status = excluded.status, target_date = excluded.target_date, "
                       "completed_date = excluded.completed_date, evidence = excluded.evidence, "
                       "updated_at = excluded.updated_at"));
    statement.bind(QStringLiteral(":guide"), progress.guideKey)
        .bind(QStringLiteral(":requirement"), progress.requirementKey)
        .bind(QStringLiteral(":status"), requirementStatusKey(progress.status))
        .bind(QStringLiteral(":target"), sqlvalue::fromDate(progress.targetDate))
        .bind(QStringLiteral(":completed"), sqlvalue::fromDate(progress.completedDate))
        .bind(QStringLiteral(":evidence"), sqlvalue::fromText(progress.evidence))
        .bind(QStringLiteral(":updated"), sqlvalue::fromTimestamp(progress.updatedAt));
    return statement.exec(purpose);
}

Result<void> RequirementProgressRepository::remove(const QString& guideKey,
                                                   const QString& requirementKey)
{
    SqlStatement statement(m_database,
                           QStringLiteral("DELETE FROM requirement_progress WHERE guide_key = "
                                          ":guide AND requirement_key = :requirement"));
    statement.bind(QStringLiteral(":guide"), guideKey)
        .bind(QStringLiteral(":requirement"), requirementKey);
    return statement.exec(tr("clear the requirement's progress"));
}

Result<std::optional<RequirementProgress>>
RequirementProgressRepository::find(const QString& guideKey, const QString& requirementKey) const
{
    SqlStatement statement(m_database,
                           SelectColumns + QStringLiteral("WHERE guide_key = :guide AND "
                                                          "requirement_key = :requirement"));
    statement.bind(QStringLiteral(":guide"), guideKey)
        .bind(QStringLiteral(":requirement"), requirementKey);
    if (auto done = statement.exec(tr("read the requirement's progress")); !done)
        return done.error();
    if (!statement.next())
        return std::optional<RequirementProgress>{};
    return std::optional<RequirementProgress>{progressFromRow(statement)};
}

Result<QList<RequirementProgress>>
RequirementProgressRepository::forGuide(const QString& guideKey) const
{
    return select(SelectColumns +
                      QStringLiteral("WHERE guide_key = :guide ORDER BY requirement_key"),
                  guideKey.isNull() ? QStringLiteral("") : guideKey);
}

Result<QList<RequirementProgress>> RequirementProgressRepository::all() const
{
    return select(SelectColumns + QStringLiteral("ORDER BY guide_key, requirement_key"), QString());
}

Result<QList<RequirementProgress>>
RequirementProgressRepository::select(const QString& sql, const QString& guideKey) const
{
    SqlStatement statement(m_database, sql);
    if (!guideKey.isNull())
        statement.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = statement.exec(tr("read the requirements' progress")); !done)
        return done.error();
    QList<RequirementProgress> list;
    while (statement.next())
        list.append(progressFromRow(statement));
    return list;
}

} // namespace ip
