#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace ip {

// Lets a filter field drive the list it filters: Up, Down, Page Up and Page
// Down move the list's current row while the typing stays in the field, and
// (unless Enter belongs to a dialog's default button) Enter moves the focus to
// the list. So filtering and choosing never need the mouse. Escape in a field
// with text clears it (an empty field leaves Escape to the window or dialog).
// Ctrl+E is left to the window's shortcut rather than moving to the end.
// Owned by the field.
class FilterFieldNavigation : public QObject {
    Q_OBJECT
public:
    enum class Enter { MovesFocusToView, LeftToField };
    static void install(QLineEdit* field, QAbstractItemView* view,
                        Enter enter = Enter::MovesFocusToView);
    // Only the Escape part, for a filter whose view moves on its own.
    static void installClearOnEscape(QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FilterFieldNavigation(QLineEdit* field, QAbstractItemView* view, Enter enter);

    QLineEdit* m_field;
    QAbstractItemView* m_view; // null: Escape only
    Enter m_enter;
};

} // namespace ip
