#pragma once

#include <QString>

namespace ip {

// Markdown to HTML for display in the app. Safe by construction: raw HTML is
// dropped, links with unsafe schemes (javascript:, vbscript:, file:, data:)
// lose their target, and images become plain links so displaying a guide
// never fetches anything. GitHub tables, strikethrough, autolinks and task
// lists are rendered; tables ask for a grid (a border around every cell),
// which Qt's rich text leaves out otherwise.
class MarkdownRenderer {
public:
    static QString toHtml(const QString& markdown);
};

} // namespace ip
