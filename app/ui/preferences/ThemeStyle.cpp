#include "ui/preferences/ThemeStyle.h"

#include "ui/PaletteColours.h"

#include <QStyleFactory>
#include <QStyleOption>

namespace ip {

ThemeStyle::ThemeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                               QPainter* painter, const QWidget* widget) const
{
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !option || !isDarkPalette(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion's outline is the window colour darkened by 140%: from this
    // window it is a mid grey.
    // Each kind is copied as itself: QStyleOption has no virtual destructor,
    // so a copy must not be owned through a base pointer.
    const auto drawLighter = [&](auto copy) {
        copy.palette.setColor(QPalette::Window, QColor(0xa8, 0xa8, 0xa8));
        QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    };
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
        drawLighter(QStyleOptionButton(*button));
    else if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
        drawLighter(QStyleOptionViewItem(*item));
    else
        drawLighter(QStyleOption(*option));
}

} // namespace ip
