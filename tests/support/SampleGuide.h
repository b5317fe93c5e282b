#pragma once

#include <QByteArray>

namespace ip::test {

// A minimal valid guide body with one question, for tests about front matter.
inline const QByteArray OneQuestion = "## Interview Questions and Answers\n\n"
                                      "### Technical Questions\n\n"
                                      "#### Question 1: Fine?\n\n"
                                      "**Answer**: Yes.\n";

// A guide whose front matter is yaml; the front matter's first line is the
// file's line 2.
inline QByteArray withFrontMatter(const QByteArray& yaml)
{
    return "---\n" + yaml + "\n---\n\n" + OneQuestion;
}

} // namespace ip::test
