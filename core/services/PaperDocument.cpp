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
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

namespace ip {

namespace {

constexpr qreal PageNumberPoints = 9;

// The pages a block's first and last lines start on; nothing for a block
// without lines (an empty one).
struct BlockPages {
    int first = -1;
    int last = -1;
    bool isEmpty() const { return first < 0; }
};

BlockPages pagesOf(QTextDocument& document, const QTextBlock& block, qreal pageHeight)
{
    const QTextLayout* layout = block.layout();
    // Asking for the rectangle lays the document out up to the block.
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    if (!layout || layout->lineCount() == 0)
        return {};
    // Line positions are relative to the layout; the rectangle is where the
    // layout sits in the document (a table cell's block included).
    const qreal origin = rect.top() - layout->boundingRect().top();
    auto pageOf = [&](qreal y) { return int(std::floor((origin + y) / pageHeight + 1e-6)); };
    return {pageOf(layout->lineAt(0).y()), pageOf(layout->lineAt(layout->lineCount() - 1).y())};
}

bool isHeading(const QTextBlock& block)
{
    return block.blockFormat().headingLevel() > 0;
}

void breakBefore(const QTextBlock& block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

} // namespace

Result<void> PaperDocument::requireFonts(const QString& path)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return makeError(ErrorKind::Internal,
                     QStringLiteral("Cannot write %1: PDF export needs the program's fonts, "
                                    "which this mode does not load.")
                         .arg(QDir::toNativeSeparators(path)));
}

qreal PaperDocument::devicePixels(const QPagedPaintDevice& device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}

void PaperDocument::prepare(QTextDocument& document, QPagedPaintDevice& device, qreal footerHeight)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(BodyPoints);
    document.setDefaultFont(font);
    // The device's size is its printable area (inside the margins).
    document.setPageSize(QSizeF(device.width(), device.height() - footerHeight));
}

void PaperDocument::keepHeadingsWithText(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    // A run of headings ("Questions", "Technical", "Question 1") moves as
    // one: a heading left alone at a page's foot is what this avoids.
    QTextBlock runStart;
    BlockPages runStartPages;
    int pageBeforeRun = -1; // where the text before the run ends
    int lastPage = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const BlockPages pages = pagesOf(document, block, pageHeight);
        if (pages.isEmpty())
            continue;
        if (isHeading(block)) {
            if (!runStart.isValid()) {
                runStart = block;
                runStartPages = pages;
                pageBeforeRun = lastPage;
            }
            lastPage = pages.last;
            continue;
        }
        if (runStart.isValid()) {
            const bool split = pages.first != runStartPages.first || lastPage != pages.first;
            // A run already at a page's top cannot do better by moving.
            const bool atTop = runStartPages.first > pageBeforeRun;
            if (split && !atTop) {
                breakBefore(runStart);
                // Laid out again from the run on; the positions below move.
            }
            runStart = QTextBlock();
        }
        lastPage = pagesOf(document, block, pageHeight).last;
    }
}

int PaperDocument::paint(QPainter& painter, QPagedPaintDevice& device,
                         const QList<QTextDocument*>& documents, qreal footerHeight,
                         const Footer& footer)
{
    int total = 0;
    for (QTextDocument* document : documents)
        total += document->pageCount();
    const QPageRanges ranges = device.pageRanges();
    int number = 0;
    int painted = 0;
    for (QTextDocument* document : documents) {
        const QSizeF page = document->pageSize();
        for (int i = 0; i < document->pageCount(); ++i) {
            ++number;
            if (!ranges.isEmpty() && !ranges.contains(number))
                continue;
            if (painted > 0)
                device.newPage();
            painter.save();
            const QRectF visible(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -visible.top());
            document->drawContents(&painter, visible);
            painter.restore();
            if (footer)
                footer(painter, QRectF(0, page.height(), page.width(), footerHeight), number,
                       total);
            ++painted;
        }
    }
    return painted;
}

void PaperDocument::drawPageNumber(QPainter& painter, const QRectF& area, int page, int pages)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(PageNumberPoints);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("Page %1 of %2").arg(page).arg(pages));
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
                             QStringLiteral("Cannot write %1: the PDF could not be started.")
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
