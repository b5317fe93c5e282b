#pragma once

#include "model/StarStory.h"

#include <QWidget>

class QTextBrowser;

namespace ip {

// What the candidate wrote about the question, beside its revealed answer
// in practice: their note and their linked STAR stories, to compare with
// what they just said. Read only: notes are edited on Questions, stories on
// Stories.
class PracticeNotesPane : public QWidget {
    Q_OBJECT
public:
    explicit PracticeNotesPane(QWidget* parent = nullptr);

    // noteMarkdown: the note as written (empty: none).
    void setContent(const QString& noteMarkdown, const QList<StarStory>& stories);
    // Nothing to show: the pane stays hidden so the answer has the room.
    bool isEmpty() const { return m_empty; }

    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextBrowser* m_browser = nullptr;
    QString m_note;
    QList<StarStory> m_stories;
    bool m_empty = true;
};

} // namespace ip
