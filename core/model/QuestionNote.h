#pragma once

#include <QDateTime>
#include <QString>

namespace ip {

// The candidate's own notes on one question, and whether they bookmarked it.
struct QuestionNote {
    QString guideKey;
    QString questionKey;
    QString markdown;
    bool bookmarked = false;
    QDateTime updatedAt; // UTC

    friend bool operator==(const QuestionNote&, const QuestionNote&) = default;
};

} // namespace ip
