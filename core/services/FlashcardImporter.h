#pragma once

#include "model/Guide.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ip {

// What an import made: the guide file's text and the guide it reads as.
struct FlashcardImport {
    QByteArray guideText; // UTF-8, FORMAT.md
    Guide guide;          // GuideParser's reading of guideText: no errors
    int cardCount = 0;
};

// Flashcards (an Anki text export, or a spreadsheet's CSV or TSV with front,
// back and optional tags columns; see FlashcardReader) turned into a new
// guide file: each card a question whose Answer is its back, HTML made
// Markdown (HtmlToMarkdown), filed under the category its first tag names
// (FlashcardGuideWriter). Headings in an HTML back that name a guide's parts
// (<h3>Common Pitfalls</h3>, as AnkiDeckWriter writes them) start those
// parts, so an exported guide comes back with its parts. The same file always gives the same guide,
// so its keys are stable. The guide is read back with GuideParser before anything is written: a
// card it could not read is reported with its line, never written.
//
// Refused with ErrorKind::InvalidInput and a message naming the line where
// there is one: a file that is not UTF-8 text, one with no cards, a card
// with a front but no back (or a back but no front), an unclosed quote, an
// unknown separator, cards that would make a guide over GuideSource's size
// limit. A file that cannot be read is NotFound or Io.
class FlashcardImporter {
    Q_DECLARE_TR_FUNCTIONS(FlashcardImporter)

public:
    // Flashcard files are read whole; beyond this size they are refused.
    static constexpr qsizetype MaxFileBytes = 16 * 1024 * 1024;

    // fileName names the source in the guide; title empty: titleFor(fileName).
    static Result<FlashcardImport> fromBytes(const QByteArray& bytes, const QString& fileName,
                                             const QString& title = {});
    static Result<FlashcardImport> readFile(const QString& path, const QString& title = {});
    // readFile, then the guide written to outPath atomically (OutputFile):
    // on any error outPath is left as it was.
    static Result<FlashcardImport> importFile(const QString& path, const QString& outPath,
                                              const QString& title = {});

    // "anki_deck-2024.txt" -> "anki deck-2024"; "Flashcards" when that is empty.
    static QString titleFor(const QString& fileName);

    // Where the guide made of `flashcardPath` is suggested to go: beside it,
    // named for its title ("~/cards/anki_deck.txt" -> "~/cards/anki deck.md").
    // Never the flashcard file itself: "cards.md" gives "cards (guide).md".
    static QString guidePathFor(const QString& flashcardPath);
};

} // namespace ip
