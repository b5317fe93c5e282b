#pragma once

#include <QString>

namespace ip {

// A question named by its stable keys, the way personal data refers to it:
// it stays valid when the guide is edited, re-imported or removed.
struct QuestionRef {
    QString guideKey;
    QString questionKey;

    // The guide an item (question, requirement) key belongs to: keys start
    // with their guide's key and a slash (FORMAT.md); empty for one that
    // does not.
    static QString guideKeyOfItem(const QString& itemKey)
    {
        const qsizetype slash = itemKey.indexOf(u'/');
        return slash < 0 ? QString() : itemKey.left(slash);
    }

    friend bool operator==(const QuestionRef&, const QuestionRef&) = default;
};

} // namespace ip
