#include "services/HtmlToMarkdown.h"

#include "services/MarkdownText.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace ip {

namespace {

// Deeper lists and quotes are read as one level more of the deepest: a
// guide may nest 32 deep (HostileStructureCheck), and a card needs far less.
constexpr int MaxContainerDepth = 6;

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

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Runs of white space as one space (HTML's reading of text).
QString collapsed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isSpace(c) || c == QChar(0xA0)) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

// Text written into Markdown as exactly that text; a '|' is escaped too, so
// no line of text turns into a table.
QString escapedText(const QString& text)
{
    QString escaped = markdownText(text);
    escaped.replace(u'|', QStringLiteral("\\|"));
    return escaped;
}

// One tag as read from the HTML.
struct Tag {
    QString name; // lower case
    bool closing = false;
    QHash<QString, QString> attributes; // names in lower case, values decoded
};

// Reads "<name attr=value ...>" starting at html[at] == '<'; returns the
// index after '>' or -1 when this is no tag (then '<' is text). A tag ends
// within MaxTagLength characters or is none, so text full of '<' is read in
// linear time.
constexpr qsizetype MaxTagLength = 4096;

qsizetype readTag(const QString& html, qsizetype at, Tag& tag)
{
    const qsizetype limit = std::min(html.size(), at + MaxTagLength);
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
        if (isSpace(c) || c == u'/') {
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < limit && !isSpace(html.at(i)) && html.at(i) != u'=' && html.at(i) != u'>' &&
               html.at(i) != u'/')
            ++i;
        const QString name = html.mid(attrStart, i - attrStart).toLower();
        while (i < limit && isSpace(html.at(i)))
            ++i;
        QString value;
        if (i < limit && html.at(i) == u'=') {
            ++i;
            while (i < limit && isSpace(html.at(i)))
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
                    tag.attributes.insert(name, HtmlToMarkdown::decodeEntities(value));
                continue;
            } else {
                const qsizetype valueStart = i;
                while (i < limit && !isSpace(html.at(i)) && html.at(i) != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (i == attrStart) // no progress: a stray character
            ++i;
        if (!name.isEmpty() && !tag.attributes.contains(name))
            tag.attributes.insert(name, HtmlToMarkdown::decodeEntities(value));
    }
    return -1;
}

// Where the HTML goes on after a comment, a declaration or the content of a
// script or style element (skipped whole).
qsizetype skipSpecial(const QString& html, qsizetype at, const Tag* rawTextTag)
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

bool isRawTextElement(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("head"),
        QStringLiteral("title"),  QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("iframe"),   QStringLiteral("object")};
    return names.contains(name);
}

bool isLineElement(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("div"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),  QStringLiteral("footer"),  QStringLiteral("tr"),
        QStringLiteral("dt"),      QStringLiteral("dd"),      QStringLiteral("address"),
        QStringLiteral("caption"), QStringLiteral("figure"),  QStringLiteral("main")};
    return names.contains(name);
}

bool isParagraphElement(const QString& name)
{
    static const QSet<QString> names = {QStringLiteral("p"),    QStringLiteral("table"),
                                        QStringLiteral("hr"),   QStringLiteral("dl"),
                                        QStringLiteral("body"), QStringLiteral("html")};
    return names.contains(name);
}

