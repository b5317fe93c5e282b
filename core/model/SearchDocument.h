#pragma once

#include <QList>
#include <QString>

namespace ip {

// What a search can find. Questions and requirements come from the guides;
// notes, evidence and stories are the candidate's own words.
enum class SearchKind { Question, Requirement, Note, Evidence, Story };

// The text one thing offers to the search index, by the keys it is found by.
// guideKey is empty for stories, which belong to no guide.
struct SearchDocument {
    SearchKind kind = SearchKind::Question;
    QString itemKey;
    QString title;
    QString body;
    QString tags; // a question's category, a requirement's group

    friend bool operator==(const SearchDocument&, const SearchDocument&) = default;
};

// A guide's documents, from one parse of one snapshot. builder is the version
// of the code that made them from the guide: a newer one re-indexes.
struct GuideSearchDocuments {
    QString guideTitle;
    int builder = 0;
    QList<SearchDocument> documents;
};

// A stretch of text a search matched, to highlight.
struct TextSpan {
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// One hit, best first in a list. title is what names the thing (a question's
// prompt; a note is named by its question's prompt, evidence by its
// requirement's title); snippet a few words of its text around the match.
struct SearchHit {
    SearchKind kind = SearchKind::Question;
    QString guideKey;
    QString guideTitle;
    QString itemKey;
    QString title;
    QList<TextSpan> titleMatches;
    QString snippet;
    QList<TextSpan> snippetMatches;
    double score = 0; // higher is better
};

} // namespace ip
