#include "ui/questions/QuestionsScreen.h"

#include "StudyContext.h"
#include "services/LibraryService.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"
#include "ui/FilterFieldNavigation.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/OrphanedNoteFilterModel.h"
#include "ui/questions/OrphanedNoteItemDelegate.h"
#include "ui/questions/OrphanedNoteListModel.h"
#include "ui/questions/OrphanedNoteView.h"
#include "ui/questions/QuestionFilterModel.h"
#include "ui/questions/QuestionItemDelegate.h"
#include "ui/questions/QuestionListModel.h"
#include "ui/questions/QuestionView.h"
#include "ui/stories/LinkedStoriesList.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
// The state filter's item for the orphaned notes: not a practice standing.
constexpr int OrphanedNotesItem = -1;
} // namespace

QuestionsScreen::QuestionsScreen(StudyContext& context, QWidget* parent)
    : QuestionsScreen(context, nullptr, parent)
{
}

QuestionsScreen::QuestionsScreen(StudyContext& context, StoryListModel* stories, QWidget* parent)
    : Screen(parent), m_context(context), m_stories(stories)
{
    const Guide& guide = context.guide();
    QHash<QString, QuestionNote> notes;
    if (context.data()) {
        m_noteStore = &context.data()->notes();
        if (auto loaded = m_noteStore->forGuide(guide); loaded.ok())
            notes = loaded.value();
        else
            QMetaObject::invokeMethod(
                this, [this, error = loaded.error()] { Q_EMIT loadFailed(error); },
                Qt::QueuedConnection);
    }
    if (!m_stories) {
        m_stories = new StoryListModel(context.data() ? &context.data()->stories() : nullptr, this);
        m_stories->setReadOnly(!context.canSave());
        if (auto loaded = m_stories->reload(); !loaded.ok())
            QMetaObject::invokeMethod(
                this, [this, error = loaded.error()] { Q_EMIT loadFailed(error); },
                Qt::QueuedConnection);
    }
    m_model = new QuestionListModel(guide.questions, notes, this);
    // All guides: each question says which guide it is from.
    if (guide.isCombined() && context.data()) {
        if (auto entries =
                context.data()->library().entries(LibraryService::FileStates::Unchecked)) {
            QHash<QString, QString> titles;
            for (const LibraryGuide& entry : std::as_const(*entries))
                titles.insert(entry.key, entry.title.isEmpty() ? entry.key : entry.title);
            m_model->setGuideTitles(std::move(titles));
        }
    }
    m_filtered = new QuestionFilterModel(this);
    m_filtered->setQuestions(m_model);
    // The filter looks words up in the search index, which holds what the
    // library stored. A guide read with errors is not stored there: its own
    // text is filtered instead.
    if (context.data() && !guide.hasErrors()) {
        m_filtered->setIndexLookup([this, keys = guide.guideKeys()](
                                       const QString& text) -> std::optional<QuestionMatches> {
            StudyData* study = m_context.data();
            if (!study)
                return std::nullopt;
            auto matches = study->filterQuestions(text, keys);
            return matches ? std::move(*matches) : std::nullopt;
        });
    }
    // The guide's notes are read once: those whose question is gone are the
    // orphans, no second query needed.
    m_orphans = new OrphanedNoteListModel(this);
    m_orphans->setNotes(QuestionNotes::orphansAmong(notes.values(), guide));
    m_orphansFiltered = new OrphanedNoteFilterModel(this);
    m_orphansFiltered->setSourceModel(m_orphans);
    // A note edited out of the filter's match stays listed (and in the
    // editor) until the filter changes.
    m_orphansFiltered->setDynamicSortFilter(false);

    // Left: filters and the list.
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter questions, answers and notes (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter questions"));
    m_filter->setToolTip(tr("Words find the words they begin, in any order; \"quotes\" find "
                            "a phrase; -word leaves out what contains it."));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setText(text);
        m_orphansFiltered->setText(text);
        if (m_showingOrphans)
            ensureOrphanSelection();
        else
            ensureSelection();
    });

    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), QString());
    for (const QString& category : guide.categories)
        m_category->addItem(category, category);
    m_category->setToolTip(tr("Show one category"));
    m_category->setAccessibleName(tr("Category"));
    // A long category name ("Metrics and Product Analytics") must not widen
    // the list beyond a small screen: the box shrinks, its list shows all.
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(10);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setCategory(m_category->currentData().toString());
        ensureSelection();
    });

    m_standing = new QComboBox(this);
    m_standing->addItem(tr("Any state"), int(PracticeStanding::None));
    m_standing->addItem(tr("New"), int(PracticeStanding::New));
    m_standing->addItem(tr("Due"), int(PracticeStanding::Due));
    m_standing->addItem(tr("Weak"), int(PracticeStanding::Weak));
    m_standing->addItem(tr("Confident"), int(PracticeStanding::Confident));
    m_standing->setToolTip(
        tr("Show questions by where they stand in practice: new (never practised), due, weak "
           "(forgotten once or hard for you) or confident (remembered for three weeks or more)"));
    m_standing->setAccessibleName(tr("Practice state"));
    // As wide as the states; "Orphaned notes (n)" gets the row to itself.
    m_standing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_standing->setMinimumContentsLength(8);
    connect(m_standing, &QComboBox::currentIndexChanged, this, [this] {
        const int item = m_standing->currentData().toInt();
        if (item == OrphanedNotesItem) {
            setOrphansShown(true);
            return;
        }
        m_filtered->setStanding(static_cast<PracticeStanding>(item));
        if (m_showingOrphans)
            setOrphansShown(false);
        else
            ensureSelection();
    });

    m_bookmarkedOnly = new QToolButton(this);
    m_bookmarkedOnly->setText(tr("★ Bookmarked"));
    m_bookmarkedOnly->setCheckable(true);
    m_bookmarkedOnly->setToolTip(tr("Show only bookmarked questions"));
    connect(m_bookmarkedOnly, &QToolButton::toggled, this, [this](bool on) {
        m_filtered->setBookmarkedOnly(on);
        ensureSelection();
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("questionCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QListView(this);
    m_list->setModel(m_filtered);
    m_list->setAccessibleName(tr("Questions"));
    FilterFieldNavigation::install(m_filter, m_list);
    m_list->setItemDelegate(new QuestionItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionsScreen::onCurrentChanged);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this, &QuestionsScreen::updateCount);
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, &QuestionsScreen::updateCount);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, &QuestionsScreen::updateCount);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, &QuestionsScreen::updateCount);

    m_orphanList = new QListView(this);
    m_orphanList->setObjectName(QStringLiteral("orphanedNoteList"));
    m_orphanList->setAccessibleName(tr("Orphaned notes"));
    m_orphanList->setModel(m_orphansFiltered);
    FilterFieldNavigation::install(m_filter, m_orphanList);
    m_orphanList->setItemDelegate(new OrphanedNoteItemDelegate(m_orphanList));
    m_orphanList->setUniformItemSizes(true);
    m_orphanList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orphanList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_orphanList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionsScreen::onOrphanChanged);
    connect(m_orphansFiltered, &QAbstractItemModel::rowsRemoved, this,
            &QuestionsScreen::updateCount);
    connect(m_orphansFiltered, &QAbstractItemModel::rowsInserted, this,
            &QuestionsScreen::updateCount);
    connect(m_orphansFiltered, &QAbstractItemModel::layoutChanged, this,
            &QuestionsScreen::updateCount);
    // One list shown at a time, so Tab reaches only the one shown.
    m_lists = new QStackedWidget(this);
    m_lists->addWidget(m_list);
    m_lists->addWidget(m_orphanList);

    auto* filterRow = new QHBoxLayout;
    m_filterRow = filterRow;
    filterRow->addWidget(m_category, 1);
    filterRow->addWidget(m_standing);
    filterRow->addWidget(m_bookmarkedOnly);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addWidget(m_filter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_lists, 1);
    leftLayout->addWidget(m_count);

    // Centre: the question. Right: the notes.
    m_view = new QuestionView(this);
    const QString unavailable = context.canEditStudy() ? QString() : context.readOnlyReason();
    // Notes and the stories that answer the question share the right pane;
    // made in that order, Tab goes from one to the other.
    auto* right = new QWidget(this);
    m_notes = new NotesEditor(m_noteStore, m_context.drafts(), unavailable, right);
    // The filter searches the notes as saved (half a second after typing
    // stops), so a match follows what the user writes.
    connect(m_notes, &NotesEditor::noteSaved, this,
            [this](const QString& key, const QString& markdown) {
                if (!m_orphans->updateNote(key, markdown))
                    m_model->setNotes(m_model->rowOfKey(key), markdown);
                else if (m_showingOrphans && currentQuestionKey() == key) {
                    // Its first line titles the pane; the editor is left as
                    // it is, with the cursor where the user types.
                    const QuestionNote& note = m_orphans->note(m_orphans->rowOfKey(key));
                    m_orphanView->setNote(note, guideTitleOf(note));
                }
            });
    connect(m_notes, &NotesEditor::saveFailed, this, &Screen::storageFailed);

    m_answerAction = new QAction(tr("Answer with a &Story…"), this);
    m_answerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_answerAction->setToolTip(tr("Choose the stories that answer this question (Ctrl+Shift+S)"));
    connect(m_answerAction, &QAction::triggered, this, &QuestionsScreen::answerWithStory);
    m_linkedStories = new LinkedStoriesList(*m_stories, m_answerAction, right);
    connect(m_linkedStories, &LinkedStoriesList::storyActivated, this,
            &QuestionsScreen::openStoryRequested);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_notes, 1);
    rightLayout->addWidget(m_linkedStories);

    connect(m_view, &QuestionView::clearFilterRequested, this, &QuestionsScreen::clearFilters);
    m_orphanView = new OrphanedNoteView(this);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_view);
    m_centre->addWidget(m_orphanView);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    connect(m_splitter, &QSplitter::splitterMoved, this, &Screen::stateChanged);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({340, 600, 340});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The window focuses the screen to put the keys on the list. Not through
    // a focus proxy: Qt then counts the screen itself as a Tab stop for the
    // list, placed before the filter, so Tab from the last field went back
    // to the list and never reached the filter, category and bookmark.
    setFocusPolicy(Qt::NoFocus);
    buildCommands();
    connect(m_orphanView, &OrphanedNoteView::deleteRequested, m_deleteOrphanAction,
            &QAction::trigger);
    updateOrphanedNotesItem();
    updateCount();
    ensureSelection();
}

