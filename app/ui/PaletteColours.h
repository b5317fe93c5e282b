#pragma once

#include <QColor>
#include <QPalette>

namespace ip {

// QPalette has no role for errors. This is a red pulled towards the palette's
// own text colour, so it keeps the contrast of normal text in light and dark
// themes (dark red on light, light red on dark).
inline QColor errorTextColour(const QPalette& palette,
                              QPalette::ColorGroup group = QPalette::Active)
{
    const QColor text = palette.color(group, QPalette::Text);
    const QColor red(0xe0, 0x1b, 0x24);
    const float weight = 0.65f;
    QColor mixed;
    mixed.setRgbF(red.redF() * weight + text.redF() * (1 - weight),
                  red.greenF() * weight + text.greenF() * (1 - weight),
                  red.blueF() * weight + text.blueF() * (1 - weight));
    return mixed;
}

} // namespace ip
