#pragma once

#include "model/StarStory.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;

namespace ip {

struct Guide;

// The questions a story answers. Activating one shows it in the question
// browser, Delete unlinks it; the button (the screen's Link Questions
// command) chooses them.
class StoryQuestionsPanel : public QWidget {
    Q_OBJECT
public:
    StoryQuestionsPanel(const Guide& guide, QAction* linkAction, QWidget* parent = nullptr);

    // An empty id: no story chosen.
    void setStory(const StarStory& story);
    QListWidget* list() const { return m_list; }
    QString noteText() const;
    QString titleText() const;

Q_SIGNALS:
    void questionActivated(const QString& questionKey);
    // Delete on a question in the list.
    void unlinkRequested(const QString& questionKey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Guide& m_guide;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr; // nothing linked yet, or linked to too many
    QListWidget* m_list = nullptr;
};

} // namespace ip
