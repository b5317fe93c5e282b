#pragma once

#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>

namespace ip::cli {

// One line of a command's text table. Each fixed column is as wide as its
// values or its heading, whichever is wider (a translated heading may be),
// right-aligned where digits should line up, and followed by its gap; the
// last cell, after the fixed columns, runs on.
template <std::size_t N>
QString tableLine(const QStringList& headings, const std::array<qsizetype, N>& valueWidths,
                  const std::array<bool, N>& rightAligned, const std::array<const char*, N>& gaps,
                  const QStringList& cells)
{
    QString text;
    for (std::size_t column = 0; column < N; ++column) {
        const qsizetype width =
            std::max(valueWidths.at(column), headings.at(qsizetype(column)).size());
        const QString& cell = cells.at(qsizetype(column));
        text += rightAligned.at(column) ? cell.rightJustified(width) : cell.leftJustified(width);
        text += QLatin1String(gaps.at(column));
    }
    return text + cells.last();
}

} // namespace ip::cli
