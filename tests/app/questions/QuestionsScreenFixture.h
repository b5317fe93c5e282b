#pragma once

#include "ScreenFixture.h"
#include "ui/questions/QuestionsScreen.h"

namespace ip::test {

inline const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

// The Questions screen on the typical guide, in a window large enough for its
// three panes.
struct QuestionsScreenFixture : ScreenFixture<QuestionsScreen> {
    explicit QuestionsScreenFixture(const QString& dataDir)
        : ScreenFixture<QuestionsScreen>(dataDir, TypicalGuide, QSize(1200, 700))
    {
    }
};

} // namespace ip::test
