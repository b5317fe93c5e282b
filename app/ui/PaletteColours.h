#pragma once

#include <QColor>
#include <QPalette>

namespace ip {

// The few colours QPalette has no role for. Each has a value for light
// palettes and one for dark palettes (told apart by the window colour), chosen
// so text keeps WCAG AA contrast in both (tests/app/tst_window_theme.cpp).
enum class NamedColour {
    ErrorText,   // a problem worded in a label or a list: not saved, missing, over time
    WarningTint, // mixed into the base behind a warning in the message bar
    ErrorTint,   // ... behind an error
};

// Whether a palette is a dark one: light text on a dark window.
inline bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor namedColour(NamedColour colour, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (colour) {
    case NamedColour::ErrorText:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case NamedColour::WarningTint:
        return dark ? QColor(0xc8, 0x8a, 0x00) : QColor(0xe5, 0xa5, 0x0a);
    case NamedColour::ErrorTint:
        return dark ? QColor(0xc0, 0x1c, 0x28) : QColor(0xe0, 0x1b, 0x24);
    }
    return palette.color(QPalette::Text);
}

// Errors are never only red: every caller also says what is wrong in words.
inline QColor errorTextColour(const QPalette& palette)
{
    return namedColour(NamedColour::ErrorText, palette);
}

} // namespace ip
