#include "services/FlashcardGuideWriter.h"

#include "content/GuideVocabulary.h"
#include "services/MarkdownText.h"

namespace ip {

namespace {

const QString GeneralCategory = QStringLiteral("General");

// A YAML double-quoted scalar holding exactly text.
QString yamlQuoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            continue;
        if (c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85)) {
            out += u' ';
            continue;
        }
        out += c;
    }
    return out + u'"';
}

} // namespace

QString FlashcardGuideWriter::categoryFor(const QStringList& tags)
{
    if (tags.isEmpty())
        return GeneralCategory;
    QString name = QString(tags.first()).replace(u'_', u' ').simplified();
    for (QString shorter = vocabulary::categoryName(name); shorter != name;
         shorter = vocabulary::categoryName(name))
        name = shorter;
    if (name.isEmpty())
        return GeneralCategory;
    // "Q1 Questions" would be read as a question's heading.
    if (vocabulary::splitQuestionHeading(name + QStringLiteral(" Questions")).numbered)
        name = QStringLiteral("\u201C") + name + QStringLiteral("\u201D");
    return name;
}

FlashcardGuideWriter::Output FlashcardGuideWriter::write(const QString& title,
                                                         const QString& sourceName,
                                                         const QList<GuideCard>& cards)
{
    QStringList categories;
    for (const GuideCard& card : cards)
        if (!categories.contains(card.category))
            categories << card.category;

    // The guide's own words from here on, in the language of the import.
    const QString origin = tr("%n flashcard(s) imported from %1.", nullptr, int(cards.size()))
                               .arg(sourceName.simplified());
    Output output;
    QString& text = output.text;
    int line = 1;
    auto add = [&](const QString& block) {
        text += block;
        line += int(block.count(u'\n'));
    };
    add(QStringLiteral("---\nterm: %1\ndescription: %2\n---\n\n")
            .arg(yamlQuoted(title), yamlQuoted(origin)));
    add(QStringLiteral("## Interview Questions and Answers\n\n"));
    int number = 0;
    for (const QString& category : std::as_const(categories)) {
        add(QStringLiteral("### ") + markdownText(category) + QStringLiteral(" Questions\n\n"));
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const GuideCard& card = cards.at(i);
            if (card.category != category)
                continue;
            output.cardOrder << int(i);
            output.headingLines << line;
            add(QStringLiteral("#### Question %1: %2\n\n")
                    .arg(++number)
                    .arg(markdownText(card.prompt)));
            for (const GuideCardPart& part : card.parts)
                add(QStringLiteral("**") + part.name + QStringLiteral("**:\n\n") + part.markdown +
                    QStringLiteral("\n\n"));
        }
    }
    add(QStringLiteral("## Conclusion\n\n") + markdownText(origin) + u'\n');
    return output;
}

} // namespace ip
