#pragma once

#include <QDialog>

class QMenuBar;

namespace ip {

// F1: every command with a shortcut, read from the window's menus so the
// list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
};

} // namespace ip
