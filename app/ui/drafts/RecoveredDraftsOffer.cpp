#include "ui/drafts/RecoveredDraftsOffer.h"

#include "services/RecoveryJournal.h"
#include "ui/MessageBar.h"
#include "ui/drafts/DraftKeeper.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {

RecoveredDraftsOffer::RecoveredDraftsOffer(const QString& dataDirectory, Writer writer,
                                           MessageBar* bar, QWidget* window,
                                           const DraftKeeper* keeper)
    : QObject(window), m_dataDirectory(dataDirectory), m_writer(std::move(writer)), m_bar(bar),
      m_window(window), m_keeper(keeper)
{
}

int RecoveredDraftsOffer::offer()
{
    m_drafts = RecoveryJournal(m_dataDirectory).read().drafts;
    if (!m_drafts.isEmpty())
        showOffer();
    return int(m_drafts.size());
}

QString RecoveredDraftsOffer::summary(const QList<Draft>& drafts)
{
    int notes = 0;
    int stories = 0;
    int evidence = 0;
    for (const Draft& draft : drafts) {
        notes += draft.kind == DraftKind::Note ? 1 : 0;
        stories += draft.kind == DraftKind::Story ? 1 : 0;
        evidence += draft.kind == DraftKind::Evidence ? 1 : 0;
    }
    QStringList parts;
    if (notes > 0)
        parts << (tr("%n unsaved notes", nullptr, notes));
    if (stories > 0)
        parts << (tr("%n unsaved stories", nullptr, stories));
    if (evidence > 0)
        parts << (tr("%n unsaved pieces of requirement evidence", nullptr, evidence));
    QString list = parts.value(0);
    if (parts.size() == 2)
        list = tr("%1 and %2").arg(parts.at(0), parts.at(1));
    else if (parts.size() == 3)
        list = tr("%1, %2 and %3").arg(parts.at(0), parts.at(1), parts.at(2));
    return drafts.size() == 1 ? tr("%1 from your last session was kept.").arg(list)
                              : tr("%1 from your last session were kept.").arg(list);
}

void RecoveredDraftsOffer::showOffer()
{
    QStringList labels;
    for (const Draft& draft : std::as_const(m_drafts))
        labels << draft.label;
    m_bar->showMessage(MessageBar::Kind::Information, summary(m_drafts), labels,
                       {{tr("&Restore"), [this] { restore(); }},
                        {tr("S&how"), [this] { show(); }},
                        {tr("&Discard…"), [this] { discard(); }}});
}

int RecoveredDraftsOffer::restore()
{
    RecoveryJournal journal(m_dataDirectory);
    QList<Draft> left;
    std::optional<Error> failure;
    int written = 0;
    for (const Draft& draft : std::as_const(m_drafts)) {
        const Result<void> done = m_writer(draft);
        if (done.ok()) {
            // A draft of this session for the same field keeps its file.
            if (!m_keeper || !m_keeper->contains(draft.id()))
                (void)journal.remove(draft.id());
            ++written;
        } else {
            left << draft;
            failure = done.error();
        }
    }
    m_drafts = left;
    if (failure) {
        m_bar->showMessage(
            MessageBar::Kind::Error,
            tr("%1 could not be restored: %2").arg(summary(m_drafts), failure->message), {},
            {{tr("&Retry"), [this] { restore(); }}, {tr("S&how"), [this] { show(); }}});
    } else {
        m_bar->showMessage(MessageBar::Kind::Information,
                           tr("Restored %n changes from your last session.", nullptr, written));
    }
    if (written > 0)
        Q_EMIT restored(written);
    return int(m_drafts.size());
}

void RecoveredDraftsOffer::show()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Unsaved Work from Your Last Session"));
    auto* text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Unsaved work"));
    text->setPlainText(DraftKeeper::toMarkdown(m_drafts));
    auto* hint = new QLabel(tr("Restore puts this text back where you typed it; you can also "
                               "copy it from here."),
                            &dialog);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(restoreButton, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    text->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        restore();
}

void RecoveredDraftsOffer::discard()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Discard Unsaved Work"),
        tr("%1\n\nDiscard them? They cannot be recovered afterwards.").arg(summary(m_drafts)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    RecoveryJournal journal(m_dataDirectory);
    for (const Draft& draft : std::as_const(m_drafts))
        (void)journal.remove(draft.id());
    m_drafts.clear();
    m_bar->hide();
}

} // namespace ip
