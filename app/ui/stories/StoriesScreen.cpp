#include "ui/stories/StoriesScreen.h"

#include "StudyContext.h"
#include "services/StoryCheck.h"
#include "services/StudyData.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/RehearsalDialog.h"
#include "ui/stories/StoryCoverageView.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryFindingsList.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryListPane.h"
#include "ui/stories/StoryQuestionsPanel.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QAction>
#include <QFocusEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
enum CentrePage { EditorPage = 0, EmptyPage = 1 };
}

StoryListModel* StoriesScreen::makeStoryModel(StudyContext& context, QObject* parent)
{
    auto* model = new StoryListModel(context.data() ? &context.data()->stories() : nullptr, parent);
    model->setReadOnly(!context.canSave());
    model->setWordsPerMinute(StoryTimingPanel::storedWordsPerMinute());
    return model;
}

StoriesScreen::StoriesScreen(StudyContext& context, QWidget* parent)
    : StoriesScreen(context, nullptr, parent)
{
}

StoriesScreen::StoriesScreen(StudyContext& context, StoryListModel* sharedModel, QWidget* parent)
    : Screen(parent), m_context(context), m_model(sharedModel)
{
    if (!m_model) {
        m_model = makeStoryModel(context, this);
        if (const auto loaded = m_model->reload(); !loaded.ok()) {
            QMetaObject::invokeMethod(
                this, [this, error = loaded.error()] { Q_EMIT loadFailed(error); },
                Qt::QueuedConnection);
        }
    }
    buildCommands();

    // Created in reading order and straight into their final parents, which
    // makes the Tab order the reading order: the list, the story's fields,
    // then the panes beside it.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    connect(m_splitter, &QSplitter::splitterMoved, this, &Screen::stateChanged);
    m_listPane =
        new StoryListPane(m_model, {m_newAction, m_duplicateAction, m_deleteAction}, m_splitter);
    m_list = m_listPane->list();

    const QString unavailable =
        context.storageError() ? context.storageError()->message : QString();
    m_centre = new QStackedWidget(m_splitter);
    m_editor = new StoryEditor(m_model, m_context.drafts(), unavailable, m_centre);
    m_emptyText = new QLabel(m_centre);
    m_emptyText->setTextFormat(Qt::PlainText); // quotes the filter the user typed
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMargin(32);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_centre->insertWidget(EditorPage, m_editor);
    m_centre->insertWidget(EmptyPage, m_emptyText);

    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(buildSidePane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({280, 560, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StoriesScreen::onCurrentChanged);
    // Enter on a story goes to its text.
    connect(m_list, &QListView::activated, this,
            [this] { m_editor->focusField(StoryField::Title); });
    // A story added elsewhere (from the question browser) is chosen when
    // none was.
    connect(m_listPane, &StoryListPane::shownStoriesChanged, this, &StoriesScreen::ensureSelection);
    connect(m_listPane, &StoryListPane::filterAboutToChange, m_editor, &StoryEditor::commit);
    connect(m_editor, &StoryEditor::saveFailed, this, &StoriesScreen::report);
    connect(m_editor, &StoryEditor::draftChanged, this, [this](const StarStory& draft) {
        m_timing->setStory(draft);
        if (draft.id.isEmpty())
            m_findings->clear();
        else
            m_findings->setFindings(StoryCheck::findings(draft, m_timing->wordsPerMinute()));
    });
    connect(m_timing, &StoryTimingPanel::wordsPerMinuteChanged, this, [this](int rate) {
        m_model->setWordsPerMinute(rate);
        refreshSidePanes();
    });
    connect(m_findings, &StoryFindingsList::fieldActivated, m_editor, &StoryEditor::focusField);
    connect(m_questions, &StoryQuestionsPanel::questionActivated, this,
            &StoriesScreen::openQuestionRequested);
    connect(m_questions, &StoryQuestionsPanel::unlinkRequested, this,
            [this](const QString& questionKey) {
                if (!m_context.canEditStudy()) {
                    Q_EMIT statusMessage(tr("Questions cannot be unlinked right now: %1")
                                             .arg(m_context.readOnlyReason()));
                    return;
                }
                const auto done = m_model->unlink(
                    currentStoryId(),
                    QuestionRef{m_context.guide().guideKeyOf(questionKey), questionKey});
                if (!done.ok())
                    report(done.error());
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StoriesScreen::onStoryDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StoriesScreen::ensureSelection);

    // The window focuses the screen to put the keys on the list. Not through
    // a focus proxy: Qt then counts the screen itself as a Tab stop before
    // the filter, so Tab from the last list of the side pane went back to the
    // story list and never reached the filter.
    setFocusPolicy(Qt::NoFocus);
    // Remembered while hidden: the list has the focus when the screen is
    // first shown (later, whatever had it last).
    m_list->setFocus();
    ensureSelection();
}

StoriesScreen::~StoriesScreen() = default;

QWidget* StoriesScreen::buildSidePane()
{
    auto* pane = new QWidget;
    m_timing = new StoryTimingPanel(pane);
    auto* rehearse = new QToolButton(pane);
    rehearse->setDefaultAction(m_rehearseAction);
    rehearse->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* coverage = new QToolButton(pane);
    coverage->setDefaultAction(m_coverageAction);
    coverage->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 0);
    buttons->setSpacing(rehearse->fontMetrics().height() / 2);
    buttons->addWidget(rehearse);
    buttons->addWidget(coverage);
    buttons->addStretch();
    m_findings = new StoryFindingsList(pane);
    m_questions = new StoryQuestionsPanel(m_context.guide(), m_linkAction, pane);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timing);
    layout->addLayout(buttons);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_questions, 1);
    // On a low screen the pane scrolls instead of squeezing its rows on top
    // of each other.
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("storySidePane"));
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from the story's parts straight to the speaking rate.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(pane);
    const int barWidth = scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(pane->minimumSizeHint().width() + barWidth);
    // The scroll bar's room is kept while it is hidden, so the pane's text
    // keeps its width when the bar comes and goes (a first linked question
    // on a low screen made the whole pane jump narrower).
    layout->setContentsMargins(0, 0, barWidth, 0);
    connect(scroll->verticalScrollBar(), &QScrollBar::rangeChanged, pane,
            [layout, barWidth](int minimum, int maximum) {
                layout->setContentsMargins(0, 0, maximum > minimum ? 0 : barWidth, 0);
            });
    return scroll;
}

