#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace ip {

// One tag of a flashcard's HTML, read without a DOM: what HtmlToMarkdown
// needs to turn the field into Markdown, and nothing it could run.
struct HtmlTag {
    QString name; // lower case
    bool closing = false;
    QHash<QString, QString> attributes; // names in lower case, values decoded

    // A tag ends within this many characters or is none, so text full of
    // '<' is read in linear time.
    static constexpr qsizetype MaxLength = 4096;

    // Reads "<name attr=value ...>" starting at html[at] == '<'; returns the
    // index after '>' or -1 when this is no tag (then '<' is text).
    // nextClose is the caller's note of where the next '>' is (start it at
    // -1): tags read in order then look for '>' once in all, and a '<' with
    // no '>' within MaxLength after it is text at once.
    static qsizetype read(const QString& html, qsizetype at, HtmlTag& tag, qsizetype& nextClose);
    // Where the HTML goes on after the comment or declaration ("<!", "<?")
    // at `at`, or, with rawText, after the content and end tag of that
    // element (a script or style, skipped whole).
    static qsizetype skip(const QString& html, qsizetype at, const HtmlTag* rawText = nullptr);

    // Script, style and the like: their content is never text.
    bool isRawText() const;
    // Elements that end a line (div, tr, ...) and that end a paragraph (p,
    // table, hr, ...).
    bool isLine() const;
    bool isParagraph() const;
    bool isHeading() const;
};

// "&amp;", "&#233;", "&#x1F600;" and the common named entities decoded; any
// other '&' is kept as it is. A reference to a control character is
// nothing, one to a surrogate or beyond Unicode U+FFFD.
QString decodeHtmlEntities(QStringView text);

bool isHtmlSpace(QChar c);

} // namespace ip