QuestionsScreen::~QuestionsScreen() = default;

void QuestionsScreen::buildCommands()
{
    m_revealAction = new QAction(tr("&Reveal or Hide Answer"), this);
    m_revealAction->setShortcut(Qt::Key_Space);
    connect(m_revealAction, &QAction::triggered, m_view, &QuestionView::toggleAnswer);

    m_bookmarkedOnlyAction = new QAction(tr("Show Bookmarked &Only"), this);
    m_bookmarkedOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bookmarkedOnlyAction->setCheckable(true);
    connect(m_bookmarkedOnlyAction, &QAction::toggled, m_bookmarkedOnly, &QToolButton::setChecked);
    connect(m_bookmarkedOnly, &QToolButton::toggled, m_bookmarkedOnlyAction, &QAction::setChecked);
    m_bookmarkedOnly->setToolTip(tr("Show only bookmarked questions (Ctrl+B)"));

    m_bookmarkAction = new QAction(tr("&Bookmark Question"), this);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setCheckable(true);
    connect(m_bookmarkAction, &QAction::triggered, this, &QuestionsScreen::toggleBookmark);

    m_editNotesAction = new QAction(tr("&Edit Notes"), this);
    m_editNotesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editNotesAction, &QAction::triggered, m_notes, &NotesEditor::focusEditor);

    m_previewAction = new QAction(tr("&Preview Notes"), this);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::triggered, m_notes, &NotesEditor::togglePreview);

    m_deleteOrphanAction = new QAction(tr("&Delete Orphaned Note…"), this);
    // As for a story: Delete, and Ctrl+Backspace where keyboards lack Delete.
    m_deleteOrphanAction->setShortcuts(
        {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_Backspace)});
    connect(m_deleteOrphanAction, &QAction::triggered, this, &QuestionsScreen::deleteOrphanedNote);

    // Added to the screen so they work wherever the focus is inside it; the
    // window also lists them in its menu.
    for (QAction* action : commands()) {
        if (action == m_revealAction || action == m_deleteOrphanAction)
            continue;
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Space is only Reveal where nothing else wants it: on the question list
    // and on the answer itself. A focused button or toggle keeps Space to
    // press it, and a text field to type it.
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_revealAction);
    m_view->answerBrowser()->addAction(m_revealAction);
    // Delete only on the orphaned notes' list: in the notes editor the key
    // deletes text, never the note.
    m_deleteOrphanAction->setShortcutContext(Qt::WidgetShortcut);
    m_orphanList->addAction(m_deleteOrphanAction);
    updateCommands();
}

