#include "ui/mock/MockInterviewScreen.h"

#include "StudyContext.h"
#include "services/MockInterviewMarkdown.h"
#include "services/MockInterviewService.h"
#include "services/StudyData.h"
#include "ui/mock/MockInterviewReviewPage.h"
#include "ui/mock/MockInterviewRunPage.h"
#include "ui/mock/MockInterviewSetupDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

enum Column { DateColumn, QuestionsColumn, TimeColumn, GradeColumn, StateColumn, ColumnCount };

} // namespace

MockInterviewScreen::MockInterviewScreen(StudyContext& context, QWidget* parent)
    : Screen(parent), m_context(context)
{
    StudyData* studyData = context.data();
    const bool canSave = context.canEditStudy();

    // --- History ---------------------------------------------------------
    m_historyPage = new QWidget(this);
    auto* heading = new QLabel(tr("Mock interviews"), m_historyPage);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("A timed run of the guide's questions, one at a time, like the "
                                "real interview; then you compare with the model answers and "
                                "grade yourself."),
                             m_historyPage);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_historyList = new QTreeWidget(m_historyPage);
    m_historyList->setColumnCount(ColumnCount);
    m_historyList->setHeaderLabels(
        {tr("Date"), tr("Questions"), tr("Time"), tr("Mean grade"), tr("State")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    m_historyList->setAllColumnsShowFocus(true);
    m_historyList->header()->setStretchLastSection(true);
    m_historyList->setAccessibleName(tr("Past mock interviews"));
    m_historyList->setToolTip(tr("Enter opens the review (or resumes an unfinished interview)"));
    connect(m_historyList, &QTreeWidget::itemActivated, this, &MockInterviewScreen::openSelected);

    m_historyEmpty = new QLabel(tr("No mock interviews yet. Start one with New Mock Interview "
                                   "(Ctrl+Shift+M)."),
                                m_historyPage);
    m_historyEmpty->setWordWrap(true);
    m_historyEmpty->setForegroundRole(QPalette::PlaceholderText);

    m_newButton = new QPushButton(tr("&New Mock Interview…"), m_historyPage);
    m_newButton->setToolTip(tr("Choose a length and a mix of questions, and start (Ctrl+Shift+M)"));
    m_newButton->setEnabled(studyData && canSave);
    connect(m_newButton, &QPushButton::clicked, this, &MockInterviewScreen::chooseAndStart);
    m_openButton = new QPushButton(tr("&Reopen"), m_historyPage);
    m_openButton->setToolTip(tr("Review the interview chosen, or resume it if unfinished (Enter)"));
    connect(m_openButton, &QPushButton::clicked, this, &MockInterviewScreen::openSelected);
    m_exportButton = new QPushButton(tr("E&xport as Markdown…"), m_historyPage);
    m_exportButton->setToolTip(tr("Save the interview chosen as a Markdown file"));
    connect(m_exportButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(selectedHistoryId()); });
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, [this] {
        m_openButton->setEnabled(selectedHistoryId() != 0);
        m_exportButton->setEnabled(selectedHistoryId() != 0);
    });

    auto* historyLayout = new QVBoxLayout(m_historyPage);
    historyLayout->setContentsMargins(16, 12, 16, 12);
    historyLayout->addWidget(heading);
    historyLayout->addWidget(intro);
    historyLayout->addWidget(m_historyList, 1);
    historyLayout->addWidget(m_historyEmpty);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_openButton);
    historyLayout->addLayout(buttons);
    // Tab goes along the row as it is drawn: Export before Reopen.
    setTabOrder(m_newButton, m_exportButton);
    setTabOrder(m_exportButton, m_openButton);
    if (!canSave) {
        auto* why = new QLabel(m_historyPage);
        why->setTextFormat(Qt::PlainText);
        why->setWordWrap(true);
        why->setText(tr("Mock interviews cannot be saved in this session. %1")
                         .arg(context.readOnlyReason())
                         .trimmed());
        historyLayout->addWidget(why);
    }

    // --- Running and review ----------------------------------------------
    m_run =
        new MockInterviewRunPage(studyData ? &studyData->mockInterviews() : nullptr, canSave, this);
    connect(m_run, &MockInterviewRunPage::storageFailed, this, &Screen::storageFailed);
    connect(m_run, &MockInterviewRunPage::finished, this, &MockInterviewScreen::open);
    m_review = new MockInterviewReviewPage(studyData, canSave, this);
    connect(m_review, &MockInterviewReviewPage::storageFailed, this, &Screen::storageFailed);
    connect(m_review, &MockInterviewReviewPage::historyRequested, this,
            &MockInterviewScreen::showHistory);
    connect(m_review, &MockInterviewReviewPage::exportRequested, this,
            &MockInterviewScreen::chooseExportFile);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_historyPage);
    m_pages->addWidget(m_run);
    m_pages->addWidget(m_review);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    setFocusPolicy(Qt::ClickFocus);
    showHistory();
}

