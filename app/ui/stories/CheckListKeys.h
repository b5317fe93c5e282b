#pragma once

#include <QObject>

class QLineEdit;
class QListWidget;

namespace ip {

// The keys of a check list with a filter field above it, so choosing needs
// neither the mouse nor a Tab to the list:
// - after Up or Down (which move the list's highlighted row from the field),
//   Space checks or unchecks that row instead of typing a space; typing
//   anything else makes Space type a space again, for filters of two words;
// - Enter, in the field or the list, checks the highlighted row when the user
//   moved to it (keys, click or filter) and has checked nothing yet, then
//   lets the dialog accept as usual: "Down, Down, Enter" links the row the
//   user moved to, while Enter on an untouched dialog changes nothing.
// Owned by the list.
class CheckListKeys : public QObject {
    Q_OBJECT
public:
    static void install(QLineEdit* filter, QListWidget* list);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CheckListKeys(QLineEdit* filter, QListWidget* list);
    void toggleCurrent();
    void checkCurrentIfNothingChosen();

    QLineEdit* m_filter;
    QListWidget* m_list;
    bool m_spaceChecks = false;
    bool m_userChecked = false;
    bool m_userMoved = false;
};

} // namespace ip
