#pragma once

#include "util/Result.h"

class QWidget;

namespace ip {

class StudyContext;

// Asks for the open guide's interview date (InterviewDateDialog) and stores
// the one chosen, or removes it. True when the date changed; false when the
// user cancelled, kept the same day, or nothing can be saved; an error when
// reading or storing the date failed.
Result<bool> askInterviewDate(StudyContext& context, QWidget* parent);

} // namespace ip
