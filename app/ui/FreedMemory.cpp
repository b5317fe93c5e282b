#include "ui/FreedMemory.h"

// Included before the test: __GLIBC__ is defined by the C library's own
// headers, not by the compiler.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace ip {

void giveFreedMemoryBack()
{
#if defined(__GLIBC__)
    // Also the free pages inside the heap, not only at its top (glibc 2.8+).
    malloc_trim(0);
#endif
}

} // namespace ip
