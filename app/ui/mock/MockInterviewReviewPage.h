#pragma once

#include "model/Guide.h"
#include "model/MockInterview.h"
#include "model/ReviewLogEntry.h"
#include "util/Result.h"

#include <QWidget>
#include <array>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace ip {

class StudyData;

// A mock interview once it is over: every question in a list, and for the
// one chosen the candidate's outline, the time taken against its box, the
// guide's model answer (rendered as in the question browser) and the STAR
// stories linked to it. Keys 1-4 (or the buttons) grade it Again, Hard, Good
// or Easy; the grade goes into the FSRS-6 log like a practice grade, and the
// next question not yet graded is chosen. Questions the interview ended
// before are listed as not reached and are not graded.
class MockInterviewReviewPage : public QWidget {
    Q_OBJECT
public:
    MockInterviewReviewPage(StudyData* studyData, bool canSave, QWidget* parent = nullptr);

    // Shows a stored interview, the first question not yet graded chosen.
    void setInterview(const MockInterview& interview, const Guide& guide);
    const MockInterview& interview() const { return m_interview; }
    int currentPosition() const;
    void setCurrentPosition(int position);

    // Grades the question chosen; nothing when grading is not possible.
    void grade(ReviewGrade grade);

    QListWidget* questionList() const { return m_list; }
    QTextBrowser* detail() const { return m_detail; }
    // "Mock interview of 1 Dec 2026, 19:30".
    QLabel* titleLabel() const { return m_title; }
    // "5 questions · 21:30 taken of 23:00 in time boxes · mean grade 2.6".
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* gradeButton(ReviewGrade grade) const;
    QPushButton* exportButton() const { return m_export; }
    QPushButton* historyButton() const { return m_history; }

Q_SIGNALS:
    void graded(qint64 mockId);
    void exportRequested(qint64 mockId);
    void historyRequested();
    void storageFailed(const ip::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillList();
    void updateSummary();
    void showDetail();
    QString detailHtml(const MockInterviewQuestion& asked) const;
    QString rowText(const MockInterviewQuestion& asked) const;

    StudyData* m_data;
    bool m_canSave;
    MockInterview m_interview;
    const Guide* m_guide = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_history = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLabel* m_gradePrompt = nullptr;
    std::array<QPushButton*, 4> m_gradeButtons{};
    std::array<QAction*, 4> m_gradeActions{};
};

} // namespace ip
