// What the app shows of a guide's Markdown: rendered with the GitHub
// extensions, and never able to run script or load anything by itself.
#include "content/MarkdownRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;

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
        << QStringList{u"<strong>bold</strong>"_s, u"<li>one</li>"_s} << QStringList{};
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QStringList{u"<table border=\"1\" cellspacing=\"0\""_s,
                                          u"<th>a</th>"_s, u"<td>2</td>"_s}
                           << QStringList{};
    QTest::newRow("table text in code stays text")
        << QStringLiteral("`<table>` and\n\n    <table>\n")
        << QStringList{u"<code>&lt;table&gt;</code>"_s} << QStringList{u"border="_s, u"<table"_s};
    QTest::newRow("strikethrough")
        << QStringLiteral("~~old~~ new") << QStringList{u"<del>old</del>"_s} << QStringList{};
    QTest::newRow("autolink") << QStringLiteral("See https://example.org/docs today.")
                              << QStringList{u"<a href=\"https://example.org/docs\">"_s}
                              << QStringList{};
    QTest::newRow("task list") << QStringLiteral("- [x] done\n- [ ] open\n")
                               << QStringList{u"checked=\"\""_s, u"type=\"checkbox\""_s}
                               << QStringList{};
    QTest::newRow("raw HTML block dropped")
        << QStringLiteral("<script>alert(1)</script>\n\ntext") << QStringList{u"<p>text</p>"_s}
        << QStringList{u"<script"_s, u"alert(1)"_s};
    QTest::newRow("inline HTML dropped")
        << QStringLiteral("a <img src=x onerror=alert(1)> b") << QStringList{u"<p>a "_s}
        << QStringList{u"onerror"_s, u"<img"_s};
    QTest::newRow("javascript link emptied")
        << QStringLiteral("[click](javascript:alert(1))")
        << QStringList{u"<a href=\"\">click</a>"_s} << QStringList{u"javascript:"_s};
    QTest::newRow("vbscript and data links emptied")
        << QStringLiteral("[a](vbscript:msgbox) [b](data:text/html;base64,AAAA)")
        << QStringList{u"<a href=\"\">a</a>"_s, u"<a href=\"\">b</a>"_s}
        << QStringList{u"vbscript:"_s, u"data:text"_s};
    QTest::newRow("https link kept")
        << QStringLiteral("[docs](https://example.org)")
        << QStringList{u"<a href=\"https://example.org\">docs</a>"_s} << QStringList{};
    QTest::newRow("remote image becomes a link")
        << QStringLiteral("![diagram](https://example.org/d.png)")
        << QStringList{u"<a href=\"https://example.org/d.png\">Image: diagram</a>"_s}
        << QStringList{u"<img"_s};
    // Found by fuzz/markdown_renderer_fuzzer: cmark's safe mode keeps
    // data:image URLs, for links as well as for images turned into links.
    QTest::newRow("data image links and images lose their target")
        << QStringLiteral("![r][ref] ![s](DATA:image/png;base64,AAAA) [t](data:image/gif,x) "
                          "[ref]\n\n[ref]: data:image/png;base64,AAAA\n")
        << QStringList{u"<a href=\"\">Image: r</a>"_s, u"<a href=\"\">Image: s</a>"_s,
                       u"<a href=\"\">t</a>"_s, u"<a href=\"\">ref</a>"_s}
        << QStringList{u"data:"_s, u"DATA:"_s, u"<img"_s};
    QTest::newRow("hostile structure shown as text")
        << QString(QStringLiteral("> ").repeated(100) + QStringLiteral("*a"))
        << QStringList{u"<pre>"_s} << QStringList{u"<blockquote>"_s};
    QTest::newRow("text escaped") << QStringLiteral("a < b & c")
                                  << QStringList{u"a &lt; b &amp; c"_s} << QStringList{};
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
