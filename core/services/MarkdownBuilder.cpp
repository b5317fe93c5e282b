#include "services/MarkdownBuilder.h"

#include "services/HtmlTag.h"
#include "services/MarkdownText.h"

#include <QSet>
#include <algorithm>

namespace ip {

namespace {

using Style = MarkdownBuilder::Style;
using Segment = MarkdownBuilder::Segment;
using Container = MarkdownBuilder::Container;

// Runs of white space as one space (HTML's reading of text).
QString collapsed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isHtmlSpace(c) || c == QChar(0xA0)) {
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

// Renders one paragraph's segments as Markdown lines. Emphasis opened
// before white space opens after it, closed after white space closes before
// it, and an empty one is left out: "**a **b" would not read as bold.
QStringList renderParagraph(QList<MarkdownBuilder::Segment> segments, bool topLevel)
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

} // namespace

void MarkdownBuilder::text(const QString& text)
{
    if (text.isEmpty())
        return;
    // White space between blocks or before a break is not text.
    if (collapsed(text).trimmed().isEmpty() && (m_pendingBreaks > 0 || !m_lineHasContent))
        return;
    startContent();
    if (!m_segments.isEmpty() && m_segments.last().kind == Segment::Text)
        m_segments.last().text += text;
    else
        m_segments << Segment{Segment::Text, text, Style::Strong};
    m_lineHasContent = m_lineHasContent || !collapsed(text).trimmed().isEmpty();
}

void MarkdownBuilder::code(const QString& code)
{
    startContent();
    m_segments << Segment{Segment::Code, code, Style::Strong};
    m_lineHasContent = true;
}

void MarkdownBuilder::lineBreak()
{
    ++m_pendingBreaks;
}

// The end of a line element (<div>): a break when its line has text.
void MarkdownBuilder::endLine()
{
    if (m_lineHasContent && m_pendingBreaks == 0)
        m_pendingBreaks = 1;
}

void MarkdownBuilder::endParagraph()
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
        addBlock(lines);
}

void MarkdownBuilder::open(Style style, const QString& url)
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

void MarkdownBuilder::close(Style style)
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

void MarkdownBuilder::openQuote()
{
    if (depth() >= MaxContainerDepth) {
        m_ignored << Container::Quote;
        return;
    }
    endParagraph();
    m_ignored << -1;
    m_stack << Container{Container::Quote, ++m_lastId};
}

void MarkdownBuilder::closeQuote()
{
    closeContainer(Container::Quote);
}

void MarkdownBuilder::openList(bool ordered, int start)
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

void MarkdownBuilder::closeList()
{
    closeContainer(Container::List);
}

void MarkdownBuilder::openItem()
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
    item.marker =
        list.ordered ? QString::number(list.next++) + QStringLiteral(". ") : QStringLiteral("- ");
    m_stack << item;
}

void MarkdownBuilder::closeItem()
{
    endParagraph();
    if (!m_stack.isEmpty() && m_stack.last().kind == Container::Item)
        m_stack.removeLast();
}

void MarkdownBuilder::codeBlock(const QString& code)
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
    addBlock(lines);
}

QString MarkdownBuilder::finish()
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

int MarkdownBuilder::depth() const
{
    return int(std::count_if(m_stack.begin(), m_stack.end(),
                             [](const Container& c) { return c.kind != Container::Item; }));
}

bool MarkdownBuilder::hasPrintedContainer() const
{
    return std::any_of(m_stack.begin(), m_stack.end(),
                       [](const Container& c) { return c.kind != Container::List; });
}

// New content: pending breaks become a line or a paragraph break, and
// emphasis still open from before a paragraph break opens again.
void MarkdownBuilder::startContent()
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

void MarkdownBuilder::closeContainer(int kind)
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

void MarkdownBuilder::addBlock(const QStringList& lines)
{
    m_blocks << Block{lines, m_stack};
}

// The lines between two blocks: none before a list item that may follow
// at once (a tight list), otherwise a blank line that keeps the quotes
// the two blocks share.
QString MarkdownBuilder::separator(const Block& previous, const Block& next)
{
    const Container* firstItem = nullptr;
    for (const Container& container : next.path) {
        const bool shared = std::any_of(previous.path.begin(), previous.path.end(),
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

} // namespace ip
