#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep. A broken one aborts, which libFuzzer
// reports as a crash and saves the input, exactly as for a sanitizer finding.
#define IP_FUZZ_REQUIRE(condition, what)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property broken: %s (%s)\n", what, #condition);                  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
