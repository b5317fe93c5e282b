#include "ui/stories/QuestionPickerDialog.h"

#include "services/StoryCoverage.h"
#include "ui/stories/CheckListKeys.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace ip {

QuestionPickerDialog::QuestionPickerDialog(const Guide& guide, const QList<QuestionRef>& linked,
                                           const QString& storyTitle, QWidget* parent)
    : CheckListDialog(parent), m_guideKey(guide.key)
{
    setWindowTitle(tr("Questions This Story Answers"));
    setPrompt(tr("Check the questions “%1” answers. One story may answer several questions.")
                  .arg(storyTitle));
    for (const QuestionRef& ref : linked) {
        if (ref.guideKey != guide.key)
            m_otherGuides << ref;
    }
    for (const Question& question : guide.questions) {
        const bool checked = linked.contains(QuestionRef{guide.key, question.key});
        addItem(question.key, tr("%1. %2").arg(question.number).arg(question.prompt), checked,
                question.category);
    }

    m_category = new QComboBox(this);
    m_category->addItem(tr("All categories"), QString());
    int storyCategory = -1;
    for (const QString& category : guide.categories) {
        m_category->addItem(category, category);
        if (storyCategory < 0 && StoryCoverage::isStoryCategory(category))
            storyCategory = m_category->count() - 1;
    }
    m_category->setToolTip(tr("Show one category"));
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { setGroupFilter(m_category->currentData().toString()); });
    filterRow()->addWidget(m_category);
    // A story with no questions yet most likely answers a behavioral one.
    if (linked.isEmpty() && storyCategory >= 0)
        m_category->setCurrentIndex(storyCategory);
    CheckListKeys::install(filterField(), list());
}

QList<QuestionRef> QuestionPickerDialog::questions() const
{
    QList<QuestionRef> questions = m_otherGuides;
    for (const QString& key : checkedKeys())
        questions << QuestionRef{m_guideKey, key};
    return questions;
}

} // namespace ip
