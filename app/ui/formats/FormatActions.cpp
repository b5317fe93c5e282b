#include "ui/formats/FormatActions.h"

#include "StudyContext.h"
#include "services/AnkiDeckWriter.h"
#include "services/FlashcardImporter.h"
#include "services/OutputFile.h"
#include "services/StudyData.h"
#include "services/StudySheet.h"
#include "services/StudySheetDocument.h"
#include "services/StudySheetExporter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace ip {

FormatActions::FormatActions(StudyContext& context, QWidget* window,
                             std::function<void()> commitEdits)
    : QObject(window), m_context(context), m_window(window), m_commitEdits(std::move(commitEdits))
{
    m_studySheetMarkdown = new QAction(tr("Study Sheet (&Markdown)…"), this);
    connect(m_studySheetMarkdown, &QAction::triggered, this, [this] { exportStudySheet(false); });
    m_studySheetPdf = new QAction(tr("Study Sheet (PD&F)…"), this);
    connect(m_studySheetPdf, &QAction::triggered, this, [this] { exportStudySheet(true); });
    m_ankiDeck = new QAction(tr("&Anki Deck (TSV)…"), this);
    connect(m_ankiDeck, &QAction::triggered, this, &FormatActions::exportAnkiDeck);
    m_print = new QAction(tr("&Print Study Sheet…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &FormatActions::print);
    m_importFlashcards = new QAction(tr("&Flashcards (TSV/CSV)…"), this);
    connect(m_importFlashcards, &QAction::triggered, this, &FormatActions::chooseFlashcards);
}

QList<QAction*> FormatActions::exportActions() const
{
    return {m_studySheetMarkdown, m_studySheetPdf, m_ankiDeck};
}

QList<QAction*> FormatActions::storageActions() const
{
    return {m_studySheetMarkdown, m_studySheetPdf, m_ankiDeck, m_print};
}

QString FormatActions::suggestedPath(const QString& suffix) const
{
    // StudySheet's file name is the guide's key made safe for a file name.
    // All guides' key is no word for a file.
    const Guide& guide = m_context.guide();
    const QString base = guide.isCombined()
                             ? QStringLiteral("all-guides")
                             : QFileInfo(StudySheet::fileName(guide.key)).completeBaseName();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base +
           suffix;
}

void FormatActions::showFailure(const QString& title, const Error& error)
{
    QMessageBox::warning(m_window, title, error.message);
}

Result<GuideWork> FormatActions::openGuideWork()
{
    if (!m_context.hasStorage())
        return makeError(ErrorKind::NotFound,
                         tr("Your notes and progress cannot be read in this session, so there is "
                            "nothing to export with the guide."));
    if (m_commitEdits)
        m_commitEdits();
    return StudySheetExporter::workOn(*m_context.data(), m_context.guide());
}

void FormatActions::exportAnkiDeck()
{
    if (!m_context.hasStorage())
        return;
    if (m_context.guide().questions.isEmpty()) {
        QMessageBox::information(
            m_window, tr("No Questions to Export"),
            tr("“%1” has no questions to put in a deck.").arg(m_context.guide().title));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Anki Deck"), suggestedPath(QStringLiteral("-anki.txt")),
        tr("Anki text decks (*.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        writeAnkiDeck(path);
}

bool FormatActions::writeAnkiDeck(const QString& path)
{
    if (!m_context.hasStorage())
        return false;
    if (m_commitEdits)
        m_commitEdits();
    const Guide& guide = m_context.guide();
    const Result<int> written = AnkiDeckWriter::write(path, {guide}, m_context.data()->notes(),
                                                      AnkiDeckWriter::defaultDeckName({guide}));
    if (!written.ok()) {
        showFailure(tr("Export Failed"), written.error());
        return false;
    }
    const int count = written.value();
    const QString shown = QDir::toNativeSeparators(path);
    Q_EMIT statusMessage(
        count == 1
            ? tr("Exported 1 question of “%1” to %2 as an Anki deck.").arg(guide.title, shown)
            : tr("Exported %n questions of “%1” to %2 as an Anki deck.", nullptr, count)
                  .arg(guide.title, shown));
    return true;
}

void FormatActions::exportStudySheet(bool pdf)
{
    if (!m_context.hasStorage())
        return;
    const QString path =
        pdf ? QFileDialog::getSaveFileName(m_window, tr("Export Study Sheet as PDF"),
                                           suggestedPath(QStringLiteral("-study-sheet.pdf")),
                                           tr("PDF files (*.pdf)"))
            : QFileDialog::getSaveFileName(m_window, tr("Export Study Sheet as Markdown"),
                                           suggestedPath(QStringLiteral("-study-sheet.md")),
                                           tr("Markdown files (*.md)"));
    if (!path.isEmpty())
        writeStudySheet(path, pdf);
}

bool FormatActions::writeStudySheet(const QString& path, bool pdf)
{
    const Result<GuideWork> work = openGuideWork();
    if (!work.ok()) {
        showFailure(tr("Export Failed"), work.error());
        return false;
    }
    const QString title = work->guide.title;
    const QString shown = QDir::toNativeSeparators(path);
    if (!pdf) {
        if (const Result<void> written = StudySheetExporter::writeMarkdown(path, *work);
            !written.ok()) {
            showFailure(tr("Export Failed"), written.error());
            return false;
        }
        Q_EMIT statusMessage(tr("Wrote the study sheet of “%1” to %2.").arg(title, shown));
        return true;
    }
    const Result<int> pages = StudySheetDocument::writePdf(path, {*work});
    if (!pages.ok()) {
        showFailure(tr("Export Failed"), pages.error());
        return false;
    }
    Q_EMIT statusMessage(
        pages.value() == 1
            ? tr("Wrote the study sheet of “%1” to %2 (1 page).").arg(title, shown)
            : tr("Wrote the study sheet of “%1” to %2 (%n pages).", nullptr, pages.value())
                  .arg(title, shown));
    return true;
}

void FormatActions::print()
{
    if (!m_context.hasStorage())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_context.guide().title);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Study Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> pages = printStudySheet(printer);
    if (!pages.ok()) {
        showFailure(tr("Printing Failed"), pages.error());
        return;
    }
    const QString title = m_context.guide().title;
    Q_EMIT statusMessage(
        pages.value() == 1
            ? tr("Printed the study sheet of “%1” (1 page).").arg(title)
            : tr("Printed the study sheet of “%1” (%n pages).", nullptr, pages.value()).arg(title));
}

Result<int> FormatActions::printStudySheet(QPrinter& printer)
{
    const Result<GuideWork> work = openGuideWork();
    if (!work.ok())
        return work.error();
    return StudySheetDocument::print({*work}, printer);
}

void FormatActions::chooseFlashcards()
{
    const QString cards = QFileDialog::getOpenFileName(
        m_window, tr("Import Flashcards"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Flashcards (*.txt *.tsv *.csv);;All files (*)"));
    if (cards.isEmpty())
        return;
    const QString guide = QFileDialog::getSaveFileName(m_window, tr("Save the New Guide"),
                                                       FlashcardImporter::guidePathFor(cards),
                                                       tr("Interview guides (*.md *.markdown)"));
    if (!guide.isEmpty())
        importFlashcards(cards, guide);
}

bool FormatActions::importFlashcards(const QString& flashcardPath, const QString& guidePath)
{
    const QFileInfo source(flashcardPath);
    const QFileInfo target(guidePath);
    // The file dialog asked before replacing a guide, but not whether that
    // guide is the flashcard file being read.
    if (target.exists() && source.exists() &&
        target.canonicalFilePath() == source.canonicalFilePath()) {
        showFailure(tr("Import Failed"),
                    makeError(ErrorKind::InvalidInput,
                              tr("%1 is the flashcard file itself; save the guide under another "
                                 "name.")
                                  .arg(QDir::toNativeSeparators(guidePath))));
        return false;
    }
    if (const Result<void> replaceable = OutputFile::checkReplaceable(guidePath);
        !replaceable.ok()) {
        showFailure(tr("Import Failed"), replaceable.error());
        return false;
    }
    const Result<FlashcardImport> import = FlashcardImporter::importFile(flashcardPath, guidePath);
    if (!import.ok()) {
        showFailure(tr("Import Failed"), import.error());
        return false;
    }
    Q_EMIT openGuideRequested(guidePath);
    const int count = import->cardCount;
    const QString shown = QDir::toNativeSeparators(guidePath);
    Q_EMIT statusMessage(
        count == 1 ? tr("Imported 1 flashcard as a question into %1.").arg(shown)
                   : tr("Imported %n flashcards as questions into %1.", nullptr, count).arg(shown));
    return true;
}

} // namespace ip
