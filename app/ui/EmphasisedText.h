#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ip {

// A stretch of a line to draw emphasised (the words a filter matched).
struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// A line of text with the stretches to emphasise, in order and apart.
struct EmphasisedText {
    QString text;
    QList<TextRange> emphasis;

    bool isEmpty() const { return text.isEmpty(); }
    // The emphasised stretches themselves, for tests and screen readers.
    QStringList emphasisedWords() const
    {
        QStringList words;
        for (const TextRange& range : emphasis)
            words << text.mid(range.start, range.length);
        return words;
    }
};

} // namespace ip

Q_DECLARE_METATYPE(ip::EmphasisedText)
