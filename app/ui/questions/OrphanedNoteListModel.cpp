#include "ui/questions/OrphanedNoteListModel.h"

#include <QTextDocument>

namespace ip {

OrphanedNoteListModel::OrphanedNoteListModel(QObject* parent) : QAbstractListModel(parent) {}

int OrphanedNoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant OrphanedNoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuestionNote& note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_titles.at(index.row());
    case Qt::ToolTipRole:
        return tr("Your note on a question no longer in this guide (key %1)").arg(note.questionKey);
    case Qt::AccessibleDescriptionRole:
        // The row's ✎ and second line, in words.
        return tr("note on a question no longer in this guide, key %1").arg(note.questionKey);
    case KeyRole:
        return note.questionKey;
    case NotesRole:
        return note.markdown;
    case UpdatedRole:
        return note.updatedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrphanedNoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "questionKey");
    names.insert(NotesRole, "notes");
    names.insert(UpdatedRole, "updatedAt");
    return names;
}

void OrphanedNoteListModel::setNotes(const QList<QuestionNote>& notes)
{
    beginResetModel();
    m_notes = notes;
    m_titles.clear();
    for (const QuestionNote& note : m_notes)
        m_titles.append(titleOf(note.markdown));
    endResetModel();
}

int OrphanedNoteListModel::rowOfKey(const QString& questionKey) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).questionKey == questionKey)
            return row;
    }
    return -1;
}

bool OrphanedNoteListModel::updateNote(const QString& questionKey, const QString& markdown)
{
    const int row = rowOfKey(questionKey);
    if (row < 0)
        return false;
    m_notes[row].markdown = markdown;
    m_notes[row].updatedAt = QDateTime::currentDateTimeUtc();
    m_titles[row] = titleOf(markdown);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

void OrphanedNoteListModel::removeNote(const QString& questionKey)
{
    const int row = rowOfKey(questionKey);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_notes.removeAt(row);
    m_titles.removeAt(row);
    endRemoveRows();
}

QString OrphanedNoteListModel::titleOf(const QString& markdown)
{
    // Rendered, so "# Heading" or "**bold**" read as the words the user sees
    // in the preview; the first line with text names the note.
    QTextDocument document;
    document.setMarkdown(markdown);
    const QStringList lines = document.toPlainText().split(u'\n');
    for (const QString& line : lines) {
        const QString text = line.simplified();
        if (!text.isEmpty())
            return text;
    }
    return tr("Empty note");
}

} // namespace ip
