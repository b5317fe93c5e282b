#include "ui/preferences/ThemeStyle.h"

#include "ui/PaletteColours.h"

#include <QStyleFactory>
#include <QStyleOption>
#include <memory>

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
    std::unique_ptr<QStyleOption> lighter;
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
        lighter = std::make_unique<QStyleOptionButton>(*button);
    else if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
        lighter = std::make_unique<QStyleOptionViewItem>(*item);
    else
        lighter = std::make_unique<QStyleOption>(*option);
    lighter->palette.setColor(QPalette::Window, QColor(0xa8, 0xa8, 0xa8));
    QProxyStyle::drawPrimitive(element, lighter.get(), painter, widget);
}

} // namespace ip
