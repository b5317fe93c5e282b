#pragma once

#include "model/Guide.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace ip {

// One question as the candidate meets it: the prompt large, the answer
// hidden until they ask for it, so they try to answer first.
class QuestionView : public QWidget {
    Q_OBJECT
public:
    explicit QuestionView(QWidget* parent = nullptr);

    // Shows a question with its answer hidden; nullptr shows the empty state
    // (see showEmptyState) with a plain message until the caller says more.
    void setQuestion(const Question* question);
    // Nothing to show: only the message, in the question's place, and when
    // filters hide every question a button that clears them. No reveal
    // button, no hint about an answer.
    void showEmptyState(const QString& message, bool offerClearFilter);
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    bool isAnswerRevealed() const { return m_revealed; }
    void setAnswerRevealed(bool revealed);
    void toggleAnswer() { setAnswerRevealed(!m_revealed); }

    // The style sheet for rendered Markdown (answers, the notes' preview):
    // tables with a grid and a shaded header in the palette's colours.
    static QString styleSheet(const QPalette& palette);

    // The rendered answer, for tests and for accessibility tools.
    QTextBrowser* answerBrowser() const { return m_answer; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* clearFilterButton() const { return m_clearFilter; }

Q_SIGNALS:
    void answerRevealedChanged(bool revealed);
    void clearFilterRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openLink(const QUrl& url);
    static QString answerHtml(const Question& question);

    QStackedWidget* m_modes = nullptr; // the question, or the empty state
    QLabel* m_emptyMessage = nullptr;
    QPushButton* m_clearFilter = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_prompt = nullptr;
    QPushButton* m_reveal = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_hiddenHint = nullptr;
    QTextBrowser* m_answer = nullptr;
    const Question* m_question = nullptr;
    bool m_revealed = false;
};

} // namespace ip
