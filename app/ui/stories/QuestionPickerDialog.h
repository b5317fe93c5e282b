#pragma once

#include "model/Guide.h"
#include "model/QuestionRef.h"
#include "ui/stories/CheckListDialog.h"

#include <QHash>

class QComboBox;

namespace ip {

// Chooses the questions of the open guide a story answers. Links to other
// guides' questions are not shown and are kept as they are.
class QuestionPickerDialog : public CheckListDialog {
    Q_OBJECT
public:
    QuestionPickerDialog(const Guide& guide, const QList<QuestionRef>& linked,
                         const QString& storyTitle, QWidget* parent = nullptr);

    // The links after the dialog: the checked questions of this guide and the
    // links to other guides as they were.
    QList<QuestionRef> questions() const;
    QComboBox* categoryChoice() const { return m_category; }

private:
    // How each listed question is linked, by question key (All guides lists many guides).
    QHash<QString, QuestionRef> m_refs;
    QList<QuestionRef> m_otherGuides;
    QComboBox* m_category = nullptr;
};

} // namespace ip
