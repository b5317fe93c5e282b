#pragma once

#include "model/QuestionNote.h"

#include <QAbstractListModel>
#include <QList>

namespace ip {

// The notes kept for questions the guide no longer has, one row each, titled
// by the note's first line as plain text. Rows change one at a time (a note
// edited, a note deleted), and only that row is reported.
class OrphanedNoteListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the question key the note belongs to
        NotesRole,                  // the note's Markdown
        UpdatedRole,                // QDateTime (UTC): when it was last changed
    };

    explicit OrphanedNoteListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNotes(const QList<QuestionNote>& notes);
    const QuestionNote& note(int row) const { return m_notes.at(row); }
    int rowOfKey(const QString& questionKey) const;

    // The note as saved from the editor; false when no row has that key.
    bool updateNote(const QString& questionKey, const QString& markdown);
    void removeNote(const QString& questionKey);

    // The first line with text of a Markdown note, as plain text.
    static QString titleOf(const QString& markdown);

private:
    QList<QuestionNote> m_notes;
    QList<QString> m_titles;
};

} // namespace ip