QList<QAction*> QuestionsScreen::commands() const
{
    return {m_revealAction,  m_bookmarkAction, m_bookmarkedOnlyAction, m_editNotesAction,
            m_previewAction, m_answerAction,   m_deleteOrphanAction};
}

void QuestionsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    loadStandings();
    updateCommands();
}

void QuestionsScreen::loadStandings()
{
    if (!m_context.data())
        return;
    const auto schedules = m_context.data()->practice().schedulesForGuide(m_context.guide());
    if (!schedules) {
        Q_EMIT loadFailed(schedules.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, PracticeStandings> standings;
    for (const ReviewSchedule& schedule : *schedules)
        standings.insert(schedule.questionKey, practiceStandingOf(schedule, now));
    m_model->setStandings(standings);
}

void QuestionsScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    updateCommands();
}

void QuestionsScreen::focusInEvent(QFocusEvent* event)
{
    Screen::focusInEvent(event);
    (m_showingOrphans ? m_orphanList : m_list)->setFocus(event->reason());
}

void QuestionsScreen::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void QuestionsScreen::saveState(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("questions"));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("current"), currentQuestionKey());
    settings.setValue(QStringLiteral("notesPreview"), m_notes->isPreviewVisible());
    settings.endGroup();
}

void QuestionsScreen::restoreState(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("questions"));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QString current = settings.value(QStringLiteral("current")).toString();
    if (!current.isEmpty())
        selectQuestion(current);
    m_notes->setPreviewVisible(settings.value(QStringLiteral("notesPreview")).toBool());
    settings.endGroup();
}

