#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace ip {

// Lets a filter field drive the list it filters: Up, Down, Page Up and Page
// Down move the list's current row while the typing stays in the field, and
// Enter moves the focus to the list. So filtering and choosing never need the
// mouse. Owned by the field.
class FilterFieldNavigation : public QObject {
    Q_OBJECT
public:
    static void install(QLineEdit* field, QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FilterFieldNavigation(QLineEdit* field, QAbstractItemView* view);

    QAbstractItemView* m_view;
};

} // namespace ip
