#include "ui/backups/RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {
enum Column { MadeColumn, ContentsColumn, SizeColumn, StateColumn };
constexpr int PathRole = Qt::UserRole + 1;
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo>& backups,
                                         const QString& currentProblem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QString text = tr("Choose a backup to put in place of your current database. The current "
                      "database is kept aside in the data folder, never deleted, so you can go "
                      "back to it.");
    if (!currentProblem.isEmpty())
        text = currentProblem + QStringLiteral("\n\n") + text;
    intro->setText(text);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setHeaderLabels({tr("Made"), tr("Contents"), tr("Size"), tr("State")});
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const BackupInfo& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(MadeColumn,
                      locale.toString(backup.madeAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ContentsColumn, contentsText(backup));
        item->setText(SizeColumn, locale.formattedDataSize(backup.sizeBytes));
        item->setText(StateColumn, backup.intact() ? tr("Intact") : backup.problem);
        item->setToolTip(StateColumn, backup.intact() ? backup.path : backup.problem);
        item->setData(MadeColumn, PathRole, backup.path);
        if (!backup.intact())
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    }
    for (int column = MadeColumn; column < StateColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_list->header()->setStretchLastSection(true);

    auto* empty = new QLabel(tr("There are no backups yet. Interview Prep makes one a day while "
                                "you use it, and File › Back Up Now makes one at any time."),
                             this);
    empty->setWordWrap(true);
    empty->setVisible(backups.isEmpty());
    m_list->setVisible(!backups.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(720, 380);

    // The newest intact backup is the usual choice.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentItem(item);
            break;
        }
    }
    m_list->setFocus();
    updateButton();
}

QString RestoreBackupDialog::chosenPath() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return QString();
    return item->data(MadeColumn, PathRole).toString();
}

QString RestoreBackupDialog::contentsText(const BackupInfo& backup)
{
    if (backup.notes < 0 || backup.stories < 0)
        return tr("unreadable");
    const QString notes = tr("%n note(s)", nullptr, backup.notes);
    const QString stories = tr("%n story(ies)", nullptr, backup.stories);
    const QString reviews = tr("%n review(s)", nullptr, std::max(0, backup.reviews));
    return tr("%1, %2, %3").arg(notes, stories, reviews);
}

void RestoreBackupDialog::updateButton()
{
    m_restore->setEnabled(!chosenPath().isEmpty());
}

} // namespace ip
