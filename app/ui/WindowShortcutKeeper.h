#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace ip {

// Keeps keys for the window's shortcuts while a text field has the focus.
// A field claims the keys it edits with before any shortcut sees them, and
// on Linux QLineEdit and QPlainTextEdit take Ctrl+K (delete to the end of
// the line); search must open with it from anywhere in the window, as in
// the editors and chat apps candidates know it from. Dialogs keep their
// fields' keys. Owned by the window.
class WindowShortcutKeeper : public QObject {
    Q_OBJECT
public:
    WindowShortcutKeeper(QWidget* window, const QList<QKeySequence>& keys);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QList<QKeySequence> m_keys;
};

} // namespace ip
