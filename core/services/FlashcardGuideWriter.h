#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// A part of a card's back: its name ("Answer", "Common Pitfalls") and its
// Markdown.
struct GuideCardPart {
    QString name;
    QString markdown;
};

// A card made ready for a guide: its prompt one line of plain text, its back
// as parts of Markdown (HtmlToMarkdown), its category.
struct GuideCard {
    int line = 0; // where the card starts in its file
    QString prompt;
    QList<GuideCardPart> parts;
    QString category;
};

// The guide file a flashcard import writes (FORMAT.md): front matter with the
// title, then "## Interview Questions and Answers" with a "### <Category>
// Questions" heading per category (in the order the cards first name them),
// each card a "#### Question N: <prompt>" with its parts ("**Answer**:" and
// the others a back names),
// and a conclusion naming where the cards came from, which also ends the
// last question (paragraphs after its last list would otherwise be read as
// the guide's conclusion).
class FlashcardGuideWriter {
    Q_DECLARE_TR_FUNCTIONS(FlashcardGuideWriter)

public:
    struct Output {
        QString text;
        // Per card, in the order written: its index in the cards given and
        // the line its question heading is on.
        QList<int> cardOrder;
        QList<int> headingLines;
    };

    static Output write(const QString& title, const QString& sourceName,
                        const QList<GuideCard>& cards);

    // The category a card's tags give: the first tag, '_' read as a space
    // and a trailing "Questions" dropped (as a guide's category heading
    // reads); "General" without tags.
    static QString categoryFor(const QStringList& tags);
};

} // namespace ip
