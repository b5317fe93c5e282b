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

    // Columns the tree gives up, first to last, while the title column would
    // be narrower than `titleWidth`, each shown again at its width once there
    // is room: on a small screen the titles are what the user reads, and the
    // detail pane beside the tree shows every date anyway.
    struct OptionalColumn {
        int column;
        int width;
    };
    void setOptionalColumns(const QList<OptionalColumn>& columns, int titleWidth);

protected:
    // The row the keys act on in the focused tree carries the full selection
    // and a focus frame; a selected row while the focus is elsewhere (the
    // detail pane, the filter) is only tinted, so the user sees at once
    // where their keys go.
    void initViewItemOption(QStyleOptionViewItem* option) const override;
    void drawRow(QPainter* painter, const QStyleOptionViewItem& option,
                 const QModelIndex& index) const override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    // The next shown cell of the current row in visual order, or an invalid
    // index past either end.
    QModelIndex shownNeighbour(const QModelIndex& current, int step) const;

    bool toggleCheck(const QModelIndex& index);
    bool editCell(const QModelIndex& index);

    QList<OptionalColumn> m_optionalColumns;
    int m_titleWidth = 0;
};

} // namespace ip
