#include "ui/preferences/Preferences.h"

#include "ui/preferences/TextZoom.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QSettings>
#include <algorithm>

namespace ip {

namespace {
const QString RetentionKey = QStringLiteral("practice/desiredRetentionPercent");
const QString NewPerDayKey = QStringLiteral("practice/newQuestionsPerDay");
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.textSizePercent = std::clamp(settings.value(TextZoom::SettingsKey, 100).toInt(),
                                             TextZoom::MinimumPercent, TextZoom::MaximumPercent);
    preferences.wordsPerMinute = StoryTimingPanel::storedWordsPerMinute();
    preferences.desiredRetentionPercent = std::clamp(
        settings.value(RetentionKey, 90).toInt(), MinimumRetentionPercent, MaximumRetentionPercent);
    preferences.newQuestionsPerDay =
        std::max(0, settings.value(NewPerDayKey, DefaultNewQuestionsPerDay).toInt());
    return preferences;
}

void Preferences::savePractice() const
{
    QSettings settings;
    settings.setValue(RetentionKey, desiredRetentionPercent);
    settings.setValue(NewPerDayKey, newQuestionsPerDay);
}

SchedulerSettings Preferences::schedulerSettings() const
{
    SchedulerSettings settings;
    settings.desiredRetention = desiredRetentionPercent / 100.0;
    return settings;
}

} // namespace ip
