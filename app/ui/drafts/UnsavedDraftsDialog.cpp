#include "ui/drafts/UnsavedDraftsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {

UnsavedDraftsDialog::UnsavedDraftsDialog(const QList<Draft>& drafts, const QString& reason,
                                         const QString& discardText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unsaved Changes"));
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(tr("%n changes you typed could not be saved:", nullptr, drafts.size()));
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);

    auto* list = new QListWidget(this);
    list->setAccessibleName(tr("Changes not saved"));
    for (const Draft& draft : drafts)
        list->addItem(draft.label);
    list->setFocusPolicy(Qt::NoFocus);
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(6, int(drafts.size()) + 1) + 8);

    auto* why = new QLabel(this);
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    why->setText(reason.isEmpty() ? tr("The database did not accept them.") : reason);
    auto* advice = new QLabel(
        tr("Retry once the problem is fixed, or save a copy as a Markdown file so nothing is "
           "lost."),
        this);
    advice->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_saveCopy = buttons->addButton(tr("&Save a Copy As…"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(discardText, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_retry->setDefault(true);
    m_retry->setAutoDefault(true);
    m_discard->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, [this] { choose(Retry); });
    connect(m_saveCopy, &QPushButton::clicked, this, [this] { choose(SaveCopy); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(Discard); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { choose(Cancel); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(list);
    layout->addWidget(why);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void UnsavedDraftsDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Cancel)
        reject();
    else
        accept();
}

} // namespace ip
