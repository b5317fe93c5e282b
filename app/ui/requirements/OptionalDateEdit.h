#pragma once

#include <QDateEdit>
#include <optional>

namespace ip {

// A date editor that can also hold no date, shown as "No date". Delete
// clears it; stepping (arrow keys, wheel) or typing a digit in an empty editor
// starts from today, and its calendar opens on the current month.
//
// Tab and Backtab always leave the editor, as they leave any other field:
// QDateTimeEdit would keep them to move between day, month and year (and
// keeps them for good while "No date" shows), which traps keyboard users.
// Text that does not start with a digit is refused in an empty editor, and so
// is the rest of what is typed until the focus moves: words meant for the
// next field must not turn into a date.
//
// "No date" is QDateTimeEdit's special value text, shown when the value is the
// minimum date, so the minimum is kept at a date no one plans for.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    std::optional<QDate> optionalDate() const;
    // A null or invalid date clears the editor.
    void setOptionalDate(const std::optional<QDate>& date);
    // The date, or a null QDate when there is none (the form item models use).
    QDate dateOrNull() const;
    bool isEmpty() const;
    void clearDate();

    QSize sizeHint() const override;

protected:
    bool focusNextPrevChild(bool next) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void stepBy(int steps) override;

private:
    void showCurrentMonthIfEmpty();

    // Typing was refused; further typing is too until the focus moves.
    bool m_refusingText = false;
};

} // namespace ip