void StoriesScreen::buildCommands()
{
    m_newAction = new QAction(tr("&New Story"), this);
    // The buttons under the list say the verb only: the list says what of.
    m_newAction->setIconText(tr("New"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &StoriesScreen::newStory);

    m_duplicateAction = new QAction(tr("D&uplicate Story"), this);
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &StoriesScreen::duplicateStory);

    m_deleteAction = new QAction(tr("&Delete Story…"), this);
    m_deleteAction->setIconText(tr("Delete…"));
    // Text fields keep both keys for themselves (they override shortcuts).
    m_deleteAction->setShortcuts(
        {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_Backspace)});
    connect(m_deleteAction, &QAction::triggered, this, &StoriesScreen::deleteStory);

    m_linkAction = new QAction(tr("&Link Questions…"), this);
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_linkAction, &QAction::triggered, this, &StoriesScreen::linkQuestions);

    m_rehearseAction = new QAction(tr("&Rehearse…"), this);
    m_rehearseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_rehearseAction, &QAction::triggered, this, &StoriesScreen::rehearse);

    m_coverageAction = new QAction(tr("Question &Coverage…"), this);
    m_coverageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_coverageAction, &QAction::triggered, this, &StoriesScreen::showCoverage);

    for (QAction* action : commands()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        addAction(action);
    }
}

QList<QAction*> StoriesScreen::commands() const
{
    return {m_newAction,  m_duplicateAction, m_deleteAction,
            m_linkAction, m_rehearseAction,  m_coverageAction};
}

void StoriesScreen::focusFilter()
{
    m_listPane->filterField()->setFocus(Qt::ShortcutFocusReason);
    m_listPane->filterField()->selectAll();
}

void StoriesScreen::saveState(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("stories"));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("current"), currentStoryId());
    settings.endGroup();
}

void StoriesScreen::restoreState(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("stories"));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QString current = settings.value(QStringLiteral("current")).toString();
    settings.endGroup();
    if (!current.isEmpty())
        selectStory(current);
}

void StoriesScreen::commitPendingEdits()
{
    m_editor->commit();
}

bool StoriesScreen::selectStory(const QString& storyId)
{
    return m_listPane->selectStory(storyId);
}

