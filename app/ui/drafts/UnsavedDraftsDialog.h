#pragma once

#include "model/Draft.h"

#include <QDialog>

class QPushButton;

namespace ip {

// Asked before quitting or switching guide while some typed text could not
// be saved: names what is unsaved and why, and lets the user retry, save a
// copy to a file of their choice, or go on without it. Going on is never the
// default button, so Enter cannot throw text away.
class UnsavedDraftsDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Cancel = 0, Retry, SaveCopy, Discard };

    // discardText: "Quit Without Saving", "Switch Without Saving"…
    UnsavedDraftsDialog(const QList<Draft>& drafts, const QString& reason,
                        const QString& discardText, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    QPushButton* discardButton() const { return m_discard; }

private:
    void choose(Choice choice);

    Choice m_choice = Cancel;
    QPushButton* m_retry = nullptr;
    QPushButton* m_saveCopy = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace ip
