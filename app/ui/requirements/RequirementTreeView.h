#pragma once

#include <QTreeView>

namespace ip {

// The checklist's tree, with the keys a checklist needs on top of QTreeView's:
// Space toggles the current item's check box from any column, Enter and F2
// edit the current cell (the status when the title is current), and Left and
// Right move between an item's cells so every column is reachable without a
// mouse. On group rows the keys keep their tree meaning (expand, collapse).
class RequirementTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit RequirementTreeView(QWidget* parent = nullptr);

    // Stores what an open cell editor holds (before quitting, for example).
    void commitOpenEditor();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool toggleCheck(const QModelIndex& index);
    bool editCell(const QModelIndex& index);
};

} // namespace ip
