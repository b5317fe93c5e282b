#include "services/HtmlToMarkdown.h"

#include "services/HtmlTag.h"
#include "services/MarkdownBuilder.h"

#include <QUrl>

namespace ip {

namespace {

// Runs of white space as one space, ends trimmed.
QString simplifiedText(const QString& text)
{
    QString out = text;
    out.replace(QChar(0xA0), u' ');
    return out.simplified();
}

// The address of a link worth keeping: http, https or mailto, encoded so it
// can stand between '<' and '>'.
QString safeUrl(const QString& href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
                           scheme != QLatin1String("mailto")))
        return QString();
    return QString::fromLatin1(url.toEncoded());
}

// Text inside <pre>: tags dropped, <br> a newline, entities decoded.
QString preformattedText(const QString& html, qsizetype& i)
{
    qsizetype nextClose = -1;
    QString text;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        text += decodeHtmlEntities(QStringView(html).mid(i, end - i));
        i = end;
        if (lt < 0)
            break;
        HtmlTag tag;
        const qsizetype after = HtmlTag::read(html, lt, tag, nextClose);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = HtmlTag::skip(html, lt);
                continue;
            }
            text += u'<';
            i = lt + 1;
            continue;
        }
        i = after;
        if (tag.name == QLatin1String("pre") && tag.closing)
            break;
        if (tag.name == QLatin1String("br") ||
            (tag.closing && (tag.name == QLatin1String("div") || tag.name == QLatin1String("p"))))
            text += u'\n';
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

QString HtmlToMarkdown::decodeEntities(QStringView text)
{
    return decodeHtmlEntities(text);
}

QString HtmlToMarkdown::fromHtml(const QString& html)
{
    qsizetype nextClose = -1;
    MarkdownBuilder builder;
    int cell = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        if (end > i)
            builder.text(decodeHtmlEntities(QStringView(html).mid(i, end - i)));
        if (lt < 0)
            break;
        HtmlTag tag;
        const qsizetype after = HtmlTag::read(html, lt, tag, nextClose);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = HtmlTag::skip(html, lt);
            } else {
                builder.text(QStringLiteral("<"));
                i = lt + 1;
            }
            continue;
        }
        i = after;
        const QString& name = tag.name;
        if (tag.isRawText()) {
            if (!tag.closing)
                i = HtmlTag::skip(html, i, &tag);
        } else if (name == QLatin1String("br")) {
            builder.lineBreak();
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            tag.closing ? builder.close(MarkdownBuilder::Style::Strong)
                        : builder.open(MarkdownBuilder::Style::Strong);
        } else if (name == QLatin1String("i") || name == QLatin1String("em") ||
                   name == QLatin1String("cite") || name == QLatin1String("var")) {
            tag.closing ? builder.close(MarkdownBuilder::Style::Emphasis)
                        : builder.open(MarkdownBuilder::Style::Emphasis);
        } else if (name == QLatin1String("s") || name == QLatin1String("del") ||
                   name == QLatin1String("strike")) {
            tag.closing ? builder.close(MarkdownBuilder::Style::Strike)
                        : builder.open(MarkdownBuilder::Style::Strike);
        } else if (name == QLatin1String("a")) {
            if (tag.closing) {
                builder.close(MarkdownBuilder::Style::Link);
            } else if (const QString url = safeUrl(tag.attributes.value(QStringLiteral("href")));
                       !url.isEmpty()) {
                builder.open(MarkdownBuilder::Style::Link, url);
            } else {
                builder.open(MarkdownBuilder::Style::Link, QString()); // no address: the text alone
            }
        } else if (name == QLatin1String("code") || name == QLatin1String("kbd") ||
                   name == QLatin1String("samp") || name == QLatin1String("tt")) {
            if (!tag.closing) {
                // The code's text up to its end tag, tags inside dropped.
                const qsizetype close =
                    html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                const qsizetype stop = close < 0 ? html.size() : close;
                QString inner;
                qsizetype innerClose = -1;
                for (qsizetype k = i; k < stop;) {
                    const qsizetype open = html.indexOf(u'<', k);
                    const qsizetype textEnd = open < 0 || open > stop ? stop : open;
                    inner += html.mid(k, textEnd - k);
                    if (textEnd >= stop)
                        break;
                    HtmlTag innerTag;
                    const qsizetype innerEnd = HtmlTag::read(html, textEnd, innerTag, innerClose);
                    if (innerEnd < 0 || innerEnd > stop) {
                        inner += u'<';
                        k = textEnd + 1;
                    } else {
                        k = innerEnd;
                    }
                }
                builder.code(decodeHtmlEntities(inner));
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                i = closeEnd < 0 ? html.size() : closeEnd + 1;
            }
        } else if (name == QLatin1String("pre")) {
            if (!tag.closing)
                builder.codeBlock(preformattedText(html, i));
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (tag.closing) {
                builder.closeList();
            } else {
                bool ok = false;
                const int start = tag.attributes.value(QStringLiteral("start")).toInt(&ok);
                builder.openList(name == QLatin1String("ol"), ok ? start : 1);
            }
        } else if (name == QLatin1String("li")) {
            tag.closing ? builder.closeItem() : builder.openItem();
        } else if (name == QLatin1String("blockquote")) {
            tag.closing ? builder.closeQuote() : builder.openQuote();
        } else if (tag.isHeading()) {
            builder.endParagraph();
            tag.closing ? builder.close(MarkdownBuilder::Style::Strong)
                        : builder.open(MarkdownBuilder::Style::Strong);
            if (tag.closing)
                builder.endParagraph();
        } else if (name == QLatin1String("img")) {
            QString label = tag.attributes.value(QStringLiteral("alt")).simplified();
            if (label.isEmpty())
                label = tag.attributes.value(QStringLiteral("src")).section(u'/', -1).simplified();
            if (!label.isEmpty())
                builder.text(u' ' + tr("(image: %1)").arg(label) + u' ');
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.closing && cell++ > 0)
                builder.text(QStringLiteral(" | "));
        } else if (tag.isLine()) {
            if (name == QLatin1String("tr"))
                cell = 0;
            builder.endLine();
        } else if (tag.isParagraph()) {
            builder.endParagraph();
        }
    }
    return builder.finish();
}

QString HtmlToMarkdown::fromPlainText(const QString& text)
{
    MarkdownBuilder builder;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    const QStringList lines = normalised.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            builder.lineBreak();
        builder.text(lines.at(i));
    }
    return builder.finish();
}

QString HtmlToMarkdown::lineFromHtml(const QString& html)
{
    qsizetype nextClose = -1;
    QString text;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        text += decodeHtmlEntities(QStringView(html).mid(i, end - i));
        if (lt < 0)
            break;
        HtmlTag tag;
        const qsizetype after = HtmlTag::read(html, lt, tag, nextClose);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = HtmlTag::skip(html, lt);
            } else {
                text += u'<';
                i = lt + 1;
            }
            continue;
        }
        i = after;
        if (tag.isRawText() && !tag.closing)
            i = HtmlTag::skip(html, i, &tag);
        else if (tag.name == QLatin1String("br") || tag.isLine() || tag.isParagraph() ||
                 tag.name == QLatin1String("li") || tag.isHeading())
            text += u' ';
    }
    return simplifiedText(text);
}

} // namespace ip
