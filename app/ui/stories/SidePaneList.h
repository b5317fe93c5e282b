#pragma once

#include <QListWidget>

namespace ip {

// A list in the Stories side pane that prefers no more height than its
// minimum. The pane's scroll area scrolls as soon as its content's preferred
// height does not fit, so a list preferring Qt's 192 px brought up a scroll
// bar, and took its width off the whole pane, the moment it was shown, with
// room to spare. Given room, the list still grows with its layout stretch.
class SidePaneList : public QListWidget {
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return minimumSizeHint(); }
};

} // namespace ip
