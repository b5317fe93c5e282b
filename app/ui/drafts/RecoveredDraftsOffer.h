#pragma once

#include "model/Draft.h"
#include "util/Result.h"

#include <QObject>
#include <functional>

class QWidget;

namespace ip {

class DraftKeeper;
class MessageBar;

// At start, offers back the drafts an earlier session left in the recovery
// journal (it was killed, or quit while the database refused them): "2
// unsaved notes from your last session" with Restore, Show and Discard in a
// message bar. Nothing is removed from the journal until the database has it
// or the user said to discard it.
class RecoveredDraftsOffer : public QObject {
    Q_OBJECT
public:
    using Writer = std::function<Result<void>(const Draft&)>;

    // keeper: this session's drafts, whose journal files are not touched.
    RecoveredDraftsOffer(const QString& dataDirectory, Writer writer, MessageBar* bar,
                         QWidget* window, const DraftKeeper* keeper = nullptr);

    // Reads the journal and shows the offer; returns how many drafts it holds.
    int offer();
    QList<Draft> drafts() const { return m_drafts; }
    static QString summary(const QList<Draft>& drafts);

    // Writes every draft into the database; those written leave the journal.
    // Returns how many are still left.
    int restore();
    void show();
    // Asks first.
    void discard();

Q_SIGNALS:
    // Drafts went into the database: the screens should read it again.
    void restored(int count);

private:
    void showOffer();

    QString m_dataDirectory;
    Writer m_writer;
    MessageBar* m_bar;
    QWidget* m_window;
    const DraftKeeper* m_keeper;
    QList<Draft> m_drafts;
};

} // namespace ip
