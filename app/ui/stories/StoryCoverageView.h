#pragma once

#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ip {

struct Guide;
class StoryListModel;

// The guide's behavioral and situational questions, each with the stories
// that answer it, so the candidate sees which still have none; and the
// stories used for too many questions. Activating a question links stories
// to it; activating a story opens it.
class StoryCoverageView : public QDialog {
    Q_OBJECT
public:
    StoryCoverageView(const Guide& guide, StoryListModel& stories, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QCheckBox* uncoveredOnlyBox() const { return m_uncoveredOnly; }
    QString summaryText() const;
    QString overuseText() const;

Q_SIGNALS:
    // The user chose a story to work on; the dialog closes.
    void storyActivated(const QString& storyId);
    // A link could not be saved.
    void storageFailed(const ip::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void onActivated(QTreeWidgetItem* item);

    const Guide& m_guide;
    StoryListModel& m_stories;
    QLabel* m_summary = nullptr;
    QLabel* m_overuse = nullptr;
    QCheckBox* m_uncoveredOnly = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace ip
