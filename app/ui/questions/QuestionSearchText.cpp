#include "ui/questions/QuestionSearchText.h"

#include "services/SearchQuery.h"
#include "ui/questions/FoldedText.h"

#include <algorithm>

namespace ip {

namespace {

// A quote starts this many characters before the word it is for, at a word's
// start, so the word stays in sight in a narrow list after its label.
constexpr qsizetype QuoteLeadIn = 16;
// Longer than a list row ever shows; the row elides the rest.
constexpr qsizetype QuoteLength = 160;

bool isAnswer(const QuestionPart& part)
{
    return part.name.compare(QLatin1String("Answer"), Qt::CaseInsensitive) == 0;
}

// Every occurrence of every word in folded text, as ranges of the source
// (through the folded text's origins), sorted and merged.
QList<TextRange> occurrences(const FoldedText& folded, const QStringList& words, qsizetype from,
                             qsizetype to)
{
    QList<TextRange> ranges;
    for (const QString& word : words) {
        for (qsizetype at = folded.text.indexOf(word); at >= 0;
             at = folded.text.indexOf(word, at + word.size())) {
            const qsizetype start = folded.origin.at(at);
            const qsizetype end = folded.origin.at(at + word.size());
            if (start >= from && end <= to)
                ranges << TextRange{start, end - start};
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange& a, const TextRange& b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange& range : ranges) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            TextRange& last = merged.last();
            last.length =
                std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged << range;
        }
    }
    return merged;
}

} // namespace

QuestionSearchText::QuestionSearchText(const Question& question, const QString& notesMarkdown)
{
    struct Folded {
        Place place;
        int part;
        QString text;
    };
    QList<Folded> fields;
    fields.reserve(question.parts.size() + 2);
    fields << Folded{Place::Prompt, -1, FoldedText::fold(question.prompt.simplified())};
    for (int i = 0; i < question.parts.size(); ++i) {
        if (isAnswer(question.parts.at(i)))
            fields << Folded{Place::Answer, i,
                             FoldedText::fold(markdownAsPlainLine(question.parts.at(i).markdown))};
    }
    for (int i = 0; i < question.parts.size(); ++i) {
        if (!isAnswer(question.parts.at(i)))
            fields << Folded{Place::OtherPart, i,
                             FoldedText::fold(markdownAsPlainLine(question.parts.at(i).markdown))};
    }
    if (!notesMarkdown.trimmed().isEmpty())
        fields << Folded{Place::Notes, -1, FoldedText::fold(markdownAsPlainLine(notesMarkdown))};

    // Sized once: every guide's text is folded at start.
    qsizetype size = 0;
    for (const Folded& field : fields)
        size += field.text.size() + 1;
    m_text.reserve(size);
    m_fields.reserve(fields.size());
    for (const Folded& field : fields) {
        if (!m_text.isEmpty())
            m_text += u'\n'; // no query word holds one, so no match spans two fields
        m_text += field.text;
        m_fields << Field{field.place, field.part, m_text.size()};
    }
}

const QuestionSearchText::Field& QuestionSearchText::fieldAt(qsizetype position) const
{
    // A handful of fields: a straight walk beats a binary search.
    for (const Field& field : m_fields) {
        if (position < field.end)
            return field;
    }
    return m_fields.last();
}

QuestionSearchText::Match QuestionSearchText::match(const QList<QStringMatcher>& words) const
{
    Match result;
    for (int i = 0; i < words.size(); ++i) {
        const qsizetype at = words.at(i).indexIn(m_text);
        if (at < 0)
            return Match{};
        const Field& field = fieldAt(at);
        result.placeSum += int(field.place);
        if (result.word < 0 || field.place > result.worst) {
            result.worst = field.place;
            result.part = field.part;
            result.word = i;
        }
    }
    result.found = true;
    return result;
}

bool QuestionSearchText::containsAnyWhole(const QList<QStringMatcher>& terms) const
{
    const auto wordCharacter = [this](qsizetype at) {
        return at >= 0 && at < m_text.size() && m_text.at(at).isLetterOrNumber();
    };
    for (const QStringMatcher& term : terms) {
        const qsizetype length = term.pattern().size();
        for (qsizetype at = term.indexIn(m_text); at >= 0; at = term.indexIn(m_text, at + 1)) {
            if (!wordCharacter(at - 1) && !wordCharacter(at + length))
                return true;
        }
    }
    return false;
}

QList<QStringMatcher> QuestionSearchText::matchers(const QStringList& terms)
{
    QList<QStringMatcher> made;
    made.reserve(terms.size());
    for (const QString& term : terms)
        made << QStringMatcher(term, Qt::CaseSensitive);
    return made;
}

QuestionSearchText::Query QuestionSearchText::query(const QString& text)
{
    const auto folded = [](const QString& term) {
        return FoldedText::fold(markdownAsPlainLine(term)).simplified();
    };
    const SearchQuery parsed = SearchQuery::parse(text);
    Query query;
    for (const QString& word : parsed.words())
        query.wanted << folded(word).split(u' ', Qt::SkipEmptyParts);
    for (const QString& phrase : parsed.phrases()) {
        if (const QString words = folded(phrase); !words.isEmpty())
            query.wanted << words;
    }
    for (const QString& term : parsed.excluded()) {
        if (const QString words = folded(term); !words.isEmpty())
            query.excluded << words;
    }
    query.wanted.removeDuplicates();
    query.excluded.removeDuplicates();
    return query;
}

EmphasisedText QuestionSearchText::emphasise(const QString& text, const QStringList& words)
{
    return EmphasisedText{text, occurrences(FoldedText::withOrigins(text), words, 0, text.size())};
}

EmphasisedText QuestionSearchText::quote(const QString& label, const QString& markdown,
                                         const QStringList& words, int anchor)
{
    const QString plain = markdownAsPlainLine(markdown);
    const FoldedText folded = FoldedText::withOrigins(plain);
    qsizetype start = 0;
    if (anchor >= 0 && anchor < words.size()) {
        const qsizetype at = folded.text.indexOf(words.at(anchor));
        if (at >= 0)
            start = folded.origin.at(at);
    }
    // Back to the start of a word a little before the match.
    if (start > QuoteLeadIn) {
        const qsizetype space = plain.lastIndexOf(u' ', start - QuoteLeadIn);
        start = space >= 0 ? space + 1 : 0;
    } else {
        start = 0;
    }
    qsizetype end = std::min(plain.size(), start + QuoteLength);
    if (end < plain.size()) {
        const qsizetype space = plain.lastIndexOf(u' ', end);
        if (space > start)
            end = space;
    }
    const QString before = start > 0 ? QStringLiteral("…") : QString();
    const QString after = end < plain.size() ? QStringLiteral("…") : QString();
    const QString head = label + QStringLiteral(": ") + before;
    EmphasisedText quoted{head + plain.mid(start, end - start) + after, {}};
    for (const TextRange& range : occurrences(folded, words, start, end))
        quoted.emphasis << TextRange{head.size() + range.start - start, range.length};
    return quoted;
}

} // namespace ip
