// The flashcard importer (`import-flashcards`, File › Import › Flashcards) on
// arbitrary bytes: a CSV, TSV or Anki export may hold anything. It must
// answer with a guide or an InvalidInput error that says why, never crash,
// hang or leak; a guide it makes must read with GuideParser without an error,
// one question with its parts per card, the same every time; and that guide, exported as
// an Anki deck, must import again with as many cards.
#include "FuzzCheck.h"
#include "content/GuideParser.h"
#include "services/AnkiDeckWriter.h"
#include "services/FlashcardImporter.h"

#include <QByteArray>
#include <QSet>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("cards.txt");
    const ip::Result<ip::FlashcardImport> import = ip::FlashcardImporter::fromBytes(bytes, name);
    if (!import) {
        IP_FUZZ_REQUIRE(import.error().kind == ip::ErrorKind::InvalidInput,
                        "a bad flashcard file is invalid input");
        IP_FUZZ_REQUIRE(!import.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    const ip::Guide guide = ip::GuideParser::parse(import->guideText, name);
    IP_FUZZ_REQUIRE(!guide.hasErrors(), "the guide written parses without an error");
    IP_FUZZ_REQUIRE(guide.questions.size() == import->cardCount, "one question per card");
    QSet<QString> keys;
    for (const ip::Question& question : guide.questions) {
        IP_FUZZ_REQUIRE(!question.key.isEmpty() && !keys.contains(question.key),
                        "question keys are unique and not empty");
        keys.insert(question.key);
        IP_FUZZ_REQUIRE(!question.parts.isEmpty(), "a card's back is at least one part");
    }
    const ip::Result<ip::FlashcardImport> again = ip::FlashcardImporter::fromBytes(bytes, name);
    IP_FUZZ_REQUIRE(again.ok() && again->guideText == import->guideText,
                    "the same file gives the same guide");

    const QString deck = ip::AnkiDeckWriter::toText({guide}, {}, QStringLiteral("Deck"));
    const ip::Result<ip::FlashcardImport> back =
        ip::FlashcardImporter::fromBytes(deck.toUtf8(), QStringLiteral("deck.txt"));
    IP_FUZZ_REQUIRE(!back.ok() || back->cardCount == import->cardCount,
                    "an exported deck imports with as many cards");
    if (!back.ok() && !back.error().message.contains(QStringLiteral("KB")))
        std::fprintf(stderr, "the deck's import says: %s\n", qPrintable(back.error().message));
    IP_FUZZ_REQUIRE(back.ok() || back.error().message.contains(QStringLiteral("KB")),
                    "an exported deck imports again unless it outgrows a guide");
    return 0;
}
