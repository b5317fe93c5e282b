#pragma once

#include "model/Draft.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace ip {

class RecoveryJournal;

// The one place where text typed into an autosaved field (a note, a story,
// requirement evidence) waits when its save failed. Every editor saves through
// here: a failed save is kept in memory and in the recovery journal, retried
// in the background, and reported; a later success removes both. Quitting or
// switching guide asks the keeper first, so nothing typed is dropped.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    // Writes a draft to the database through the editor's own model, so the
    // model sees the change.
    using Writer = std::function<Result<void>(const Draft&)>;

    static constexpr int RetryIntervalMs = 3000;

    // dataDirectory: the folder whose recovery/ journal keeps the drafts, or
    // empty for no journal.
    explicit DraftKeeper(const QString& dataDirectory, QObject* parent = nullptr);
    ~DraftKeeper() override;

    // Saves now. On failure the draft is kept, journalled and retried, and
    // the error is returned for the editor to show.
    Result<void> save(const Draft& draft, Writer writer);

    bool isEmpty() const { return m_kept.isEmpty(); }
    bool contains(const QString& draftId) const { return m_kept.contains(draftId); }
    std::optional<Draft> draft(const QString& draftId) const;
    // Oldest first.
    QList<Draft> drafts() const;
    // Why the last attempt failed, while anything is kept.
    std::optional<Error> lastError() const { return m_lastError; }
    // Why the recovery journal could not keep the last draft, if it could not.
    std::optional<Error> journalError() const { return m_journalError; }
    // A line for the status bar: empty when everything is saved.
    QString statusText() const;

    // Tries every kept draft again; true when nothing is left.
    bool retryAll();
    // The user gave up on a draft (the story was deleted) or on all of them;
    // their journal files go too.
    void discard(const QString& draftId);
    void discardAll();
    // The screens whose models the writers save through are about to be
    // rebuilt: kept drafts are written by their keys from now on.
    void rebindAll(const Writer& writer);

    // Every kept draft as one Markdown document, for "Save a Copy As…".
    static QString toMarkdown(const QList<Draft>& drafts);
    Result<void> writeCopy(const QString& path) const;

Q_SIGNALS:
    // Drafts were kept, saved or discarded, or the reason changed.
    void changed();
    // A kept draft reached the database on a retry.
    void saved(const QString& draftId);

private:
    struct Kept {
        Draft draft;
        Writer writer;
    };
    void keep(const Draft& draft, Writer writer, const Error& error);
    void forget(const QString& draftId);

    std::unique_ptr<RecoveryJournal> m_journal;
    QHash<QString, Kept> m_kept;
    std::optional<Error> m_lastError;
    std::optional<Error> m_journalError;
    QTimer* m_retry = nullptr;
};

} // namespace ip
