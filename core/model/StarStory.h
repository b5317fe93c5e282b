#pragma once

#include "model/QuestionRef.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// One of the candidate's own STAR stories (Situation, Task, Action, Result),
// and the questions it answers. The id is a text key that survives export and
// restore; it is empty for a story not saved yet.
struct StarStory {
    QString id;
    QString title;
    QString situation;
    QString task;
    QString action;
    QString result;
    QStringList tags;             // in the user's order, no duplicates
    QList<QuestionRef> questions; // sorted by guide key, then question key
    QDateTime createdAt;          // UTC
    QDateTime updatedAt;          // UTC

    friend bool operator==(const StarStory&, const StarStory&) = default;
};

} // namespace ip
