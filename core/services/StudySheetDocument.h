#pragma once

#include "services/StudySheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace ip {

// The study sheet (StudySheet) laid out for reading on paper: the same
// document, rendered from its Markdown, with headings in larger type, each
// question's heading on a grey band, the parts' headings in small bold type,
// no heading left alone at the foot of a page, and "Page n of m" at the foot
// of every page. Each guide starts on a new page and has its own page
// numbers (a library's PDF is a bundle of sheets).
//
// Works on any paged device: writePdf() writes the A4 PDF the export makes;
// print() paints on a printer the print dialog set up (a QPrinter is a
// QPagedPaintDevice) or on a QPdfWriter of the caller's. Both need a
// QGuiApplication (fonts).
class StudySheetDocument {
    Q_DECLARE_TR_FUNCTIONS(StudySheetDocument)

public:
    // One guide's sheet laid out as wide as `device`'s printable area, in
    // one column (PaperDocument::pageSpans() cuts it into pages), ready to
    // paint or to look at.
    static std::unique_ptr<QTextDocument> layOut(const GuideWork& work, QPagedPaintDevice& device);

    // Paints the sheets on `device` with `painter` (already begun on it),
    // each guide from a new page; only the device's page ranges when it has
    // any. Returns the pages painted.
    static int paint(const QList<GuideWork>& works, QPagedPaintDevice& device, QPainter& painter);

    // Begins a painter on `device` (a printer), paints, ends. InvalidInput
    // with no guides; Internal when the device cannot be painted on.
    static Result<int> print(const QList<GuideWork>& works, QPagedPaintDevice& device);

    // The sheets as an A4 PDF at `path`, written whole or not at all.
    // Returns the page count.
    static Result<int> writePdf(const QString& path, const QList<GuideWork>& works);
};

} // namespace ip
