#include "ui/practice/PracticeTally.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace ip {

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
            grades.append(QCoreApplication::translate("PracticeTally", "%1 %2")
                              .arg(gradeName(grade))
                              .arg(gradeCount(grade)));
    }
    const QString time = durationText(m_seconds);
    const QString list = grades.join(QCoreApplication::translate("PracticeTally", ", "));
    return QCoreApplication::translate("PracticeTally", "You reviewed %n questions in %1: %2.",
                                       nullptr, questionCount())
        .arg(time, list);
}

QString gradeName(ReviewGrade grade)
{
    switch (grade) {
    case ReviewGrade::Again:
        return QCoreApplication::translate("PracticeTally", "Again");
    case ReviewGrade::Hard:
        return QCoreApplication::translate("PracticeTally", "Hard");
    case ReviewGrade::Good:
        return QCoreApplication::translate("PracticeTally", "Good");
    case ReviewGrade::Easy:
        return QCoreApplication::translate("PracticeTally", "Easy");
    }
    return {};
}

QString durationText(double seconds)
{
    const qint64 total = std::llround(std::max(0.0, seconds));
    if (total < 60)
        return QCoreApplication::translate("PracticeTally", "%1 s").arg(total);
    if (total < 3600)
        return QCoreApplication::translate("PracticeTally", "%1 min %2 s")
            .arg(total / 60)
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("PracticeTally", "%1 h %2 min")
        .arg(total / 3600)
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'));
}

QString intervalText(int days)
{
    const QLocale locale;
    if (days < 31)
        return QCoreApplication::translate("PracticeTally", "%1 d").arg(days);
    if (days < 365)
        return QCoreApplication::translate("PracticeTally", "%1 mo")
            .arg(locale.toString(days / 30.0, 'g', 2));
    return QCoreApplication::translate("PracticeTally", "%1 y")
        .arg(locale.toString(days / 365.0, 'g', 2));
}

} // namespace ip
