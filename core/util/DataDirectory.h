#pragma once

#include <QString>

namespace ip {

// Where the candidate's database lives when no --data-dir is given: the
// platform's per-user application data folder (on Linux
// ~/.local/share/InterviewPrep/interview-prep). Needs the organization and
// application names set on QCoreApplication first.
QString defaultDataDirectory();

// The folder to use: `requested` (from --data-dir) made absolute, or the
// default when it is empty. The GUI and every sub-command resolve it the same
// way.
QString resolveDataDirectory(const QString& requested);

} // namespace ip
