#include "ui/requirements/OptionalDateEdit.h"

#include "ui/requirements/DateText.h"

#include <QCalendarWidget>
#include <QKeyEvent>

namespace ip {

namespace {

const QDate NoDate(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setMinimumDate(NoDate);
    setSpecialValueText(tr("No date"));
    setCalendarPopup(true);
    setDisplayFormat(shortDateFormat());
    setToolTip(tr("Press Delete to clear the date."));
    setDate(NoDate);
}

std::optional<QDate> OptionalDateEdit::optionalDate() const
{
    return isEmpty() ? std::nullopt : std::optional<QDate>(date());
}

void OptionalDateEdit::setOptionalDate(const std::optional<QDate>& value)
{
    setDate(value && value->isValid() && *value > NoDate ? *value : NoDate);
}

QDate OptionalDateEdit::dateOrNull() const
{
    return isEmpty() ? QDate() : date();
}

bool OptionalDateEdit::isEmpty() const
{
    return date() <= NoDate;
}

void OptionalDateEdit::clearDate()
{
    setDate(NoDate);
}

QSize OptionalDateEdit::sizeHint() const
{
    // QDateTimeEdit measures its range's ends (1900 and 9999), which can be
    // narrower than a real date such as "28 Sep 2026" in some fonts.
    QSize size = QDateEdit::sizeHint();
    size.rwidth() += fontMetrics().averageCharWidth() * 2;
    return size;
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    // Skips QDateTimeEdit's section stepping: Tab moves to the next field.
    return QWidget::focusNextPrevChild(next);
}

void OptionalDateEdit::focusOutEvent(QFocusEvent* event)
{
    m_refusingText = false;
    QDateEdit::focusOutEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        m_refusingText = false;
        clearDate();
        event->accept();
        return;
    }
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint() &&
                        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (typing && isEmpty() && (m_refusingText || !text.at(0).isDigit())) {
        m_refusingText = true;
        event->accept();
        return;
    }
    // Typing into "No date" would edit the year 1900; start from today instead.
    if (typing && isEmpty() && text.at(0).isDigit()) {
        setDate(QDate::currentDate());
        // The digit replaces the first section, as in a filled editor.
        setSelectedSection(sectionAt(0));
    }
    QDateEdit::keyPressEvent(event);
    showCurrentMonthIfEmpty();
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    QDateEdit::mousePressEvent(event);
    showCurrentMonthIfEmpty();
}

void OptionalDateEdit::stepBy(int steps)
{
    if (isEmpty()) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::showCurrentMonthIfEmpty()
{
    // The popup follows the value, which for "No date" is January 1900.
    if (!isEmpty() || !calendarPopup())
        return;
    QCalendarWidget* calendar = calendarWidget();
    if (calendar && calendar->isVisible()) {
        const QDate today = QDate::currentDate();
        calendar->setCurrentPage(today.year(), today.month());
    }
}

} // namespace ip
