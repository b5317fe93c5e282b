#pragma once

#include <QString>

namespace ip {

// A question named by its stable keys, the way personal data refers to it:
// it stays valid when the guide is edited, re-imported or removed.
struct QuestionRef {
    QString guideKey;
    QString questionKey;

    friend bool operator==(const QuestionRef&, const QuestionRef&) = default;
};

} // namespace ip
