#pragma once

#include "model/Guide.h"
#include "model/SearchDocument.h"

namespace ip {

// What a guide gives the search index: each question (prompt as title, its
// parts as text, its category as tag) and each requirement (title, detail,
// group). Markdown marks are left out of the text, so the snippets a search
// shows read as words, not syntax.
class GuideSearchText {
public:
    // Raised whenever what documentsOf() makes changes: the guides indexed by
    // an older builder are indexed again on the next search.
    // 2: the part labels ("Answer: ") are no longer in a question's text.
    static constexpr int Builder = 2;

    static GuideSearchDocuments documentsOf(const Guide& guide);
    // Markdown as words: emphasis, code marks, heading and quote marks and
    // link targets dropped. Linear in the text; no Markdown parser runs, so a
    // guide's text cannot stall it.
    static QString wordsOf(const QString& markdown);
};

} // namespace ip
