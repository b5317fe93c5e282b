#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ip {

// One card as a file holds it: its fields still HTML or plain text.
struct Flashcard {
    int line = 0; // where its record starts
    QString front;
    QString back; // with any further note fields after it
    QStringList tags;
};

struct FlashcardFile {
    QList<Flashcard> cards;
    // From "#html:true|false"; without it each field is read as HTML when it
    // holds a tag or an entity Anki writes (<br>, <div>, &nbsp;, ...).
    std::optional<bool> html;
};

// The cards of an Anki text export ("Notes in Plain Text") or a
// spreadsheet's CSV or TSV. Anki's header lines at the top are honoured:
// "#separator:" (tab, comma, semicolon, pipe, colon, space or the character),
// "#html:", "#tags column:", and the guid, notetype and deck columns, which
// hold no field; other "#" lines there are skipped. Without "#separator:" the
// first record line decides (see DelimitedText::detectSeparator). Without
// Anki's header, a first row naming its columns (Front/Question,
// Back/Answer, Tags) is read as names, and otherwise the columns are front,
// back and tags. Fields past the back are added to it as paragraphs. Rows
// with nothing in them are skipped.
class FlashcardReader {
    Q_DECLARE_TR_FUNCTIONS(FlashcardReader)

public:
    // text: the file's text, byte order mark removed.
    static Result<FlashcardFile> read(const QString& text);
};

} // namespace ip
