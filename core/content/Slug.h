#pragma once

#include <QString>

namespace ip {

// Stable, readable keys from text: "Question 1: What is Overfitting?" ->
// "question-1-what-is-overfitting". Keys identify the user's work, so they
// depend only on the text, never on where it sits in a guide.
QString slugify(const QString& text);

} // namespace ip
