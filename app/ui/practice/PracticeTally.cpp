#include "ui/practice/PracticeTally.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace ip {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("PracticeTally", text, nullptr, n);
}

} // namespace

void PracticeTally::add(const QString& questionKey, ReviewGrade grade, double seconds)
{
    m_questions.insert(questionKey);
    ++m_byGrade[static_cast<int>(grade) - 1];
    m_seconds += seconds;
}

QString PracticeTally::summary() const
{
    QStringList grades;
    for (ReviewGrade grade :
         {ReviewGrade::Again, ReviewGrade::Hard, ReviewGrade::Good, ReviewGrade::Easy}) {
        if (gradeCount(grade) > 0)
            grades.append(tr("%1 %2").arg(gradeName(grade)).arg(gradeCount(grade)));
    }
    const QString time = durationText(m_seconds);
    const QString list = grades.join(tr(", "));
    return questionCount() == 1
               ? tr("You reviewed 1 question in %1: %2.").arg(time, list)
               : tr("You reviewed %n questions in %1: %2.", questionCount()).arg(time, list);
}

QString gradeName(ReviewGrade grade)
{
    switch (grade) {
    case ReviewGrade::Again:
        return tr("Again");
    case ReviewGrade::Hard:
        return tr("Hard");
    case ReviewGrade::Good:
        return tr("Good");
    case ReviewGrade::Easy:
        return tr("Easy");
    }
    return {};
}

QString durationText(double seconds)
{
    const qint64 total = std::llround(std::max(0.0, seconds));
    if (total < 60)
        return tr("%1 s").arg(total);
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg(total / 60 % 60, 2, 10, QLatin1Char('0'));
}

QString intervalText(int days)
{
    const QLocale locale;
    if (days < 31)
        return tr("%1 d").arg(days);
    if (days < 365)
        return tr("%1 mo").arg(locale.toString(days / 30.0, 'g', 2));
    return tr("%1 y").arg(locale.toString(days / 365.0, 'g', 2));
}

} // namespace ip
