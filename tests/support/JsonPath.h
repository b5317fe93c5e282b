#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ip::test {

// Reads a value out of a JSON tree by a slash-separated path such as
// "questions/2/parts/0/name", so data-driven rows can state expectations as
// short "path=value" strings. A path ending in "#" gives the array or object
// size. Scalars are rendered as text; a missing path gives "<missing>",
// which checkExpectation() treats as a failure.
inline QString jsonAt(const QJsonValue& root, const QString& path)
{
    QString walk = path;
    const bool wantSize = walk.endsWith(u'#');
    if (wantSize)
        walk.chop(1);
    QJsonValue value = root;
    for (const QString& step : walk.split(u'/', Qt::SkipEmptyParts)) {
        if (value.isArray()) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= value.toArray().size())
                return QStringLiteral("<missing>");
            value = value.toArray().at(index);
        } else if (value.isObject() && value.toObject().contains(step)) {
            value = value.toObject().value(step);
        } else {
            return QStringLiteral("<missing>");
        }
    }
    if (wantSize) {
        if (value.isArray())
            return QString::number(value.toArray().size());
        if (value.isObject())
            return QString::number(value.toObject().size());
        return QStringLiteral("<not a container>");
    }
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QStringLiteral("<array>");
    case QJsonValue::Object:
        return QStringLiteral("<object>");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("<missing>");
}

// Checks one "path=value" (exact) or "path~=text" (contains) expectation;
// returns an empty string when it holds, or what was found instead. Strict,
// so that no row can pass whatever the parser does: an expectation without
// "=", an empty needle (every text contains it) and a path that names
// nothing are failures, whatever the expected value.
inline QString checkExpectation(const QJsonValue& root, const QString& expectation)
{
    const qsizetype contains = expectation.indexOf(QStringLiteral("~="));
    const qsizetype equals = expectation.indexOf(u'=');
    if (equals < 0)
        return QStringLiteral("%1: not a \"path=value\" or \"path~=text\" expectation")
            .arg(expectation);
    const bool isContains = contains >= 0 && contains + 1 == equals;
    const QString path = expectation.left(isContains ? contains : equals);
    const QString expected = expectation.mid(isContains ? contains + 2 : equals + 1);
    if (isContains && expected.isEmpty())
        return QStringLiteral("%1: \"~=\" needs text to look for; an empty one always matches")
            .arg(path);
    const QString actual = jsonAt(root, path);
    if (actual == QStringLiteral("<missing>") || actual == QStringLiteral("<not a container>"))
        return QStringLiteral("%1: there is no such value (%2)").arg(path, actual);
    const bool holds = isContains ? actual.contains(expected) : actual == expected;
    if (holds)
        return {};
    return QStringLiteral("%1: expected %2\"%3\", got \"%4\"")
        .arg(path, isContains ? QStringLiteral("text containing ") : QString(), expected, actual);
}

} // namespace ip::test
