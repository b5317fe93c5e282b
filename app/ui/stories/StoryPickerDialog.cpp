#include "ui/stories/StoryPickerDialog.h"

#include "ui/stories/CheckListKeys.h"
#include "ui/stories/StoryListModel.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>

namespace ip {

StoryPickerDialog::StoryPickerDialog(const StoryListModel& stories, const QuestionRef& question,
                                     const QString& questionText, QWidget* parent)
    : CheckListDialog(parent)
{
    setWindowTitle(tr("Answer with a Story"));
    list()->setAccessibleName(tr("Stories"));
    setPrompt(
        stories.rowCount() == 0
            ? tr("You have no stories yet. Write one for “%1”.").arg(questionText)
            : tr("Check the stories that answer “%1”, or write a new one.").arg(questionText));
    for (const StarStory& story : stories.stories()) {
        QString text = StoryListModel::displayTitle(story);
        if (!story.tags.isEmpty())
            text += QStringLiteral("  ·  ") + story.tags.join(QStringLiteral(", "));
        addItem(story.id, text, story.questions.contains(question));
    }
    m_newStory =
        buttons()->addButton(tr("&New Story for This Question"), QDialogButtonBox::ActionRole);
    connect(m_newStory, &QPushButton::clicked, this, [this] { done(NewStoryResult); });
    if (stories.rowCount() == 0) {
        // With nothing to check, OK would do nothing: Enter writes the story.
        if (QPushButton* ok = buttons()->button(QDialogButtonBox::Ok))
            ok->setDefault(false);
        m_newStory->setDefault(true);
    }
    CheckListKeys::install(filterField(), list());
    resize(560, 420);
}

StoryPickerDialog::Outcome StoryPickerDialog::answerWithStory(StoryListModel& stories,
                                                              const QuestionRef& question,
                                                              const QString& questionText,
                                                              QWidget* parent)
{
    StoryPickerDialog dialog(stories, question, questionText, parent);
    const int result = dialog.exec();
    Outcome outcome;
    if (result == NewStoryResult) {
        StarStory draft;
        draft.questions << question;
        const auto created = stories.create(draft);
        if (created.ok())
            outcome.newStoryId = created->id;
        else
            outcome.error = created.error();
        outcome.accepted = created.ok();
        return outcome;
    }
    if (result != QDialog::Accepted)
        return outcome;
    outcome.accepted = true;
    const QStringList checked = dialog.checkedKeys();
    // Ids first: linking changes rows in place, never the list itself.
    QStringList ids;
    for (const StarStory& story : stories.stories())
        ids << story.id;
    for (const QString& id : ids) {
        const bool linked = stories.story(stories.rowOfId(id)).questions.contains(question);
        const bool wanted = checked.contains(id);
        if (linked == wanted)
            continue;
        const auto done = wanted ? stories.link(id, question) : stories.unlink(id, question);
        if (!done.ok())
            outcome.error = done.error();
    }
    return outcome;
}

} // namespace ip
