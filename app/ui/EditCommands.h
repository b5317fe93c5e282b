#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace ip {

// The Edit menu: Undo, Redo, Cut, Copy, Paste and Select All acting on the
// text field that has the focus (a line edit, a plain or rich text editor, a
// read-only text view), each enabled only when it would do something there.
// The fields keep their own key bindings; the menu makes the same commands
// visible and reachable with the mouse and from the menu bar's keys.
class EditCommands : public QObject {
    Q_OBJECT
public:
    // Fills `menu` and follows the application's focus from now on.
    explicit EditCommands(QMenu* menu);

    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* selectAll() const { return m_selectAll; }

private:
    void follow(QWidget* focused);
    void updateStates();
    void invoke(const char* slot);

    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_selectAll = nullptr;
    QPointer<QWidget> m_target;
    QList<QMetaObject::Connection> m_targetConnections;
};

} // namespace ip
