#include "content/GuideVocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

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

// Every spelling a closed list of words allows: a label, normalised, is
// looked up rather than matched against a pattern, since labels are read for
// every paragraph and list item of every answer. Each head is followed by
// each tail, as the patterns in FORMAT.md's rules spell them.
template <typename Value> using Spellings = QHash<QString, Value>;

template <typename Value>
void addSpellings(Spellings<Value>& spellings, const QStringList& heads, const QStringList& tails,
                  const Value& value)
{
    for (const QString& head : heads)
        for (const QString& tail : tails)
            spellings.insert(head + tail, value);
}

const Spellings<QString>& partNames()
{
    static const Spellings<QString> names = [] {
        Spellings<QString> spellings;
        addSpellings(spellings,
                     {"", "model ", "sample ", "suggested ", "example ", "short ", "detailed "},
                     {"answer"}, QStringLiteral("Answer"));
        addSpellings(spellings,
                     {"example scenario", "example", "scenario", "real-world example",
                      "example in practice"},
                     {""}, QStringLiteral("Example Scenario"));
        addSpellings(spellings, {"", "common "},
                     {"pitfalls", "mistakes", "mistakes to avoid", "traps"},
                     QStringLiteral("Common Pitfalls"));
        addSpellings(spellings,
                     {"follow-up", "follow- up", "follow up", "followup", "follow-ups",
                      "follow- ups", "follow ups", "followups"},
                     {"", " points", " questions"}, QStringLiteral("Follow-up Points"));
        return spellings;
    }();
    return names;
}

} // namespace

std::optional<QString> canonicalPartName(const QString& label)
{
    const auto found = partNames().constFind(normalised(label));
    return found == partNames().cend() ? std::nullopt : std::optional<QString>(*found);
}

std::optional<QString> levelWord(const QString& label)
{
    static const Spellings<QString> levels = [] {
        Spellings<QString> spellings;
        for (const char* spelling :
             {"required", "recommended", "optional", "preferred", "nice-to-have", "nice to-have",
              "nice-to have", "nice to have", "bonus", "desirable", "desired", "essential",
              "mandatory", "must-have", "must have", "helpful", "advantageous"}) {
            const QString word = QLatin1String(spelling);
            QString level = word;
            level.replace(u'-', u' ');
            addSpellings(spellings, {word},
                         {"", " certification", " certifications", " skills", " qualification",
                          " qualifications", " education", " degree", " degrees", " experience",
                          " items"},
                         level);
        }
        return spellings;
    }();
    const auto found = levels.constFind(normalised(label));
    return found == levels.cend() ? std::nullopt : std::optional<QString>(*found);
}

std::optional<StarField> starField(const QString& label)
{
    static const Spellings<StarField> fields = [] {
        Spellings<StarField> spellings;
        addSpellings(spellings, {"situation", "context", "background"}, {""}, StarField::Situation);
        addSpellings(spellings, {"task", "role", "goal", "challenge", "task/role"}, {""},
                     StarField::Task);
        addSpellings(spellings, {"action", "actions", "approach"}, {""}, StarField::Action);
        addSpellings(spellings, {"result", "results", "outcome", "outcomes", "impact"}, {""},
                     StarField::Result);
        return spellings;
    }();
    const auto found = fields.constFind(normalised(label));
    return found == fields.cend() ? std::nullopt : std::optional<StarField>(*found);
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
