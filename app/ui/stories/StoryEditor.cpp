#include "ui/stories/StoryEditor.h"

#include "services/DraftWriter.h"
#include "ui/AutosaveTimer.h"
#include "ui/TextTone.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/stories/StoryListModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace ip {

StoryEditor::StoryEditor(StoryListModel* model, DraftKeeper* drafts,
                         const QString& unavailableReason, QWidget* parent)
    : QWidget(parent), m_model(model), m_drafts(drafts)
{
    auto* heading = new QLabel(tr("Story"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may quote an error naming a file
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_status);

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("A name you will recognise: “Cut inference latency by 40%”"));
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Comma-separated: leadership, conflict, deadline"));
    for (QLineEdit* line : {m_title, m_tags}) {
        line->installEventFilter(this);
        connect(line, &QLineEdit::textEdited, this, &StoryEditor::onEdited);
    }
    auto* titleLabel = new QLabel(tr("&Title"), this);
    titleLabel->setBuddy(m_title);
    auto* tagsLabel = new QLabel(tr("Ta&gs"), this);
    tagsLabel->setBuddy(m_tags);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(titleLabel, m_title);
    form->addRow(tagsLabel, m_tags);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(header);
    layout->addLayout(form);
    // The Action is where the candidate's own work is told; it gets the room.
    addPart(StoryField::Situation, tr("&Situation"), layout, 2);
    addPart(StoryField::Task, tr("T&ask"), layout, 2);
    addPart(StoryField::Action, tr("A&ction"), layout, 4);
    addPart(StoryField::Result, tr("&Result"), layout, 2);

    m_autosave = new AutosaveTimer(this, AutosaveDelayMs);
    connect(m_autosave, &AutosaveTimer::due, this, &StoryEditor::commit);
    // A retry in the background reached the database.
    connect(m_drafts, &DraftKeeper::saved, this, [this](const QString& id) {
        if (id == draftId(m_storyId) && !m_dirty)
            setStatus(tr("Saved"));
    });

    if (!m_model->canEdit()) {
        m_title->setReadOnly(true);
        m_tags->setReadOnly(true);
        for (const Part& part : std::as_const(m_parts))
            part.edit->setReadOnly(true);
        // The word beside the title, the reason (which may name a long
        // path) on hover: the label must not widen the window.
        setStatus(tr("Read-only"), true);
        m_status->setToolTip(unavailableReason);
    }
    setEnabled(false);
    updateWordCounts();
}

void StoryEditor::addPart(StoryField field, const QString& label, QVBoxLayout* layout, int stretch)
{
    Part part{field};
    part.label = new QLabel(label, this);
    QFont labelFont = part.label->font();
    labelFont.setWeight(QFont::DemiBold);
    part.label->setFont(labelFont);
    part.words = new QLabel(this);
    part.words->setForegroundRole(QPalette::PlaceholderText);
    part.edit = new QPlainTextEdit(this);
    part.edit->setTabChangesFocus(true);
    part.edit->setPlaceholderText(placeholder(field));
    part.edit->setMinimumHeight(part.edit->fontMetrics().lineSpacing() * 3 + 12);
    part.edit->installEventFilter(this);
    part.edit->setAccessibleName(storyFieldName(field));
    part.label->setBuddy(part.edit);
    connect(part.edit, &QPlainTextEdit::textChanged, this, &StoryEditor::onEdited);

    auto* row = new QHBoxLayout;
    row->addWidget(part.label);
    row->addStretch();
    row->addWidget(part.words);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addWidget(part.edit, stretch);
    m_parts << part;
}

QString StoryEditor::placeholder(StoryField field)
{
    switch (field) {
    case StoryField::Situation:
        return tr("Where and when? Set the scene in two or three sentences: the team, the "
                  "product, what was at stake.");
    case StoryField::Task:
        return tr("What was yours to do? The goal or the problem you owned, and what made it "
                  "hard.");
    case StoryField::Action:
        return tr("What did you do, step by step? Say “I”, not “we”: your decisions, how you "
                  "brought people along, what you built. About half of the story belongs here.");
    case StoryField::Result:
        return tr("What changed because of it? Give numbers (latency, accuracy, money, hours "
                  "saved) and one thing you learned.");
    case StoryField::Title:
    case StoryField::Whole:
        break;
    }
    return QString();
}

QStringList StoryEditor::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = tag.simplified();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags << trimmed;
    }
    return tags;
}

QPlainTextEdit* StoryEditor::partEdit(StoryField field) const
{
    for (const Part& part : m_parts) {
        if (part.field == field)
            return part.edit;
    }
    return nullptr;
}

