#pragma once

#include "model/QuestionRef.h"
#include "ui/stories/CheckListDialog.h"
#include "util/Result.h"

#include <optional>

class QPushButton;

namespace ip {

class StoryListModel;

// From a question in the browser: checks the stories that answer it, or
// asks for a new story to write for it.
class StoryPickerDialog : public CheckListDialog {
    Q_OBJECT
public:
    // done() code when the user asked for a new story instead.
    static constexpr int NewStoryResult = 2;

    StoryPickerDialog(const StoryListModel& stories, const QuestionRef& question,
                      const QString& questionText, QWidget* parent = nullptr);

    QPushButton* newStoryButton() const { return m_newStory; }

    struct Outcome {
        bool accepted = false;
        QString newStoryId;         // set when a new story was written for the question
        std::optional<Error> error; // a link or the new story could not be saved
    };
    // Shows the dialog and applies the choice: links the checked stories,
    // unlinks the unchecked ones, or creates a new story linked to the
    // question.
    static Outcome answerWithStory(StoryListModel& stories, const QuestionRef& question,
                                   const QString& questionText, QWidget* parent);

private:
    QPushButton* m_newStory = nullptr;
};

} // namespace ip
