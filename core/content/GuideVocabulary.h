#pragma once

#include <QString>
#include <optional>

namespace ip {

// The words guides use for their structure, recognised case-insensitively.
// Kept in one place so the parser's rules can be read (and extended) at once.
namespace vocabulary {

// "Answer", "Model answer" -> "Answer"; unknown labels -> nullopt.
std::optional<QString> canonicalPartName(const QString& label);

// "Required", "Nice to have", "Recommended certifications" -> "required",
// "nice to have", "recommended"; anything else -> nullopt.
std::optional<QString> levelWord(const QString& label);

enum class StarField { Situation, Task, Action, Result };
// "Context" -> Situation, "Outcome" -> Result, ...
std::optional<StarField> starField(const QString& label);

// A question heading: "Question 12: Why?", "Q12. Why?", "12. Why?".
struct NumberedPrompt {
    bool numbered = false;
    int number = 0;
    QString prompt;
};
NumberedPrompt splitQuestionHeading(const QString& heading);

// "Technical Questions" -> "Technical"; returns the text unchanged otherwise.
QString categoryName(const QString& heading);
bool isCategoryHeading(const QString& heading);         // ends with "Questions"
bool isQuestionsPartHeading(const QString& heading);    // "Interview Questions and Answers"
bool isRequirementsPartHeading(const QString& heading); // "Overview of Requirements..."
bool isRequirementGroupHeading(const QString& heading); // "Certifications" on its own
bool isConclusionHeading(const QString& heading);
bool isIntroductionHeading(const QString& heading);

} // namespace vocabulary
} // namespace ip
