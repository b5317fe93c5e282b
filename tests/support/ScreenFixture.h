#pragma once

#include "StudyContext.h"

#include <QTest>
#include <memory>

namespace ip::test {

// A screen on a real database in a temporary folder, shown in a window, the
// way the app shows it. Pending edits are committed before it goes, as the
// window does on quit.
template <typename ScreenType> struct ScreenFixture {
    ScreenFixture(const QString& dataDir, const QString& guideFile, QSize size)
        : context(std::make_unique<StudyContext>(dataDir, guideFile)),
          screen(std::make_unique<ScreenType>(*context))
    {
        screen->resize(size);
        screen->show();
        screen->activateWindow();
        if (!QTest::qWaitForWindowExposed(screen.get()))
            qWarning("window not exposed");
    }
    ~ScreenFixture()
    {
        screen->commitPendingEdits();
        screen.reset();
        context.reset();
    }

    std::unique_ptr<StudyContext> context;
    std::unique_ptr<ScreenType> screen;
};

} // namespace ip::test
