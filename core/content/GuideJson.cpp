#include "content/GuideJson.h"

#include <QJsonArray>

namespace ip {

namespace {

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject rangeToJson(const SourceRange& range)
{
    return QJsonObject{{QStringLiteral("first"), range.firstLine},
                       {QStringLiteral("last"), range.lastLine}};
}

SourceRange rangeFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return SourceRange{object.value(QStringLiteral("first")).toInt(),
                       object.value(QStringLiteral("last")).toInt()};
}

QJsonObject starToJson(const StarFields& star)
{
    return QJsonObject{{QStringLiteral("situation"), star.situation},
                       {QStringLiteral("task"), star.task},
                       {QStringLiteral("action"), star.action},
                       {QStringLiteral("result"), star.result}};
}

StarFields starFromJson(const QJsonObject& object)
{
    return StarFields{object.value(QStringLiteral("situation")).toString(),
                      object.value(QStringLiteral("task")).toString(),
                      object.value(QStringLiteral("action")).toString(),
                      object.value(QStringLiteral("result")).toString()};
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

std::optional<QDate> dateFromJson(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<Picture> pictureFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    return Picture{object.value(QStringLiteral("url")).toString(),
                   object.value(QStringLiteral("alt")).toString()};
}

} // namespace

QJsonObject GuideJson::diagnosticToJson(const Diagnostic& diagnostic)
{
    return QJsonObject{{QStringLiteral("severity"), Diagnostic::severityName(diagnostic.severity)},
                       {QStringLiteral("line"), diagnostic.line},
                       {QStringLiteral("column"), diagnostic.column},
                       {QStringLiteral("message"), diagnostic.message}};
}

QJsonObject GuideJson::toJson(const Guide& guide)
{
    QJsonArray groups;
    for (const RequirementGroup& group : guide.requirementGroups) {
        QJsonArray items;
        for (const Requirement& item : group.items) {
            items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("level"), optionalText(item.level)},
                                     {QStringLiteral("detail"), item.detail},
                                     {QStringLiteral("lines"), rangeToJson(item.source)}});
        }
        groups.append(QJsonObject{{QStringLiteral("name"), group.name},
                                  {QStringLiteral("note"), group.note},
                                  {QStringLiteral("items"), items}});
    }
    QJsonArray questions;
    for (const Question& question : guide.questions) {
        QJsonArray parts;
        for (const QuestionPart& part : question.parts) {
            QJsonObject partJson{{QStringLiteral("name"), part.name},
                                 {QStringLiteral("markdown"), part.markdown},
                                 {QStringLiteral("lines"), rangeToJson(part.source)}};
            if (!part.star.isEmpty())
                partJson.insert(QStringLiteral("star"), starToJson(part.star));
            parts.append(partJson);
        }
        questions.append(QJsonObject{{QStringLiteral("key"), question.key},
                                     {QStringLiteral("number"), question.number},
                                     {QStringLiteral("category"), question.category},
                                     {QStringLiteral("prompt"), question.prompt},
                                     {QStringLiteral("parts"), parts},
                                     {QStringLiteral("lines"), rangeToJson(question.source)}});
    }
    QJsonArray diagnostics;
    for (const Diagnostic& diagnostic : guide.diagnostics)
        diagnostics.append(diagnosticToJson(diagnostic));

    return QJsonObject{
        {QStringLiteral("file"), guide.fileName},
        {QStringLiteral("ok"), !guide.hasErrors()},
        {QStringLiteral("key"), guide.key},
        {QStringLiteral("title"), guide.title},
        {QStringLiteral("metadata"), guide.metadata.all},
        {QStringLiteral("requirementGroups"), groups},
        {QStringLiteral("categories"), QJsonArray::fromStringList(guide.categories)},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("conclusion"), guide.conclusion},
        {QStringLiteral("diagnostics"), diagnostics},
    };
}

Guide GuideJson::fromJson(const QJsonObject& object)
{
    Guide guide;
    guide.fileName = object.value(QStringLiteral("file")).toString();
    guide.key = object.value(QStringLiteral("key")).toString();
    guide.title = object.value(QStringLiteral("title")).toString();
    guide.conclusion = object.value(QStringLiteral("conclusion")).toString();
    guide.categories = toStringList(object.value(QStringLiteral("categories")));

    // Typed metadata is re-derived from the stored front matter keys.
    const QJsonObject all = object.value(QStringLiteral("metadata")).toObject();
    GuideMetadata& metadata = guide.metadata;
    metadata.all = all;
    metadata.term = all.value(QStringLiteral("term")).toString();
    metadata.description = all.value(QStringLiteral("description")).toString();
    metadata.category = all.value(QStringLiteral("category")).toString();
    metadata.vertical = all.value(QStringLiteral("vertical")).toString();
    metadata.author = all.value(QStringLiteral("author")).toString();
    metadata.pubDate = dateFromJson(all.value(QStringLiteral("pubDate")));
    metadata.modDate = dateFromJson(all.value(QStringLiteral("modDate")));
    const QJsonValue tags = all.value(QStringLiteral("tags"));
    metadata.tags = tags.isArray()    ? toStringList(tags)
                    : tags.isString() ? tags.toString().split(u',', Qt::SkipEmptyParts)
                                      : QStringList();
    for (QString& tag : metadata.tags)
        tag = tag.trimmed();
    metadata.avatar = pictureFromJson(all.value(QStringLiteral("avatar")));
    metadata.image = pictureFromJson(all.value(QStringLiteral("image")));

    for (const QJsonValue& groupValue :
         object.value(QStringLiteral("requirementGroups")).toArray()) {
        const QJsonObject groupJson = groupValue.toObject();
        RequirementGroup group{groupJson.value(QStringLiteral("name")).toString(),
                               groupJson.value(QStringLiteral("note")).toString(),
                               {}};
        for (const QJsonValue& itemValue : groupJson.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            group.items << Requirement{item.value(QStringLiteral("key")).toString(),
                                       item.value(QStringLiteral("title")).toString(),
                                       item.value(QStringLiteral("level")).toString(),
                                       item.value(QStringLiteral("detail")).toString(),
                                       rangeFromJson(item.value(QStringLiteral("lines")))};
        }
        guide.requirementGroups << group;
    }
    for (const QJsonValue& questionValue : object.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject questionJson = questionValue.toObject();
        Question question;
        question.key = questionJson.value(QStringLiteral("key")).toString();
        question.number = questionJson.value(QStringLiteral("number")).toInt();
        question.category = questionJson.value(QStringLiteral("category")).toString();
        question.prompt = questionJson.value(QStringLiteral("prompt")).toString();
        question.source = rangeFromJson(questionJson.value(QStringLiteral("lines")));
        for (const QJsonValue& partValue : questionJson.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject part = partValue.toObject();
            question.parts << QuestionPart{
                part.value(QStringLiteral("name")).toString(),
                part.value(QStringLiteral("markdown")).toString(),
                rangeFromJson(part.value(QStringLiteral("lines"))),
                starFromJson(part.value(QStringLiteral("star")).toObject())};
        }
        guide.questions << question;
    }
    for (const QJsonValue& value : object.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject d = value.toObject();
        guide.diagnostics << Diagnostic{
            d.value(QStringLiteral("severity")).toString() == QLatin1String("error")
                ? Diagnostic::Severity::Error
                : Diagnostic::Severity::Warning,
            d.value(QStringLiteral("line")).toInt(), d.value(QStringLiteral("column")).toInt(),
            d.value(QStringLiteral("message")).toString()};
    }
    return guide;
}

} // namespace ip
