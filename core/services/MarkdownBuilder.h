#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// Markdown written as HTML (or plain text) is read: text, emphasis, line and
// paragraph breaks, lists, block quotes and code arrive as calls, in
// document order, and finish() returns Markdown that reads as the same
// structure and nothing more. Text is escaped (nothing in it is syntax);
// emphasis always nests and never starts or ends at white space; a bold
// span never opens a top-level paragraph (the guide parser would read it as
// a part's label: it is written bold and italic); lists and quotes nest at
// most MaxContainerDepth deep (deeper ones are read as the deepest); list
// items that may follow each other tightly do.
class MarkdownBuilder {
public:
    static constexpr int MaxContainerDepth = 6;

    enum class Style { Strong, Emphasis, Strike, Link };

    void text(const QString& text);
    void code(const QString& code);
    // <br>: one is a line break, two in a row a paragraph break.
    void lineBreak();
    // The end of a line element (<div>): a break when its line has text.
    void endLine();
    void endParagraph();
    // url: for Link, an address safe to write (empty: the text alone).
    void open(Style style, const QString& url = {});
    void close(Style style);
    void openQuote();
    void closeQuote();
    void openList(bool ordered, int start);
    void closeList();
    void openItem();
    void closeItem();
    void codeBlock(const QString& code);

    QString finish();

    // A piece of a paragraph.
    struct Segment {
        enum Kind { Text, Code, Open, Close, Break } kind = Text;
        QString text; // Text, Code; the address for Link
        Style style = Style::Strong;
    };
    struct Container {
        enum Kind { Quote, List, Item } kind = Quote;
        int id = 0;
        bool ordered = false; // List
        int next = 1;         // List: the next item's number
        int index = 0;        // Item: its place in the list
        QString marker{};     // Item: "- " or "3. "
    };

private:
    struct ActiveStyle {
        Style style;
        QString url;
        int depth = 1;
    };
    // A block with the containers it sits in, outermost first.
    struct Block {
        QStringList lines;
        QList<Container> path;
    };

    int depth() const;
    bool hasPrintedContainer() const;
    void startContent();
    void closeContainer(int kind);
    void addBlock(const QStringList& lines);
    static QString separator(const Block& previous, const Block& next);

    QList<Segment> m_segments;
    QList<ActiveStyle> m_active;
    QList<Container> m_stack;
    QList<int> m_ignored; // per open quote or list: -1 when opened, its kind when ignored
    QList<Block> m_blocks;
    int m_pendingBreaks = 0;
    int m_lastId = 0;
    bool m_lineHasContent = false;
};

} // namespace ip
