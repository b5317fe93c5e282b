#include "ui/stories/QuestionPickerDialog.h"

#include "services/StoryCoverage.h"
#include "ui/stories/CheckListKeys.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

namespace ip {

QuestionPickerDialog::QuestionPickerDialog(const Guide& guide, const QList<QuestionRef>& linked,
                                           const QString& storyTitle, QWidget* parent)
    : CheckListDialog(parent)
{
    setWindowTitle(tr("Questions This Story Answers"));
    list()->setAccessibleName(tr("Questions"));
    setPrompt(tr("Check the questions “%1” answers. One story may answer several questions.")
                  .arg(storyTitle));
    // Links the list cannot show are kept as they are: to other guides, and
    // to questions this guide does not hold now (taken out, or not read in
    // a file with errors), which come back with them.
    QSet<QString> listed;
    for (const Question& question : guide.questions)
        listed.insert(question.key);
    for (const QuestionRef& ref : linked) {
        if (!guide.holdsGuide(ref.guideKey) || !listed.contains(ref.questionKey))
            m_otherGuides << ref;
    }
    for (const Question& question : guide.questions) {
        const QuestionRef ref = guide.refOf(question);
        m_refs.insert(question.key, ref);
        const bool checked = linked.contains(ref);
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
    m_category->setAccessibleName(tr("Category"));
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { setGroupFilter(m_category->currentData().toString()); });
    filterRow()->addWidget(m_category);
    // Beside the filter, so Tab goes there next rather than after the buttons.
    setTabOrder(filterField(), m_category);
    // A story with no questions yet most likely answers a behavioral one.
    if (linked.isEmpty() && storyCategory >= 0)
        m_category->setCurrentIndex(storyCategory);
    CheckListKeys::install(filterField(), list());
}

QList<QuestionRef> QuestionPickerDialog::questions() const
{
    QList<QuestionRef> questions = m_otherGuides;
    for (const QString& key : checkedKeys())
        questions << m_refs.value(key);
    return questions;
}

} // namespace ip
