#include "services/RecoveryJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>

namespace ip {

namespace {

const QString Suffix = QStringLiteral(".draft.json");

std::optional<DraftKind> kindFromKey(const QString& key)
{
    for (DraftKind kind : {DraftKind::Note, DraftKind::Story, DraftKind::Evidence}) {
        if (draftKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Error writeError(const QString& path, const QFileDevice& file)
{
    // QSaveFile reports ENOSPC as a generic write error; errno still says it.
    const bool full = errno == ENOSPC;
    return makeError(
        full ? ErrorKind::DiskFull : ErrorKind::Io,
        full ? QCoreApplication::translate("RecoveryJournal",
                                           "The disk is full: cannot keep a recovery copy in %1.")
                   .arg(QDir::toNativeSeparators(path))
             : QCoreApplication::translate("RecoveryJournal",
                                           "Cannot keep a recovery copy in %1: %2")
                   .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

RecoveryJournal::RecoveryJournal(const QString& dataDirectory)
    : m_directory(QDir(dataDirectory).filePath(QString::fromLatin1(FolderName)))
{
}

QString RecoveryJournal::filePath(const QString& draftId) const
{
    // Ids hold question keys and slashes; a hash makes a safe, fixed-length
    // name, and the id itself is inside the file.
    const QByteArray hash =
        QCryptographicHash::hash(draftId.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + Suffix);
}

Result<void> RecoveryJournal::write(const Draft& draft)
{
    if (!QDir().mkpath(m_directory))
        return makeError(
            ErrorKind::Io,
            tr("Cannot create the recovery folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    const QString path = filePath(draft.id());
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file);
    const QByteArray json = toJson(draft);
    if (file.write(json) != json.size()) {
        const Error error = writeError(path, file);
        file.cancelWriting();
        return error;
    }
    // commit() syncs the new file before renaming it over the old one, so a
    // crash leaves either the previous draft or this one, whole.
    if (!file.commit())
        return writeError(path, file);
    return {};
}

Result<void> RecoveryJournal::remove(const QString& draftId)
{
    QFile file(filePath(draftId));
    if (!file.exists() || file.remove())
        return {};
    return makeError(ErrorKind::Io,
                     tr("Cannot remove the recovery copy %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

RecoveryJournal::Contents RecoveryJournal::read() const
{
    Contents contents;
    const QDir folder(m_directory);
    const QStringList names =
        folder.entryList({QLatin1Char('*') + Suffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            contents.unreadable << file.fileName();
            continue;
        }
        Result<Draft> draft = fromJson(file.readAll());
        if (draft.ok())
            contents.drafts << std::move(draft).value();
        else
            contents.unreadable << file.fileName();
    }
    std::stable_sort(contents.drafts.begin(), contents.drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.modified < b.modified; });
    return contents;
}

QByteArray RecoveryJournal::toJson(const Draft& draft)
{
    QJsonArray fields;
    for (const DraftField& field : draft.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), field.name},
                                  {QStringLiteral("text"), field.text}});
    const QJsonObject object{
        {QStringLiteral("kind"), draftKindKey(draft.kind)},
        {QStringLiteral("guideKey"), draft.guideKey},
        {QStringLiteral("itemKey"), draft.itemKey},
        {QStringLiteral("label"), draft.label},
        {QStringLiteral("modified"), draft.modified.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("fields"), fields},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<Draft> RecoveryJournal::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto invalid = [](const QString& message) {
        return makeError(ErrorKind::InvalidInput, message);
    };
    if (!document.isObject())
        return invalid(tr("Not a recovery draft: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    const std::optional<DraftKind> kind = kindFromKey(object.value(u"kind").toString());
    if (!kind)
        return invalid(tr("Not a recovery draft: unknown kind"));
    Draft draft;
    draft.kind = *kind;
    draft.guideKey = object.value(u"guideKey").toString();
    draft.itemKey = object.value(u"itemKey").toString();
    draft.label = object.value(u"label").toString();
    draft.modified =
        QDateTime::fromString(object.value(u"modified").toString(), Qt::ISODateWithMs).toUTC();
    if (draft.itemKey.isEmpty())
        return invalid(tr("Not a recovery draft: no item key"));
    for (const QJsonValue& value : object.value(u"fields").toArray()) {
        const QJsonObject field = value.toObject();
        draft.fields.append(
            DraftField{field.value(u"name").toString(), field.value(u"text").toString()});
    }
    return draft;
}

} // namespace ip
