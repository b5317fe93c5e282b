#include "ui/questions/QuestionListModel.h"

#include <QTextDocument>

namespace ip {

QuestionListModel::QuestionListModel(QList<Question> questions,
                                     const QHash<QString, QuestionNote>& notes, QObject* parent)
    : QAbstractListModel(parent), m_questions(std::move(questions))
{
    m_searchText.resize(m_questions.size());
    m_state.reserve(m_questions.size());
    for (qsizetype row = 0; row < m_questions.size(); ++row) {
        const Question& question = m_questions.at(row);
        const QuestionNote note = notes.value(question.key);
        m_state << UserState{note.bookmarked, note.markdown, PracticeStanding::New};
        m_rowOfKey.insert(question.key, int(row));
    }
}

const QuestionSearchText& QuestionListModel::searchText(int row) const
{
    std::optional<QuestionSearchText>& text = m_searchText[row];
    if (!text)
        text.emplace(m_questions.at(row), m_state.at(row).notes);
    return *text;
}

int QuestionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant QuestionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question& question = m_questions.at(index.row());
    const UserState& state = m_state.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(question.number).arg(question.prompt);
    case Qt::ToolTipRole:
        // Tooltips guess at rich text; the guide's prompt is always text.
        return Qt::convertFromPlainText(question.prompt, Qt::WhiteSpaceNormal);
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{question.category};
        if (const QString guide = data(index, GuideTitleRole).toString(); !guide.isEmpty())
            parts.prepend(guide);
        if (state.bookmarked)
            parts << tr("bookmarked");
        if (!state.notes.trimmed().isEmpty())
            parts << tr("has notes");
        if (const QString standing = standingText(state.standing); !standing.isEmpty())
            parts << standing;
        return parts.join(QStringLiteral(", "));
    }
    case KeyRole:
        return question.key;
    case NumberRole:
        return question.number;
    case PromptRole:
        return question.prompt;
    case CategoryRole:
        return question.category;
    case BookmarkedRole:
        return state.bookmarked;
    case HasNotesRole:
        return !state.notes.trimmed().isEmpty();
    case NotesRole:
        return state.notes;
    case StandingRole:
        return state.standing.toInt();
    case GuideTitleRole:
        return m_guideTitles.value(QuestionRef::guideKeyOfItem(question.key));
    default:
        return {};
    }
}

void QuestionListModel::setGuideTitles(QHash<QString, QString> titles)
{
    m_guideTitles = std::move(titles);
    if (!m_questions.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_questions.size()) - 1),
                           {GuideTitleRole, Qt::AccessibleDescriptionRole});
}

QHash<int, QByteArray> QuestionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NumberRole, "number");
    names.insert(PromptRole, "prompt");
    names.insert(CategoryRole, "category");
    names.insert(GuideTitleRole, "guideTitle");
    names.insert(BookmarkedRole, "bookmarked");
    names.insert(HasNotesRole, "hasNotes");
    names.insert(NotesRole, "notes");
    names.insert(StandingRole, "standing");
    return names;
}

int QuestionListModel::rowOfKey(const QString& key) const
{
    return m_rowOfKey.value(key, -1);
}

bool QuestionListModel::isBookmarked(int row) const
{
    return m_state.at(row).bookmarked;
}

bool QuestionListModel::hasNotes(int row) const
{
    return !m_state.at(row).notes.trimmed().isEmpty();
}

const QString& QuestionListModel::notes(int row) const
{
    return m_state.at(row).notes;
}

void QuestionListModel::setStandings(const QHash<QString, PracticeStandings>& standings)
{
    for (int row = 0; row < int(m_state.size()); ++row) {
        const PracticeStandings standing =
            standings.value(m_questions.at(row).key, PracticeStanding::New);
        if (m_state.at(row).standing == standing)
            continue;
        m_state[row].standing = standing;
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {StandingRole, Qt::AccessibleDescriptionRole});
    }
}

QString QuestionListModel::standingText(PracticeStandings standing)
{
    if (standing.testFlag(PracticeStanding::New))
        return tr("new");
    QStringList words;
    if (standing.testFlag(PracticeStanding::Due))
        words << tr("due");
    if (standing.testFlag(PracticeStanding::Weak))
        words << tr("weak");
    if (standing.testFlag(PracticeStanding::Confident))
        words << tr("confident");
    return words.join(QStringLiteral(", "));
}

void QuestionListModel::setBookmarked(int row, bool bookmarked)
{
    if (row < 0 || row >= m_state.size() || m_state.at(row).bookmarked == bookmarked)
        return;
    m_state[row].bookmarked = bookmarked;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {BookmarkedRole, Qt::AccessibleDescriptionRole});
}

void QuestionListModel::setNotes(int row, const QString& markdown)
{
    if (row < 0 || row >= m_state.size() || m_state.at(row).notes == markdown)
        return;
    m_state[row].notes = markdown;
    m_searchText[row].reset();
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {NotesRole, HasNotesRole, Qt::AccessibleDescriptionRole});
}

} // namespace ip
