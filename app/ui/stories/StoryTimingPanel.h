#pragma once

#include "services/StoryCheck.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QSpinBox;

namespace ip {

// How long the story takes to say at the user's speaking rate, against the
// 90–120 second target, and how its words are shared between the four parts
// (the Action is expected to carry about half). The rate is remembered in
// QSettings under SettingsKey.
class StoryTimingPanel : public QWidget {
    Q_OBJECT
public:
    static inline const QString SettingsKey = QStringLiteral("stories/wordsPerMinute");
    static constexpr int MinWordsPerMinute = 60;
    static constexpr int MaxWordsPerMinute = 250;
    // The Action's expected share, shown beside its bar.
    static constexpr int ExpectedActionPercent = 50;

    explicit StoryTimingPanel(QWidget* parent = nullptr);

    // The rate the user set last time, or the default.
    static int storedWordsPerMinute();

    void setStory(const StarStory& story);
    int wordsPerMinute() const;
    void setWordsPerMinute(int wordsPerMinute);

    QSpinBox* rateBox() const { return m_rate; }
    QString estimateText() const;
    QString verdictText() const;
    int sharePercent(StoryField part) const;

    // "1:42"
    static QString clockText(int seconds);

Q_SIGNALS:
    void wordsPerMinuteChanged(int wordsPerMinute);

private:
    struct ShareRow {
        StoryField field;
        QProgressBar* bar = nullptr;
        QLabel* percent = nullptr;
    };
    void refresh();

    StarStory m_story;
    QLabel* m_estimate = nullptr;
    QLabel* m_verdict = nullptr;
    QSpinBox* m_rate = nullptr;
    QList<ShareRow> m_shares;
};

} // namespace ip
