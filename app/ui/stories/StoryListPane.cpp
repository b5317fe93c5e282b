#include "ui/stories/StoryListPane.h"

#include "ui/FilterFieldNavigation.h"
#include "ui/stories/StoryFilterModel.h"
#include "ui/stories/StoryItemDelegate.h"
#include "ui/stories/StoryListModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

StoryListPane::StoryListPane(StoryListModel* stories, const QList<QAction*>& buttonActions,
                             QWidget* parent)
    : QWidget(parent), m_stories(stories)
{
    m_filtered = new StoryFilterModel(this);
    m_filtered->setSourceModel(stories);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter stories (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter stories"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        Q_EMIT filterAboutToChange();
        m_filtered->setText(text);
        Q_EMIT shownStoriesChanged();
    });

    m_list = new QListView(this);
    m_list->setModel(m_filtered);
    FilterFieldNavigation::install(m_filter, m_list);
    m_list->setItemDelegate(new StoryItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    // The delegate elides to the width it gets; a sideways scroll bar would
    // only show the rest of an elided line.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Stories"));
    // The same commands on a right click, as in every list of documents.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(buttonActions);

    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : buttonActions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Tab reaches them after the list, as it reaches every other button.
        button->setFocusPolicy(Qt::TabFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_count);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filtered, signal, this, &StoryListPane::shownStoriesChanged);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, &StoryListPane::shownStoriesChanged);
    // Completeness marks change with edits and with the speaking rate.
    connect(m_stories, &QAbstractItemModel::dataChanged, this, &StoryListPane::updateCount);
    connect(this, &StoryListPane::shownStoriesChanged, this, &StoryListPane::updateCount);
    updateCount();
}

QString StoryListPane::countText() const
{
    return m_count->text();
}

QString StoryListPane::currentStoryId() const
{
    return m_list->currentIndex().data(StoryListModel::IdRole).toString();
}

bool StoryListPane::selectStory(const QString& storyId)
{
    const int row = m_stories->rowOfId(storyId);
    if (row < 0)
        return false;
    QModelIndex index = m_filtered->mapFromSource(m_stories->index(row));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_filtered->mapFromSource(m_stories->index(row));
    }
    m_list->setCurrentIndex(index);
    return index.isValid();
}

void StoryListPane::ensureCurrent()
{
    if (!m_list->currentIndex().isValid() && m_filtered->rowCount() > 0)
        m_list->setCurrentIndex(m_filtered->index(0, 0));
}

void StoryListPane::updateCount()
{
    const int total = m_stories->rowCount();
    const int shown = m_filtered->rowCount();
    int complete = 0;
    for (int row = 0; row < total; ++row)
        complete += m_stories->index(row).data(StoryListModel::CompleteRole).toBool() ? 1 : 0;
    if (shown != total)
        m_count->setText(total == 1 ? tr("%1 of 1 story").arg(shown)
                                    : tr("%1 of %n stories", nullptr, total).arg(shown));
    else if (total == 1)
        m_count->setText(complete ? tr("1 story, complete") : tr("1 story, not complete yet"));
    else
        m_count->setText(tr("%n stories, %1 complete", nullptr, total).arg(complete));
}

bool StoryListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Backspace deletes a word of the filter, not the story.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::DeleteStartOfWord) ||
            key->matches(QKeySequence::DeleteEndOfWord)) {
            key->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ip
