#include "ui/stories/CheckListDialog.h"

#include "ui/FilterFieldNavigation.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;
} // namespace

CheckListDialog::CheckListDialog(QWidget* parent) : QDialog(parent)
{
    // Prompts quote story titles and guide questions: plain text, so "a < b"
    // reads as typed and no markup in them is rendered.
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_prompt->hide();

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(
        tr("Filter: type words; Tab to the list, Space checks, Enter is OK"));
    connect(m_filter, &QLineEdit::textChanged, this, &CheckListDialog::applyFilter);
    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_filter, 1);

    m_list = new QListWidget(this);
    // Enter in the filter belongs to the OK button here.
    FilterFieldNavigation::install(m_filter, m_list, FilterFieldNavigation::Enter::LeftToField);
    m_list->setUniformItemSizes(true);
    // Long prompts end in "…" (the whole text is the tooltip) rather than
    // hiding the check boxes behind a sideways scroll.
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemChanged, this, &CheckListDialog::updateCount);

    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    resize(820, 560);
    m_filter->setFocus();
}

QListWidgetItem* CheckListDialog::addItem(const QString& key, const QString& text, bool checked,
                                          const QString& group)
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(KeyRole, key);
    item->setData(GroupRole, group);
    item->setData(SearchRole, (text + QLatin1Char(' ') + group).toCaseFolded());
    // Tooltips guess at rich text like labels do; this one is always text.
    item->setToolTip(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    updateCount();
    return item;
}

QStringList CheckListDialog::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            keys << item->data(KeyRole).toString();
    }
    return keys;
}

void CheckListDialog::setChecked(const QString& key, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(KeyRole).toString() == key)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void CheckListDialog::setGroupFilter(const QString& group)
{
    m_group = group;
    applyFilter();
}

void CheckListDialog::setPrompt(const QString& text)
{
    m_prompt->setText(text);
    m_prompt->setVisible(!text.isEmpty());
}

int CheckListDialog::visibleCount() const
{
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row)
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    return visible;
}

void CheckListDialog::applyFilter()
{
    const QStringList words =
        m_filter->text().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* firstVisible = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString search = item->data(SearchRole).toString();
        bool shown = m_group.isEmpty() || item->data(GroupRole).toString() == m_group;
        for (const QString& word : words)
            shown = shown && search.contains(word);
        item->setHidden(!shown);
        if (shown && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    updateCount();
}

void CheckListDialog::updateCount()
{
    const int checked = int(checkedKeys().size());
    const int shown = visibleCount();
    m_count->setText(tr("%1 checked · %2 shown").arg(checked).arg(shown));
}

} // namespace ip
