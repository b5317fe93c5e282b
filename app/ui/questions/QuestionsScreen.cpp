#include "ui/questions/QuestionsScreen.h"

#include "StudyContext.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"
#include "ui/FilterFieldNavigation.h"
#include "ui/questions/NotesEditor.h"
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
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

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
        if (auto loaded = m_noteStore->forGuide(guide.key); loaded.ok())
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
    m_filtered = new QuestionFilterModel(this);
    m_filtered->setQuestions(m_model);

    // Left: filters and the list.
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter questions, answers and notes (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setText(text);
        ensureSelection();
    });

    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), QString());
    for (const QString& category : guide.categories)
        m_category->addItem(category, category);
    m_category->setToolTip(tr("Show one category"));
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
    connect(m_standing, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setStanding(static_cast<PracticeStanding>(m_standing->currentData().toInt()));
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

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_category, 1);
    filterRow->addWidget(m_standing);
    filterRow->addWidget(m_bookmarkedOnly);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addWidget(m_filter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_count);

    // Centre: the question. Right: the notes.
    m_view = new QuestionView(this);
    const QString unavailable =
        context.storageError() ? context.storageError()->message : QString();
    // Notes and the stories that answer the question share the right pane;
    // made in that order, Tab goes from one to the other.
    auto* right = new QWidget(this);
    m_notes = new NotesEditor(m_noteStore, m_context.drafts(), unavailable, right);
    // The filter searches the notes as saved (half a second after typing
    // stops), so a match follows what the user writes.
    connect(m_notes, &NotesEditor::noteSaved, this,
            [this](const QString& key, const QString& markdown) {
                m_model->setNotes(m_model->rowOfKey(key), markdown);
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    connect(m_splitter, &QSplitter::splitterMoved, this, &Screen::stateChanged);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_view);
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

    // Added to the screen so they work wherever the focus is inside it; the
    // window also lists them in its menu.
    for (QAction* action : commands()) {
        if (action == m_revealAction)
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
    updateCommands();
}

QList<QAction*> QuestionsScreen::commands() const
{
    return {m_revealAction,    m_bookmarkAction, m_bookmarkedOnlyAction,
            m_editNotesAction, m_previewAction,  m_answerAction};
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
    const auto schedules = m_context.data()->practice().schedulesForGuide(m_context.guide().key);
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
    m_list->setFocus(event->reason());
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
    if (row < 0)
        return false;
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
    const Question& question = m_model->question(current.row());
    const StoryPickerDialog::Outcome outcome = StoryPickerDialog::answerWithStory(
        *m_stories, QuestionRef{m_context.guide().key, question.key},
        tr("%1. %2").arg(question.number).arg(question.prompt), this);
    if (outcome.error)
        Q_EMIT storageFailed(*outcome.error);
    if (!outcome.newStoryId.isEmpty())
        Q_EMIT openStoryRequested(outcome.newStoryId);
}

QString QuestionsScreen::currentQuestionKey() const
{
    return m_list->currentIndex().data(QuestionListModel::KeyRole).toString();
}

void QuestionsScreen::onCurrentChanged()
{
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
    m_notes->setQuestion(QuestionRef{m_context.guide().key, question.key}, question.prompt);
    m_linkedStories->setQuestion(QuestionRef{m_context.guide().key, question.key});
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
    const bool hasQuestion = isVisible() && m_list->currentIndex().isValid();
    m_bookmarkedOnlyAction->setEnabled(isVisible());
    m_revealAction->setEnabled(hasQuestion);
    m_bookmarkAction->setEnabled(hasQuestion && m_noteStore != nullptr);
    m_editNotesAction->setEnabled(hasQuestion);
    m_previewAction->setEnabled(hasQuestion);
    m_answerAction->setEnabled(hasQuestion);
}

bool QuestionsScreen::filtersSet() const
{
    return !m_filter->text().trimmed().isEmpty() || m_category->currentIndex() > 0 ||
           m_standing->currentIndex() > 0 || m_bookmarkedOnly->isChecked();
}

QString QuestionsScreen::emptyStateMessage() const
{
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
    m_filter->clear();
    m_category->setCurrentIndex(0);
    m_standing->setCurrentIndex(0);
    m_bookmarkedOnly->setChecked(false);
    m_list->setFocus(Qt::OtherFocusReason);
}

void QuestionsScreen::toggleBookmark()
{
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    if (!current.isValid() || !m_noteStore || !m_context.canSave()) {
        m_bookmarkAction->setChecked(current.isValid() && m_model->isBookmarked(current.row()));
        if (current.isValid() && m_context.storageError())
            Q_EMIT statusMessage(tr("Bookmarks cannot be changed in this session: %1")
                                     .arg(m_context.storageError()->message));
        return;
    }
    const int row = current.row();
    const bool bookmarked = !m_model->isBookmarked(row);
    const QuestionRef ref{m_context.guide().key, m_model->question(row).key};
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
    const int shown = m_filtered->rowCount();
    const int total = m_model->rowCount();
    // %n picks the plural form where a translation gives them; English
    // without one reads the source, so its singular is spelt out.
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 question") : tr("%n questions", nullptr, total));
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

} // namespace ip
