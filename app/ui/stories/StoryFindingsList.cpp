#include "ui/stories/StoryFindingsList.h"

#include "ui/stories/SidePaneList.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int FieldRole = Qt::UserRole + 1;
}

StoryFindingsList::StoryFindingsList(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Completeness"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_list = new SidePaneList(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("What to fix"));
    const auto activate = [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT fieldActivated(StoryField(item->data(FieldRole).toInt()));
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    // Keeps the heading and the text at the top while the list is hidden.
    layout->addStretch(0);
    clear();
}

void StoryFindingsList::setFindings(const QList<StoryFinding>& findings)
{
    m_list->clear();
    for (const StoryFinding& finding : findings) {
        auto* item = new QListWidgetItem(QStringLiteral("→ ") + finding.message, m_list);
        item->setData(FieldRole, int(finding.field));
        item->setToolTip(tr("Enter or click: go to %1").arg(storyFieldName(finding.field)));
    }
    if (findings.isEmpty()) {
        m_summary->setText(tr("✓ Nothing missing. Rehearse it aloud (Ctrl+R)."));
    } else {
        m_summary->setText(findings.size() == 1
                               ? tr("One thing to fix; press Enter on it to go to its field.")
                               : tr("%n things to fix; press Enter on one to go to its field.",
                                    nullptr, int(findings.size())));
    }
    m_list->setVisible(!findings.isEmpty());
    // Without a list to show, the room below goes to the linked questions.
    setSizePolicy(QSizePolicy::Preferred,
                  findings.isEmpty() ? QSizePolicy::Maximum : QSizePolicy::Expanding);
}

void StoryFindingsList::clear()
{
    m_list->clear();
    m_list->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_summary->setText(tr("Choose or write a story to check it."));
}

QString StoryFindingsList::summaryText() const
{
    return m_summary->text();
}

} // namespace ip
