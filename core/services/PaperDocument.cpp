#include "services/PaperDocument.h"

#include "services/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>

namespace ip {

namespace {

constexpr qreal PageNumberPoints = 9;

// One laid-out line, in document coordinates.
struct Line {
    qreal top = 0;
    qreal bottom = 0;
    bool heading = false;
};

// Every line of the document, by top.
QList<Line> linesOf(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QList<Line> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        // Line positions are relative to the block's layout; the rectangle
        // is where that sits in the document (in a table cell too).
        const qreal origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines << Line{origin + line.y(), origin + line.y() + line.height(), heading};
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.top < b.top; });
    return lines;
}

// The lowest cut at or above `y` that passes through no line.
qreal clearOfLines(const QList<Line>& lines, qreal y)
{
    bool moved = true;
    while (moved) {
        moved = false;
        for (const Line& line : lines) {
            if (line.top < y - 0.01 && line.bottom > y + 0.01) {
                y = line.top;
                moved = true;
            }
        }
    }
    return y;
}

// Moves a cut above the headings that would end the page: when the last
// lines before it are headings, they go to the next page with their text.
qreal beforeTrailingHeadings(const QList<Line>& lines, qreal pageTop, qreal cut)
{
    qsizetype last = -1; // the last line ending on the page
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).top >= pageTop - 0.01 && lines.at(i).bottom <= cut + 0.01)
            last = i;
    }
    if (last < 0 || !lines.at(last).heading)
        return cut;
    qsizetype first = last;
    while (first > 0 && lines.at(first - 1).heading && lines.at(first - 1).top >= pageTop - 0.01)
        --first;
    // A page of nothing but headings cannot do better by moving them.
    return lines.at(first).top > pageTop + 0.01 ? lines.at(first).top : cut;
}

} // namespace

Result<void> PaperDocument::requireFonts(const QString& path)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return makeError(ErrorKind::Internal,
                     tr("Cannot write %1: PDF export needs the program's fonts, "
                        "which this mode does not load.")
                         .arg(QDir::toNativeSeparators(path)));
}

qreal PaperDocument::devicePixels(const QPagedPaintDevice& device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}

void PaperDocument::prepare(QTextDocument& document, QPagedPaintDevice& device)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(BodyPoints);
    document.setDefaultFont(font);
    // The device's width is its printable area's (inside the margins).
    document.setTextWidth(device.width());
}

QList<PaperDocument::Span> PaperDocument::pageSpans(QTextDocument& document, qreal pageHeight)
{
    // Pages are cut here rather than by the document's own pagination,
    // which cannot keep a heading with the text below it and, once a
    // block's format changes, moves later lines without cutting them into
    // pages again.
    const qreal height = document.documentLayout()->documentSize().height();
    const QList<Line> lines = linesOf(document);
    QList<Span> spans;
    qreal top = 0;
    do {
        qreal cut = top + pageHeight;
        if (cut < height) {
            cut = beforeTrailingHeadings(lines, top, clearOfLines(lines, cut));
            if (cut <= top + 0.5)
                cut = top + pageHeight; // one line taller than a page
        } else {
            cut = std::max(height, top);
        }
        spans << Span{top, cut};
        top = cut;
    } while (top < height - 0.5);
    return spans;
}

void PaperDocument::paint(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document,
                          Progress& progress, qreal footerHeight, const Footer& footer)
{
    const qreal pageHeight = device.height() - footerHeight;
    const qreal width = device.width();
    const QList<Span> spans = pageSpans(document, pageHeight);
    const QPageRanges ranges = device.pageRanges();
    for (qsizetype i = 0; i < spans.size(); ++i) {
        ++progress.pageNumber;
        if (!ranges.isEmpty() && !ranges.contains(progress.pageNumber))
            continue;
        if (progress.painted > 0)
            device.newPage();
        const Span& span = spans.at(i);
        painter.save();
        painter.translate(0, -span.top);
        document.drawContents(&painter, QRectF(0, span.top, width, span.bottom - span.top));
        painter.restore();
        if (footer)
            footer(painter, QRectF(0, pageHeight, width, footerHeight), int(i) + 1,
                   int(spans.size()));
        ++progress.painted;
    }
}

int PaperDocument::paint(QPainter& painter, QPagedPaintDevice& device,
                         const QList<QTextDocument*>& documents, qreal footerHeight,
                         const Footer& footer)
{
    Progress progress;
    for (QTextDocument* document : documents)
        paint(painter, device, *document, progress, footerHeight, footer);
    return progress.painted;
}

void PaperDocument::drawPageNumber(QPainter& painter, const QRectF& area, int page, int pages)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(PageNumberPoints);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

Result<int>
PaperDocument::writeA4Pdf(const QString& path, const QString& title,
                          const std::function<Result<int>(QPdfWriter&, QPainter&)>& draw)
{
    if (auto fonts = requireFonts(path); !fonts)
        return fonts.error();
    // Drawn into memory first (these documents are small), then saved in
    // one go.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(PageMarginMillimetres, PageMarginMillimetres,
                                        PageMarginMillimetres, PageMarginMillimetres),
                              QPageLayout::Millimeter);
        writer.setResolution(PdfResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Interview Prep"));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorKind::Internal,
                             tr("Cannot write %1: the PDF could not be started.")
                                 .arg(QDir::toNativeSeparators(path)));
        Result<int> drawn = draw(writer, painter);
        painter.end();
        if (!drawn)
            return drawn.error();
        pages = drawn.value();
    }
    if (auto written = OutputFile::write(path, buffer.data()); !written)
        return written.error();
    return pages;
}

} // namespace ip
