#pragma once

#include "util/Result.h"

#include <QWidget>

class QSettings;

namespace ip {

// One of the main window's screens. MainWindow only assembles screens; each
// screen owns its widgets, its shortcuts that only make sense inside it, and
// the state it wants remembered between starts.
class Screen : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The name in the navigation list ("Questions").
    virtual QString title() const = 0;

    // Ctrl+F: put the focus in this screen's filter field.
    virtual void focusFilter() = 0;

    // Splitter positions and the like, under this screen's own group.
    virtual void saveState(QSettings& settings) const = 0;
    virtual void restoreState(QSettings& settings) = 0;

    // Saves whatever the user typed and is still waiting for its autosave
    // (called before quitting and before the guide is replaced).
    virtual void commitPendingEdits() = 0;

Q_SIGNALS:
    // A write to the database failed; the window shows it in its message bar
    // and the kind decides what it offers (wait for a lock, restore a backup).
    void storageFailed(const ip::Error& error);
    // Reading the user's data failed: what is shown may be incomplete.
    void loadFailed(const ip::Error& error);
    // A short confirmation for the status bar.
    void statusMessage(const QString& message);
    // Something saveState() writes has changed (a splitter was dragged).
    void stateChanged();
};

} // namespace ip
