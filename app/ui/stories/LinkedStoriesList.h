#pragma once

#include "model/QuestionRef.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;

namespace ip {

class StoryListModel;

// Under the notes in the question browser: the stories that answer the
// current question. Activating one opens it on the Stories screen; the
// button is the browser's "Answer with a Story" command.
class LinkedStoriesList : public QWidget {
    Q_OBJECT
public:
    LinkedStoriesList(StoryListModel& stories, QAction* answerAction, QWidget* parent = nullptr);

    void setQuestion(const QuestionRef& question);
    QListWidget* list() const { return m_list; }
    // The titles shown, in order.
    QStringList titles() const;

Q_SIGNALS:
    void storyActivated(const QString& storyId);

private:
    void refresh();

    StoryListModel& m_stories;
    QuestionRef m_question;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace ip
