#pragma once

namespace ip {

// Gives the heap memory freed since the last call back to the system.
// Reading a guide, and more so a library of them (All guides), decodes its
// snapshots into many small blocks that are freed again as the guide is
// built; the C library keeps freed memory for reuse, so without this the
// window would stay at the decode's peak, and at the size of a guide no
// longer shown: leaving All guides of a 100-guide library for one guide,
// 150 MB stay resident without this, 67 MB with it. A no-op where the C
// library has no such call.
void giveFreedMemoryBack();

} // namespace ip
