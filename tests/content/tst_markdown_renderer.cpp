// What the app shows of a guide's Markdown: rendered with the GitHub
// extensions, and never able to run script or load anything by itself.
#include "content/MarkdownRenderer.h"

#include <QTest>

using namespace ip;

class MarkdownRendererTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
};

void MarkdownRendererTest::renders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("emphasis and lists")
        << QStringLiteral("Some **bold** text.\n\n- one\n- two\n")
        << QStringList{"<strong>bold</strong>", "<li>one</li>"} << QStringList{};
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QStringList{"<table border=\"1\" cellspacing=\"0\"", "<th>a</th>",
                                          "<td>2</td>"}
                           << QStringList{};
    QTest::newRow("table text in code stays text")
        << QStringLiteral("`<table>` and\n\n    <table>\n")
        << QStringList{"<code>&lt;table&gt;</code>"} << QStringList{"border=", "<table"};
    QTest::newRow("strikethrough")
        << QStringLiteral("~~old~~ new") << QStringList{"<del>old</del>"} << QStringList{};
    QTest::newRow("autolink") << QStringLiteral("See https://example.org/docs today.")
                              << QStringList{"<a href=\"https://example.org/docs\">"}
                              << QStringList{};
    QTest::newRow("task list") << QStringLiteral("- [x] done\n- [ ] open\n")
                               << QStringList{"checked=\"\"", "type=\"checkbox\""} << QStringList{};
    QTest::newRow("raw HTML block dropped")
        << QStringLiteral("<script>alert(1)</script>\n\ntext") << QStringList{"<p>text</p>"}
        << QStringList{"<script", "alert(1)"};
    QTest::newRow("inline HTML dropped") << QStringLiteral("a <img src=x onerror=alert(1)> b")
                                         << QStringList{"<p>a "} << QStringList{"onerror", "<img"};
    QTest::newRow("javascript link emptied")
        << QStringLiteral("[click](javascript:alert(1))") << QStringList{"<a href=\"\">click</a>"}
        << QStringList{"javascript:"};
    QTest::newRow("vbscript and data links emptied")
        << QStringLiteral("[a](vbscript:msgbox) [b](data:text/html;base64,AAAA)")
        << QStringList{"<a href=\"\">a</a>", "<a href=\"\">b</a>"}
        << QStringList{"vbscript:", "data:text"};
    QTest::newRow("https link kept")
        << QStringLiteral("[docs](https://example.org)")
        << QStringList{"<a href=\"https://example.org\">docs</a>"} << QStringList{};
    QTest::newRow("remote image becomes a link")
        << QStringLiteral("![diagram](https://example.org/d.png)")
        << QStringList{"<a href=\"https://example.org/d.png\">Image: diagram</a>"}
        << QStringList{"<img"};
    // Found by fuzz/markdown_renderer_fuzzer: cmark's safe mode keeps
    // data:image URLs, for links as well as for images turned into links.
    QTest::newRow("data image links and images lose their target")
        << QStringLiteral("![r][ref] ![s](DATA:image/png;base64,AAAA) [t](data:image/gif,x) "
                          "[ref]\n\n[ref]: data:image/png;base64,AAAA\n")
        << QStringList{"<a href=\"\">Image: r</a>", "<a href=\"\">Image: s</a>",
                       "<a href=\"\">t</a>", "<a href=\"\">ref</a>"}
        << QStringList{"data:", "DATA:", "<img"};
    QTest::newRow("hostile structure shown as text")
        << QString(QStringLiteral("> ").repeated(100) + QStringLiteral("*a"))
        << QStringList{"<pre>"} << QStringList{"<blockquote>"};
    QTest::newRow("text escaped") << QStringLiteral("a < b & c") << QStringList{"a &lt; b &amp; c"}
                                  << QStringList{};
}

void MarkdownRendererTest::renders()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString html = MarkdownRenderer::toHtml(markdown);
    for (const QString& expected : present)
        QVERIFY2(html.contains(expected), qPrintable(html));
    for (const QString& forbidden : absent)
        QVERIFY2(!html.contains(forbidden), qPrintable(html));
}

QTEST_GUILESS_MAIN(MarkdownRendererTest)
#include "tst_markdown_renderer.moc"
