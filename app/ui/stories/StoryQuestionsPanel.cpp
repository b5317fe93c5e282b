#include "ui/stories/StoryQuestionsPanel.h"

#include "model/Guide.h"
#include "services/StoryCoverage.h"
#include "ui/TextTone.h"
#include "ui/stories/SidePaneList.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

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

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_list = new SidePaneList(this);
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
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    // Keeps the heading and the text at the top while the list is hidden.
    layout->addStretch(0);
    setStory(StarStory{});
}

void StoryQuestionsPanel::setStory(const StarStory& story)
{
    m_list->clear();
    // In the guide's order (links are stored by key); links the open guide
    // does not have come last, kept for when their guide is open again.
    QList<const Question*> inGuide;
    int elsewhere = 0;
    for (const QuestionRef& ref : story.questions) {
        const Question* found = nullptr;
        if (m_guide.holdsGuide(ref.guideKey)) {
            for (const Question& question : m_guide.questions) {
                if (question.key == ref.questionKey) {
                    found = &question;
                    break;
                }
            }
        }
        if (found)
            inGuide << found;
        else
            ++elsewhere;
    }
    std::sort(inGuide.begin(), inGuide.end(),
              [](const Question* a, const Question* b) { return a->number < b->number; });
    for (const Question* question : std::as_const(inGuide)) {
        auto* item =
            new QListWidgetItem(tr("%1. %2").arg(question->number).arg(question->prompt), m_list);
        item->setToolTip(Qt::convertFromPlainText(
            tr("%1 — Enter shows it in Questions").arg(question->category), Qt::WhiteSpaceNormal));
        item->setData(QuestionKeyRole, question->key);
    }
    if (elsewhere > 0) {
        new QListWidgetItem(tr("%n questions from other guides", nullptr, elsewhere), m_list);
    }
    const bool none = story.questions.isEmpty();
    const int count = int(story.questions.size());
    const bool overused = count > StoryCoverage::MaxQuestionsPerStory;
    m_list->setVisible(!none);
    m_note->setVisible(none || overused);
    if (none) {
        m_note->setText(story.id.isEmpty()
                            ? QString()
                            : tr("Not linked to any question yet. Link it to the behavioral "
                                 "questions it answers (Ctrl+L)."));
        TextTone::set(m_note, TextTone::Tone::Muted);
    } else if (overused) {
        m_note->setText(tr("More than %n questions: an interviewer may hear this story twice. "
                           "Write another story for some of them.",
                           nullptr, StoryCoverage::MaxQuestionsPerStory));
        TextTone::set(m_note, TextTone::Tone::Error);
    }
    m_title->setText(none ? tr("Answers these questions")
                          : tr("Answers %n questions", nullptr, count));
}

QString StoryQuestionsPanel::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString StoryQuestionsPanel::titleText() const
{
    return m_title->text();
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
