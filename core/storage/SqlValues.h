#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>
#include <optional>

// How values are stored: timestamps as UTC milliseconds since the epoch
// (compact, sortable, exact), dates as 'YYYY-MM-DD' text, absence as NULL.
namespace ip::sqlvalue {

// Qt binds a null QString as SQL NULL; text the user left empty is "", which
// NOT NULL columns accept.
inline QVariant fromText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant fromTimestamp(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime toTimestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QVariant fromDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

inline std::optional<QDate> toDate(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// The current time as stored: UTC, whole milliseconds.
inline QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace ip::sqlvalue
