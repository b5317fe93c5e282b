#include "content/MarkdownRenderer.h"

#include "content/GuideSource.h"
#include "content/MarkdownTree.h"

#include <QList>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace ip {

namespace {

// Replaces every image by a link to the same address with the image's alt
// text, so nothing is loaded unless the user clicks it.
void replaceImagesWithLinks(cmark_node* root)
{
    QList<cmark_node*> images;
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            images << node;
    }
    cmark_iter_free(iter);
    for (cmark_node* image : std::as_const(images)) {
        // The tree's allocator: cmark moves nodes only between nodes of one.
        cmark_node* link = cmark_node_new_with_mem(CMARK_NODE_LINK, NodeArena::allocator());
        cmark_node_set_url(link, cmark_node_get_url(image));
        cmark_node_set_title(link, cmark_node_get_title(image));
        cmark_node* label = cmark_node_new_with_mem(CMARK_NODE_TEXT, NodeArena::allocator());
        cmark_node_set_literal(label, "Image: ");
        cmark_node_append_child(link, label);
        while (cmark_node* child = cmark_node_first_child(image))
            cmark_node_append_child(link, child);
        cmark_node_insert_before(image, link);
        cmark_node_free(image); // unlinks it too
    }
}

// Safe mode empties data: URLs except data:image/png, gif, jpeg and webp,
// which it keeps for images and links alike; here every link, images made
// links included, loses a data: target, so clicking one opens nothing.
void emptyDataLinks(cmark_node* root)
{
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_LINK)
            continue;
        const char* url = cmark_node_get_url(node);
        if (url && qstrnicmp(url, "data:", 5) == 0)
            cmark_node_set_url(node, "");
    }
    cmark_iter_free(iter);
}

QString escapedPreformatted(const QString& text)
{
    return QStringLiteral("<pre>") + text.toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace

QString MarkdownRenderer::toHtml(const QString& markdown)
{
    // Text the user typed is not checked by the guide parser; the same limits
    // keep rendering linear, and text beyond them is shown as it is.
    const QByteArray utf8 = markdown.toUtf8();
    if (utf8.size() > GuideSource::MaxBytes ||
        !HostileStructureCheck::run(SourceLines(markdown)).isEmpty())
        return escapedPreformatted(markdown);

    const MarkdownTree tree(utf8);
    replaceImagesWithLinks(tree.root());
    emptyDataLinks(tree.root());
    // Options 0: cmark's safe mode, which omits raw HTML and unsafe URLs.
    // The HTML outlives the tree's arena, so it is the system's memory.
    cmark_mem* system = cmark_get_default_mem_allocator();
    char* html = cmark_render_html_with_mem(
        tree.root(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(tree.parser()), system);
    QString result = QString::fromUtf8(html);
    system->free(html);
    // Qt's rich text draws a table without a grid unless the table asks for
    // one: a one-pixel border around every cell, the cells' borders merged
    // (colours and the header's shading come from the viewer's style sheet,
    // which knows the palette). Raw HTML is dropped and text escaped, so
    // every "<table>" here is a Markdown table.
    result.replace(QLatin1String("<table>"),
                   QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"));
    return result;
}

} // namespace ip
