#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ip {

// What an autosaved field holds.
enum class DraftKind { Note, Story, Evidence };

// One named piece of a draft: a note has one ("note"), a story six (title,
// tags and the four parts), requirement evidence one ("evidence").
struct DraftField {
    QString name;
    QString text;
    friend bool operator==(const DraftField&, const DraftField&) = default;
};

// Text the user typed that is not in the database yet: it is kept in memory,
// retried, and written to the recovery journal until a save succeeds. It names
// its target by stable keys, so it can be written back in a later session.
struct Draft {
    DraftKind kind = DraftKind::Note;
    QString guideKey; // notes and evidence; empty for stories
    QString itemKey;  // the question key, story id or requirement key
    QString label;    // for people: "Note on “What is overfitting?”"
    QList<DraftField> fields;
    QDateTime modified; // UTC

    // Unique per target: a newer draft of the same field replaces an older one.
    QString id() const;
    QString field(const QString& name) const;
    void setField(const QString& name, const QString& text);

    friend bool operator==(const Draft&, const Draft&) = default;
};

QString draftKindKey(DraftKind kind);

} // namespace ip
