#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace ip {

class LibraryListModel;
class LibraryService;
struct LibraryProblem;

// The library (Ctrl+O): every guide the candidate added, filtered as they
// type; Enter opens the highlighted one. Add Guides… brings in files or a
// folder; Remove… takes a guide out of the library, keeping the candidate's
// work on it for when it comes back.
class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    // library may be null (no database): the dialog then says why it is
    // empty. openKey is the guide open in the window.
    LibraryDialog(LibraryService* library, const QString& openKey, const QString& unavailableReason,
                  QWidget* parent = nullptr);

    QLineEdit* filterField() const { return m_filter; }
    QListView* guideList() const { return m_list; }
    LibraryListModel* guides() const { return m_model; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QString statusText() const;
    // Off when the database can only be read: Add and Remove are then
    // disabled, with the reason as their tooltip.
    void setChangesAllowed(bool allowed, const QString& reason);

    // Reads the library again; keeps the highlighted guide when it is still
    // there, or highlights selectKey.
    void reload(const QString& selectKey = {});
    // What Add Guides… does once files are chosen (tests call it directly).
    void addFiles(const QStringList& paths);
    // What Remove… does once confirmed.
    void removeGuide(const QString& key);

Q_SIGNALS:
    // The candidate chose a guide to study; the dialog has closed.
    void openRequested(const QString& path);
    // Guides went into the library from the dialog; the summary says how
    // many, for the status bar.
    void guidesAdded(const QString& summary);
    // A guide left the library (its key).
    void guideRemoved(const QString& key);

private:
    void chooseFiles();
    void confirmRemove();
    // By value: the list is read again while the question is open.
    void confirmForget(LibraryProblem problem);
    void openCurrent();
    void updateButtons();
    QString currentKey() const;

    LibraryService* m_library;
    QString m_openKey;
    QString m_unavailableReason;
    bool m_changesAllowed = true;
    LibraryListModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace ip
