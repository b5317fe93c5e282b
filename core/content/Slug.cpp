#include "content/Slug.h"

#include <QCryptographicHash>

namespace ip {

namespace {
constexpr int MaxSlugLength = 64;
constexpr int KeptPrefixLength = 54;

QString shortHash(const QString& text)
{
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(digest.left(8));
}
} // namespace

QString slugify(const QString& text)
{
    // Decompose so "é" becomes "e" + a combining mark that is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        const bool asciiAlnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (asciiAlnum) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            pendingDash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    // Text with no Latin letters (a prompt in another script) still needs a
    // key that is stable and distinct.
    if (slug.isEmpty())
        return text.trimmed().isEmpty() ? QStringLiteral("untitled")
                                        : QStringLiteral("t-") + shortHash(text.trimmed());
    // Long prompts keep a readable head and a hash of the whole, so two
    // prompts sharing their first words still get different keys.
    if (slug.size() > MaxSlugLength) {
        QString head = slug.left(KeptPrefixLength);
        const qsizetype cut = head.lastIndexOf(u'-');
        if (cut > KeptPrefixLength / 2)
            head.truncate(cut);
        slug = head + u'-' + shortHash(slug);
    }
    return slug;
}

} // namespace ip
