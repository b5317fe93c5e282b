#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ip {

// Text as the question filter compares it: case folded, accents and other
// combining marks dropped and compatibility forms (ligatures, full-width
// letters) spelled plainly, so "resume" finds "Résumé" and "ﬁne" finds "fine".
// Query and text go through the same folding, so they always agree.
struct FoldedText {
    QString text;
    // For each code unit of `text`, the index in the source it came from, and
    // one more entry: the source's length. Lets a match be shown in the
    // source's own spelling.
    QList<qsizetype> origin;

    static QString fold(QStringView source);
    static FoldedText withOrigins(QStringView source);
};

// Markdown source as one line of plain words, the way a snippet quotes it:
// emphasis and code markers dropped, line breaks and runs of spaces made one
// space. Searched in this form too, so "**over**fitting" matches "overfitting".
QString markdownAsPlainLine(QStringView markdown);

} // namespace ip