QString StoryEditor::wordCountText(StoryField field) const
{
    for (const Part& part : m_parts) {
        if (part.field == field)
            return part.words->text();
    }
    return QString();
}

QString StoryEditor::statusText() const
{
    return m_status->text();
}

QString StoryEditor::draftId(const QString& storyId)
{
    StarStory story;
    story.id = storyId;
    return DraftWriter::storyDraft(story).id();
}

void StoryEditor::setStory(const QString& storyId)
{
    commit();
    m_storyId = storyId;
    const int row = m_model->rowOfId(storyId);
    setEnabled(row >= 0);
    StarStory story;
    if (row >= 0)
        story = m_model->story(row);
    const std::optional<Draft> unsaved = m_drafts->draft(draftId(storyId));
    if (unsaved)
        story = DraftWriter::applyStoryDraft(story, *unsaved);
    load(story);
    m_dirty = false;
    if (m_model->canEdit())
        setStatus(unsaved ? tr("Not saved") : QString(), unsaved.has_value());
    Q_EMIT draftChanged(draft());
}

void StoryEditor::load(const StarStory& story)
{
    m_loading = true;
    m_title->setText(story.title);
    m_tags->setText(story.tags.join(QStringLiteral(", ")));
    // setPlainText also starts a fresh undo history for each field.
    partEdit(StoryField::Situation)->setPlainText(story.situation);
    partEdit(StoryField::Task)->setPlainText(story.task);
    partEdit(StoryField::Action)->setPlainText(story.action);
    partEdit(StoryField::Result)->setPlainText(story.result);
    m_loading = false;
    updateWordCounts();
}

StarStory StoryEditor::draft() const
{
    StarStory story;
    const int row = m_model->rowOfId(m_storyId);
    if (row >= 0)
        story = m_model->story(row);
    story.id = m_storyId;
    story.title = m_title->text();
    story.tags = parseTags(m_tags->text());
    story.situation = partEdit(StoryField::Situation)->toPlainText();
    story.task = partEdit(StoryField::Task)->toPlainText();
    story.action = partEdit(StoryField::Action)->toPlainText();
    story.result = partEdit(StoryField::Result)->toPlainText();
    return story;
}

void StoryEditor::onEdited()
{
    if (m_loading)
        return;
    updateWordCounts();
    Q_EMIT draftChanged(draft());
    if (!m_model->canEdit() || m_storyId.isEmpty())
        return;
    m_dirty = true;
    setStatus(tr("Editing…"));
    m_autosave->edited();
}

bool StoryEditor::commit()
{
    m_autosave->stop();
    if (!m_dirty || m_storyId.isEmpty())
        return true;
    m_dirty = false;
    QPointer<StoryListModel> model(m_model);
    const auto saved =
        m_drafts->save(DraftWriter::storyDraft(draft()), [model](const Draft& d) -> Result<void> {
            if (!model)
                return makeError(ErrorKind::Internal,
                                 tr("The Stories screen was closed before the story was saved."));
            const int row = model->rowOfId(d.itemKey);
            if (row < 0)
                return makeError(ErrorKind::NotFound, tr("The story was deleted."));
            return model->saveText(DraftWriter::applyStoryDraft(model->story(row), d));
        });
    if (saved.ok()) {
        setStatus(tr("Saved"));
        return true;
    }
    setStatus(tr("Not saved"), true);
    m_status->setToolTip(saved.error().message);
    Q_EMIT saveFailed(saved.error());
    return false;
}

void StoryEditor::discard(const QString& storyId)
{
    m_drafts->discard(draftId(storyId));
    if (storyId == m_storyId) {
        m_autosave->stop();
        m_dirty = false;
    }
}

void StoryEditor::focusField(StoryField field)
{
    QWidget* target = nullptr;
    if (field == StoryField::Title)
        target = m_title;
    else if (field == StoryField::Whole)
        target = partEdit(StoryField::Action); // where a story is usually too long or short
    else
        target = partEdit(field);
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

bool StoryEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && m_dirty)
        commit();
    // Qt's text fields do not claim Ctrl+Backspace and Ctrl+Delete before
    // shortcuts see them; claimed here, they delete a word instead of
    // triggering the screen's Delete Story.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::DeleteStartOfWord) ||
            key->matches(QKeySequence::DeleteEndOfWord)) {
            key->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::updateWordCounts()
{
    for (const Part& part : std::as_const(m_parts)) {
        const int words = StoryCheck::wordCount(part.edit->toPlainText());
        part.words->setText(tr("%n word(s)", nullptr, words));
    }
}

void StoryEditor::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    if (!isError)
        m_status->setToolTip(QString());
    TextTone::set(m_status, isError ? TextTone::Tone::Error : TextTone::Tone::Muted);
}

} // namespace ip
