#include "ui/preferences/PreferencesDialog.h"

#include "ui/preferences/TextZoom.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ip {

namespace {
QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    m_textSize = new QSpinBox(appearance);
    m_textSize->setRange(TextZoom::MinimumPercent, TextZoom::MaximumPercent);
    m_textSize->setSingleStep(TextZoom::StepPercent);
    m_textSize->setSuffix(tr(" %"));
    m_textSize->setValue(current.textSizePercent);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Text size:"), m_textSize);
    // Each field's hint is also its description, for whoever cannot see
    // the grey line under it.
    const QString textSizeHint = tr("Also Ctrl++ and Ctrl+- in the window; Ctrl+0 for 100 %.");
    m_textSize->setAccessibleDescription(textSizeHint);
    appearanceForm->addRow(hint(textSizeHint, appearance));

    auto* stories = new QGroupBox(tr("Stories"), this);
    m_wordsPerMinute = new QSpinBox(stories);
    m_wordsPerMinute->setRange(StoryTimingPanel::MinWordsPerMinute,
                               StoryTimingPanel::MaxWordsPerMinute);
    m_wordsPerMinute->setSingleStep(5);
    m_wordsPerMinute->setSuffix(tr(" words a minute"));
    m_wordsPerMinute->setValue(current.wordsPerMinute);
    auto* storiesForm = new QFormLayout(stories);
    storiesForm->addRow(tr("&Speaking rate:"), m_wordsPerMinute);
    const QString rateHint = tr("How long a story takes to tell is worked out from it. Most people "
                                "speak 120–160 words a minute in an interview.");
    m_wordsPerMinute->setAccessibleDescription(rateHint);
    storiesForm->addRow(hint(rateHint, stories));

    auto* practice = new QGroupBox(tr("Practice"), this);
    m_retention = new QSpinBox(practice);
    m_retention->setRange(Preferences::MinimumRetentionPercent,
                          Preferences::MaximumRetentionPercent);
    m_retention->setSuffix(tr(" %"));
    m_retention->setValue(current.desiredRetentionPercent);
    m_newPerDay = new QSpinBox(practice);
    m_newPerDay->setRange(0, 200);
    m_newPerDay->setValue(current.newQuestionsPerDay);
    auto* practiceForm = new QFormLayout(practice);
    practiceForm->addRow(tr("&Recall to aim for:"), m_retention);
    practiceForm->addRow(tr("&New questions a day:"), m_newPerDay);
    // Below the fields: a wrapped row between two fields is squeezed.
    const QString retentionHint = tr("A question comes back when your chance of recalling its "
                                     "answer falls to the recall aimed for. Higher: more reviews.");
    m_retention->setAccessibleDescription(retentionHint);
    practiceForm->addRow(hint(retentionHint, practice));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(stories);
    layout->addWidget(practice);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wide enough that the hints wrap into a few lines, not a column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

Preferences PreferencesDialog::chosen() const
{
    Preferences preferences;
    preferences.textSizePercent = m_textSize->value();
    preferences.wordsPerMinute = m_wordsPerMinute->value();
    preferences.desiredRetentionPercent = m_retention->value();
    preferences.newQuestionsPerDay = m_newPerDay->value();
    return preferences;
}

} // namespace ip
