#pragma once

#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace ip {

class QuestionListModel;

// Narrows the question list as the user types: text in the prompt or the
// answer, one category, bookmarked only. All three combine.
class QuestionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuestionFilterModel(QObject* parent = nullptr);

    void setQuestions(QuestionListModel* questions);
    void setText(const QString& text);
    void setCategory(const QString& category); // empty: every category
    void setBookmarkedOnly(bool bookmarkedOnly);

    const QString& category() const { return m_category; }
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QuestionListModel* m_questions = nullptr;
    QStringList m_words;              // case-folded; every word must appear
    QList<QStringMatcher> m_matchers; // one per word, built once per keystroke
    QString m_category;
    bool m_bookmarkedOnly = false;
};

} // namespace ip
