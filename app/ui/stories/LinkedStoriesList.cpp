#include "ui/stories/LinkedStoriesList.h"

#include "ui/stories/StoryListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int StoryIdRole = Qt::UserRole + 1;
}

LinkedStoriesList::LinkedStoriesList(StoryListModel& stories, QAction* answerAction,
                                     QWidget* parent)
    : QWidget(parent), m_stories(stories)
{
    m_title = new QLabel(tr("Your stories for it"), this);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    auto* answer = new QToolButton(this);
    answer->setDefaultAction(answerAction);
    answer->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Stories that answer this question"));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few rows are enough; the notes keep the room.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 5 + 8);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT storyActivated(item->data(StoryIdRole).toString());
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(answer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);

    // Links made anywhere (the Stories screen, the picker) show at once.
    connect(&m_stories, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (StoryListModel::changesTitlesOrLinks(roles))
                    refresh();
            });
    connect(&m_stories, &QAbstractItemModel::rowsInserted, this, &LinkedStoriesList::refresh);
    connect(&m_stories, &QAbstractItemModel::rowsRemoved, this, &LinkedStoriesList::refresh);
    connect(&m_stories, &QAbstractItemModel::modelReset, this, &LinkedStoriesList::refresh);
    refresh();
}

void LinkedStoriesList::setQuestion(const QuestionRef& question)
{
    m_question = question;
    refresh();
}

QStringList LinkedStoriesList::titles() const
{
    QStringList titles;
    for (int row = 0; row < m_list->count(); ++row)
        titles << m_list->item(row)->text();
    return titles;
}

void LinkedStoriesList::refresh()
{
    const QList<StarStory> stories =
        m_question.questionKey.isEmpty() ? QList<StarStory>{} : m_stories.storiesFor(m_question);
    m_list->clear();
    for (const StarStory& story : stories) {
        auto* item = new QListWidgetItem(StoryListModel::displayTitle(story), m_list);
        item->setData(StoryIdRole, story.id);
        item->setToolTip(tr("Enter opens the story"));
    }
    m_list->setVisible(!stories.isEmpty());
    m_empty->setVisible(stories.isEmpty());
    m_empty->setText(m_stories.canEdit() ? tr("No story answers this question yet (Ctrl+Shift+S).")
                                         : tr("No story answers this question."));
}

} // namespace ip
