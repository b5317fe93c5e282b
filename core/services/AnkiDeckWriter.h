#pragma once

#include "model/Guide.h"
#include "model/QuestionNote.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ip {

class QuestionNotes;

// The candidate's notes by guide key, then by question key.
using NotesByGuide = QHash<QString, QHash<QString, QuestionNote>>;

// Guides as a deck in the text format Anki imports (File › Import in Anki):
// header lines naming the separator (a tab), HTML fields, the tags column and
// the deck, then one note per question: the prompt as the front; as the back
// each part under its name as a heading, its Markdown rendered to HTML (as
// safely as the app shows it), and the candidate's own note last under "My
// notes" when there is one; as tags the question's category (spaces turned
// into '_') and then the guide's key. The category comes first so that an
// import of the deck (FlashcardImporter) files the question under it again.
//
// Each note is one line whatever its fields hold: a newline becomes <br>
// inside preformatted code and is dropped between tags (a space in text); a
// tab becomes the character reference &#9;; a field holding a '"' is quoted
// the CSV way (doubled quotes), as Anki's own export does; a front starting
// with '#' starts with &#35;, since Anki skips a line starting with '#'. The
// output depends only on its input.
class AnkiDeckWriter {
    Q_DECLARE_TR_FUNCTIONS(AnkiDeckWriter)

public:
    // "Interview Prep::<title>" for one guide, "Interview Prep" for several.
    static QString defaultDeckName(const QList<Guide>& guides);

    static QString toText(const QList<Guide>& guides, const NotesByGuide& notes,
                          const QString& deckName);

    // Reads each guide's notes and writes the deck to path atomically; returns
    // the number of notes (questions) written. Notes that cannot be read are
    // an error: a deck without them would lose what the user wrote.
    static Result<int> write(const QString& path, const QList<Guide>& guides,
                             const QuestionNotes& notes, const QString& deckName);

    // Reads every guide's notes.
    static Result<NotesByGuide> notesFor(const QList<Guide>& guides, const QuestionNotes& notes);

    // One field as it is written between tabs (see above); html says whether
    // the field is HTML (front, back) or plain text (tags).
    static QString field(const QString& text, bool html);
    // The back of a question's note.
    static QString backHtml(const Question& question, const QString& noteMarkdown);
    // The tags of a question: "System_Design machine-learning-engineer".
    static QString tags(const Guide& guide, const Question& question);
};

} // namespace ip
