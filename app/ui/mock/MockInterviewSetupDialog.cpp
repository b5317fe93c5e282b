#include "ui/mock/MockInterviewSetupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ip {

MockInterviewSetupDialog::MockInterviewSetupDialog(const Guide& guide, QWidget* parent)
    : QDialog(parent), m_guide(guide)
{
    setWindowTitle(tr("Mock Interview"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto* intro = new QLabel(tr("One question at a time, each with its own time box, as in the "
                                "real interview. The answers are shown at the end."),
                             this);
    intro->setWordWrap(true);

    m_length = new QComboBox(this);
    for (int minutes : MockInterviewPlanner::Lengths)
        m_length->addItem(tr("%n minutes", nullptr, minutes), minutes);
    m_length->setToolTip(tr("How long the mock interview lasts; the questions below are filled "
                            "in for it"));
    m_length->setAccessibleName(tr("Length"));

    auto* form = new QFormLayout;
    auto* lengthLabel = new QLabel(tr("&Length:"), this);
    lengthLabel->setBuddy(m_length);
    form->addRow(lengthLabel, m_length);

    const MockInterviewMix defaults =
        MockInterviewPlanner::defaultMix(guide, MockInterviewPlanner::Lengths.front());
    for (const MockInterviewMix::Share& share : defaults.shares) {
        const int available = int(std::count_if(
            guide.questions.cbegin(), guide.questions.cend(),
            [&](const Question& question) { return question.category == share.category; }));
        auto* count = new QSpinBox(this);
        count->setRange(0, available);
        const int boxMinutes = MockInterviewPlanner::timeBoxSeconds(share.category) / 60;
        // The category is the guide's text: plain, never markup.
        auto* label =
            new QLabel(tr("%1 (%n min each):", nullptr, boxMinutes).arg(share.category), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(count);
        count->setAccessibleName(tr("%1 questions").arg(share.category));
        count->setToolTip(
            available == 1
                ? tr("The guide has 1 %1 question").arg(share.category)
                : tr("The guide has %n %1 questions", nullptr, available).arg(share.category));
        form->addRow(label, count);
        m_counts.append({share.category, count});
        connect(count, &QSpinBox::valueChanged, this, &MockInterviewSetupDialog::updateSummary);
    }

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_length, &QComboBox::currentIndexChanged, this,
            &MockInterviewSetupDialog::applyDefaultMix);
    applyDefaultMix();
    m_length->setFocus();
}

int MockInterviewSetupDialog::minutes() const
{
    return m_length->currentData().toInt();
}

void MockInterviewSetupDialog::setMinutes(int minutes)
{
    const int index = m_length->findData(minutes);
    if (index >= 0)
        m_length->setCurrentIndex(index);
}

MockInterviewMix MockInterviewSetupDialog::mix() const
{
    MockInterviewMix mix;
    for (const auto& [category, count] : m_counts)
        mix.shares.append({category, count->value()});
    return mix;
}

QSpinBox* MockInterviewSetupDialog::countBox(const QString& category) const
{
    for (const auto& [name, count] : m_counts) {
        if (name == category)
            return count;
    }
    return nullptr;
}

void MockInterviewSetupDialog::applyDefaultMix()
{
    const MockInterviewMix defaults = MockInterviewPlanner::defaultMix(m_guide, minutes());
    for (const auto& [category, count] : m_counts)
        count->setValue(defaults.count(category));
    updateSummary();
}

void MockInterviewSetupDialog::updateSummary()
{
    int questions = 0;
    int boxSeconds = 0;
    for (const auto& [category, count] : m_counts) {
        questions += count->value();
        boxSeconds += count->value() * MockInterviewPlanner::timeBoxSeconds(category);
    }
    const QString count = tr("%n question(s)", nullptr, questions);
    const int boxMinutes = (boxSeconds + 59) / 60;
    QString text =
        tr("%1, %2 of %3 minutes in time boxes.").arg(count).arg(boxMinutes).arg(minutes());
    if (boxMinutes > minutes())
        text += QLatin1Char(' ') + tr("That is longer than the interview; the clock never stops "
                                      "you, but the real one might.");
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(questions > 0);
}

} // namespace ip
