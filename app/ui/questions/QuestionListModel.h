#pragma once

#include "model/Guide.h"
#include "model/QuestionNote.h"
#include "services/PracticeStanding.h"
#include "ui/questions/QuestionSearchText.h"

#include <QAbstractListModel>
#include <QHash>
#include <optional>

namespace ip {

// The guide's questions as a list, with the user's per-question state
// (bookmark, the note's text) beside each. The state changes one row at a
// time, and only that row is reported as changed.
class QuestionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NumberRole,
        PromptRole,
        CategoryRole,
        BookmarkedRole,
        HasNotesRole,
        NotesRole,      // the note's Markdown
        StandingRole,   // int: PracticeStandings
        GuideTitleRole, // the question's guide, in a list of several (All guides)
    };

    QuestionListModel(QList<Question> questions, const QHash<QString, QuestionNote>& notes,
                      QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Question& question(int row) const { return m_questions.at(row); }
    int rowOfKey(const QString& key) const;

    // The prompt, the parts and the notes, for filtering as the user types:
    // made for a row when first asked for. The filter asks for every row
    // only when the search index cannot answer (QuestionFilterModel); while
    // it can, only the rows drawn are made, and a library's questions are
    // not held twice.
    const QuestionSearchText& searchText(int row) const;
    bool isBookmarked(int row) const;
    bool hasNotes(int row) const;
    const QString& notes(int row) const;

    PracticeStandings standing(int row) const { return m_state.at(row).standing; }
    // Where each question stands in practice, by key (a question left out
    // is new); only the rows whose standing changed are reported.
    void setStandings(const QHash<QString, PracticeStandings>& standings);
    // "due, weak", "new", "confident": quiet words for a row; empty when
    // none applies (learned, not due yet).
    static QString standingText(PracticeStandings standing);

    // The titles of the guides the questions come from, by guide key, when
    // they come from several; each row then names its guide.
    void setGuideTitles(QHash<QString, QString> titles);
    QString guideTitle(const QString& guideKey) const { return m_guideTitles.value(guideKey); }

    void setBookmarked(int row, bool bookmarked);
    // The note as saved; the filter searches it from then on.
    void setNotes(int row, const QString& markdown);

private:
    struct UserState {
        bool bookmarked = false;
        QString notes;
        PracticeStandings standing = PracticeStanding::New;
    };

    QList<Question> m_questions;
    mutable QList<std::optional<QuestionSearchText>> m_searchText;
    QList<UserState> m_state;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, QString> m_guideTitles;
};

} // namespace ip
