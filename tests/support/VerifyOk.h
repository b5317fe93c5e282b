#pragma once

#include <QTest>

// Fails the test with the error's message when a Result is not ok, so a
// failed storage call says why instead of "returned FALSE".
#define IP_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto& ipResult_ = (expression);                                                      \
        QVERIFY2(ipResult_.ok(), ipResult_.ok() ? "" : qPrintable(ipResult_.error().message));     \
    } while (false)
