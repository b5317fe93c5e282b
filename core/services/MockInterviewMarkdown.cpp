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
    // Not static: the names follow the translation installed now.
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    if (grade < 1 || grade > 4)
        return QString::number(grade);
    return tr("%1 (%2)").arg(grade).arg(names.at(grade - 1));
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

} // namespace

QString MockInterviewMarkdown::toMarkdown(const MockInterview& interview, const Guide& guide)
{
    // The candidate's own clock: the day and time they sat it.
    const QString when =
        interview.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text =
        QStringLiteral("# ") + tr("Mock interview, %1").arg(when) + QStringLiteral("\n\n");

    QStringList facts;
    if (guide.key == interview.guideKey && !guide.title.isEmpty())
        facts << markdownText(guide.title.simplified());
    facts << tr("%n minute(s) planned", nullptr, interview.plannedMinutes);
    facts << tr("%n question(s)", nullptr, int(interview.questions.size()));
    facts << tr("%1 taken of %2 in time boxes")
                 .arg(duration(interview.secondsTaken()), duration(interview.timeBoxSeconds()));
    if (const auto mean = interview.meanGrade())
        facts << tr("mean grade %1").arg(*mean, 0, 'f', 1);
    if (!interview.isFinished())
        facts << tr("not finished");
    text += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n");

    for (const MockInterviewQuestion& asked : interview.questions) {
        const Question* question = findQuestion(guide, asked.questionKey);
        const QString prompt = question ? question->prompt : asked.prompt;
        text += QStringLiteral("\n## ") +
                tr("Question %1 of %2: %3")
                    .arg(asked.position + 1)
                    .arg(interview.questions.size())
                    .arg(markdownText(prompt.simplified())) +
                QStringLiteral("\n\n");
        QStringList line;
        if (!asked.category.isEmpty())
            line << markdownText(asked.category.simplified());
        line << (asked.isOverTime()
                     ? tr("%1 of %2 (over time by %3)")
                           .arg(duration(asked.secondsTaken), duration(asked.timeBoxSeconds),
                                duration(asked.secondsTaken - asked.timeBoxSeconds))
                     : tr("%1 of %2")
                           .arg(duration(asked.secondsTaken), duration(asked.timeBoxSeconds)));
        line << (asked.grade ? tr("grade %1").arg(gradeText(*asked.grade)) : tr("not graded"));
        text += line.join(QStringLiteral(" · ")) + QStringLiteral("\n\n### ") + tr("Your outline") +
                QStringLiteral("\n\n");
        const QString outline = markdownPlainText(asked.outline);
        text += (outline.isEmpty() ? u'_' + tr("No outline written.") + u'_' : outline) +
                QStringLiteral("\n\n### ") + tr("Model answer") + u'\n';
        if (!question) {
            text += QStringLiteral("\n_") + tr("This question is no longer in the guide.") +
                    QStringLiteral("_\n");
            continue;
        }
        if (question->parts.isEmpty())
            text += QStringLiteral("\n_") + tr("The guide gives no answer here.") +
                    QStringLiteral("_\n");
        for (const QuestionPart& part : question->parts) {
            text += QStringLiteral("\n#### %1\n\n").arg(markdownText(part.name.simplified()));
            text += part.markdown.trimmed() + QStringLiteral("\n");
        }
    }
    return text;
}

} // namespace ip
