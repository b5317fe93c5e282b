#include "ui/drafts/DraftKeeper.h"

#include "services/RecoveryJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>

namespace ip {

namespace {

QString fieldHeading(const QString& name)
{
    if (name.isEmpty())
        return name;
    return name.at(0).toUpper() + name.mid(1);
}

} // namespace

DraftKeeper::DraftKeeper(const QString& dataDirectory, QObject* parent) : QObject(parent)
{
    if (!dataDirectory.isEmpty())
        m_journal = std::make_unique<RecoveryJournal>(dataDirectory);
    m_retry = new QTimer(this);
    m_retry->setInterval(RetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &DraftKeeper::retryAll);
}

DraftKeeper::~DraftKeeper() = default;

Result<void> DraftKeeper::save(const Draft& draft, Writer writer)
{
    const Result<void> written = writer(draft);
    if (written.ok()) {
        if (m_kept.contains(draft.id())) {
            forget(draft.id());
            Q_EMIT saved(draft.id());
        }
        return written;
    }
    keep(draft, std::move(writer), written.error());
    return written;
}

void DraftKeeper::keep(const Draft& draft, Writer writer, const Error& error)
{
    m_kept.insert(draft.id(), Kept{draft, std::move(writer)});
    m_lastError = error;
    if (m_journal) {
        const Result<void> journalled = m_journal->write(draft);
        m_journalError = journalled.ok() ? std::nullopt : std::optional(journalled.error());
    }
    if (!m_retry->isActive())
        m_retry->start();
    Q_EMIT changed();
}

void DraftKeeper::forget(const QString& draftId)
{
    m_kept.remove(draftId);
    if (m_journal)
        (void)m_journal->remove(draftId); // a stale file is offered back, never lost
    if (m_kept.isEmpty()) {
        m_retry->stop();
        m_lastError.reset();
        m_journalError.reset();
    }
    Q_EMIT changed();
}

std::optional<Draft> DraftKeeper::draft(const QString& draftId) const
{
    const auto found = m_kept.constFind(draftId);
    if (found == m_kept.constEnd())
        return std::nullopt;
    return found->draft;
}

QList<Draft> DraftKeeper::drafts() const
{
    QList<Draft> list;
    for (const Kept& kept : m_kept)
        list << kept.draft;
    std::stable_sort(list.begin(), list.end(), [](const Draft& a, const Draft& b) {
        return a.modified != b.modified ? a.modified < b.modified : a.id() < b.id();
    });
    return list;
}

QString DraftKeeper::statusText() const
{
    if (m_kept.isEmpty())
        return QString();
    const int count = int(m_kept.size());
    const QString what = tr("%n changes not saved", nullptr, count);
    QString text = m_lastError && m_lastError->kind == ErrorKind::Locked
                       ? tr("%1 — waiting for another program that is using the database").arg(what)
                       : tr("%1 — retrying").arg(what);
    // Then the text is only in memory: a crash would lose it.
    if (m_journalError)
        text += tr(" (no recovery copy could be written: use Save a Copy As… when quitting)");
    return text;
}

bool DraftKeeper::retryAll()
{
    const QList<Draft> pending = drafts();
    for (const Draft& draft : pending) {
        const auto found = m_kept.constFind(draft.id());
        if (found == m_kept.constEnd())
            continue;
        const Writer writer = found->writer;
        const Result<void> written = writer(draft);
        if (written.ok()) {
            forget(draft.id());
            Q_EMIT saved(draft.id());
        } else {
            const bool news = !m_lastError || m_lastError->message != written.error().message ||
                              m_lastError->kind != written.error().kind;
            m_lastError = written.error();
            if (news)
                Q_EMIT changed();
            // Each attempt waits for the lock on the GUI thread; one is
            // enough to know it is still held.
            if (written.error().kind == ErrorKind::Locked)
                break;
        }
    }
    return m_kept.isEmpty();
}

void DraftKeeper::discard(const QString& draftId)
{
    if (m_kept.contains(draftId))
        forget(draftId);
}

void DraftKeeper::discardAll()
{
    const QStringList ids = m_kept.keys();
    for (const QString& id : ids)
        forget(id);
}

void DraftKeeper::rebindAll(const Writer& writer)
{
    for (Kept& kept : m_kept)
        kept.writer = writer;
}

QString DraftKeeper::toMarkdown(const QList<Draft>& drafts)
{
    QString text = tr("# Unsaved work from Interview Prep\n\n");
    for (const Draft& draft : drafts) {
        text += QStringLiteral("## %1\n\n").arg(draft.label);
        text += tr("_Typed %1 (UTC)_\n\n")
                    .arg(draft.modified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const bool single = draft.fields.size() == 1;
        for (const DraftField& field : draft.fields) {
            if (!single) {
                if (field.text.trimmed().isEmpty())
                    continue;
                text += QStringLiteral("### %1\n\n").arg(fieldHeading(field.name));
            }
            text += field.text.trimmed() + QStringLiteral("\n\n");
        }
    }
    return text;
}

Result<void> DraftKeeper::writeCopy(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = toMarkdown(drafts()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorKind::Io,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace ip
