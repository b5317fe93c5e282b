#pragma once

#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace ip {

class StudyContext;
struct GuideWork;

// The File menu's formats other programs read and write: the open guide with
// the user's work as an Anki deck, as a study sheet (Markdown, PDF, printed),
// and flashcards made into a new guide. Each action asks where (a file
// dialog, the print dialog), writes whole or not at all, shows a failure with
// its message and passes what it did on as a status message. The window
// places the actions in its menus and opens the guides they make.
class FormatActions : public QObject {
    Q_OBJECT
public:
    // `window` parents the dialogs; `commitEdits` saves what is typed, so
    // a note typed a moment ago is in what is exported.
    FormatActions(StudyContext& context, QWidget* window, std::function<void()> commitEdits);

    // File › Export: Study Sheet (Markdown)…, Study Sheet (PDF)…, Anki Deck (TSV)….
    QList<QAction*> exportActions() const;
    // File › Print Study Sheet… (Ctrl+P).
    QAction* printAction() const { return m_print; }
    // File › Import › Flashcards (TSV/CSV)….
    QAction* importFlashcardsAction() const { return m_importFlashcards; }
    // The actions that read the user's work: they need a database.
    QList<QAction*> storageActions() const;

    // What the actions do once a file is chosen; a failure is shown in a
    // dialog. Each returns whether the file was written.
    bool writeAnkiDeck(const QString& path);
    bool writeStudySheet(const QString& path, bool pdf);
    // Writes the guide made of the flashcards at `flashcardPath` to
    // `guidePath`, then asks for it to be opened (openGuideRequested).
    bool importFlashcards(const QString& flashcardPath, const QString& guidePath);
    // The open guide's study sheet painted on `printer` as the print dialog
    // left it (or as a test sets it up); returns the pages printed.
    Result<int> printStudySheet(QPrinter& printer);

Q_SIGNALS:
    // "Exported 12 questions to …": for the status bar.
    void statusMessage(const QString& message);
    // A guide this made is to be opened like any other.
    void openGuideRequested(const QString& path);

private:
    void exportAnkiDeck();
    void exportStudySheet(bool pdf);
    void print();
    void chooseFlashcards();
    // The open guide with the user's work on it, read after saving what is typed.
    Result<GuideWork> openGuideWork();
    // Where a file about the open guide is suggested: the Documents folder,
    // named for the guide ("machine-learning-engineer-study-sheet.pdf").
    QString suggestedPath(const QString& suffix) const;
    void showFailure(const QString& title, const Error& error);

    StudyContext& m_context;
    QWidget* m_window;
    std::function<void()> m_commitEdits;
    QAction* m_ankiDeck = nullptr;
    QAction* m_studySheetMarkdown = nullptr;
    QAction* m_studySheetPdf = nullptr;
    QAction* m_print = nullptr;
    QAction* m_importFlashcards = nullptr;
};

} // namespace ip
