#include "ui/search/SearchHitOpener.h"

#include "StudyContext.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/stories/StoriesScreen.h"

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>

namespace ip {

bool SearchHitOpener::openGuideOf(const SearchHit& hit)
{
    if (hit.guideKey.isEmpty() || m_context.guide().holdsGuide(hit.guideKey))
        return true;
    QString path;
    if (StudyData* data = m_context.data()) {
        if (const auto entries = data->libraryEntries()) {
            for (const LibraryEntry& entry : *entries) {
                if (entry.guideKey == hit.guideKey)
                    path = entry.filePath;
            }
        }
    }
    if (path.isEmpty()) {
        m_window.guideMessages()->showMessage(
            MessageBar::Kind::Warning,
            tr("The guide “%1” is not in the library any more; add it again to see this hit.")
                .arg(hit.guideTitle));
        return false;
    }
    // openGuide() explains a file that has gone or no longer reads.
    return m_window.openGuide(path) && m_context.guide().key == hit.guideKey;
}

void SearchHitOpener::selectMatchInNote(const SearchHit& hit)
{
    QPlainTextEdit* editor = m_window.questionsScreen()->notesEditor()->editor();
    m_window.questionsScreen()->notesEditor()->focusEditor();
    if (hit.snippetMatches.isEmpty())
        return;
    const TextSpan& first = hit.snippetMatches.first();
    const QString word = hit.snippet.mid(first.start, first.length);
    // The snippet is a piece of the note: its first match is found again in
    // the whole text, where the candidate reads it.
    const QTextCursor found = editor->document()->find(word);
    if (!found.isNull()) {
        editor->setTextCursor(found);
        editor->ensureCursorVisible();
    }
}

bool SearchHitOpener::open(const SearchHit& hit)
{
    // Back from the dialog: the keys go to the window, where the hit is
    // shown (without a window manager nothing else gives it the focus).
    m_window.activateWindow();
    if (!openGuideOf(hit))
        return false;
    bool shown = false;
    switch (hit.kind) {
    case SearchKind::Question:
        m_window.showScreen(MainWindow::QuestionsIndex);
        shown = m_window.questionsScreen()->revealQuestion(hit.itemKey);
        break;
    case SearchKind::Note:
        m_window.showScreen(MainWindow::QuestionsIndex);
        shown = m_window.questionsScreen()->revealQuestion(hit.itemKey);
        if (shown)
            selectMatchInNote(hit);
        break;
    case SearchKind::Requirement:
    case SearchKind::Evidence:
        m_window.showScreen(MainWindow::RequirementsIndex);
        shown = m_window.requirementsScreen()->selectRequirement(hit.itemKey);
        break;
    case SearchKind::Story:
        m_window.showScreen(MainWindow::StoriesIndex);
        shown = m_window.storiesScreen()->selectStory(hit.itemKey);
        break;
    }
    // A note kept for a question the guide no longer has (edited away).
    if (!shown)
        m_window.guideMessages()->showMessage(
            MessageBar::Kind::Information,
            tr("“%1” is no longer in this guide; the words found are kept with your data.")
                .arg(hit.title));
    return shown;
}

} // namespace ip
