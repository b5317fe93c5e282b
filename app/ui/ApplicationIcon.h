#pragma once

#include <QIcon>
#include <QString>

namespace ip {

// The name the desktop entry, the AppStream metainfo and the icon are
// installed under (packaging/): the desktop file name tells a Wayland
// compositor or a task bar which entry, and so which icon, the window is.
QString applicationId();

// The sizes a window's own icon comes in (title bar, task bar).
inline constexpr int WindowIconSizes[] = {16, 22, 24, 32, 48, 64};

// The window's icon: the one by that name in the user's icon theme, where the
// package put it, in WindowIconSizes; a build started from its folder falls
// back to the same PNGs compiled in (applicationIconFallback).
QIcon applicationIcon();
QIcon applicationIconFallback();

} // namespace ip
