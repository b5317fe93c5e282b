#pragma once

#include "services/ReviewScheduler.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace ip {

// FSRS-6's interval for a review on `reviewDay`, shortened so that the next
// review falls before the interview: on the day before it at the latest,
// which is the latest review that still counts for the day (recall on the
// day is highest when the last review is nearest to it). A review on the day
// before itself can only be followed on the day; once the interview day has
// come (or there is no date) the interval is FSRS-6's own. Never below 1.
int intervalBeforeInterview(const QDate& interview, const QDate& reviewDay, int intervalDays);

// The interval cap for the interview dates of several guides (guide key to
// day): each question is capped by its own guide's date, after `inner` (the
// scheduler's own cap, if any).
IntervalCap interviewDateCap(QHash<QString, QDate> dates, IntervalCap inner = {});

} // namespace ip
