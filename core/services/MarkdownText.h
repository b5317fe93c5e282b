#pragma once

#include <QString>

namespace ip {

// Text that is not Markdown (a title, a prompt, what the user typed) written
// into a Markdown document so that it renders as exactly that text: no
// heading marks, HTML, emphasis, links or list starts come from it.

// One line (a title, a tag, a question label).
QString markdownText(const QString& text);

// Plain text of several lines (an outline typed in a plain-text field): each
// line escaped as markdownText() does, its line breaks kept as hard breaks
// and its blank lines as paragraph breaks, leading spaces kept (as
// non-breaking spaces, so an indented line does not become code).
QString markdownPlainText(const QString& text);

} // namespace ip
