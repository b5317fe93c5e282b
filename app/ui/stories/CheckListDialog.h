#pragma once

#include <QDialog>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ip {

// A filterable list of items with check boxes, for choosing several things
// from many without the mouse: type to narrow, Up and Down to move, Space to
// check, Enter to accept. The question and story pickers build on it.
class CheckListDialog : public QDialog {
    Q_OBJECT
public:
    explicit CheckListDialog(QWidget* parent = nullptr);

    // key identifies the item in checkedKeys(); group is what
    // setGroupFilter() matches (a category, for instance).
    QListWidgetItem* addItem(const QString& key, const QString& text, bool checked,
                             const QString& group = QString());
    QStringList checkedKeys() const;
    void setChecked(const QString& key, bool checked);

    // Shows only the items of this group; empty: every group.
    void setGroupFilter(const QString& group);
    void setPrompt(const QString& text);

    QLineEdit* filterField() const { return m_filter; }
    QListWidget* list() const { return m_list; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    int visibleCount() const;

protected:
    // Extra controls beside the filter field (a category choice).
    QHBoxLayout* filterRow() const { return m_filterRow; }

private:
    void applyFilter();
    void updateCount();

    QLabel* m_prompt = nullptr;
    QLineEdit* m_filter = nullptr;
    QHBoxLayout* m_filterRow = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_count = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_group;
};

} // namespace ip
