#pragma once

#include "services/StoryCheck.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ip {

// What the completeness check would have the candidate fix, in plain words.
// Activating a finding (click, or Enter) asks for the field it points at.
class StoryFindingsList : public QWidget {
    Q_OBJECT
public:
    explicit StoryFindingsList(QWidget* parent = nullptr);

    void setFindings(const QList<StoryFinding>& findings);
    // Nothing to show (no story selected).
    void clear();

    QListWidget* list() const { return m_list; }
    QString summaryText() const;

Q_SIGNALS:
    void fieldActivated(ip::StoryField field);

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace ip