bool isHeading(const QString& name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
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

enum class Style { Strong, Emphasis, Strike, Link };

QString delimiter(Style style, bool opening, const QString& url)
{
    switch (style) {
    case Style::Strong:
        return QStringLiteral("**");
    case Style::Emphasis:
        return QStringLiteral("*");
    case Style::Strike:
        return QStringLiteral("~~");
    case Style::Link:
        // A link whose address was not kept is its text alone.
        if (url.isEmpty())
            return QString();
        return opening ? QStringLiteral("[") : QStringLiteral("](<") + url + QStringLiteral(">)");
    }
    return QString();
}

// A piece of a paragraph.
struct Segment {
    enum Kind { Text, Code, Open, Close, Break } kind = Text;
    QString text; // Text, Code; the address for Link
    Style style = Style::Strong;
};

struct ActiveStyle {
    Style style;
    QString url;
    int depth = 1;
};

struct Container {
    enum Kind { Quote, List, Item } kind = Quote;
    int id = 0;
    bool ordered = false; // List
    int next = 1;         // List: the next item's number
    int index = 0;        // Item: its place in the list
    QString marker{};     // Item: "- " or "3. "
};

// A block with the containers it sits in, outermost first.
struct Block {
    QStringList lines;
    QList<Container> path;
    bool paragraph = false;
};

// Renders one paragraph's segments as Markdown lines. Emphasis opened
// before white space opens after it, closed after white space closes before
// it, and an empty one is left out: "**a **b" would not read as bold.
QStringList renderParagraph(QList<Segment> segments, bool topLevel)
{
    // A bold span opening a top-level paragraph would be read as a part's
    // label by the guide parser: emphasised too, it is not.
    if (topLevel) {
        for (qsizetype openAt = 0; openAt < segments.size(); ++openAt) {
            const Segment& segment = segments.at(openAt);
            if (segment.kind != Segment::Open)
                break;
            if (segment.style != Style::Strong)
                continue;
            qsizetype closeAt = openAt + 1;
            while (closeAt < segments.size() && !(segments.at(closeAt).kind == Segment::Close &&
                                                  segments.at(closeAt).style == Style::Strong))
                ++closeAt;
            closeAt = std::min(closeAt + 1, segments.size());
            segments.insert(closeAt, Segment{Segment::Close, QString(), Style::Emphasis});
            segments.insert(openAt, Segment{Segment::Open, QString(), Style::Emphasis});
            break;
        }
    }

    QString out;
    QList<Segment> pendingOpens;
    auto atLineStart = [&] { return out.isEmpty() || out.endsWith(u'\n'); };
    auto flushOpens = [&] {
        for (const Segment& open : std::as_const(pendingOpens)) {
            QString text = delimiter(open.style, true, open.text);
            // "![" would make the link an image.
            if (open.style == Style::Link && out.endsWith(u'!'))
                out.insert(out.size() - 1, u'\\');
            out += text;
        }
        pendingOpens.clear();
    };
    for (const Segment& segment : std::as_const(segments)) {
        switch (segment.kind) {
        case Segment::Open:
            pendingOpens << segment;
            break;
        case Segment::Close: {
            const auto pending =
                std::find_if(pendingOpens.begin(), pendingOpens.end(),
                             [&](const Segment& s) { return s.style == segment.style; });
            if (pending != pendingOpens.end()) {
                pendingOpens.erase(pending);
                break;
            }
            bool space = false;
            while (out.endsWith(u' ')) {
                out.chop(1);
                space = true;
            }
            out += delimiter(segment.style, false, segment.text);
            if (space)
                out += u' ';
            break;
        }
        case Segment::Text: {
            QString text = collapsed(segment.text);
            if (atLineStart() || out.endsWith(u' '))
                while (text.startsWith(u' '))
                    text.remove(0, 1);
            if (text.isEmpty())
                break;
            if (!pendingOpens.isEmpty() && text.startsWith(u' ')) {
                out += u' ';
                text.remove(0, 1);
            }
            flushOpens();
            out += escapedText(text);
            break;
        }
        case Segment::Code: {
            const QString code = collapsed(segment.text);
            if (code.trimmed().isEmpty())
                break;
            flushOpens();
            int longest = 0;
            int run = 0;
            for (const QChar c : code) {
                run = c == u'`' ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            const QString fence(longest + 1, u'`');
            const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
            out += fence + (pad ? QStringLiteral(" ") : QString()) + code +
                   (pad ? QStringLiteral(" ") : QString()) + fence;
            break;
        }
        case Segment::Break:
            while (out.endsWith(u' '))
                out.chop(1);
            if (!atLineStart())
                out += QStringLiteral("\\\n");
            break;
        }
    }
    while (out.endsWith(u' ') || out.endsWith(u'\n'))
        out.chop(1);
    // A paragraph cannot end in a hard break: its backslash would show.
    while (out.endsWith(QLatin1String("\\\n")))
        out.chop(2);
    QStringList lines;
    for (QString line : out.split(u'\n')) {
        while (line.startsWith(u' '))
            line.remove(0, 1);
        // "===" under a line would make it a heading.
        if (line.startsWith(u'='))
            line.prepend(u'\\');
        lines << line;
    }
    if (lines.size() == 1 && lines.first().isEmpty())
        return {};
    return lines;
}

// Builds the Markdown as the HTML is read.
class MarkdownBuilder {
public:
    void text(const QString& text)
    {
        if (text.isEmpty())
            return;
        // White space between blocks or before a break is not text.
        if (collapsed(text).trimmed().isEmpty() && (m_pendingBreaks > 0 || !lineHasContent()))
            return;
        startContent();
        if (!m_segments.isEmpty() && m_segments.last().kind == Segment::Text)
            m_segments.last().text += text;
        else
            m_segments << Segment{Segment::Text, text, Style::Strong};
        m_lineHasContent = m_lineHasContent || !collapsed(text).trimmed().isEmpty();
    }

    void code(const QString& code)
    {
        startContent();
        m_segments << Segment{Segment::Code, code, Style::Strong};
        m_lineHasContent = true;
    }

    void lineBreak() { ++m_pendingBreaks; }

    // The end of a line element (<div>): a break when its line has text.
    void endLine()
    {
        if (lineHasContent() && m_pendingBreaks == 0)
            m_pendingBreaks = 1;
    }

    void endParagraph()
    {
        m_pendingBreaks = 0;
        m_lineHasContent = false;
        if (m_segments.isEmpty())
            return;
        for (auto it = m_active.rbegin(); it != m_active.rend(); ++it)
            m_segments << Segment{Segment::Close, it->url, it->style};
        const QStringList lines = renderParagraph(m_segments, !hasPrintedContainer());
        m_segments.clear();
        if (!lines.isEmpty())
            addBlock(lines, true);
    }

    void open(Style style, const QString& url = {})
    {
        for (ActiveStyle& active : m_active) {
            if (active.style == style) {
                ++active.depth;
                return;
            }
        }
        m_active << ActiveStyle{style, url};
        if (!m_segments.isEmpty())
            m_segments << Segment{Segment::Open, url, style};
    }

    void close(Style style)
    {
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_active.size(); ++i)
            if (m_active.at(i).style == style)
                at = i;
        if (at < 0)
            return;
        if (--m_active[at].depth > 0)
            return;
        // Emphasis opened inside this one closes with it and opens again
        // after, so delimiters always nest.
        const QList<ActiveStyle> above = m_active.mid(at + 1);
        const bool inParagraph = !m_segments.isEmpty();
        for (qsizetype i = m_active.size() - 1; i >= at; --i) {
            if (inParagraph)
                m_segments << Segment{Segment::Close, m_active.at(i).url, m_active.at(i).style};
        }
        m_active.resize(at);
        for (const ActiveStyle& active : above) {
            m_active << active;
            if (inParagraph)
                m_segments << Segment{Segment::Open, active.url, active.style};
        }
    }

    void openQuote()
    {
        if (depth() >= MaxContainerDepth) {
            m_ignored << Container::Quote;
            return;
        }
        endParagraph();
        m_ignored << -1;
        m_stack << Container{Container::Quote, ++m_lastId};
    }

    void closeQuote() { closeContainer(Container::Quote); }

    void openList(bool ordered, int start)
    {
        if (depth() >= MaxContainerDepth) {
            m_ignored << Container::List;
            return;
        }
        endParagraph();
        m_ignored << -1;
        Container list{Container::List, ++m_lastId};
        list.ordered = ordered;
        list.next = std::clamp(start, 0, 9999);
        m_stack << list;
    }

    void closeList() { closeContainer(Container::List); }

    void openItem()
    {
        endParagraph();
        // Items close when the next one opens.
        while (!m_stack.isEmpty() && m_stack.last().kind == Container::Item)
            m_stack.removeLast();
        if (m_stack.isEmpty() || m_stack.last().kind != Container::List) {
            if (depth() >= MaxContainerDepth)
                return;
            m_stack << Container{Container::List, ++m_lastId};
        }
        Container& list = m_stack.last();
        Container item{Container::Item, ++m_lastId};
        item.index = list.index++;
        item.marker = list.ordered ? QString::number(list.next++) + QStringLiteral(". ")
                                   : QStringLiteral("- ");
        m_stack << item;
    }

    void closeItem()
    {
        endParagraph();
        if (!m_stack.isEmpty() && m_stack.last().kind == Container::Item)
            m_stack.removeLast();
    }

    void codeBlock(const QString& code)
    {
        endParagraph();
        QStringList lines = code.split(u'\n');
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        if (lines.isEmpty())
            return;
        int longest = 0;
        for (const QString& line : std::as_const(lines)) {
            int run = 0;
            for (const QChar c : line) {
                run = c == u'`' ? run + 1 : 0;
                longest = std::max(longest, run);
            }
        }
        const QString fence(std::max(3, longest + 1), u'`');
        lines.prepend(fence);
        lines << fence;
        addBlock(lines, false);
    }

    // Whether the current line holds text yet.
    bool lineHasContent() const { return m_lineHasContent; }

    QString finish()
    {
        endParagraph();
        QString markdown;
        QSet<int> markersWritten;
        const Block* previous = nullptr;
        for (const Block& block : std::as_const(m_blocks)) {
            if (previous)
                markdown += separator(*previous, block);
            for (qsizetype i = 0; i < block.lines.size(); ++i) {
                QString prefix;
                for (const Container& container : block.path) {
                    if (container.kind == Container::Quote) {
                        prefix += QStringLiteral("> ");
                    } else if (container.kind == Container::Item) {
                        if (!markersWritten.contains(container.id)) {
                            markersWritten.insert(container.id);
                            prefix += container.marker;
                        } else {
                            prefix += QString(container.marker.size(), u' ');
                        }
                    }
                }
                QString line = prefix + block.lines.at(i);
                while (line.endsWith(u' '))
                    line.chop(1);
                markdown += line + u'\n';
            }
            previous = &block;
        }
        while (markdown.endsWith(u'\n'))
            markdown.chop(1);
        return markdown;
    }

private:
    int depth() const
    {
        return int(std::count_if(m_stack.begin(), m_stack.end(),
                                 [](const Container& c) { return c.kind != Container::Item; }));
    }

    bool hasPrintedContainer() const
    {
        return std::any_of(m_stack.begin(), m_stack.end(),
                           [](const Container& c) { return c.kind != Container::List; });
    }

    // New content: pending breaks become a line or a paragraph break, and
    // emphasis still open from before a paragraph break opens again.
    void startContent()
    {
        if (m_pendingBreaks >= 2)
            endParagraph();
        else if (m_pendingBreaks == 1 && !m_segments.isEmpty()) {
            m_segments << Segment{Segment::Break, QString(), Style::Strong};
            m_lineHasContent = false;
        }
        m_pendingBreaks = 0;
        if (m_segments.isEmpty()) {
            // Text straight inside a list is an item of it.
            if (!m_stack.isEmpty() && m_stack.last().kind == Container::List)
                openItem();
            for (const ActiveStyle& active : std::as_const(m_active))
                m_segments << Segment{Segment::Open, active.url, active.style};
        }
    }

    void closeContainer(int kind)
    {
        if (!m_ignored.isEmpty() && m_ignored.last() == kind) {
            m_ignored.removeLast();
            return;
        }
        qsizetype at = -1;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i).kind == kind) {
                at = i;
                break;
            }
        }
        if (at < 0)
            return;
        endParagraph();
        m_stack.resize(at);
        if (!m_ignored.isEmpty())
            m_ignored.removeLast();
    }

    void addBlock(const QStringList& lines, bool paragraph)
    {
        m_blocks << Block{lines, m_stack, paragraph};
    }

    // The lines between two blocks: none before a list item that may follow
    // at once (a tight list), otherwise a blank line that keeps the quotes
    // the two blocks share.
    static QString separator(const Block& previous, const Block& next)
    {
        const Container* firstItem = nullptr;
        for (const Container& container : next.path) {
            const bool shared =
                std::any_of(previous.path.begin(), previous.path.end(),
                            [&](const Container& c) { return c.id == container.id; });
            if (container.kind == Container::Item && !shared && !firstItem)
                firstItem = &container;
        }
        if (firstItem && !next.path.isEmpty() && next.path.last().id == firstItem->id) {
            const bool orderedNotOne = firstItem->marker != QLatin1String("- ") &&
                                       firstItem->marker != QLatin1String("1. ") &&
                                       firstItem->index == 0;
            if (!orderedNotOne)
                return QString();
        }
        QString blank;
        for (qsizetype i = 0; i < next.path.size() && i < previous.path.size(); ++i) {
            if (previous.path.at(i).id != next.path.at(i).id)
                break;
            if (next.path.at(i).kind == Container::Quote)
                blank += QStringLiteral("> ");
            else if (next.path.at(i).kind == Container::Item)
                blank += QString(next.path.at(i).marker.size(), u' ');
        }
        while (blank.endsWith(u' '))
            blank.chop(1);
        return blank + u'\n';
    }

    QList<Segment> m_segments;
    QList<ActiveStyle> m_active;
    QList<Container> m_stack;
    QList<int> m_ignored; // per open quote or list: -1 when opened, its kind when ignored
    QList<Block> m_blocks;
    int m_pendingBreaks = 0;
    int m_lastId = 0;
    bool m_lineHasContent = false;
};

