#include "content/GuideVocabulary.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

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
// each tail, as the patterns in FORMAT.md's rules spell them. Sorted, so a
// label is found by its view, without making a string to look it up.
template <typename Value> class Spellings {
public:
    void add(std::initializer_list<QStringView> heads, std::initializer_list<QStringView> tails,
             const Value& value)
    {
        for (const QStringView head : heads)
            for (const QStringView tail : tails) {
                QString spelling = head.toString();
                spelling += tail;
                m_entries.push_back({spelling, value});
            }
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry& a, const Entry& b) { return a.first < b.first; });
    }

    std::optional<Value> find(const QString& label) const
    {
        std::array<char16_t, AsciiLabelLength> buffer;
        if (const std::optional<QStringView> text = asciiNormalised(label, buffer))
            return find(*text);
        return find(QStringView(normalised(label)));
    }

private:
    using Entry = std::pair<QString, Value>;
    static constexpr qsizetype AsciiLabelLength = 64;

    std::optional<Value> find(QStringView text) const
    {
        const auto at = std::lower_bound(
            m_entries.begin(), m_entries.end(), text,
            [](const Entry& entry, QStringView key) { return QStringView(entry.first) < key; });
        if (at == m_entries.end() || QStringView(at->first) != text)
            return std::nullopt;
        return at->second;
    }

    // normalised() for the usual label, short plain ASCII, written into
    // buffer; nullopt for any other text, which takes the general way.
    static std::optional<QStringView>
    asciiNormalised(const QString& label, std::array<char16_t, AsciiLabelLength>& buffer)
    {
        if (label.size() > AsciiLabelLength)
            return std::nullopt;
        const auto isSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
        qsizetype length = 0;
        bool pendingSpace = false;
        for (const QChar qc : label) {
            const char16_t c = qc.unicode();
            if (c >= 0x80)
                return std::nullopt;
            if (isSpace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
                buffer[length++] = u' ';
            pendingSpace = false;
            buffer[length++] = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
        }
        while (length > 0 && (buffer[length - 1] == u':' || buffer[length - 1] == u'.'))
            --length;
        while (length > 0 && buffer[length - 1] == u' ')
            --length;
        return QStringView(buffer.data(), length);
    }

    std::vector<Entry> m_entries;
};

const Spellings<QString>& partNames()
{
    static const Spellings<QString> names = [] {
        Spellings<QString> spellings;
        spellings.add(
            {u"", u"model ", u"sample ", u"suggested ", u"example ", u"short ", u"detailed "},
            {u"answer"}, QStringLiteral("Answer"));
        spellings.add({u"example scenario", u"example", u"scenario", u"real-world example",
                       u"example in practice"},
                      {u""}, QStringLiteral("Example Scenario"));
        spellings.add({u"", u"common "}, {u"pitfalls", u"mistakes", u"mistakes to avoid", u"traps"},
                      QStringLiteral("Common Pitfalls"));
        spellings.add({u"follow-up", u"follow- up", u"follow up", u"followup", u"follow-ups",
                       u"follow- ups", u"follow ups", u"followups"},
                      {u"", u" points", u" questions"}, QStringLiteral("Follow-up Points"));
        return spellings;
    }();
    return names;
}

} // namespace

std::optional<QString> canonicalPartName(const QString& label)
{
    return partNames().find(label);
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
            spellings.add({word},
                          {u"", u" certification", u" certifications", u" skills",
                           u" qualification", u" qualifications", u" education", u" degree",
                           u" degrees", u" experience", u" items"},
                          level);
        }
        return spellings;
    }();
    return levels.find(label);
}

std::optional<StarField> starField(const QString& label)
{
    static const Spellings<StarField> fields = [] {
        Spellings<StarField> spellings;
        spellings.add({u"situation", u"context", u"background"}, {u""}, StarField::Situation);
        spellings.add({u"task", u"role", u"goal", u"challenge", u"task/role"}, {u""},
                      StarField::Task);
        spellings.add({u"action", u"actions", u"approach"}, {u""}, StarField::Action);
        spellings.add({u"result", u"results", u"outcome", u"outcomes", u"impact"}, {u""},
                      StarField::Result);
        return spellings;
    }();
    return fields.find(label);
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
