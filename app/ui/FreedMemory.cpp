#include "ui/FreedMemory.h"

#if defined(__GLIBC__)
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