void QuestionsScreen::commitPendingEdits()
{
    m_notes->commit();
}

void QuestionsScreen::selectQuestion(const QString& key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    const QModelIndex index = m_filtered->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

bool QuestionsScreen::revealQuestion(const QString& key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0) {
        const int orphan = m_orphans->rowOfKey(key);
        if (orphan < 0 || !showOrphanedNotes())
            return false;
        m_filter->clear();
        m_orphanList->setCurrentIndex(m_orphansFiltered->mapFromSource(m_orphans->index(orphan)));
        return currentQuestionKey() == key;
    }
    if (!m_filtered->mapFromSource(m_model->index(row)).isValid()) {
        m_filter->clear();
        m_category->setCurrentIndex(0);
        m_standing->setCurrentIndex(0);
        m_bookmarkedOnly->setChecked(false);
    }
    selectQuestion(key);
    return currentQuestionKey() == key;
}

void QuestionsScreen::answerWithStory()
{
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    if (!current.isValid())
        return;
    if (!m_stories->canEdit()) {
        Q_EMIT statusMessage(tr("Stories cannot be saved in this session."));
        return;
    }
    if (!m_context.canEditStudy()) {
        Q_EMIT statusMessage(
            tr("Stories cannot be linked to this question: %1").arg(m_context.readOnlyReason()));
        return;
    }
    const Question& question = m_model->question(current.row());
    const StoryPickerDialog::Outcome outcome = StoryPickerDialog::answerWithStory(
        *m_stories, m_context.guide().refOf(question),
        tr("%1. %2").arg(question.number).arg(question.prompt), this);
    if (outcome.error)
        Q_EMIT storageFailed(*outcome.error);
    if (!outcome.newStoryId.isEmpty())
        Q_EMIT openStoryRequested(outcome.newStoryId);
}

QString QuestionsScreen::currentQuestionKey() const
{
    if (m_showingOrphans)
        return m_orphanList->currentIndex().data(OrphanedNoteListModel::KeyRole).toString();
    return m_list->currentIndex().data(QuestionListModel::KeyRole).toString();
}

void QuestionsScreen::onCurrentChanged()
{
    // The question list goes on filtering behind the orphaned notes; what
    // it selects meanwhile shows once it is back.
    if (m_showingOrphans)
        return;
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    updateCommands();
    if (!current.isValid()) {
        m_view->setQuestion(nullptr);
        m_view->showEmptyState(emptyStateMessage(), filtersSet());
        m_notes->setQuestion(QuestionRef{});
        m_linkedStories->setQuestion(QuestionRef{});
        m_bookmarkAction->setChecked(false);
        pinCurrentQuestion();
        return;
    }
    const Question& question = m_model->question(current.row());
    m_view->setQuestion(&question);
    m_notes->setQuestion(m_context.guide().refOf(question), question.prompt);
    m_linkedStories->setQuestion(m_context.guide().refOf(question));
    m_bookmarkAction->setChecked(m_model->isBookmarked(current.row()));
    pinCurrentQuestion();
}

