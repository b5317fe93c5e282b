#include "services/AnkiDeckWriter.h"

#include "content/MarkdownRenderer.h"
#include "services/HtmlToMarkdown.h"
#include "services/OutputFile.h"
#include "services/QuestionNotes.h"

#include <QRegularExpression>
#include <QStringList>

namespace ip {

namespace {

const QString DeckRoot = QStringLiteral("Interview Prep");

// Columns: front, back, tags.
constexpr int TagsColumn = 3;

// A tag is one word to Anki: white space inside it becomes '_'.
QString tagWord(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString word = text.trimmed();
    word.replace(space, QStringLiteral("_"));
    return word;
}

// Newlines of rendered HTML made into one line: inside <pre> they are line
// breaks; elsewhere HTML reads them as spaces, and next to a tag as nothing.
QString oneLineHtml(const QString& html)
{
    QString out;
    out.reserve(html.size());
    bool inPre = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4).compare(QLatin1String("<pre"), Qt::CaseInsensitive) == 0)
                inPre = true;
            else if (html.mid(i, 6).compare(QLatin1String("</pre>"), Qt::CaseInsensitive) == 0)
                inPre = false;
        }
        if (c != u'\n' && c != u'\r') {
            out += c;
            continue;
        }
        if (c == u'\r' && i + 1 < html.size() && html.at(i + 1) == u'\n')
            ++i;
        const bool afterTag = out.endsWith(u'>');
        const bool beforeTag = i + 1 < html.size() && html.at(i + 1) == u'<';
        if (inPre && !beforeTag)
            out += QStringLiteral("<br>");
        else if (!inPre && !afterTag && !beforeTag)
            out += u' ';
    }
    return out;
}

QString escapedLine(const QString& text)
{
    QString line = text;
    line.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return line.simplified();
}

} // namespace

QString AnkiDeckWriter::defaultDeckName(const QList<Guide>& guides)
{
    if (guides.size() == 1)
        return DeckRoot + QStringLiteral("::") + escapedLine(guides.first().title);
    return DeckRoot;
}

QString AnkiDeckWriter::field(const QString& text, bool html)
{
    QString value;
    if (html) {
        value = oneLineHtml(text);
        value.replace(u'\t', QStringLiteral("&#9;"));
        if (value.startsWith(u'#'))
            value.replace(0, 1, QStringLiteral("&#35;"));
    } else {
        value = escapedLine(text);
    }
    if (value.contains(u'"'))
        value = u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

QString AnkiDeckWriter::backHtml(const Question& question, const QString& noteMarkdown)
{
    // A part is left out when its rendering shows no text: empty, or only
    // raw HTML, which is not passed on ("<details>" alone renders as a
    // comment). Its heading alone would read as a card without an answer.
    QString html;
    const auto add = [&html](const QString& heading, const QString& markdown) {
        if (QStringView(markdown).trimmed().isEmpty())
            return;
        const QString rendered = MarkdownRenderer::toHtml(markdown);
        if (HtmlToMarkdown::fromHtml(rendered).trimmed().isEmpty())
            return;
        html +=
            QStringLiteral("<h3>") + heading.toHtmlEscaped() + QStringLiteral("</h3>") + rendered;
    };
    for (const QuestionPart& part : question.parts)
        add(part.name, part.markdown);
    add(QCoreApplication::translate("AnkiDeckWriter", "My notes"), noteMarkdown);
    // Anki shows an empty back as a blank card, and a deck with one does
    // not import again (FlashcardImporter refuses a card without a back):
    // a question the guide leaves unanswered says so.
    if (html.isEmpty())
        html = QStringLiteral("<h3>") + PartName::Answer + QStringLiteral("</h3><p>") +
               QCoreApplication::translate("AnkiDeckWriter", "(The guide gives no answer.)")
                   .toHtmlEscaped() +
               QStringLiteral("</p>");
    return html;
}

QString AnkiDeckWriter::tags(const Guide& guide, const Question& question)
{
    QStringList words;
    if (!tagWord(question.category).isEmpty())
        words << tagWord(question.category);
    // In All guides, the question's own guide.
    const QString guideKey = guide.guideKeyOf(question.key);
    if (!tagWord(guideKey).isEmpty())
        words << tagWord(guideKey);
    return words.join(u' ');
}

QString AnkiDeckWriter::toText(const QList<Guide>& guides, const NotesByGuide& notes,
                               const QString& deckName)
{
    QString text = QStringLiteral("#separator:tab\n#html:true\n#tags column:%1\n#deck:%2\n")
                       .arg(TagsColumn)
                       .arg(escapedLine(deckName));
    for (const Guide& guide : guides) {
        const QHash<QString, QuestionNote> guideNotes = notes.value(guide.key);
        for (const Question& question : guide.questions) {
            const QString note = guideNotes.value(question.key).markdown;
            text += field(question.prompt.toHtmlEscaped(), true) + u'\t' +
                    field(backHtml(question, note), true) + u'\t' +
                    field(tags(guide, question), false) + u'\n';
        }
    }
    return text;
}

Result<NotesByGuide> AnkiDeckWriter::notesFor(const QList<Guide>& guides,
                                              const QuestionNotes& notes)
{
    NotesByGuide all;
    for (const Guide& guide : guides) {
        if (all.contains(guide.key))
            continue;
        auto guideNotes = notes.forGuide(guide);
        if (!guideNotes)
            return guideNotes.error();
        all.insert(guide.key, std::move(guideNotes).value());
    }
    return all;
}

Result<int> AnkiDeckWriter::write(const QString& path, const QList<Guide>& guides,
                                  const QuestionNotes& notes, const QString& deckName)
{
    const Result<NotesByGuide> allNotes = notesFor(guides, notes);
    if (!allNotes)
        return allNotes.error();
    if (auto written = OutputFile::write(path, toText(guides, *allNotes, deckName).toUtf8());
        !written)
        return written.error();
    int count = 0;
    for (const Guide& guide : guides)
        count += int(guide.questions.size());
    return count;
}

} // namespace ip
