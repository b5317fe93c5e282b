#pragma once

#include <cstddef>

struct cmark_mem;

namespace ip {

// The memory of one cmark tree. cmark asks for a small block for every node,
// text, buffer and delimiter of a document and gives each back one by one;
// for a 1 MB guide malloc and free (and the heap's tidying of the freed
// blocks) took a fifth of the parse. Here small blocks are cut in turn from
// large slabs and all returned at once when the arena goes; a block given
// back right after it was taken (cmark's delimiters) is reused at once, and a
// large block (a buffer holding a whole paragraph) is the system's, grown and
// freed as cmark asks, so memory stays close to what cmark alone holds.
//
// cmark's allocator functions carry no context, so an arena serves the thread
// that made it while it lives: trees that use one are local objects, each
// used while it is the newest on its thread.
class NodeArena {
public:
    NodeArena();
    ~NodeArena();
    NodeArena(const NodeArena&) = delete;
    NodeArena& operator=(const NodeArena&) = delete;

    // The allocator to give cmark_parser_new_with_mem; cmark's own under
    // AddressSanitizer, which then sees every node.
    static cmark_mem* allocator();

    // Blocks above this are the system's: a slab holds many small ones, and a
    // buffer that keeps growing is better grown in place by realloc.
    static constexpr std::size_t LargeSize = 8 * 1024;

private:
    struct Slab;
    struct LargeBlock;

    void* allocate(std::size_t size, bool zeroed);
    void* reallocate(void* block, std::size_t size);
    void release(void* block);
    void* allocateLarge(std::size_t size, bool zeroed);

    static void* cmarkCalloc(std::size_t count, std::size_t size);
    static void* cmarkRealloc(void* block, std::size_t size);
    static void cmarkFree(void* block);

    NodeArena* m_previous = nullptr;
    Slab* m_slab = nullptr;        // the newest slab; each links to the one before
    std::size_t m_slabSize = 0;    // the size of m_slab
    char* m_top = nullptr;         // where the next small block starts in m_slab
    char* m_end = nullptr;         // the end of m_slab
    char* m_lastBlock = nullptr;   // the newest small block, which can grow or go back
    LargeBlock* m_large = nullptr; // large blocks still held, newest first
    // Small blocks given back, by rounded size in 16-byte steps, each holding
    // the next in its first bytes.
    void* m_reusable[LargeSize / 16 + 1] = {};
};

} // namespace ip
