#pragma once

#include <QRect>

namespace ip {

// Where the main window goes on a first start (later starts restore what the
// user left). The frame a window manager adds (title bar, borders) is not
// known before the window is shown, so room is left for a typical one: the
// status bar must never end up below the screen.
struct FirstWindowGeometry {
    // What the app is designed around; bigger screens get this, centred.
    static constexpr int PreferredWidth = 1280;
    static constexpr int PreferredHeight = 800;
    // Room for a window manager's frame.
    static constexpr int FrameWidth = 16;
    static constexpr int FrameHeight = 48;

    // The window's own geometry (without frame); on a screen too small for
    // the preferred size with its frame, the window is maximised and this is
    // the size it takes when the user restores it.
    QRect geometry;
    bool maximised = false;

    static FirstWindowGeometry forScreen(const QRect& available);
};

} // namespace ip
