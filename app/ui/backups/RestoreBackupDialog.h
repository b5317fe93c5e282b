#pragma once

#include "model/BackupInfo.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ip {

// File › Restore from Backup…: the backups the app keeps, newest first, each
// with when it was made, its size, what it holds and whether it is intact.
// Damaged ones are listed but cannot be chosen. The user picks one; the
// window does the restore.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    RestoreBackupDialog(const QList<BackupInfo>& backups, const QString& currentProblem,
                        QWidget* parent = nullptr);

    // The chosen backup's path, empty when none is chosen.
    QString chosenPath() const;
    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }

    // "12 notes, 3 stories, 40 reviews"
    static QString contentsText(const BackupInfo& backup);

private:
    void updateButton();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace ip
