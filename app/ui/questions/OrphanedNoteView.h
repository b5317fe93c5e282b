#pragma once

#include "model/QuestionNote.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ip {

// Shown in the question's place for a note whose question left the guide:
// what happened to the question, that the note is kept and comes back with
// it, and the one way to let the note go.
class OrphanedNoteView : public QWidget {
    Q_OBJECT
public:
    explicit OrphanedNoteView(QWidget* parent = nullptr);

    void setNote(const QuestionNote& note, const QString& guideTitle);
    // Off where notes cannot be changed (a read-only session).
    void setDeleteEnabled(bool enabled);

    QString explanation() const;
    QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    void deleteRequested();

private:
    QLabel* m_heading = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace ip
