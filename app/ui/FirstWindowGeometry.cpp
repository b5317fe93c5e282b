#include "ui/FirstWindowGeometry.h"

#include <algorithm>

namespace ip {

FirstWindowGeometry FirstWindowGeometry::forScreen(const QRect& available)
{
    FirstWindowGeometry result;
    const bool fits = available.width() >= PreferredWidth + FrameWidth &&
                      available.height() >= PreferredHeight + FrameHeight;
    // On a small screen (a 1366×768 laptop, a 1024×600 netbook, a large
    // scale factor) the whole screen is the sensible size; the window manager
    // fits a maximised window's frame itself.
    result.maximised = !fits;
    const QSize size = fits ? QSize(PreferredWidth, PreferredHeight)
                            : QSize(std::max(available.width() - FrameWidth, 1),
                                    std::max(available.height() - FrameHeight, 1));
    // Centred with its frame: most of the frame's height is the title bar
    // above the window, the rest a border below.
    const int titleBar = FrameHeight - FrameWidth / 2;
    QRect geometry(QPoint(0, 0), size);
    geometry.moveLeft(available.left() + (available.width() - size.width()) / 2);
    geometry.moveTop(available.top() + (available.height() - size.height() - FrameHeight) / 2 +
                     titleBar);
    result.geometry = geometry;
    return result;
}

} // namespace ip
