#pragma once

#include "services/LibraryService.h"

#include <QAbstractListModel>

namespace ip {

// The guides in the candidate's library, by title, for the library dialog:
// each with its key, its size and whether its file is still where it was;
// then, by title, the files that could not be read, with the reasons.
class LibraryListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        // The second line: the key, the counts, the file's state.
        DetailsRole,
        // bool: the guide open in the window now.
        IsOpenRole,
        // What the filter matches: the title and the key.
        FilterTextRole,
        // bool: comes with the program, so it stays in the library.
        IsShippedRole,
        // bool: a file that could not be read (problemAt()).
        IsProblemRole,
    };

    explicit LibraryListModel(QObject* parent = nullptr);

    // guides and problems in any order: each is listed by title. openKey
    // marks the guide open now.
    void setGuides(QList<LibraryGuide> guides, const QString& openKey,
                   QList<LibraryProblem> problems = {});
    // Null for a problem's row, and the other way round.
    const LibraryGuide* guideAt(int row) const;
    const LibraryProblem* problemAt(int row) const;
    // The file the row's guide or problem came from.
    QString pathAt(int row) const;
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString details(const LibraryGuide& guide) const;

    QString problemDetails(const LibraryProblem& problem) const;

    QList<LibraryGuide> m_guides;
    QList<LibraryProblem> m_problems;
    QString m_openKey;
};

} // namespace ip
