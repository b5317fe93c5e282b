#pragma once

#include <QWidget>

namespace ip {

// A small chart drawn with QPainter whose parts (a bar, a day) each say what
// they show: the mouse shows a part's text in a tooltip; with the focus, the
// arrow keys move through the parts and the current one's text is sent out
// (currentTextChanged) for a caption beside the chart, so the numbers reach
// the keyboard too, never only the colour. The whole chart's figures go in
// its accessible description.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);

    virtual int itemCount() const = 0;
    // Where a part is drawn, in widget coordinates; empty when it is not.
    virtual QRect itemRect(int index) const = 0;
    // "Tuesday 3 November: 17 reviews".
    virtual QString itemText(int index) const = 0;

    // The part under a point, or -1.
    int itemAt(const QPoint& point) const;

    // The part the keys are on (-1 before there is one).
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

Q_SIGNALS:
    // The keys moved to another part, or its figures changed: its text
    // (empty when there is none, or the chart lost the focus).
    void currentTextChanged(const QString& text);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

    // The parts were replaced: the keys stay on the same index if it is
    // still there, else on the last part.
    void itemsChanged();
    // How far a key moves the current part (Left/Up back one, Right/Down on
    // one by default); 0 for a key the chart does not use.
    virtual int step(int key) const;
    // Where the keys start when the chart first gets the focus.
    virtual int firstIndex() const { return 0; }
    // A frame round the current part while the chart has the focus.
    void drawFocusFrame(QPainter& painter) const;
    // The widest of the locale's short weekday names ("Wed").
    int widestShortDayName() const;

private:
    void announceCurrent();

    int m_current = -1;
};

} // namespace ip
