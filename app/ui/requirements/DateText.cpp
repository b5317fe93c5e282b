#include "ui/requirements/DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace ip {

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        static const QRegularExpression years(QStringLiteral("y+"));
        format.replace(years, QStringLiteral("yyyy"));
    }
    return format;
}

QString shortDateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, shortDateFormat()) : QString();
}

} // namespace ip