void QuestionsScreen::pinCurrentQuestion()
{
    // Not from inside the view's change of current row: moving the pin may
    // take the question just left out of the list.
    QMetaObject::invokeMethod(
        this,
        [this] { m_filtered->setPinnedRow(m_filtered->mapToSource(m_list->currentIndex()).row()); },
        Qt::QueuedConnection);
}

void QuestionsScreen::updateCommands()
{
    // The menu items act on the question shown: off this screen, or with no
    // question left by the filters, there is none.
    const bool hasQuestion = isVisible() && !m_showingOrphans && m_list->currentIndex().isValid();
    const bool hasOrphan =
        isVisible() && m_showingOrphans && m_orphanList->currentIndex().isValid();
    m_bookmarkedOnlyAction->setEnabled(isVisible() && !m_showingOrphans);
    m_revealAction->setEnabled(hasQuestion);
    m_bookmarkAction->setEnabled(hasQuestion && m_noteStore != nullptr);
    m_editNotesAction->setEnabled(hasQuestion || hasOrphan);
    m_previewAction->setEnabled(hasQuestion || hasOrphan);
    m_answerAction->setEnabled(hasQuestion);
    m_deleteOrphanAction->setVisible(m_showingOrphans);
    m_deleteOrphanAction->setEnabled(hasOrphan && m_noteStore != nullptr &&
                                     m_context.canEditStudy());
}

bool QuestionsScreen::filtersSet() const
{
    return !m_filter->text().trimmed().isEmpty() || m_category->currentIndex() > 0 ||
           m_standing->currentIndex() > 0 || m_bookmarkedOnly->isChecked();
}

QString QuestionsScreen::emptyStateMessage() const
{
    if (m_showingOrphans) {
        const QString text = m_filter->text().trimmed();
        return text.isEmpty() ? tr("No orphaned notes.")
                              : tr("No orphaned note matches “%1”.").arg(text);
    }
    if (m_model->rowCount() == 0)
        return tr("This guide has no questions.");
    const QString text = m_filter->text().trimmed();
    const QString category = m_category->currentIndex() > 0 ? m_category->currentText() : QString();
    const bool bookmarked = m_bookmarkedOnly->isChecked();
    QString narrowed;
    if (bookmarked && !category.isEmpty())
        narrowed = tr("Only bookmarked questions in %1 are shown.").arg(category);
    else if (bookmarked)
        narrowed = tr("Only bookmarked questions are shown.");
    else if (!category.isEmpty())
        narrowed = tr("Only questions in %1 are shown.").arg(category);
    QString standing;
    switch (static_cast<PracticeStanding>(m_standing->currentData().toInt())) {
    case PracticeStanding::New:
        standing = tr("Only questions never practised are shown.");
        break;
    case PracticeStanding::Due:
        standing = tr("Only questions due for practice are shown.");
        break;
    case PracticeStanding::Weak:
        standing = tr("Only weak questions are shown: forgotten once, or hard for you.");
        break;
    case PracticeStanding::Confident:
        standing = tr("Only questions you have remembered for three weeks or more are shown.");
        break;
    case PracticeStanding::None:
        break;
    }
    if (!standing.isEmpty())
        narrowed = narrowed.isEmpty() ? standing : narrowed + u'\n' + standing;
    if (text.isEmpty())
        return bookmarked && standing.isEmpty()
                   ? tr("No question is bookmarked here yet (Ctrl+D bookmarks the one shown).")
                   : narrowed;
    const QString noMatch = tr("No question matches “%1”.").arg(text);
    return narrowed.isEmpty() ? noMatch : noMatch + u'\n' + narrowed;
}

