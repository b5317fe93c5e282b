#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace ip {

// Which questions a filter typed over some guides keeps (what SearchQuery
// reads, looked up in the search index), and where each was found.
struct QuestionMatches {
    // Where every wanted word was found, best first: in the prompt, in the
    // question's text (prompt and parts), in the candidate's note on it.
    enum class Place : quint8 { Prompt, Text, Notes };

    // Words to find were typed: only the questions in `found` are kept.
    // Otherwise only words to leave out were: every question not left out.
    bool wantsWords = false;
    QHash<QString, Place> found; // by question key
    // Question keys whose text or note holds a word left out.
    QSet<QString> excluded;

    bool keeps(const QString& questionKey) const
    {
        if (excluded.contains(questionKey))
            return false;
        return !wantsWords || found.contains(questionKey);
    }
};

} // namespace ip
