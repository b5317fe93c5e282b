// The Markdown renderer on arbitrary text, as notes, stories and answer parts
// reach it. Beyond not crashing, hanging or leaking, its output is shown in a
// rich-text view, so it must never carry markup the renderer promises to
// drop: raw HTML, images that load, or script links.
#include "FuzzCheck.h"
#include "content/MarkdownRenderer.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString html = ip::MarkdownRenderer::toHtml(markdown).toLower();
    IP_FUZZ_REQUIRE(!html.contains(QStringLiteral("<img")), "no image is ever loaded");
    IP_FUZZ_REQUIRE(!html.contains(QStringLiteral("<script")), "raw HTML is dropped");
    IP_FUZZ_REQUIRE(!html.contains(QStringLiteral("<iframe")), "raw HTML is dropped");
    for (const char* scheme : {"javascript:", "vbscript:", "file:", "data:"})
        IP_FUZZ_REQUIRE(!html.contains(QStringLiteral("href=\"") + QLatin1String(scheme)),
                        "unsafe link schemes lose their target");
    return 0;
}
