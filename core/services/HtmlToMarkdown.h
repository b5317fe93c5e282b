#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ip {

// A flashcard field (HTML as Anki and spreadsheets write it, or plain text)
// as Markdown a guide can hold, readable in the file and safe in the app:
// <br> is a line break and two of them a paragraph break, <div> a line,
// <p> a paragraph; <b>/<strong>, <i>/<em>, <s>/<del>, <code>, <pre>, lists,
// block quotes and http(s)/mailto links keep their meaning; headings become
// bold paragraphs, table rows lines with their cells between '|', an image
// its alt text or file name; every other tag is dropped (script and style
// with their content), entities are decoded, and the text is escaped so
// that nothing in it is read as Markdown syntax or raw HTML.
//
// What a guide's parser would read as structure is never written: no
// heading, no thematic break, no paragraph starting with a bold span (a
// part label such as "**Note:**" would start a part of its own: such a span
// is written bold and italic), and lists and quotes nest at most six deep.
class HtmlToMarkdown {
    Q_DECLARE_TR_FUNCTIONS(HtmlToMarkdown)

public:
    static QString fromHtml(const QString& html);
    // Lines become lines (hard breaks), blank lines paragraph breaks.
    static QString fromPlainText(const QString& text);
    // One line of plain text (a question's prompt): tags dropped, entities
    // decoded, breaks and runs of white space made single spaces.
    static QString lineFromHtml(const QString& html);
    // "&amp;", "&#233;", "&#x1F600;" and the common named entities; any other
    // '&' is kept as it is.
    static QString decodeEntities(QStringView text);
};

} // namespace ip
