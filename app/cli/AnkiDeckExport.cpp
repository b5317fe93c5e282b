#include "cli/AnkiDeckExport.h"

#include "cli/DataDirOption.h"
#include "cli/PracticeData.h"
#include "services/AnkiDeckWriter.h"
#include "services/StudyData.h"

#include <QCoreApplication>
#include <QDir>

namespace ip::cli {

Result<AnkiDeckExport> ankiDeckExport(const QString& dataDirectory, const QString& guideKey,
                                      const QString& deckName)
{
    std::unique_ptr<StudyData> data;
    QList<Guide> guides;
    if (!guideKey.isEmpty()) {
        auto practice = openPracticeData(dataDirectory, guideKey, PracticeAccess::Read);
        if (!practice)
            return practice.error();
        data = std::move(practice->data);
        guides << practice->guide;
    } else {
        auto opened = openDataForReading(dataDirectory);
        if (!opened)
            return opened.error();
        data = std::move(opened).value();
        const Result<StoryCollection> collection = data->storyCollection();
        if (!collection)
            return collection.error();
        guides = collection->guides;
        if (guides.isEmpty())
            return makeError(ErrorKind::NotFound,
                             QCoreApplication::translate(
                                 "AnkiDeckExport",
                                 "The library in %1 holds no guides yet: open a guide in the "
                                 "window first, or name an included one with --guide KEY.")
                                 .arg(QDir::toNativeSeparators(dataDirectory)));
    }
    const Result<NotesByGuide> notes = AnkiDeckWriter::notesFor(guides, data->notes());
    if (!notes)
        return notes.error();
    AnkiDeckExport deck;
    deck.text = AnkiDeckWriter::toText(
        guides, *notes,
        deckName.trimmed().isEmpty() ? AnkiDeckWriter::defaultDeckName(guides) : deckName);
    deck.guides = int(guides.size());
    for (const Guide& guide : std::as_const(guides))
        deck.questions += int(guide.questions.size());
    return deck;
}

} // namespace ip::cli
