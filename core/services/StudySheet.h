#pragma once

#include "model/Guide.h"
#include "model/QuestionNote.h"
#include "model/RequirementProgress.h"
#include "model/ReviewSchedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ip {

// One guide with the candidate's own work on it: what a study sheet prints.
struct GuideWork {
    Guide guide;
    QHash<QString, RequirementProgress> progress; // by requirement key
    QHash<QString, QuestionNote> notes;           // by question key
    QHash<QString, ReviewSchedule> schedules;     // by question key; none: never practised
};

// A guide and the candidate's work on it as one Markdown document to read or
// take along (a study sheet):
//
// - the guide's title and description, and how far the candidate is (the
//   requirements done, the questions bookmarked and with notes);
// - "Requirements": each group with its items as a task list, each item's
//   level, status, target and completion dates and evidence;
// - "Questions": by category in the guide's order, each question's prompt
//   with a "★ Bookmarked" line when bookmarked, its practice so far, the
//   guide's parts (Answer, Example Scenario, ...) as authored and the
//   candidate's note under "My notes" when there is one;
// - notes kept for questions the guide no longer has, by key, so nothing
//   the candidate wrote is left out.
//
// Titles, prompts, evidence and other text that is not Markdown is escaped
// (MarkdownText) so it renders as written; the guide's parts and the notes
// are Markdown and are written as they are. The same work always gives the
// same document: no time of export, guide order throughout.
class StudySheet {
    Q_DECLARE_TR_FUNCTIONS(StudySheet)

public:
    static QString toMarkdown(const GuideWork& work);

    // "machine-learning-engineer.md": the sheet's file in a folder of them.
    // Characters a file name should not have become '-'.
    static QString fileName(const QString& guideKey);

    // "Not started", "Planned", "In progress", "Done", "Not applicable".
    static QString statusName(RequirementStatus status);
};

} // namespace ip
