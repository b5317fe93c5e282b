#include "ui/library/LibraryListModel.h"

#include <QDir>
#include <QTextDocument>
#include <algorithm>

namespace ip {

LibraryListModel::LibraryListModel(QObject* parent) : QAbstractListModel(parent) {}

void LibraryListModel::setGuides(QList<LibraryGuide> guides, const QString& openKey,
                                 QList<LibraryProblem> problems)
{
    std::sort(guides.begin(), guides.end(), &LibraryGuide::listedBefore);
    std::sort(problems.begin(), problems.end(),
              [](const LibraryProblem& a, const LibraryProblem& b) {
                  const int order = a.title.compare(b.title, Qt::CaseInsensitive);
                  return order != 0 ? order < 0 : a.filePath < b.filePath;
              });
    beginResetModel();
    m_guides = std::move(guides);
    m_problems = std::move(problems);
    m_openKey = openKey;
    endResetModel();
}

const LibraryGuide* LibraryListModel::guideAt(int row) const
{
    return row >= 0 && row < m_guides.size() ? &m_guides.at(row) : nullptr;
}

const LibraryProblem* LibraryListModel::problemAt(int row) const
{
    const int problem = row - int(m_guides.size());
    return problem >= 0 && problem < m_problems.size() ? &m_problems.at(problem) : nullptr;
}

QString LibraryListModel::pathAt(int row) const
{
    if (const LibraryGuide* guide = guideAt(row))
        return guide->path;
    if (const LibraryProblem* problem = problemAt(row))
        return problem->filePath;
    return {};
}

int LibraryListModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_guides.size(); ++row) {
        if (m_guides.at(row).key == key)
            return row;
    }
    return -1;
}

int LibraryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_guides.size() + m_problems.size());
}

QString LibraryListModel::problemDetails(const LibraryProblem& problem) const
{
    const QString first = problem.diagnostics.isEmpty() ? QString() : problem.diagnostics.first();
    const int more = int(problem.diagnostics.size()) - 1;
    if (more <= 0)
        return tr("Could not be read: %1").arg(first);
    return more == 1 ? tr("Could not be read: %1 (and 1 more problem)").arg(first)
                     : tr("Could not be read: %1 (and %n more problems)", nullptr, more).arg(first);
}

QString LibraryListModel::details(const LibraryGuide& guide) const
{
    const QString questions = tr("%n question(s)", nullptr, guide.questions);
    const QString requirements = tr("%n requirement(s)", nullptr, guide.requirements);
    QString line = guide.shipped
                       ? tr("%1 · %2 · included with Interview Prep").arg(questions, requirements)
                       : tr("%1 · %2").arg(questions, requirements);
    switch (guide.file) {
    case LibraryGuide::FileState::Present:
        break;
    case LibraryGuide::FileState::Changed:
        line = tr("%1 · the file changed since it was added").arg(line);
        break;
    case LibraryGuide::FileState::Missing:
        line = tr("%1 · the file is gone; add it again to open the guide").arg(line);
        break;
    }
    return line;
}

QVariant LibraryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (const LibraryProblem* problem = problemAt(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return problem->title.simplified();
        case Qt::ToolTipRole:
            return Qt::convertFromPlainText(QDir::toNativeSeparators(problem->filePath) + u'\n' +
                                                problem->diagnostics.join(u'\n'),
                                            Qt::WhiteSpaceNormal);
        case Qt::AccessibleTextRole:
            return tr("%1, %2").arg(problem->title.simplified(), problemDetails(*problem));
        case KeyRole:
            return problem->guideKey;
        case DetailsRole:
            return problemDetails(*problem);
        case IsProblemRole:
            return true;
        case IsOpenRole:
        case IsShippedRole:
            return false;
        case FilterTextRole:
            return problem->title + u' ' + problem->filePath;
        default:
            return {};
        }
    }
    const LibraryGuide& guide = m_guides.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return guide.title.simplified();
    case Qt::ToolTipRole:
        if (guide.shipped)
            return tr("Included with Interview Prep; it stays in the library.");
        return Qt::convertFromPlainText(QDir::toNativeSeparators(guide.path), Qt::WhiteSpaceNormal);
    case Qt::AccessibleTextRole:
        return guide.key == m_openKey
                   ? tr("%1, open now, %2").arg(guide.title.simplified(), details(guide))
                   : tr("%1, %2").arg(guide.title.simplified(), details(guide));
    case KeyRole:
        return guide.key;
    case DetailsRole:
        return details(guide);
    case IsOpenRole:
        return guide.key == m_openKey;
    case IsShippedRole:
        return guide.shipped;
    case IsProblemRole:
        return false;
    case FilterTextRole:
        return guide.title + u' ' + guide.key;
    default:
        return {};
    }
}

} // namespace ip
