#include "ui/practice/InterviewDatePrompt.h"

#include "StudyContext.h"
#include "services/InterviewDateService.h"
#include "services/StudyData.h"
#include "ui/practice/InterviewDateDialog.h"

namespace ip {

Result<bool> askInterviewDate(StudyContext& context, QWidget* parent)
{
    if (!context.data() || !context.canSetInterviewDate())
        return false;
    InterviewDateService& dates = context.data()->interviewDates();
    const Guide& guide = context.guide();
    const auto current = dates.date(guide.key);
    if (!current)
        return current.error();
    InterviewDateDialog dialog(guide.title, *current, QDate::currentDate(), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() == *current)
        return false;
    const Result<void> stored =
        dialog.chosen() ? dates.set(guide.key, *dialog.chosen()) : dates.clear(guide.key);
    if (!stored)
        return stored.error();
    return true;
}

} // namespace ip
