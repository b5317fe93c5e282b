#pragma once

#include "services/ReviewScheduler.h"

namespace ip {

// What Settings › Preferences sets, kept in the user's settings (they belong
// to this computer, not to the study data a backup carries).
struct Preferences {
    static constexpr int DefaultNewQuestionsPerDay = 10;
    static constexpr int MinimumRetentionPercent = 70;
    static constexpr int MaximumRetentionPercent = 97;

    int textSizePercent = 100;
    int wordsPerMinute = 0;
    // The chance of still recalling an answer when its question comes back.
    int desiredRetentionPercent = 90;
    int newQuestionsPerDay = DefaultNewQuestionsPerDay;

    static Preferences load();
    // Stores the practice settings; text size and speaking rate are stored
    // by what applies them.
    void savePractice() const;
    // FSRS-6 with this desired retention (days counted as the core counts
    // them, so the command line and the window agree).
    SchedulerSettings schedulerSettings() const;

    bool operator==(const Preferences&) const = default;
};

} // namespace ip