QString StoriesScreen::currentStoryId() const
{
    return m_listPane->currentStoryId();
}

QLineEdit* StoriesScreen::filterField() const
{
    return m_listPane->filterField();
}

QString StoriesScreen::countText() const
{
    return m_listPane->countText();
}

void StoriesScreen::newStory()
{
    if (!m_model->canEdit())
        return;
    m_editor->commit();
    const auto created = m_model->create(StarStory{});
    if (!created.ok()) {
        report(created.error());
        return;
    }
    selectStory(created->id);
    m_editor->focusField(StoryField::Title);
    Q_EMIT statusMessage(tr("New story: give it a title, then tell the four parts."));
}

void StoriesScreen::duplicateStory()
{
    if (!m_model->canEdit() || currentStoryId().isEmpty())
        return;
    m_editor->commit();
    StarStory copy = m_editor->draft();
    const QString original = StoryListModel::displayTitle(copy);
    copy.title = tr("%1 (copy)").arg(original);
    // A copy is a variant for other questions: the links stay with the original.
    copy.questions.clear();
    const auto created = m_model->create(copy);
    if (!created.ok()) {
        report(created.error());
        return;
    }
    selectStory(created->id);
    m_editor->focusField(StoryField::Title);
    Q_EMIT statusMessage(tr("Duplicated “%1”; link the copy to its own questions.").arg(original));
}

