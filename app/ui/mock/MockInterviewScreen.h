#pragma once

#include "model/MockInterview.h"
#include "services/MockInterviewPlanner.h"
#include "ui/Screen.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ip {

class MockInterviewReviewPage;
class MockInterviewRunPage;
class StudyContext;

// Mock interviews of the open guide: the history of past ones (date,
// questions, time, mean grade; unfinished ones marked), a running one
// (MockInterviewRunPage) and the review of a finished one
// (MockInterviewReviewPage), where its questions are graded into the
// practice log. Practice › Mock Interview… (Ctrl+Shift+M) calls
// chooseAndStart().
class MockInterviewScreen : public Screen {
    Q_OBJECT
public:
    explicit MockInterviewScreen(StudyContext& context, QWidget* parent = nullptr);
    ~MockInterviewScreen() override;

    static QString screenTitle() { return tr("Mock Interview"); }
    QString title() const override { return screenTitle(); }
    void focusFilter() override;
    // The interview open (running or in review), so that a new text size,
    // new preferences or the next start take the candidate back to it.
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;
    // The outline typed and not yet saved.
    void commitPendingEdits() override;

    // Asks for the length and mix (MockInterviewSetupDialog) and starts it.
    void chooseAndStart();
    // Plans a mock interview of the open guide and runs it; false (and
    // storageFailed) when it cannot be stored.
    bool start(int minutes, const MockInterviewMix& mix, quint32 seed);
    bool start(const MockInterviewPlan& plan);
    // A stored interview: the review when it is finished, otherwise it
    // runs again from the first question not answered.
    void open(qint64 mockId);
    void showHistory();
    // Writes the interview as Markdown to `path`; the status bar says so.
    Result<void> exportMarkdown(qint64 mockId, const QString& path);
    // Asks where to save it, then writes it.
    void chooseExportFile(qint64 mockId);

    enum class Page { History, Running, Review };
    Page page() const;
    MockInterviewRunPage* runPage() const { return m_run; }
    MockInterviewReviewPage* reviewPage() const { return m_review; }
    QTreeWidget* historyList() const { return m_historyList; }
    // The id of the interview on the history row chosen; 0 for none.
    qint64 selectedHistoryId() const;

protected:
    // The window focuses the screen when it is chosen (Ctrl+6, or back from
    // another screen): the keys go to what the page is about, the list or
    // the outline being typed.
    void focusInEvent(QFocusEvent* event) override;

private:
    void reloadHistory();
    void openSelected();

    StudyContext& m_context;
    QList<MockInterview> m_history;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_historyPage = nullptr;
    QTreeWidget* m_historyList = nullptr;
    QLabel* m_historyEmpty = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    MockInterviewRunPage* m_run = nullptr;
    MockInterviewReviewPage* m_review = nullptr;
};

} // namespace ip