MockInterviewScreen::~MockInterviewScreen() = default;

void MockInterviewScreen::focusFilter()
{
    // No filter: the keys go to what the page is about.
    switch (page()) {
    case Page::History:
        m_historyList->setFocus(Qt::ShortcutFocusReason);
        break;
    case Page::Running:
        m_run->outlineEdit()->setFocus(Qt::ShortcutFocusReason);
        break;
    case Page::Review:
        m_review->questionList()->setFocus(Qt::ShortcutFocusReason);
        break;
    }
}

void MockInterviewScreen::focusInEvent(QFocusEvent* event)
{
    Screen::focusInEvent(event);
    focusFilter();
}

void MockInterviewScreen::commitPendingEdits()
{
    m_run->saveNow();
}

namespace {
const QString OpenInterviewKey = QStringLiteral("mockInterview/open");
} // namespace

void MockInterviewScreen::saveState(QSettings& settings) const
{
    const MockInterview* open = nullptr;
    if (page() == Page::Running)
        open = &m_run->interview();
    else if (page() == Page::Review)
        open = &m_review->interview();
    // The id with the start: after a backup is put back, the same id may
    // name another interview, which must not be opened in its place.
    settings.setValue(OpenInterviewKey, open ? QStringLiteral("%1@%2").arg(open->id).arg(
                                                   open->startedAt.toMSecsSinceEpoch())
                                             : QString());
}

void MockInterviewScreen::restoreState(QSettings& settings)
{
    const QStringList open = settings.value(OpenInterviewKey).toString().split(u'@');
    if (open.size() != 2 || !m_context.data())
        return;
    const qint64 id = open.at(0).toLongLong();
    const qint64 started = open.at(1).toLongLong();
    // Only one of this guide's: the history says which those are.
    const bool ours =
        std::any_of(m_history.cbegin(), m_history.cend(), [&](const MockInterview& mock) {
            return mock.id == id && mock.startedAt.toMSecsSinceEpoch() == started;
        });
    if (ours)
        this->open(id);
}

MockInterviewScreen::Page MockInterviewScreen::page() const
{
    if (m_pages->currentWidget() == m_run)
        return Page::Running;
    if (m_pages->currentWidget() == m_review)
        return Page::Review;
    return Page::History;
}

