#include "content/SourceLines.h"

namespace ip {

SourceLines::SourceLines(QString text) : m_text(std::move(text))
{
    // About one line per 40 bytes in a guide; a guess only saves regrowing.
    m_starts.reserve(m_text.size() / 32 + 1);
    m_starts << 0;
    const QStringView view(m_text);
    for (qsizetype at = view.indexOf(u'\n'); at >= 0; at = view.indexOf(u'\n', at + 1))
        m_starts << at + 1;
}

qsizetype SourceLines::endOf(qsizetype index) const
{
    return index + 1 < m_starts.size() ? m_starts.at(index + 1) - 1 : m_text.size();
}

QStringView SourceLines::at(qsizetype index) const
{
    const qsizetype start = m_starts.at(index);
    return QStringView(m_text).mid(start, endOf(index) - start);
}

} // namespace ip
