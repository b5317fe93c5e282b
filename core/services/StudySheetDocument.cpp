#include "services/StudySheetDocument.h"

#include "content/MarkdownRenderer.h"
#include "services/PaperDocument.h"

#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace ip {

namespace {

// Room under the text for "Page n of m", in points.
constexpr qreal FooterPoints = 18;

// Rich text takes lengths in pixels of a 96 dpi screen and scales them to
// the device it lays out on; spacing is thought of in points.
QString px(qreal points)
{
    return QStringLiteral("%1px").arg(points * 96.0 / 72.0, 0, 'f', 1);
}

// The look on paper. The sheet's structure (h1 guide, h2 section, h3 group
// or category, h4 question, h5 part) is StudySheet's.
QString styleSheet()
{
    return QStringLiteral(
               "h1 { font-size: 20pt; margin-top: 0px; margin-bottom: %1; }"
               "h2 { font-size: 16pt; margin-top: %2; margin-bottom: %3; }"
               "h3 { font-size: 13.5pt; margin-top: %4; margin-bottom: %3; }"
               "h4 { font-size: 12pt; margin-top: %4; margin-bottom: %5;"
               " background-color: #e8e8e8; }"
               "h5 { font-size: 10pt; margin-top: %6; margin-bottom: %7; color: #444444; }"
               "h6 { font-size: 10pt; }"
               "p { margin-top: 0px; margin-bottom: %5; }"
               "li { margin-bottom: %7; }"
               "pre, code { font-family: monospace; font-size: 9.5pt; }"
               "a { color: #1a4f8b; }")
        .arg(px(8), px(18), px(6), px(14), px(4), px(8), px(2));
}

} // namespace

std::unique_ptr<QTextDocument> StudySheetDocument::layOut(const GuideWork& work,
                                                          QPagedPaintDevice& device)
{
    auto document = std::make_unique<QTextDocument>();
    PaperDocument::prepare(*document, device);
    document->setDefaultStyleSheet(styleSheet());
    // The Markdown sheet rendered as the app renders Markdown (safe: no raw
    // HTML, nothing fetched), so paper and file say the same.
    document->setHtml(MarkdownRenderer::toHtml(StudySheet::toMarkdown(work)));
    document->setMetaInformation(QTextDocument::DocumentTitle, work.guide.title);
    return document;
}

int StudySheetDocument::paint(const QList<GuideWork>& works, QPagedPaintDevice& device,
                              QPainter& painter)
{
    // Laid out and painted one guide at a time: a library of guides need
    // not be in memory at once.
    PaperDocument::Progress progress;
    for (const GuideWork& work : works) {
        const auto document = layOut(work, device);
        PaperDocument::paint(painter, device, *document, progress,
                             PaperDocument::devicePixels(device, FooterPoints),
                             &PaperDocument::drawPageNumber);
    }
    return progress.painted;
}

Result<int> StudySheetDocument::print(const QList<GuideWork>& works, QPagedPaintDevice& device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorKind::Internal,
                         tr("Printing needs the program's fonts, which this mode "
                            "does not load."));
    if (works.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("There is no guide to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorKind::Internal,
                         tr("The printer could not be started; nothing was printed."));
    const int pages = paint(works, device, painter);
    painter.end();
    return pages;
}

Result<int> StudySheetDocument::writePdf(const QString& path, const QList<GuideWork>& works)
{
    if (works.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("There is no guide to export; nothing was written."));
    const QString title =
        works.size() == 1 ? works.first().guide.title.simplified() : tr("Study sheets");
    return PaperDocument::writeA4Pdf(path, title,
                                     [&](QPdfWriter& writer, QPainter& painter) -> Result<int> {
                                         return paint(works, writer, painter);
                                     });
}

} // namespace ip
