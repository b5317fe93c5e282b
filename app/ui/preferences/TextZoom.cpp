#include "ui/preferences/TextZoom.h"

#include <QApplication>
#include <QSettings>
#include <algorithm>

namespace ip {

namespace {
// Taken once, before any zoom: a second window (or a test) must not take a
// zoomed font for the desktop's.
QFont desktopFont()
{
    static const QFont font = QApplication::font();
    return font;
}
} // namespace

TextZoom::TextZoom(QObject* parent)
    : QObject(parent), m_baseFont(desktopFont()),
      m_percent(
          std::clamp(QSettings().value(SettingsKey, 100).toInt(), MinimumPercent, MaximumPercent))
{
    if (m_percent != 100)
        apply();
}

void TextZoom::setPercent(int percent)
{
    percent = std::clamp(percent, MinimumPercent, MaximumPercent);
    if (percent == m_percent)
        return;
    m_percent = percent;
    QSettings().setValue(SettingsKey, m_percent);
    apply();
    Q_EMIT percentChanged(m_percent);
}

void TextZoom::apply()
{
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * m_percent / 100.0);
    else
        font.setPixelSize(std::max(1, m_baseFont.pixelSize() * m_percent / 100));
    QApplication::setFont(font);
}

} // namespace ip
