#include "ui/stories/StoryQuestionsPanel.h"

#include "model/Guide.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int QuestionKeyRole = Qt::UserRole + 1;
}

StoryQuestionsPanel::StoryQuestionsPanel(const Guide& guide, QAction* linkAction, QWidget* parent)
    : QWidget(parent), m_guide(guide)
{
    m_title = new QLabel(tr("Answers these questions"), this);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    auto* link = new QToolButton(this);
    link->setDefaultAction(linkAction);
    link->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAccessibleName(tr("Questions this story answers"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(QuestionKeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT questionActivated(key);
    });

    m_list->installEventFilter(this);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(link);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    // Keeps the heading and the text at the top while the list is hidden.
    layout->addStretch(0);
    setStory(StarStory{});
}

void StoryQuestionsPanel::setStory(const StarStory& story)
{
    m_list->clear();
    for (const QuestionRef& ref : story.questions) {
        auto* item = new QListWidgetItem(m_list);
        if (ref.guideKey != m_guide.key) {
            // Kept for when that guide is open again.
            item->setText(tr("A question from another guide"));
            item->setToolTip(ref.guideKey);
            continue;
        }
        for (const Question& question : m_guide.questions) {
            if (question.key == ref.questionKey) {
                item->setText(tr("%1. %2").arg(question.number).arg(question.prompt));
                item->setToolTip(tr("%1 — Enter shows it in Questions").arg(question.category));
                item->setData(QuestionKeyRole, question.key);
                break;
            }
        }
        if (item->text().isEmpty())
            item->setText(tr("A question no longer in this guide"));
    }
    const bool none = story.questions.isEmpty();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    m_empty->setText(story.id.isEmpty()
                         ? QString()
                         : tr("Not linked to any question yet. Link it to the behavioral "
                              "questions it answers (Ctrl+L)."));
    const int count = int(story.questions.size());
    m_title->setText(none         ? tr("Answers these questions")
                     : count == 1 ? tr("Answers 1 question")
                                  : tr("Answers %1 questions").arg(count));
}

bool StoryQuestionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Delete here means "not this question", not the screen's Delete Story:
    // taking the shortcut override keeps the key in the list.
    if (watched == m_list &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_list->currentItem()) {
                const QString questionKey = m_list->currentItem()->data(QuestionKeyRole).toString();
                if (!questionKey.isEmpty())
                    Q_EMIT unlinkRequested(questionKey);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ip
