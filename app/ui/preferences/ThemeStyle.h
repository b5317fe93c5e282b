#pragma once

#include <QProxyStyle>

namespace ip {

// Fusion, as the Light and Dark themes use it, with check boxes and radio
// buttons a dark palette can see. Fusion (Qt 6.4) outlines them in the
// window colour darkened, which on a dark window is all but the colour of
// the list behind them: an unticked requirement would show no box at all.
// Their outline is drawn from a lighter window colour instead, at 3:1 or
// more against the lists and the window (WCAG's contrast for controls).
class ThemeStyle : public QProxyStyle {
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace ip