void StoriesScreen::deleteStory()
{
    const QString id = currentStoryId();
    if (!m_model->canEdit() || id.isEmpty())
        return;
    if (!m_context.canEditStudy()) {
        Q_EMIT statusMessage(
            tr("Questions cannot be linked right now: %1").arg(m_context.readOnlyReason()));
        return;
    }
    const StarStory story = m_editor->draft();
    const QString name = StoryListModel::displayTitle(story);
    const int links = int(story.questions.size());
    // A short question under a short title; what goes with the story is the
    // informative text. A long story title is elided here (the list shows it
    // in full), so the box stays a box and not a banner.
    const QString shortName =
        fontMetrics().elidedText(name, Qt::ElideRight, fontMetrics().averageCharWidth() * 40);
    QMessageBox box(QMessageBox::Warning, tr("Delete Story"), tr("Delete “%1”?").arg(shortName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteStoryConfirmation"));
    box.setTextFormat(Qt::PlainText); // the title is the user's text, never markup
    box.setInformativeText(
        links == 0   ? tr("Its four parts and tags are deleted. This cannot be undone.")
        : links == 1 ? tr("Its four parts, its tags and its link to 1 question are deleted. "
                          "This cannot be undone.")
                     : tr("Its four parts, its tags and its links to %n questions are deleted. "
                          "This cannot be undone.",
                          nullptr, links));
    QPushButton* remove = box.addButton(tr("&Delete Story"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    // Last, as QMessageBox lays itself out again when given text or buttons.
    // Qt sizes a message box for its own title only; the window manager adds
    // the application's name and its buttons, which cut the title of a box
    // with a short question. Room for all of it (in the title bar's bold).
    QFont titleFont = box.font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QString fullTitle =
        QGuiApplication::applicationDisplayName().isEmpty()
            ? box.windowTitle()
            : box.windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    if (auto* grid = qobject_cast<QGridLayout*>(box.layout())) {
        grid->addItem(
            new QSpacerItem(titleMetrics.horizontalAdvance(fullTitle) + titleMetrics.height() * 6,
                            0, QSizePolicy::Minimum, QSizePolicy::Fixed),
            grid->rowCount(), 0, 1, grid->columnCount());
    }
    box.exec();
    if (box.clickedButton() != remove)
        return;

    const int row = m_list->currentIndex().row();
    // What was typed is settled first (saved, or kept by the draft keeper),
    // so a delete that fails loses nothing; once the story is gone nothing
    // typed for it may be saved back.
    m_editor->commit();
    if (const auto removed = m_model->remove(id); !removed.ok()) {
        report(removed.error());
        return;
    }
    m_editor->discard(id);
    const int shown = m_list->model()->rowCount();
    if (shown > 0)
        m_list->setCurrentIndex(m_list->model()->index(qMin(row, shown - 1), 0));
    m_list->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Deleted “%1”").arg(name));
}

void StoriesScreen::linkQuestions()
{
    const QString id = currentStoryId();
    if (!m_model->canEdit() || id.isEmpty())
        return;
    if (!m_context.canEditStudy()) {
        Q_EMIT statusMessage(
            tr("Questions cannot be linked right now: %1").arg(m_context.readOnlyReason()));
        return;
    }
    const StarStory story = m_editor->draft();
    QuestionPickerDialog dialog(m_context.guide(), story.questions,
                                StoryListModel::displayTitle(story), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<QuestionRef> questions = dialog.questions();
    if (const auto done = m_model->setLinks(id, questions); !done.ok()) {
        report(done.error());
        return;
    }
    const int count = int(questions.size());
    Q_EMIT statusMessage(tr("The story answers %n questions", nullptr, count));
}

void StoriesScreen::rehearse()
{
    if (currentStoryId().isEmpty())
        return;
    m_editor->commit();
    RehearsalDialog dialog(m_editor->draft(), m_timing->wordsPerMinute(), this);
    dialog.exec();
}

void StoriesScreen::showCoverage()
{
    m_editor->commit();
    StoryCoverageView view(m_context.guide(), *m_model, this);
    connect(&view, &StoryCoverageView::storyActivated, this, [this](const QString& id) {
        selectStory(id);
        m_editor->focusField(StoryField::Title);
    });
    connect(&view, &StoryCoverageView::storageFailed, this, &StoriesScreen::report);
    view.exec();
}

void StoriesScreen::onCurrentChanged()
{
    const QString id = currentStoryId();
    m_editor->setStory(id); // saves what was typed in the story left
    m_centre->setCurrentIndex(id.isEmpty() ? EmptyPage : EditorPage);
    updateEmptyText();
    refreshSidePanes();
    updateCommands();
}

void StoriesScreen::onStoryDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const int current = m_model->rowOfId(currentStoryId());
    if (current >= topLeft.row() && current <= bottomRight.row())
        m_questions->setStory(m_model->story(current));
}

void StoriesScreen::refreshSidePanes()
{
    const QString id = currentStoryId();
    const StarStory draft = m_editor->draft();
    m_timing->setStory(draft);
    if (id.isEmpty())
        m_findings->clear();
    else
        m_findings->setFindings(StoryCheck::findings(draft, m_timing->wordsPerMinute()));
    m_questions->setStory(id.isEmpty() ? StarStory{} : draft);
}

void StoriesScreen::updateCommands()
{
    // Shortcuts in the window's menu reach the whole window, so the commands
    // are only enabled while the screen is shown.
    const bool shown = isVisible();
    const bool editable = shown && m_model->canEdit();
    const bool hasStory = !currentStoryId().isEmpty();
    m_newAction->setEnabled(editable);
    m_duplicateAction->setEnabled(editable && hasStory);
    m_deleteAction->setEnabled(editable && hasStory);
    // Links belong to the open guide's questions: not while it is read in part.
    m_linkAction->setEnabled(editable && hasStory && m_context.canEditStudy());
    m_rehearseAction->setEnabled(shown && hasStory);
    m_coverageAction->setEnabled(shown);
}

void StoriesScreen::ensureSelection()
{
    m_listPane->ensureCurrent();
    if (m_list->model()->rowCount() == 0)
        onCurrentChanged();
    updateEmptyText();
}

void StoriesScreen::updateEmptyText()
{
    QString empty;
    if (!m_model->canEdit())
        empty = tr("Stories cannot be written in this session: %1")
                    .arg(m_context.storageError() ? m_context.storageError()->message : QString());
    else if (m_model->rowCount() == 0)
        empty = tr("No stories yet.\n\nA STAR story tells one thing you did: the Situation, your "
                   "Task, the Action you took and its Result. Write five or six, each about two "
                   "minutes long, and link them to the behavioral questions they answer.\n\n"
                   "Press Ctrl+N to write the first.");
    else if (m_list->model()->rowCount() == 0)
        empty = tr("No story matches “%1”.").arg(filterField()->text());
    m_emptyText->setText(empty);
}

void StoriesScreen::focusInEvent(QFocusEvent* event)
{
    Screen::focusInEvent(event);
    m_list->setFocus(event->reason());
}

void StoriesScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    updateCommands();
}

void StoriesScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    updateCommands();
}

void StoriesScreen::report(const Error& error)
{
    Q_EMIT storageFailed(error);
}

} // namespace ip
