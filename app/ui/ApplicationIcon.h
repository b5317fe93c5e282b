#pragma once

#include <QIcon>
#include <QString>

namespace ip {

// The name the desktop entry, the AppStream metainfo and the icon are
// installed under (packaging/): the desktop file name tells a Wayland
// compositor or a task bar which entry, and so which icon, the window is.
QString applicationId();

// The icon by that name from the user's icon theme, where the package put
// it; a build started from its folder falls back to the same PNGs compiled
// in (applicationIconFallback).
QIcon applicationIcon();
QIcon applicationIconFallback();

} // namespace ip
