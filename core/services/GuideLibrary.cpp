#include "services/GuideLibrary.h"

#include "content/GuideJson.h"
#include "content/GuideParser.h"
#include "content/GuideSource.h"
#include "services/GuideParseWorker.h"
#include "services/GuideSearchText.h"
#include "storage/LibraryRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace ip {

QString GuideLibrary::contentHash(const QByteArray& bytes)
{
    // A snapshot holds the diagnostics in the language it was read in, so
    // one read in another language is read again. English, the language of
    // every snapshot before there were others, keeps the plain prefix.
    const QString language = GuideParseWorker::language();
    const QString reader =
        language == u"en" ? QStringLiteral("parser%1:").arg(GuideParser::Version)
                          : QStringLiteral("parser%1-%2:").arg(GuideParser::Version).arg(language);
    return reader +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Guide GuideLibrary::open(const QByteArray& bytes, const QString& path) const
{
    const QString hash = contentHash(bytes);
    if (m_library) {
        if (const auto entry = m_library->findSnapshot(path, hash); entry.ok() && *entry) {
            if (std::optional<Guide> stored = fromSnapshot(**entry))
                return *std::move(stored);
        }
    }
    Guide guide = GuideParseWorker::parse(bytes, path);
    // Only a guide that opened cleanly of errors is worth remembering; the
    // snapshot is a cache, so failing to store it changes nothing for the user.
    if (m_library && !guide.hasErrors()) {
        LibraryEntry entry;
        entry.guideKey = guide.key;
        entry.filePath = path;
        entry.contentHash = hash;
        entry.snapshot = QJsonDocument(GuideJson::toJson(guide)).toJson(QJsonDocument::Compact);
        entry.importedAt = QDateTime::currentDateTimeUtc();
        const GuideSearchDocuments search = GuideSearchText::documentsOf(guide);
        if (m_remember)
            m_remember(entry, search);
        else
            (void)m_library->save(entry, search);
    }
    return guide;
}

Guide GuideLibrary::openFile(const QString& path) const
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return GuideParser::parseFile(path); // reports why it cannot be read
    return open(file.read(GuideSource::MaxBytes + 1), path);
}

std::optional<Guide> GuideLibrary::fromSnapshot(const LibraryEntry& entry)
{
    QJsonParseError error{};
    const QJsonDocument snapshot = QJsonDocument::fromJson(entry.snapshot, &error);
    if (error.error != QJsonParseError::NoError || !snapshot.isObject())
        return std::nullopt;
    Guide guide = GuideJson::fromJson(snapshot.object());
    if (guide.key.isEmpty())
        return std::nullopt;
    return guide;
}

} // namespace ip
