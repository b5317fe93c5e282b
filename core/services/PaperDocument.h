#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace ip {

// Text laid out for paper, as the exports that print share it (stories,
// study sheets): a document laid out with the metrics of the device it is
// painted on (a PDF writer or a printer), painted page by page, each
// document from a new page, and the A4 PDF the exports write whole or not
// at all.
class PaperDocument {
    Q_DECLARE_TR_FUNCTIONS(PaperDocument)

public:
    // Type sizes in points.
    static constexpr qreal BodyPoints = 11;
    // The A4 PDF's margins on every side and its resolution.
    static constexpr qreal PageMarginMillimetres = 20;
    static constexpr int PdfResolution = 300;

    // Laying out text needs the font database, which only a GUI application
    // has; without one Qt would abort the program instead of failing. An
    // error naming `path` when there is none.
    static Result<void> requireFonts(const QString& path);

    // Points as the device's pixels, so spacing looks the same at any
    // resolution.
    static qreal devicePixels(const QPagedPaintDevice& device, qreal points);

    // Makes `document` lay out on `device`: its metrics (so point sizes are
    // points), no margin of its own, body text at BodyPoints, and lines as
    // wide as the device's printable area. The document is one long column;
    // pageSpans() cuts it into pages.
    static void prepare(QTextDocument& document, QPagedPaintDevice& device);

    // Where each page of `document` (prepared) begins and ends, in its
    // coordinates, for pages `pageHeight` tall. A page ends where a line
    // begins, never inside one (a table's cells included), and never right
    // after a heading (a block with a heading level) or a run of them: the
    // run goes to the next page with the text it heads. A line taller than a
    // page is cut. At least one page, even for an empty document.
    struct Span {
        qreal top = 0;
        qreal bottom = 0;
    };
    static QList<Span> pageSpans(QTextDocument& document, qreal pageHeight);

    // Draws a page's footer; page is 1-based, of `pages` in its document.
    using Footer = std::function<void(QPainter& painter, const QRectF& area, int page, int pages)>;

    // Where painting documents one after another onto a device stands.
    struct Progress {
        int pageNumber = 0; // the last page counted, painted or not
        int painted = 0;
    };

    // Paints every page of `document` (prepared for `device`) from a new
    // page, the text in the device's printable area less `footerHeight` at
    // the bottom and, when given, each page's footer in that band. Only the
    // pages in the device's page ranges are painted when it has any (a
    // printer's "pages 2-5"), counted across the documents painted before.
    // One document at a time, so a long run of them need not be held in
    // memory at once.
    static void paint(QPainter& painter, QPagedPaintDevice& device, QTextDocument& document,
                      Progress& progress, qreal footerHeight = 0, const Footer& footer = {});

    // The same for several documents; returns the pages painted.
    static int paint(QPainter& painter, QPagedPaintDevice& device,
                     const QList<QTextDocument*>& documents, qreal footerHeight = 0,
                     const Footer& footer = {});

    // "Page 3 of 12", centred in the footer band in small grey type.
    static void drawPageNumber(QPainter& painter, const QRectF& area, int page, int pages);

    // An A4 PDF with PageMarginMillimetres margins at PdfResolution, titled
    // `title`: `draw` paints it (returning its page count, or an error) into
    // memory, and only then is the file written, atomically (OutputFile).
    // Any error leaves `path` as it was.
    static Result<int> writeA4Pdf(const QString& path, const QString& title,
                                  const std::function<Result<int>(QPdfWriter&, QPainter&)>& draw);
};

} // namespace ip
