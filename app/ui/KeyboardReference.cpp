#include "ui/KeyboardReference.h"

#include <QCoreApplication>

namespace ip {

namespace {
// The context lupdate files these strings under.
struct KeyboardReference {
    Q_DECLARE_TR_FUNCTIONS(KeyboardReference)
};
} // namespace

QList<KeyboardReferenceEntry> keysInsideScreens()
{
    const QString filters = KeyboardReference::tr("Filter fields");
    const QString questions = KeyboardReference::tr("Questions");
    const QString requirements = KeyboardReference::tr("Requirements");
    const QString stories = KeyboardReference::tr("Stories");
    const QString rehearsal = KeyboardReference::tr("Rehearse");
    const QString pickers = KeyboardReference::tr("Link Questions, Answer with a Story");
    const QString coverage = KeyboardReference::tr("Question Coverage");
    const QString practice = KeyboardReference::tr("Practice");
    const QString progress = KeyboardReference::tr("Progress");
    const QString mock = KeyboardReference::tr("Mock Interviews");
    const QString search = KeyboardReference::tr("Search Everything");
    return {
        {filters, KeyboardReference::tr("Clear the filter"), KeyboardReference::tr("Esc")},
        {filters, KeyboardReference::tr("Move through the list without leaving the field"),
         KeyboardReference::tr("Up, Down, Page Up, Page Down")},
        {filters, KeyboardReference::tr("Go to the list"), KeyboardReference::tr("Enter")},
        {search, KeyboardReference::tr("Move through the hits while typing"),
         KeyboardReference::tr("Up, Down, Page Up, Page Down")},
        {search, KeyboardReference::tr("Go to the highlighted hit"),
         KeyboardReference::tr("Enter")},
        {search, KeyboardReference::tr("Clear the search; on an empty one, close"),
         KeyboardReference::tr("Esc")},
        {questions, KeyboardReference::tr("Reveal or hide the answer (on the list or the answer)"),
         KeyboardReference::tr("Space")},
        {requirements, KeyboardReference::tr("Tick or untick the item"),
         KeyboardReference::tr("Space")},
        {requirements, KeyboardReference::tr("Change the cell (status, date)"),
         KeyboardReference::tr("Enter, F2")},
        {requirements,
         KeyboardReference::tr("Next or previous column; from the title, up to the group"),
         KeyboardReference::tr("Right, Left")},
        {requirements, KeyboardReference::tr("Clear a date"),
         KeyboardReference::tr("Delete (in the date field)")},
        {requirements, KeyboardReference::tr("Leave a date field"),
         KeyboardReference::tr("Tab, Shift+Tab")},
        {stories, KeyboardReference::tr("Go to the field a finding is about"),
         KeyboardReference::tr("Enter (on the finding)")},
        {stories, KeyboardReference::tr("Unlink the question"),
         KeyboardReference::tr("Delete (in “Answers these questions”)")},
        {rehearsal, KeyboardReference::tr("Start or stop the clock"),
         KeyboardReference::tr("Space")},
        {rehearsal, KeyboardReference::tr("Reset the clock"), KeyboardReference::tr("R")},
        {rehearsal, KeyboardReference::tr("Close"), KeyboardReference::tr("Esc")},
        {pickers,
         KeyboardReference::tr("Check or uncheck the highlighted question, also from the filter"),
         KeyboardReference::tr("Space")},
        {pickers,
         KeyboardReference::tr("Check the highlighted question if none is checked, and confirm"),
         KeyboardReference::tr("Enter")},
        {coverage, KeyboardReference::tr("Choose stories for the highlighted question"),
         KeyboardReference::tr("Enter")},
        {practice, KeyboardReference::tr("Choose the category to practise"),
         KeyboardReference::tr("Ctrl+F, then Up, Down")},
        {progress, KeyboardReference::tr("Read a chart day by day or bar by bar"),
         KeyboardReference::tr("Left, Right, Up, Down, Home, End (on the chart)")},
        {mock, KeyboardReference::tr("Next question; after the last, finish and review"),
         KeyboardReference::tr("Ctrl+Enter")},
        {mock, KeyboardReference::tr("Grade the question chosen in the review"),
         KeyboardReference::tr("1, 2, 3, 4")},
        {mock, KeyboardReference::tr("Back from the review to the list of mock interviews"),
         KeyboardReference::tr("Esc")},
        {mock, KeyboardReference::tr("Open or resume the mock interview chosen in the list"),
         KeyboardReference::tr("Enter")},
    };
}

} // namespace ip
