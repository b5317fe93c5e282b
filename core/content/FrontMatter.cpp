#include "content/FrontMatter.h"

#include "content/YamlMistakes.h"

#include <QJsonArray>
#include <yaml-cpp/yaml.h>

namespace ip {

namespace {

bool isDelimiter(QStringView line, bool closing)
{
    const QStringView trimmed = line.trimmed();
    return trimmed == QLatin1String("---") || (closing && trimmed == QLatin1String("..."));
}

// Turns a YAML tree into JSON, counting nodes so an alias bomb ("a: &a [*b,
// *b, ...]") cannot expand into millions of values.
class YamlToJson {
public:
    bool exhausted = false;

    QJsonValue convert(const YAML::Node& node, int depth)
    {
        if (++m_nodes > FrontMatter::MaxNodes || depth > FrontMatter::MaxDepth) {
            exhausted = true;
            return QJsonValue();
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node) {
                array.append(convert(item, depth + 1));
                if (exhausted)
                    break;
            }
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto& entry : node) {
                const QString key = entry.first.IsScalar()
                                        ? QString::fromStdString(entry.first.Scalar())
                                        : QStringLiteral("?");
                object.insert(key, convert(entry.second, depth + 1));
                if (exhausted)
                    break;
            }
            return object;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue();
        }
        return QJsonValue();
    }

private:
    int m_nodes = 0;
};

class MetadataReader {
public:
    MetadataReader(const YAML::Node& root, int yamlFirstLine, QList<Diagnostic>& diagnostics)
        : m_root(root), m_yamlFirstLine(yamlFirstLine), m_diagnostics(diagnostics)
    {
    }

    QString text(const char* key)
    {
        const YAML::Node node = m_root[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            warn(node,
                 FrontMatter::tr("\"%1\" should be text; it was ignored").arg(QLatin1String(key)));
            return {};
        }
        return QString::fromStdString(node.Scalar()).trimmed();
    }

    std::optional<QDate> date(const char* key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        // Dates may carry a time ("2025-02-05T10:00:00Z"); the day is enough.
        QDate day = QDate::fromString(value.left(10), Qt::ISODate);
        if (!day.isValid()) {
            warn(m_root[key], FrontMatter::tr("\"%1\" is not a date like 2025-02-05: \"%2\"")
                                  .arg(QLatin1String(key), value));
            return std::nullopt;
        }
        return day;
    }

    QStringList list(const char* key)
    {
        const YAML::Node node = m_root[key];
        QStringList values;
        if (!node || node.IsNull())
            return values;
        if (node.IsScalar()) {
            // "tags: a, b" is a common slip for a list; read it as one.
            for (const QString& part : QString::fromStdString(node.Scalar()).split(u','))
                if (!part.trimmed().isEmpty())
                    values << part.trimmed();
            return values;
        }
        if (!node.IsSequence()) {
            warn(
                node,
                FrontMatter::tr("\"%1\" should be a list; it was ignored").arg(QLatin1String(key)));
            return values;
        }
        for (const YAML::Node& item : node) {
            if (item.IsScalar())
                values << QString::fromStdString(item.Scalar()).trimmed();
            else
                warn(item, FrontMatter::tr("an entry of \"%1\" is not text; it was skipped")
                               .arg(QLatin1String(key)));
        }
        return values;
    }

    std::optional<Picture> picture(const char* key)
    {
        const YAML::Node node = m_root[key];
        if (!node || node.IsNull())
            return std::nullopt;
        if (node.IsScalar())
            return Picture{QString::fromStdString(node.Scalar()).trimmed(), QString()};
        if (!node.IsMap() || !node["url"] || !node["url"].IsScalar()) {
            warn(node, FrontMatter::tr("\"%1\" should have a url; it was ignored")
                           .arg(QLatin1String(key)));
            return std::nullopt;
        }
        Picture picture{QString::fromStdString(node["url"].Scalar()).trimmed(), QString()};
        if (node["alt"] && node["alt"].IsScalar())
            picture.alt = QString::fromStdString(node["alt"].Scalar()).trimmed();
        return picture;
    }

private:
    void warn(const YAML::Node& node, const QString& message)
    {
        const YAML::Mark mark = node.Mark();
        const bool known = !mark.is_null();
        m_diagnostics << Diagnostic{Diagnostic::Severity::Warning,
                                    known ? m_yamlFirstLine + mark.line : m_yamlFirstLine - 1,
                                    known ? mark.column + 1 : 1, message};
    }