void MockInterviewScreen::chooseAndStart()
{
    if (!m_context.data() || !m_context.canEditStudy())
        return;
    MockInterviewSetupDialog dialog(m_context.guide(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.minutes(), dialog.mix(), QRandomGenerator::global()->generate());
}

bool MockInterviewScreen::start(int minutes, const MockInterviewMix& mix, quint32 seed)
{
    if (!m_context.data() || !m_context.canEditStudy())
        return false;
    const auto plan =
        m_context.data()->mockInterviews().plan(m_context.guide(), minutes, mix, seed);
    if (!plan) {
        Q_EMIT storageFailed(plan.error());
        return false;
    }
    return start(*plan);
}

bool MockInterviewScreen::start(const MockInterviewPlan& plan)
{
    if (!m_context.data() || !m_context.canEditStudy())
        return false;
    // An interview still running is kept as it is; it can be resumed.
    m_run->saveNow();
    const auto started = m_context.data()->mockInterviews().start(plan);
    if (!started) {
        Q_EMIT storageFailed(started.error());
        return false;
    }
    m_run->run(*started);
    m_pages->setCurrentWidget(m_run);
    m_run->outlineEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MockInterviewScreen::open(qint64 mockId)
{
    if (!m_context.data() || mockId == 0)
        return;
    const auto interview = m_context.data()->mockInterviews().load(mockId);
    if (!interview) {
        Q_EMIT loadFailed(interview.error());
        return;
    }
    if (!interview->isFinished() && m_context.canEditStudy() && !interview->questions.isEmpty()) {
        if (m_run->mockId() != mockId) {
            m_run->saveNow();
            m_run->run(*interview);
        }
        m_pages->setCurrentWidget(m_run);
        m_run->outlineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_review->setInterview(*interview, m_context.guide());
    m_pages->setCurrentWidget(m_review);
    m_review->questionList()->setFocus(Qt::OtherFocusReason);
}

void MockInterviewScreen::showHistory()
{
    reloadHistory();
    m_pages->setCurrentWidget(m_historyPage);
    if (isVisible())
        m_historyList->setFocus(Qt::OtherFocusReason);
}

void MockInterviewScreen::reloadHistory()
{
    const qint64 selected = selectedHistoryId();
    m_historyList->clear();
    m_history.clear();
    if (StudyData* studyData = m_context.data()) {
        auto history = studyData->mockInterviews().history(m_context.guide());
        if (history)
            m_history = std::move(history).value();
        else
            Q_EMIT loadFailed(history.error());
    }
    const QLocale locale;
    QTreeWidgetItem* current = nullptr;
    for (const MockInterview& interview : std::as_const(m_history)) {
        auto* item = new QTreeWidgetItem(m_historyList);
        const int count = int(interview.questions.size());
        const QDateTime started = interview.startedAt.toLocalTime();
        item->setText(DateColumn, locale.toString(started.date(), QLocale::ShortFormat) +
                                      QStringLiteral(", ") +
                                      started.time().toString(QStringLiteral("HH:mm")));
        item->setText(QuestionsColumn, tr("%n question(s)", nullptr, count));
        item->setText(TimeColumn,
                      tr("%1 of %2")
                          .arg(MockInterviewMarkdown::duration(interview.secondsTaken()),
                               MockInterviewMarkdown::duration(interview.timeBoxSeconds())));
        const auto mean = interview.meanGrade();
        item->setText(GradeColumn, mean ? locale.toString(*mean, 'f', 1) : tr("—"));
        QString state;
        if (!interview.isFinished())
            state = tr("Unfinished: Enter resumes it");
        else if (interview.gradedCount() < count)
            state = tr("%1 of %2 graded").arg(interview.gradedCount()).arg(count);
        else
            state = tr("Graded");
        item->setText(StateColumn, state);
        item->setData(DateColumn, Qt::UserRole, interview.id);
        if (interview.id == selected || (!current && selected == 0))
            current = item;
    }
    // Fitted to the text, with room between the columns.
    for (int column = 0; column < StateColumn; ++column) {
        m_historyList->resizeColumnToContents(column);
        m_historyList->setColumnWidth(column,
                                      m_historyList->columnWidth(column) +
                                          m_historyList->fontMetrics().averageCharWidth() * 3);
    }
    if (current)
        m_historyList->setCurrentItem(current);
    const bool empty = m_history.isEmpty();
    m_historyList->setVisible(!empty);
    m_historyEmpty->setVisible(empty);
    m_openButton->setEnabled(!empty);
    m_exportButton->setEnabled(!empty);
}

qint64 MockInterviewScreen::selectedHistoryId() const
{
    const QTreeWidgetItem* item = m_historyList->currentItem();
    return item ? item->data(DateColumn, Qt::UserRole).toLongLong() : 0;
}

void MockInterviewScreen::openSelected()
{
    open(selectedHistoryId());
}

Result<void> MockInterviewScreen::exportMarkdown(qint64 mockId, const QString& path)
{
    if (!m_context.data())
        return makeError(ErrorKind::NotFound, tr("There is no database to export from."));
    auto written =
        m_context.data()->mockInterviews().writeMarkdown(mockId, m_context.guide(), path);
    if (written)
        Q_EMIT statusMessage(
            tr("Exported the mock interview to %1").arg(QDir::toNativeSeparators(path)));
    return written;
}

void MockInterviewScreen::chooseExportFile(qint64 mockId)
{
    if (mockId == 0 || !m_context.data())
        return;
    const auto interview = m_context.data()->mockInterviews().load(mockId);
    if (!interview)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("mock-interview-%1.md")
                          .arg(interview->startedAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Mock Interview as Markdown"),
                                                      suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (auto written = exportMarkdown(mockId, path); !written)
        Q_EMIT storageFailed(written.error());
}

} // namespace ip
