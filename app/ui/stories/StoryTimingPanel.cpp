#include "ui/stories/StoryTimingPanel.h"

#include "ui/TextTone.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace ip {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

StoryTimingPanel::StoryTimingPanel(QWidget* parent) : QWidget(parent)
{
    m_estimate = new QLabel(this);
    QFont large = m_estimate->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setWeight(QFont::DemiBold);
    m_estimate->setFont(large);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);

    m_rate = new QSpinBox(this);
    m_rate->setRange(MinWordsPerMinute, MaxWordsPerMinute);
    m_rate->setSingleStep(5);
    m_rate->setAccelerated(true);
    m_rate->setToolTip(tr("Read a story aloud against the rehearsal timer to find your own "
                          "rate; most people speak 120–160 words a minute in an interview."));
    m_rate->setValue(storedWordsPerMinute());
    auto* rateLabel = new QLabel(tr("words per &minute"), this);
    rateLabel->setBuddy(m_rate);
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(SettingsKey, value);
        refresh();
        Q_EMIT wordsPerMinuteChanged(value);
    });
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(rateLabel, 1);

    auto* shares = new QGridLayout;
    shares->setHorizontalSpacing(8);
    shares->setVerticalSpacing(4);
    shares->setColumnStretch(1, 1);
    int row = 0;
    for (StoryField field :
         {StoryField::Situation, StoryField::Task, StoryField::Action, StoryField::Result}) {
        ShareRow share{field};
        share.bar = new QProgressBar(this);
        share.bar->setRange(0, 100);
        share.bar->setTextVisible(false);
        share.bar->setMaximumHeight(fontMetrics().height() * 2 / 3);
        share.bar->setAccessibleName(tr("%1 share").arg(storyFieldName(field)));
        share.percent = new QLabel(this);
        share.percent->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100%")));
        share.percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        shares->addWidget(new QLabel(storyFieldName(field), this), row, 0);
        shares->addWidget(share.bar, row, 1);
        shares->addWidget(share.percent, row, 2);
        m_shares << share;
        ++row;
    }
    auto* expectation =
        new QLabel(tr("The Action should carry about %1% of the words: it is what you did.")
                       .arg(ExpectedActionPercent),
                   this);
    expectation->setWordWrap(true);
    expectation->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(sectionTitle(tr("Speaking time"), this));
    layout->addWidget(m_estimate);
    layout->addWidget(m_verdict);
    layout->addLayout(rateRow);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Share of words"), this));
    layout->addLayout(shares);
    layout->addWidget(expectation);
    refresh();
}

int StoryTimingPanel::storedWordsPerMinute()
{
    const int stored = QSettings().value(SettingsKey, StoryCheck::DefaultWordsPerMinute).toInt();
    return stored >= MinWordsPerMinute && stored <= MaxWordsPerMinute
               ? stored
               : StoryCheck::DefaultWordsPerMinute;
}

void StoryTimingPanel::setStory(const StarStory& story)
{
    m_story = story;
    refresh();
}

int StoryTimingPanel::wordsPerMinute() const
{
    return m_rate->value();
}

void StoryTimingPanel::setWordsPerMinute(int wordsPerMinute)
{
    m_rate->setValue(wordsPerMinute);
}

QString StoryTimingPanel::estimateText() const
{
    return m_estimate->text();
}

QString StoryTimingPanel::verdictText() const
{
    return m_verdict->text();
}

int StoryTimingPanel::sharePercent(StoryField part) const
{
    for (const ShareRow& share : m_shares) {
        if (share.field == part)
            return share.bar->value();
    }
    return 0;
}

QString StoryTimingPanel::clockText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void StoryTimingPanel::refresh()
{
    const SpeakingEstimate estimate = StoryCheck::estimate(m_story, wordsPerMinute());
    const int seconds = int(std::lround(estimate.seconds));
    const int words = estimate.totalWords();
    m_estimate->setText(tr("%1 s  (%2)").arg(seconds).arg(clockText(seconds)));
    const QString wordCount = tr("%n word(s)", nullptr, words);
    m_estimate->setToolTip(wordCount);

    QString verdict;
    bool outside = false;
    const int low = StoryCheck::TargetMinSeconds;
    const int high = StoryCheck::TargetMaxSeconds;
    if (words == 0) {
        verdict = tr("Target %1–%2 s. Write the four parts to see how long the story runs.")
                      .arg(low)
                      .arg(high);
    } else if (seconds < low) {
        verdict = tr("%1 s under the %2–%3 s target (%4).")
                      .arg(low - seconds)
                      .arg(low)
                      .arg(high)
                      .arg(wordCount);
        outside = true;
    } else if (seconds > high) {
        verdict = tr("%1 s over the %2–%3 s target (%4): an interviewer may stop you.")
                      .arg(seconds - high)
                      .arg(low)
                      .arg(high)
                      .arg(wordCount);
        outside = true;
    } else {
        verdict = tr("Within the %1–%2 s target (%3).").arg(low).arg(high).arg(wordCount);
    }
    m_verdict->setText(verdict);
    TextTone::set(m_verdict, outside ? TextTone::Tone::Error : TextTone::Tone::Normal);

    for (const ShareRow& share : std::as_const(m_shares)) {
        // Rounded as the findings round it, so a bar never says 31% beside
        // "Action has only 30%".
        const int percent = estimate.percent(share.field);
        share.bar->setValue(percent);
        share.percent->setText(words == 0 ? QStringLiteral("–") : tr("%1%").arg(percent));
    }
}

} // namespace ip
