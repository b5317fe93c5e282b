#include "ui/stories/StoryCoverageView.h"

#include "model/Guide.h"
#include "services/StoryCoverage.h"
#include "ui/PaletteColours.h"
#include "ui/TextTone.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int QuestionKeyRole = Qt::UserRole + 1;
constexpr int StoryIdRole = Qt::UserRole + 2;
} // namespace

StoryCoverageView::StoryCoverageView(const Guide& guide, StoryListModel& stories, QWidget* parent)
    : QDialog(parent), m_guide(guide), m_stories(stories)
{
    setWindowTitle(tr("Story Coverage"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);
    // Quotes story titles: plain text, so markup in a title is not rendered.
    m_overuse = new QLabel(this);
    m_overuse->setTextFormat(Qt::PlainText);
    m_overuse->setWordWrap(true);

    m_uncoveredOnly = new QCheckBox(tr("Only questions &without a story"), this);
    connect(m_uncoveredOnly, &QCheckBox::toggled, this, &StoryCoverageView::refresh);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setAccessibleName(tr("Questions and the stories that answer them"));
    m_tree->setHeaderLabels({tr("Question"), tr("Stories")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    connect(m_tree, &QTreeWidget::itemActivated, this, &StoryCoverageView::onActivated);
    m_tree->installEventFilter(this);

    auto* hint = new QLabel(tr("Enter on a question: choose the stories that answer it. Enter "
                               "on a story: open it."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_overuse);
    layout->addWidget(m_uncoveredOnly);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(820, 600);

    // Links made from here (or anywhere) show at once.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_stories, signal, this, &StoryCoverageView::refresh);
    connect(&m_stories, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (StoryListModel::changesTitlesOrLinks(roles))
                    refresh();
            });
    connect(&m_stories, &QAbstractItemModel::modelReset, this, &StoryCoverageView::refresh);
    refresh();
    m_tree->setFocus();
}

QString StoryCoverageView::summaryText() const
{
    return m_summary->text();
}

QString StoryCoverageView::overuseText() const
{
    return m_overuse->text();
}

void StoryCoverageView::refresh()
{
    const StoryCoverage coverage = StoryCoverage::compute(m_guide, m_stories.stories());
    const int total = int(coverage.rows().size());
    if (total == 0) {
        m_summary->setText(tr("This guide has no behavioral or situational questions."));
    } else {
        const int covered = coverage.coveredCount();
        const int uncovered = coverage.uncoveredCount();
        const QString have =
            total == 1
                ? tr("%1 of 1 behavioral or situational question has a story.").arg(covered)
                : tr("%1 of %n behavioral and situational questions have a story.", nullptr, total)
                      .arg(covered);
        const QString lack =
            uncovered == 0 ? QString() : tr("%n have none yet.", nullptr, uncovered);
        m_summary->setText(lack.isEmpty() ? have : have + QLatin1Char(' ') + lack);
    }
    QStringList overused;
    for (const StarStory& story : coverage.overused()) {
        // Only a story for more than MaxQuestionsPerStory is here: never 1.
        overused << tr("“%1” answers %n questions.", nullptr, int(story.questions.size()))
                        .arg(StoryListModel::displayTitle(story));
    }
    if (overused.isEmpty()) {
        m_overuse->hide();
    } else {
        m_overuse->setText(
            overused.join(QLatin1Char(' ')) + QLatin1Char(' ') +
            tr("More than %n and an interviewer may hear the same story twice; write another for "
               "some of them.",
               nullptr, StoryCoverage::MaxQuestionsPerStory));
        TextTone::set(m_overuse, TextTone::Tone::Error);
        m_overuse->show();
    }

    const QString currentKey = m_tree->currentItem()
                                   ? m_tree->currentItem()->data(0, QuestionKeyRole).toString()
                                   : QString();
    const QColor missing = errorTextColour(palette());
    m_tree->clear();
    QTreeWidgetItem* current = nullptr;
    for (const StoryCoverage::Row& row : coverage.rows()) {
        if (m_uncoveredOnly->isChecked() && !row.stories.isEmpty())
            continue;
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1. %2").arg(row.question.number).arg(row.question.prompt));
        item->setToolTip(0, Qt::convertFromPlainText(row.question.prompt, Qt::WhiteSpaceNormal));
        item->setData(0, QuestionKeyRole, row.question.key);
        if (row.stories.isEmpty()) {
            item->setText(1, tr("✗ no story"));
            item->setForeground(1, missing);
        } else {
            item->setText(1, row.stories.size() == 1
                                 ? tr("1 story")
                                 : tr("%n stories", nullptr, int(row.stories.size())));
        }
        for (const StarStory& story : row.stories) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, StoryListModel::displayTitle(story));
            child->setData(0, QuestionKeyRole, row.question.key);
            child->setData(0, StoryIdRole, story.id);
            if (story.questions.size() > StoryCoverage::MaxQuestionsPerStory) {
                child->setText(1, tr("⚠ %n questions", nullptr, int(story.questions.size())));
                child->setForeground(1, missing);
            }
        }
        if (row.question.key == currentKey && !current)
            current = item;
    }
    m_tree->expandAll();
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    if (current)
        m_tree->setCurrentItem(current);
}

bool StoryCoverageView::eventFilter(QObject* watched, QEvent* event)
{
    // Enter is taken here rather than left to the tree, which passes it on to
    // the dialog afterwards: after choosing stories for a question, that
    // would press Close.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            onActivated(m_tree->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StoryCoverageView::onActivated(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString storyId = item->data(0, StoryIdRole).toString();
    if (!storyId.isEmpty()) {
        Q_EMIT storyActivated(storyId);
        accept();
        return;
    }
    if (!m_stories.canEdit())
        return;
    const QString key = item->data(0, QuestionKeyRole).toString();
    const StoryPickerDialog::Outcome outcome = StoryPickerDialog::answerWithStory(
        m_stories, QuestionRef{m_guide.guideKeyOf(key), key}, item->text(0), this);
    if (outcome.error)
        Q_EMIT storageFailed(*outcome.error);
    if (!outcome.newStoryId.isEmpty()) {
        Q_EMIT storyActivated(outcome.newStoryId);
        accept();
    }
}

} // namespace ip
