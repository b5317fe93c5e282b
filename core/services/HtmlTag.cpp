#include "services/HtmlTag.h"

#include <QSet>
#include <algorithm>

namespace ip {

namespace {

const QHash<QString, QString>& namedEntities()
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
        {QStringLiteral("raquo"), QStringLiteral("\u00BB")},
        {QStringLiteral("bull"), QStringLiteral("\u2022")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("reg"), QStringLiteral("\u00AE")},
        {QStringLiteral("trade"), QStringLiteral("\u2122")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("times"), QStringLiteral("\u00D7")},
        {QStringLiteral("divide"), QStringLiteral("\u00F7")},
        {QStringLiteral("plusmn"), QStringLiteral("\u00B1")},
        {QStringLiteral("le"), QStringLiteral("\u2264")},
        {QStringLiteral("ge"), QStringLiteral("\u2265")},
        {QStringLiteral("ne"), QStringLiteral("\u2260")},
        {QStringLiteral("asymp"), QStringLiteral("\u2248")},
        {QStringLiteral("infin"), QStringLiteral("\u221E")},
        {QStringLiteral("larr"), QStringLiteral("\u2190")},
        {QStringLiteral("rarr"), QStringLiteral("\u2192")},
        {QStringLiteral("uarr"), QStringLiteral("\u2191")},
        {QStringLiteral("darr"), QStringLiteral("\u2193")},
        {QStringLiteral("harr"), QStringLiteral("\u2194")},
        {QStringLiteral("rArr"), QStringLiteral("\u21D2")},
        {QStringLiteral("euro"), QStringLiteral("\u20AC")},
        {QStringLiteral("pound"), QStringLiteral("\u00A3")},
        {QStringLiteral("yen"), QStringLiteral("\u00A5")},
        {QStringLiteral("cent"), QStringLiteral("\u00A2")},
        {QStringLiteral("sect"), QStringLiteral("\u00A7")},
        {QStringLiteral("para"), QStringLiteral("\u00B6")},
        {QStringLiteral("frac12"), QStringLiteral("\u00BD")},
        {QStringLiteral("frac14"), QStringLiteral("\u00BC")},
        {QStringLiteral("frac34"), QStringLiteral("\u00BE")},
        {QStringLiteral("alpha"), QStringLiteral("\u03B1")},
        {QStringLiteral("beta"), QStringLiteral("\u03B2")},
        {QStringLiteral("gamma"), QStringLiteral("\u03B3")},
        {QStringLiteral("delta"), QStringLiteral("\u03B4")},
        {QStringLiteral("epsilon"), QStringLiteral("\u03B5")},
        {QStringLiteral("lambda"), QStringLiteral("\u03BB")},
        {QStringLiteral("mu"), QStringLiteral("\u03BC")},
        {QStringLiteral("pi"), QStringLiteral("\u03C0")},
        {QStringLiteral("sigma"), QStringLiteral("\u03C3")},
        {QStringLiteral("theta"), QStringLiteral("\u03B8")},
        {QStringLiteral("Sigma"), QStringLiteral("\u03A3")},
        {QStringLiteral("Delta"), QStringLiteral("\u0394")},
        {QStringLiteral("sum"), QStringLiteral("\u2211")},
        {QStringLiteral("minus"), QStringLiteral("\u2212")},
        {QStringLiteral("zwsp"), QString()},
        {QStringLiteral("shy"), QString()},
    };
    return entities;
}

// The character a numeric reference names; what no text may hold (NUL,
// surrogates, other control characters) reads as nothing or U+FFFD.
QString codePointText(uint value)
{
    if (value == 9 || value == 10 || value == 13)
        return QStringLiteral(" ");
    if (value < 0x20 || (value >= 0x7F && value < 0xA0))
        return QString();
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return QString(QChar(0xFFFD));
    const char32_t codePoint = value;
    return QString::fromUcs4(&codePoint, 1);
}

} // namespace

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

