#include "content/GuideVocabulary.h"

#include <QRegularExpression>

namespace ip::vocabulary {

namespace {

QString normalised(const QString& label)
{
    QString text = label.simplified().toLower();
    while (text.endsWith(u':') || text.endsWith(u'.'))
        text.chop(1);
    text.replace(u'\u2010', u'-').replace(u'\u2011', u'-').replace(u'\u2013', u'-');
    return text.trimmed();
}

bool matches(const QString& text, const QRegularExpression& pattern)
{
    return pattern.match(text).hasMatch();
}

} // namespace

std::optional<QString> canonicalPartName(const QString& label)
{
    static const QRegularExpression answer(
        QStringLiteral("^((model|sample|suggested|example|short|detailed) )?answer$"));
    static const QRegularExpression scenario(QStringLiteral(
        "^(example scenario|example|scenario|real-world example|example in practice)$"));
    static const QRegularExpression pitfalls(
        QStringLiteral("^(common )?(pitfalls|mistakes|mistakes to avoid|traps)$"));
    static const QRegularExpression followUps(
        QStringLiteral("^(follow-? ?up|followup)s?( (points|questions))?$"));
    const QString text = normalised(label);
    if (matches(text, answer))
        return QStringLiteral("Answer");
    if (matches(text, scenario))
        return QStringLiteral("Example Scenario");
    if (matches(text, pitfalls))
        return QStringLiteral("Common Pitfalls");
    if (matches(text, followUps))
        return QStringLiteral("Follow-up Points");
    return std::nullopt;
}

std::optional<QString> levelWord(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(required|recommended|optional|preferred|nice[- ]to[- ]have|bonus|desirable|desired|"
        "essential|mandatory|must[- ]have|helpful|advantageous)"
        "( (certifications?|skills|qualifications?|education|degrees?|experience|items))?$"));
    const QRegularExpressionMatch match = pattern.match(normalised(label));
    if (!match.hasMatch())
        return std::nullopt;
    QString word = match.captured(1);
    word.replace(u'-', u' ');
    return word;
}

std::optional<StarField> starField(const QString& label)
{
    const QString text = normalised(label);
    static const QRegularExpression situation(QStringLiteral("^(situation|context|background)$"));
    static const QRegularExpression task(QStringLiteral("^(task|role|goal|challenge|task/role)$"));
    static const QRegularExpression action(QStringLiteral("^(actions?|approach)$"));
    static const QRegularExpression result(QStringLiteral("^(results?|outcomes?|impact)$"));
    if (matches(text, situation))
        return StarField::Situation;
    if (matches(text, task))
        return StarField::Task;
    if (matches(text, action))
        return StarField::Action;
    if (matches(text, result))
        return StarField::Result;
    return std::nullopt;
}

NumberedPrompt splitQuestionHeading(const QString& heading)
{
    static const QRegularExpression labelled(
        QStringLiteral(
            "^(?:question|q)\\s*#?\\s*(\\d{1,6})\\s*(?:[:.)\\-\u2013\u2014]\\s*|\\s+|$)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral("^(\\d{1,6})\\s*[.):]\\s+(.+)$"));
    const QString text = heading.simplified();
    QRegularExpressionMatch match = labelled.match(text);
    if (!match.hasMatch())
        match = bare.match(text);
    if (!match.hasMatch())
        return NumberedPrompt{false, 0, text};
    return NumberedPrompt{true, match.captured(1).toInt(), match.captured(2).trimmed()};
}

QString categoryName(const QString& heading)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\bquestions?\\s*:?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString name = heading.simplified();
    name.remove(suffix);
    return name.trimmed();
}

bool isCategoryHeading(const QString& heading)
{
    static const QRegularExpression pattern(QStringLiteral("\\bquestions?\\s*:?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return matches(heading.simplified(), pattern) && !categoryName(heading).isEmpty() &&
           !isQuestionsPartHeading(heading);
}

bool isQuestionsPartHeading(const QString& heading)
{
    const QString text = normalised(heading);
    static const QRegularExpression pattern(QStringLiteral(
        "^((common |top |frequently asked |sample |practice )?(interview )?questions( (and|&) "
        "answers)?|q ?& ?a|interview questions.*)$"));
    return matches(text, pattern);
}

bool isRequirementsPartHeading(const QString& heading)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(requirements?|recommendations|prerequisites|what you need)\\b"));
    const QString text = normalised(heading);
    return matches(text, pattern) && !text.contains(QLatin1String("question"));
}

bool isRequirementGroupHeading(const QString& heading)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^((required|recommended|industry|professional|technical|key) )?(certifications?|"
        "education(al background)?|qualifications|skills|experience|degrees?)$"));
    return matches(normalised(heading), pattern);
}

bool isConclusionHeading(const QString& heading)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(conclusion|summary|final (thoughts|words|tips)|closing( thoughts)?|wrapping up|"
        "next steps|in closing)"));
    return matches(normalised(heading), pattern);
}

bool isIntroductionHeading(const QString& heading)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(introduction|overview|about( this guide)?|how to use( this guide)?)$"));
    return matches(normalised(heading), pattern);
}

} // namespace ip::vocabulary
