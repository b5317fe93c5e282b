#include "storage/InterviewDateRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"

namespace ip {

Result<void> InterviewDateRepository::save(const QString& guideKey, const QDate& day)
{
    const QString purpose = tr("save the interview date");
    if (auto valid = requireKeys({guideKey}, purpose); !valid)
        return valid;
    if (!day.isValid())
        return makeError(ErrorKind::InvalidInput,
                         tr("Could not %1: the date is not a valid calendar day. "
                            "Nothing was changed.")
                             .arg(purpose));
    SqlStatement statement(m_database,
                           QStringLiteral("INSERT INTO interview_date (guide_key, interview_day) "
                                          "VALUES (:guide, :day) ON CONFLICT (guide_key) "
                                          "DO UPDATE SET interview_day = excluded.interview_day"));
    statement.bind(QStringLiteral(":guide"), guideKey)
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    return statement.exec(purpose);
}

Result<void> InterviewDateRepository::remove(const QString& guideKey)
{
    SqlStatement statement(m_database,
                           QStringLiteral("DELETE FROM interview_date WHERE guide_key = :guide"));
    statement.bind(QStringLiteral(":guide"), guideKey);
    return statement.exec(tr("clear the interview date"));
}

Result<std::optional<QDate>> InterviewDateRepository::load(const QString& guideKey) const
{
    SqlStatement statement(
        m_database,
        QStringLiteral("SELECT interview_day FROM interview_date WHERE guide_key = :guide"));
    statement.bind(QStringLiteral(":guide"), guideKey);
    if (auto done = statement.exec(tr("read the interview date")); !done)
        return done.error();
    if (!statement.next())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(statement.value(0).toString(), Qt::ISODate));
}

Result<QHash<QString, QDate>> InterviewDateRepository::all() const
{
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT guide_key, interview_day FROM interview_date"));
    if (auto done = statement.exec(tr("read the interview dates")); !done)
        return done.error();
    QHash<QString, QDate> dates;
    while (statement.next())
        dates.insert(statement.value(0).toString(),
                     QDate::fromString(statement.value(1).toString(), Qt::ISODate));
    return dates;
}

} // namespace ip