    const YAML::Node& m_root;
    int m_yamlFirstLine;
    QList<Diagnostic>& m_diagnostics;
};

} // namespace

FrontMatter::Block FrontMatter::locate(const SourceLines& lines)
{
    Block block;
    if (lines.count() == 0 || !isDelimiter(lines.at(0), false))
        return block;
    block.present = true;
    block.firstLine = 1;
    // The YAML is the lines between the delimiters, or every line after the
    // opening one when there is no closing one.
    qsizetype end = lines.count();
    for (qsizetype i = 1; i < lines.count(); ++i) {
        if (isDelimiter(lines.at(i), true)) {
            block.closed = true;
            block.lastLine = int(i) + 1;
            end = i;
            break;
        }
    }
    if (end > 1) {
        const qsizetype start = lines.startOf(1);
        block.yaml = lines.text().mid(start, lines.endOf(end - 1) - start);
    }
    return block;
}

GuideMetadata FrontMatter::read(const Block& block, QList<Diagnostic>& diagnostics)
{
    GuideMetadata metadata;
    if (!block.present)
        return metadata;
    const int yamlFirstLine = block.firstLine + 1;
    if (!block.closed) {
        diagnostics << YamlMistakes(block.yaml, yamlFirstLine, 0).whenUnclosed(block.firstLine);
        return metadata;
    }
    const QByteArray yaml = block.yaml.toUtf8();
    if (yaml.size() > MaxBytes) {
        diagnostics << Diagnostic{Diagnostic::Severity::Error, block.firstLine, 1,
                                  FrontMatter::tr("the front matter is %1 KB; at most %2 KB is "
                                                  "allowed")
                                      .arg(yaml.size() / 1024)
                                      .arg(MaxBytes / 1024)};
        return metadata;
    }
    // yaml-cpp's messages say where it gave up, in its terms; these say what
    // the mistake was, where it was made.
    const YamlMistakes mistakes(block.yaml, yamlFirstLine, block.lastLine);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        const bool known = !e.mark.is_null();
        diagnostics << mistakes.whenRefused(e.msg, known ? e.mark.line : -1,
                                            known ? e.mark.column : -1);
        return metadata;
    }
    diagnostics << mistakes.whenAccepted();
    if (root.IsNull())
        return metadata;
    if (!root.IsMap()) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Warning, yamlFirstLine, 1,
            FrontMatter::tr("the front matter should be \"key: value\" lines; "
                            "it was ignored")};
        return metadata;
    }
    try {
        YamlToJson toJson;
        const QJsonValue all = toJson.convert(root, 0);
        if (toJson.exhausted) {
            diagnostics << Diagnostic{
                Diagnostic::Severity::Error, block.firstLine, 1,
                FrontMatter::tr("the front matter is nested too deep or expands to too many "
                                "values (at most %1 levels and %2 values)")
                    .arg(MaxDepth)
                    .arg(MaxNodes)};
            return metadata;
        }
        metadata.all = all.toObject();
        MetadataReader reader(root, yamlFirstLine, diagnostics);
        metadata.term = reader.text("term");
        metadata.description = reader.text("description");
        metadata.category = reader.text("category");
        metadata.vertical = reader.text("vertical");
        metadata.author = reader.text("author");
        metadata.pubDate = reader.date("pubDate");
        metadata.modDate = reader.date("modDate");
        metadata.tags = reader.list("tags");
        metadata.avatar = reader.picture("avatar");
        metadata.image = reader.picture("image");
    } catch (const YAML::Exception& e) {
        diagnostics << Diagnostic{Diagnostic::Severity::Error, yamlFirstLine, 1,
                                  FrontMatter::tr("the front matter could not be read: %1")
                                      .arg(QString::fromStdString(e.msg))};
    }
    return metadata;
}

} // namespace ip
