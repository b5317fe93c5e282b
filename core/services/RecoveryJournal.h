#pragma once

#include "model/Draft.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// Drafts kept outside the database, so text whose save failed survives a
// crash, a kill or a database that is gone: one small JSON file per draft in
// the data folder's recovery/ folder, each replaced atomically, removed once
// the database has the text. The next start offers what it finds back.
class RecoveryJournal {
    Q_DECLARE_TR_FUNCTIONS(RecoveryJournal)

public:
    static constexpr const char* FolderName = "recovery";

    // dataDirectory: the folder that holds the database.
    explicit RecoveryJournal(const QString& dataDirectory);

    QString directory() const { return m_directory; }

    Result<void> write(const Draft& draft);
    Result<void> remove(const QString& draftId);

    struct Contents {
        QList<Draft> drafts;    // oldest first
        QStringList unreadable; // files that are not drafts, left in place
    };
    // Every draft in the journal; a missing folder is an empty journal.
    Contents read() const;

    // The file a draft is kept in.
    QString filePath(const QString& draftId) const;

    static QByteArray toJson(const Draft& draft);
    static Result<Draft> fromJson(const QByteArray& json);

private:
    QString m_directory;
};

} // namespace ip
