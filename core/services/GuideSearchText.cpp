#include "services/GuideSearchText.h"

#include <algorithm>

namespace ip {

namespace {
constexpr qsizetype MaxLinkTarget = 2048;
}

QString GuideSearchText::wordsOf(const QString& markdown)
{
    QString words;
    words.reserve(markdown.size());
    const qsizetype size = markdown.size();
    // Still among a line's heading and quote marks (and the spaces between).
    bool lineStart = true;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = markdown.at(i);
        if (c == u'\n') {
            lineStart = true;
        } else if (lineStart && (c == u'#' || c == u'>')) {
            continue;
        } else if (c != u' ') {
            lineStart = false;
        }
        if (c == u'*' || c == u'`' || c == u'[' || c == u'|' || c == u'~')
            continue;
        if (c == u']') {
            // A link's target is not what the reader sees: "[text](url)".
            // Looked for within a bounded stretch, so a line of "](" without
            // a ")" cannot make this quadratic.
            if (i + 1 < size && markdown.at(i + 1) == u'(') {
                const qsizetype end = std::min(size, i + 2 + MaxLinkTarget);
                for (qsizetype j = i + 2; j < end && markdown.at(j) != u'\n'; ++j) {
                    if (markdown.at(j) == u')') {
                        i = j;
                        break;
                    }
                }
            }
            continue;
        }
        words += c;
    }
    return words;
}

GuideSearchDocuments GuideSearchText::documentsOf(const Guide& guide)
{
    GuideSearchDocuments search;
    search.guideTitle = guide.title;
    search.builder = Builder;
    for (const RequirementGroup& group : guide.requirementGroups) {
        for (const Requirement& requirement : group.items) {
            search.documents.append(SearchDocument{SearchKind::Requirement, requirement.key,
                                                   requirement.title, wordsOf(requirement.detail),
                                                   group.name});
        }
    }
    for (const Question& question : guide.questions) {
        QStringList parts;
        parts.reserve(question.parts.size());
        // The parts' words without their labels: "Answer" or "Example
        // Scenario" in every question would make those words find them all.
        for (const QuestionPart& part : question.parts)
            parts << wordsOf(part.markdown);
        search.documents.append(SearchDocument{SearchKind::Question, question.key, question.prompt,
                                               parts.join(QStringLiteral("\n")),
                                               question.category});
    }
    return search;
}

} // namespace ip