QString decodeHtmlEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        // Entity names are short: look no further than that for the ';'.
        const qsizetype found = text.mid(i + 1, 33).indexOf(u';');
        const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
        if (semicolon < 0) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        bool ok = false;
        if (name.startsWith(u'#')) {
            uint value = 0;
            if (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                value = name.mid(2).toUInt(&ok, 16);
            else
                value = name.mid(1).toUInt(&ok, 10);
            if (ok && name.size() <= 10) {
                out += codePointText(value);
                i = semicolon;
                continue;
            }
        } else if (const auto it = namedEntities().constFind(name.toString());
                   it != namedEntities().constEnd()) {
            out += *it;
            i = semicolon;
            continue;
        }
        out += c;
    }
    return out;
}
qsizetype HtmlTag::read(const QString& html, qsizetype at, HtmlTag& tag, qsizetype& nextClose)
{
    if (nextClose < at && nextClose < html.size()) {
        nextClose = html.indexOf(u'>', at);
        if (nextClose < 0)
            nextClose = html.size();
    }
    if (nextClose >= html.size() || nextClose - at > MaxLength)
        return -1;
    const qsizetype limit = std::min(html.size(), at + MaxLength);
    qsizetype i = at + 1;
    if (i < html.size() && html.at(i) == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < limit && (html.at(i).isLetterOrNumber() && html.at(i).unicode() < 0x80))
        ++i;
    if (i == nameStart || !html.at(nameStart).isLetter())
        return -1;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < limit) {
        const QChar c = html.at(i);
        if (c == u'>')
            return i + 1;
        if (isHtmlSpace(c) || c == u'/') {
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < limit && !isHtmlSpace(html.at(i)) && html.at(i) != u'=' && html.at(i) != u'>' &&
               html.at(i) != u'/')
            ++i;
        const QString name = html.mid(attrStart, i - attrStart).toLower();
        while (i < limit && isHtmlSpace(html.at(i)))
            ++i;
        QString value;
        if (i < limit && html.at(i) == u'=') {
            ++i;
            while (i < limit && isHtmlSpace(html.at(i)))
                ++i;
            if (i < limit && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype end = QStringView(html).mid(i + 1, limit - i - 1).indexOf(quote);
                if (end < 0)
                    return -1;
                const qsizetype close = i + 1 + end;
                value = html.mid(i + 1, close - i - 1);
                i = close + 1;
                if (!name.isEmpty() && !tag.attributes.contains(name))
                    tag.attributes.insert(name, decodeHtmlEntities(value));
                continue;
            } else {
                const qsizetype valueStart = i;
                while (i < limit && !isHtmlSpace(html.at(i)) && html.at(i) != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (i == attrStart) // no progress: a stray character
            ++i;
        if (!name.isEmpty() && !tag.attributes.contains(name))
            tag.attributes.insert(name, decodeHtmlEntities(value));
    }
    return -1;
}

qsizetype HtmlTag::skip(const QString& html, qsizetype at, const HtmlTag* rawTextTag)
{
    if (rawTextTag) {
        const qsizetype end =
            html.indexOf(QStringLiteral("</") + rawTextTag->name, at, Qt::CaseInsensitive);
        if (end < 0)
            return html.size();
        const qsizetype close = html.indexOf(u'>', end);
        return close < 0 ? html.size() : close + 1;
    }
    if (html.mid(at, 4) == QLatin1String("<!--")) {
        const qsizetype end = html.indexOf(QStringLiteral("-->"), at + 4);
        return end < 0 ? html.size() : end + 3;
    }
    const qsizetype end = html.indexOf(u'>', at);
    return end < 0 ? html.size() : end + 1;
}

bool HtmlTag::isRawText() const
{
    static const QSet<QString> names = {
        QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("head"),
        QStringLiteral("title"),  QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("iframe"),   QStringLiteral("object")};
    return names.contains(name);
}

bool HtmlTag::isLine() const
{
    static const QSet<QString> names = {
        QStringLiteral("div"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"),  QStringLiteral("tr"),
        QStringLiteral("dt"),      QStringLiteral("dd"),      QStringLiteral("address"),
        QStringLiteral("caption"), QStringLiteral("figure"),  QStringLiteral("main")};
    return names.contains(name);
}

bool HtmlTag::isParagraph() const
{
    static const QSet<QString> names = {QStringLiteral("p"),    QStringLiteral("table"),
                                        QStringLiteral("hr"),   QStringLiteral("dl"),
                                        QStringLiteral("body"), QStringLiteral("html")};
    return names.contains(name);
}

bool HtmlTag::isHeading() const
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

} // namespace ip