// Text inside <pre>: tags dropped, <br> a newline, entities decoded.
QString preformattedText(const QString& html, qsizetype& i)
{
    QString text;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        text += HtmlToMarkdown::decodeEntities(QStringView(html).mid(i, end - i));
        i = end;
        if (lt < 0)
            break;
        Tag tag;
        const qsizetype after = readTag(html, lt, tag);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = skipSpecial(html, lt, nullptr);
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

QString HtmlToMarkdown::fromHtml(const QString& html)
{
    MarkdownBuilder builder;
    int cell = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        if (end > i)
            builder.text(decodeEntities(QStringView(html).mid(i, end - i)));
        if (lt < 0)
            break;
        Tag tag;
        const qsizetype after = readTag(html, lt, tag);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = skipSpecial(html, lt, nullptr);
            } else {
                builder.text(QStringLiteral("<"));
                i = lt + 1;
            }
            continue;
        }
        i = after;
        const QString& name = tag.name;
        if (isRawTextElement(name)) {
            if (!tag.closing)
                i = skipSpecial(html, i, &tag);
        } else if (name == QLatin1String("br")) {
            builder.lineBreak();
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            tag.closing ? builder.close(Style::Strong) : builder.open(Style::Strong);
        } else if (name == QLatin1String("i") || name == QLatin1String("em") ||
                   name == QLatin1String("cite") || name == QLatin1String("var")) {
            tag.closing ? builder.close(Style::Emphasis) : builder.open(Style::Emphasis);
        } else if (name == QLatin1String("s") || name == QLatin1String("del") ||
                   name == QLatin1String("strike")) {
            tag.closing ? builder.close(Style::Strike) : builder.open(Style::Strike);
        } else if (name == QLatin1String("a")) {
            if (tag.closing) {
                builder.close(Style::Link);
            } else if (const QString url = safeUrl(tag.attributes.value(QStringLiteral("href")));
                       !url.isEmpty()) {
                builder.open(Style::Link, url);
            } else {
                builder.open(Style::Link, QString()); // no address: the text alone
            }
        } else if (name == QLatin1String("code") || name == QLatin1String("kbd") ||
                   name == QLatin1String("samp") || name == QLatin1String("tt")) {
            if (!tag.closing) {
                // The code's text up to its end tag, tags inside dropped.
                const qsizetype close =
                    html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                const qsizetype stop = close < 0 ? html.size() : close;
                QString inner;
                for (qsizetype k = i; k < stop;) {
                    const qsizetype open = html.indexOf(u'<', k);
                    const qsizetype textEnd = open < 0 || open > stop ? stop : open;
                    inner += html.mid(k, textEnd - k);
                    if (textEnd >= stop)
                        break;
                    Tag innerTag;
                    const qsizetype innerEnd = readTag(html, textEnd, innerTag);
                    if (innerEnd < 0 || innerEnd > stop) {
                        inner += u'<';
                        k = textEnd + 1;
                    } else {
                        k = innerEnd;
                    }
                }
                builder.code(decodeEntities(inner));
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
        } else if (isHeading(name)) {
            builder.endParagraph();
            tag.closing ? builder.close(Style::Strong) : builder.open(Style::Strong);
            if (tag.closing)
                builder.endParagraph();
        } else if (name == QLatin1String("img")) {
            QString label = tag.attributes.value(QStringLiteral("alt")).simplified();
            if (label.isEmpty())
                label = tag.attributes.value(QStringLiteral("src")).section(u'/', -1).simplified();
            if (!label.isEmpty())
                builder.text(QStringLiteral(" (image: %1) ").arg(label));
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.closing && cell++ > 0)
                builder.text(QStringLiteral(" | "));
        } else if (isLineElement(name)) {
            if (name == QLatin1String("tr"))
                cell = 0;
            builder.endLine();
        } else if (isParagraphElement(name)) {
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
    QString text;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype end = lt < 0 ? html.size() : lt;
        text += decodeEntities(QStringView(html).mid(i, end - i));
        if (lt < 0)
            break;
        Tag tag;
        const qsizetype after = readTag(html, lt, tag);
        if (after < 0) {
            if (html.mid(lt, 2) == QLatin1String("<!") || html.mid(lt, 2) == QLatin1String("<?")) {
                i = skipSpecial(html, lt, nullptr);
            } else {
                text += u'<';
                i = lt + 1;
            }
            continue;
        }
        i = after;
        if (isRawTextElement(tag.name) && !tag.closing)
            i = skipSpecial(html, i, &tag);
        else if (tag.name == QLatin1String("br") || isLineElement(tag.name) ||
                 isParagraphElement(tag.name) || tag.name == QLatin1String("li") ||
                 isHeading(tag.name))
            text += u' ';
    }
    return collapsed(text).trimmed();
}

} // namespace ip