void QuestionsScreen::clearFilters()
{
    if (m_showingOrphans) {
        // Only the text narrows the orphaned notes.
        m_filter->clear();
        m_orphanList->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_filter->clear();
    m_category->setCurrentIndex(0);
    m_standing->setCurrentIndex(0);
    m_bookmarkedOnly->setChecked(false);
    m_list->setFocus(Qt::OtherFocusReason);
}

void QuestionsScreen::toggleBookmark()
{
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    if (!current.isValid() || !m_noteStore || !m_context.canEditStudy()) {
        m_bookmarkAction->setChecked(current.isValid() && m_model->isBookmarked(current.row()));
        if (current.isValid() && !m_context.canEditStudy())
            Q_EMIT statusMessage(
                tr("Bookmarks cannot be changed: %1").arg(m_context.readOnlyReason()));
        return;
    }
    const int row = current.row();
    const bool bookmarked = !m_model->isBookmarked(row);
    const QuestionRef ref = m_context.guide().refOf(m_model->question(row));
    if (const auto saved = m_noteStore->setBookmarked(ref, bookmarked); !saved.ok()) {
        m_bookmarkAction->setChecked(!bookmarked);
        Q_EMIT storageFailed(saved.error());
        return;
    }
    m_model->setBookmarked(row, bookmarked);
    m_bookmarkAction->setChecked(bookmarked);
    Q_EMIT statusMessage(
        bookmarked
            ? tr("Bookmarked question %1").arg(m_model->question(row).number)
            : tr("Removed the bookmark from question %1").arg(m_model->question(row).number));
    ensureSelection();
}

void QuestionsScreen::updateCount()
{
    if (m_showingOrphans) {
        const int shown = m_orphansFiltered->rowCount();
        const int total = m_orphans->rowCount();
        if (shown == total)
            m_count->setText(tr("%n orphaned notes", nullptr, total));
        else
            m_count->setText(total == 1 ? tr("%1 of 1 orphaned note").arg(shown)
                                        : tr("%1 of %n orphaned notes", nullptr, total).arg(shown));
        return;
    }
    const int shown = m_filtered->rowCount();
    const int total = m_model->rowCount();
    // %n picks the plural form where a translation gives them; English
    // without one reads the source, so its singular is spelt out.
    if (shown == total)
        m_count->setText(tr("%n question(s)", nullptr, total));
    else
        m_count->setText(total == 1 ? tr("%1 of 1 question").arg(shown)
                                    : tr("%1 of %n questions", nullptr, total).arg(shown));
}

void QuestionsScreen::ensureSelection()
{
    updateCount();
    if (!m_list->currentIndex().isValid() && m_filtered->rowCount() > 0)
        m_list->setCurrentIndex(m_filtered->index(0, 0));
    else if (m_filtered->rowCount() == 0)
        onCurrentChanged();
    else
        pinCurrentQuestion(); // the filter's change dropped the pin
    // Ranking moves rows: keep the question shown in sight.
    m_list->scrollTo(m_list->currentIndex());
}

QString QuestionsScreen::guideTitleOf(const QuestionNote& note) const
{
    const Guide& guide = m_context.guide();
    // All guides: the note's question left its own guide, not all of them.
    const QString title = guide.isCombined() ? m_model->guideTitle(note.guideKey) : guide.title;
    return title.isEmpty() ? note.guideKey : title;
}

int QuestionsScreen::orphanedNoteCount() const
{
    return m_orphans->rowCount();
}

bool QuestionsScreen::showOrphanedNotes()
{
    const int item = m_standing->findData(OrphanedNotesItem);
    if (item < 0)
        return false;
    m_standing->setCurrentIndex(item);
    return true;
}

void QuestionsScreen::updateOrphanedNotesItem()
{
    // Offered only while there are orphaned notes, with their number, so the
    // filter never leads to an empty list and says at a glance that notes
    // wait there.
    const int count = m_orphans->rowCount();
    int item = m_standing->findData(OrphanedNotesItem);
    if (count == 0) {
        if (item < 0)
            return;
        if (m_standing->currentIndex() == item)
            m_standing->setCurrentIndex(0);
        m_standing->removeItem(item);
        m_standing->removeItem(item - 1); // its separator
        return;
    }
    const QString text = tr("Orphaned notes (%1)").arg(count);
    if (item >= 0) {
        m_standing->setItemText(item, text);
        return;
    }
    m_standing->insertSeparator(m_standing->count());
    m_standing->addItem(text, OrphanedNotesItem);
    item = m_standing->count() - 1;
    m_standing->setItemData(item, tr("Notes you kept on questions no longer in this guide"),
                            Qt::ToolTipRole);
}

void QuestionsScreen::setOrphansShown(bool shown)
{
    if (m_showingOrphans == shown)
        return;
    const bool listFocused = m_list->hasFocus() || m_orphanList->hasFocus();
    m_showingOrphans = shown;
    m_lists->setCurrentWidget(shown ? m_orphanList : m_list);
    // The category and the bookmark describe questions; an orphaned note has
    // neither, and no stories to link. Hidden rather than disabled, so the
    // state filter has the row and its "Orphaned notes (n)" reads whole.
    m_category->setVisible(!shown);
    m_bookmarkedOnly->setVisible(!shown);
    m_filterRow->setStretchFactor(m_standing, shown ? 1 : 0);
    // Without the filter row's and the stories' widgets the side panes ask
    // for less, and the splitter would hand their room to the centre pane:
    // every pane would jump as the filter changes. They keep their width.
    for (QWidget* pane : {m_lists->parentWidget(), m_linkedStories->parentWidget()})
        pane->setMinimumWidth(shown ? pane->width() : 0);
    m_linkedStories->setVisible(!shown);
    m_filter->setPlaceholderText(shown ? tr("Filter orphaned notes (Ctrl+F)")
                                       : tr("Filter questions, answers and notes (Ctrl+F)"));
    if (listFocused)
        (shown ? m_orphanList : m_list)->setFocus(Qt::OtherFocusReason);
    if (shown) {
        ensureOrphanSelection();
    } else {
        m_centre->setCurrentWidget(m_view);
        onCurrentChanged();
        ensureSelection();
    }
    updateCommands();
}

void QuestionsScreen::ensureOrphanSelection()
{
    updateCount();
    if (!m_orphanList->currentIndex().isValid() && m_orphansFiltered->rowCount() > 0)
        m_orphanList->setCurrentIndex(m_orphansFiltered->index(0, 0));
    else
        onOrphanChanged();
    m_orphanList->scrollTo(m_orphanList->currentIndex());
}

void QuestionsScreen::onOrphanChanged()
{
    if (!m_showingOrphans)
        return;
    updateCommands();
    const QModelIndex current = m_orphansFiltered->mapToSource(m_orphanList->currentIndex());
    if (!current.isValid()) {
        m_centre->setCurrentWidget(m_view);
        m_view->setQuestion(nullptr);
        m_view->showEmptyState(emptyStateMessage(), !m_filter->text().trimmed().isEmpty());
        m_notes->setQuestion(QuestionRef{});
        return;
    }
    const QuestionNote& note = m_orphans->note(current.row());
    m_orphanView->setNote(note, guideTitleOf(note));
    m_orphanView->setDeleteEnabled(m_noteStore && m_context.canEditStudy());
    m_centre->setCurrentWidget(m_orphanView);
    m_notes->setQuestion(QuestionRef{note.guideKey, note.questionKey},
                         OrphanedNoteListModel::titleOf(note.markdown));
}

void QuestionsScreen::deleteOrphanedNote()
{
    const QModelIndex current = m_orphansFiltered->mapToSource(m_orphanList->currentIndex());
    if (!m_showingOrphans || !current.isValid() || !m_noteStore || !m_context.canEditStudy())
        return;
    const QString key = m_orphans->note(current.row()).questionKey;
    const QuestionRef ref{m_orphans->note(current.row()).guideKey, key};
    const QString title = OrphanedNoteListModel::titleOf(m_orphans->note(current.row()).markdown);
    QMessageBox confirm(QMessageBox::Warning, tr("Delete Note"),
                        tr("Delete your note “%1”?").arg(title), QMessageBox::NoButton, this);
    confirm.setTextFormat(Qt::PlainText);
    confirm.setInformativeText(tr("Its question is no longer in this guide, so the note shows "
                                  "nowhere else. Deleting it cannot be undone."));
    QPushButton* remove = confirm.addButton(tr("Delete Note"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    // What was typed last is saved first, so nothing saves it again after
    // the delete.
    m_notes->setQuestion(QuestionRef{});
    if (const auto removed = m_noteStore->remove(ref); !removed.ok()) {
        Q_EMIT storageFailed(removed.error());
        onOrphanChanged();
        return;
    }
    m_orphans->removeNote(key);
    Q_EMIT statusMessage(tr("Deleted the note “%1”.").arg(title));
    updateOrphanedNotesItem();
    if (m_showingOrphans) {
        ensureOrphanSelection();
        m_orphanList->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace ip
