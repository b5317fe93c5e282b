#include "ui/KeyboardReference.h"

#include <QCoreApplication>

namespace ip {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KeyboardReference", text);
}
} // namespace

QList<KeyboardReferenceEntry> keysInsideScreens()
{
    const QString filters = tr("Filter fields");
    const QString questions = tr("Questions");
    const QString requirements = tr("Requirements");
    const QString stories = tr("Stories");
    const QString rehearsal = tr("Rehearse");
    const QString pickers = tr("Link Questions, Answer with a Story");
    const QString coverage = tr("Question Coverage");
    return {
        {filters, tr("Clear the filter"), tr("Esc")},
        {filters, tr("Move through the list without leaving the field"),
         tr("Up, Down, Page Up, Page Down")},
        {filters, tr("Go to the list"), tr("Enter")},
        {questions, tr("Reveal or hide the answer (on the list or the answer)"), tr("Space")},
        {requirements, tr("Tick or untick the item"), tr("Space")},
        {requirements, tr("Change the cell (status, date)"), tr("Enter, F2")},
        {requirements, tr("Next or previous column; from the title, up to the group"),
         tr("Right, Left")},
        {requirements, tr("Clear a date"), tr("Delete (in the date field)")},
        {requirements, tr("Leave a date field"), tr("Tab, Shift+Tab")},
        {stories, tr("Go to the field a finding is about"), tr("Enter (on the finding)")},
        {stories, tr("Unlink the question"), tr("Delete (in “Answers these questions”)")},
        {rehearsal, tr("Start or stop the clock"), tr("Space")},
        {rehearsal, tr("Reset the clock"), tr("R")},
        {rehearsal, tr("Close"), tr("Esc")},
        {pickers, tr("Check or uncheck the highlighted question, also from the filter"),
         tr("Space")},
        {pickers, tr("Check the highlighted question if none is checked, and confirm"),
         tr("Enter")},
        {coverage, tr("Choose stories for the highlighted question"), tr("Enter")},
    };
}

} // namespace ip
