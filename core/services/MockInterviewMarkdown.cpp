#include "services/MockInterviewMarkdown.h"

#include "services/MarkdownText.h"

#include <QStringList>
#include <QTimeZone>
#include <cmath>

namespace ip {

QString MockInterviewMarkdown::duration(double seconds)
{
    const qint64 whole = qint64(std::llround(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString MockInterviewMarkdown::gradeText(int grade)
{
    static const QStringList names = {QStringLiteral("Again"), QStringLiteral("Hard"),
                                      QStringLiteral("Good"), QStringLiteral("Easy")};
    if (grade < 1 || grade > 4)
        return QString::number(grade);
    return QStringLiteral("%1 (%2)").arg(grade).arg(names.at(grade - 1));
}

namespace {

const Question* findQuestion(const Guide& guide, const QString& key)
{
    for (const Question& question : guide.questions) {
        if (question.key == key)
            return &question;
    }
    return nullptr;
}

QString countText(qsizetype count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(count);
}

} // namespace

QString MockInterviewMarkdown::toMarkdown(const MockInterview& interview, const Guide& guide)
{
    // The candidate's own clock: the day and time they sat it.
    const QString when =
        interview.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = QStringLiteral("# Mock interview, %1\n\n").arg(when);

    QStringList facts;
    if (guide.key == interview.guideKey && !guide.title.isEmpty())
        facts << markdownText(guide.title.simplified());
    facts << QStringLiteral("%1 minutes planned").arg(interview.plannedMinutes);
    facts << countText(interview.questions.size(), QStringLiteral("1 question"),
                       QStringLiteral("%1 questions"));
    facts << QStringLiteral("%1 taken of %2 in time boxes")
                 .arg(duration(interview.secondsTaken()), duration(interview.timeBoxSeconds()));
    if (const auto mean = interview.meanGrade())
        facts << QStringLiteral("mean grade %1").arg(*mean, 0, 'f', 1);
    if (!interview.isFinished())
        facts << QStringLiteral("not finished");
    text += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n");

    for (const MockInterviewQuestion& asked : interview.questions) {
        const Question* question = findQuestion(guide, asked.questionKey);
        const QString prompt = question ? question->prompt : asked.prompt;
        text += QStringLiteral("\n## Question %1 of %2: %3\n\n")
                    .arg(asked.position + 1)
                    .arg(interview.questions.size())
                    .arg(markdownText(prompt.simplified()));
        QStringList line;
        if (!asked.category.isEmpty())
            line << markdownText(asked.category.simplified());
        QString time = QStringLiteral("%1 of %2")
                           .arg(duration(asked.secondsTaken), duration(asked.timeBoxSeconds));
        if (asked.isOverTime())
            time += QStringLiteral(" (over time by %1)")
                        .arg(duration(asked.secondsTaken - asked.timeBoxSeconds));
        line << time;
        line << (asked.grade ? QStringLiteral("grade %1").arg(gradeText(*asked.grade))
                             : QStringLiteral("not graded"));
        text += line.join(QStringLiteral(" · ")) + QStringLiteral("\n\n### Your outline\n\n");
        const QString outline = markdownPlainText(asked.outline);
        text += (outline.isEmpty() ? QStringLiteral("_No outline written._") : outline) +
                QStringLiteral("\n\n### Model answer\n");
        if (!question) {
            text += QStringLiteral("\n_This question is no longer in the guide._\n");
            continue;
        }
        if (question->parts.isEmpty())
            text += QStringLiteral("\n_The guide gives no answer here._\n");
        for (const QuestionPart& part : question->parts) {
            text += QStringLiteral("\n#### %1\n\n").arg(markdownText(part.name.simplified()));
            text += part.markdown.trimmed() + QStringLiteral("\n");
        }
    }
    return text;
}

} // namespace ip
