// Stands in for the parse worker in tst_guide_parse_worker: misbehaves the
// way a worker meeting a hostile file might (IP_STUB_MODE says how).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <sys/resource.h>
#include <thread>
#include <vector>

int main()
{
    const char* mode = std::getenv("IP_STUB_MODE");
    const std::string how = mode ? mode : "";
    if (how == "hang") {
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (how == "crash")
        std::abort();
    if (how == "memory") {
        // More than the address-space limit allows: allocation fails and
        // the uncaught bad_alloc ends the process. The address space counts
        // as soon as it is reserved, touched or not.
        std::vector<char*> blocks;
        for (;;)
            blocks.push_back(new char[64 << 20]);
    }
    if (how == "limits") {
        rlimit limit{};
        getrlimit(RLIMIT_AS, &limit);
        std::fprintf(stderr, "address space limit %llu\n", (unsigned long long)limit.rlim_cur);
        return 3;
    }
    if (how == "garbage") {
        std::fputs("this is not JSON", stdout);
        return 0;
    }
    std::fputs("the reader refused this file\n", stderr);
    return 3;
}
