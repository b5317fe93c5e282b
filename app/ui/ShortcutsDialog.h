#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace ip {

// F1: every key the app answers to. Menu commands are read from the window's
// menus, so that part can never disagree with what the keys do; the keys that
// act inside a screen or dialog follow (KeyboardReference). A filter field
// finds a command or a key.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filterField() const { return m_filter; }

private:
    void addEntry(const QString& place, const QString& command, const QString& keys);
    void applyFilter(const QString& text);

    QTreeWidget* m_list = nullptr;
    QLineEdit* m_filter = nullptr;
};

} // namespace ip
