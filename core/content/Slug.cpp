#include "content/Slug.h"

#include <QCryptographicHash>
#include <algorithm>

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
    // ASCII text is its own decomposition and is lowered below, so the usual
    // prompt is not copied twice first.
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed =
        ascii ? text : text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    for (QChar c : decomposed) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
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
