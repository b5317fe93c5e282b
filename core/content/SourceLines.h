#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ip {

// A text and where each of its lines starts: the lines of a guide as views
// into one string, so reading a 1 MB guide does not make a string per line
// and a run of lines can be cut out as one piece. Lines are split at '\n'
// exactly as QString::split(u'\n') splits them (a final '\n' ends in an empty
// line; an empty text is one empty line).
class SourceLines {
public:
    SourceLines() = default;
    explicit SourceLines(QString text);

    const QString& text() const { return m_text; }
    qsizetype count() const { return m_starts.size(); }
    // index is 0-based and must be below count().
    QStringView at(qsizetype index) const;
    // Where line index starts in text(), and where it ends (before its '\n').
    qsizetype startOf(qsizetype index) const { return m_starts.at(index); }
    qsizetype endOf(qsizetype index) const;

private:
    QString m_text;
    QList<qsizetype> m_starts;
};

} // namespace ip
