#include "content/NodeArena.h"

#include <algorithm>
#include <cmark-gfm.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ip {

namespace {

thread_local NodeArena* t_current = nullptr;

// Full-size slabs kept for the thread's next tree: memory handed back to the
// system and asked for again is mapped afresh, a page fault per page, which
// cost more than malloc itself.
class SlabCache {
public:
    static constexpr std::size_t MaxSlabs = 64;

    ~SlabCache()
    {
        for (std::size_t i = 0; i < m_count; ++i)
            std::free(m_slabs[i]);
    }
    void* take() { return m_count > 0 ? m_slabs[--m_count] : nullptr; }
    // False when full: the caller frees the slab.
    bool keep(void* slab)
    {
        if (m_count == MaxSlabs)
            return false;
        m_slabs[m_count++] = slab;
        return true;
    }

private:
    void* m_slabs[MaxSlabs] = {};
    std::size_t m_count = 0;
};

thread_local SlabCache t_slabCache;

constexpr std::size_t Alignment = 16;
// Slabs double from the first, so a short text (a part being rendered) takes
// little, up to the largest for a guide.
constexpr std::size_t FirstSlabSize = 16 * 1024;
constexpr std::size_t LargestSlabSize = 256 * 1024;
// Every block starts with its size and whether it is large; the caller's
// memory follows, aligned as malloc's would be.
struct Header {
    std::size_t size;
    std::size_t large;
};
static_assert(sizeof(Header) == Alignment);

Header* headerOf(void* block)
{
    return reinterpret_cast<Header*>(static_cast<char*>(block) - sizeof(Header));
}

// What cmark's own allocator does when memory runs out (under the parse
// worker's address-space limit): an exception cannot cross cmark's C frames.
[[noreturn]] void outOfMemory()
{
    std::fputs("[cmark] out of memory, aborting\n", stderr);
    std::abort();
}

std::size_t rounded(std::size_t size)
{
    return (size + Alignment - 1) & ~(Alignment - 1);
}

} // namespace

struct NodeArena::Slab {
    Slab* previous;
    std::size_t size;
};

// A large block's links come before its header, so it can leave the list
// when cmark frees or grows it.
struct NodeArena::LargeBlock {
    LargeBlock* previous;
    LargeBlock* next;
};

NodeArena::NodeArena() : m_previous(t_current)
{
    // Blocks after either keep malloc's alignment.
    static_assert(sizeof(Slab) % Alignment == 0 && sizeof(LargeBlock) % Alignment == 0);
    t_current = this;
}

NodeArena::~NodeArena()
{
    t_current = m_previous;
    while (m_large) {
        LargeBlock* next = m_large->next;
        std::free(m_large);
        m_large = next;
    }
    while (m_slab) {
        Slab* previous = m_slab->previous;
        if (m_slab->size != LargestSlabSize || !t_slabCache.keep(m_slab))
            std::free(m_slab);
        m_slab = previous;
    }
}

// AddressSanitizer (the sanitizer build and the fuzzers) checks the bounds
// of each block it hands out: nodes cut from a slab would let an overflow
// from one node into the next go unseen.
#if defined(__SANITIZE_ADDRESS__)
#define IP_NODE_ARENA_BYPASSED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IP_NODE_ARENA_BYPASSED 1
#endif
#endif

cmark_mem* NodeArena::allocator()
{
#ifdef IP_NODE_ARENA_BYPASSED
    return cmark_get_default_mem_allocator();
#else
    static cmark_mem mem{&NodeArena::cmarkCalloc, &NodeArena::cmarkRealloc, &NodeArena::cmarkFree};
    return &mem;
#endif
}

void* NodeArena::allocate(std::size_t size, bool zeroed)
{
    if (size > LargeSize)
        return allocateLarge(size, zeroed);
    // A block of the same rounded size given back earlier is used again.
    if (void*& reusable = m_reusable[rounded(size) / Alignment]; reusable) {
        void* block = reusable;
        reusable = *static_cast<void**>(block);
        headerOf(block)->size = size;
        if (zeroed)
            std::memset(block, 0, size);
        return block;
    }
    const std::size_t needed = sizeof(Header) + rounded(size);
    if (!m_slab || std::size_t(m_end - m_top) < needed) {
        const std::size_t slabSize =
            m_slab ? std::min(2 * m_slabSize, LargestSlabSize) : FirstSlabSize;
        void* memory = slabSize == LargestSlabSize ? t_slabCache.take() : nullptr;
        auto* slab = static_cast<Slab*>(memory ? memory : std::malloc(slabSize));
        if (!slab)
            outOfMemory();
        slab->previous = m_slab;
        slab->size = slabSize;
        m_slab = slab;
        m_slabSize = slabSize;
        m_top = reinterpret_cast<char*>(slab) + sizeof(Slab);
        m_end = reinterpret_cast<char*>(slab) + slabSize;
    }
    auto* header = reinterpret_cast<Header*>(m_top);
    header->size = size;
    header->large = 0;
    char* block = m_top + sizeof(Header);
    m_top += needed;
    m_lastBlock = block;
    if (zeroed)
        std::memset(block, 0, size);
    return block;
}

void* NodeArena::allocateLarge(std::size_t size, bool zeroed)
{
    const std::size_t total = sizeof(LargeBlock) + sizeof(Header) + size;
    void* memory = zeroed ? std::calloc(1, total) : std::malloc(total);
    if (!memory)
        outOfMemory();
    auto* large = static_cast<LargeBlock*>(memory);
    large->previous = nullptr;
    large->next = m_large;
    if (m_large)
        m_large->previous = large;
    m_large = large;
    auto* header = reinterpret_cast<Header*>(large + 1);
    header->size = size;
    header->large = 1;
    return header + 1;
}

void* NodeArena::reallocate(void* block, std::size_t size)
{
    if (!block)
        return allocate(size, false);
    Header* header = headerOf(block);
    if (header->large) {
        auto* large = reinterpret_cast<LargeBlock*>(header) - 1;
        LargeBlock* previous = large->previous;
        LargeBlock* next = large->next;
        auto* moved = static_cast<LargeBlock*>(
            std::realloc(large, sizeof(LargeBlock) + sizeof(Header) + size));
        if (!moved)
            outOfMemory();
        (previous ? previous->next : m_large) = moved;
        if (next)
            next->previous = moved;
        auto* movedHeader = reinterpret_cast<Header*>(moved + 1);
        movedHeader->size = size;
        return movedHeader + 1;
    }
    if (size <= rounded(header->size)) {
        header->size = size;
        return block;
    }
    // The newest small block grows where it is while the slab has room.
    if (block == m_lastBlock && size <= LargeSize &&
        std::size_t(m_end - static_cast<char*>(block)) >= rounded(size)) {
        header->size = size;
        m_top = static_cast<char*>(block) + rounded(size);
        return block;
    }
    void* grown = allocate(size, false);
    std::memcpy(grown, block, header->size);
    release(block);
    return grown;
}

void NodeArena::release(void* block)
{
    if (!block)
        return;
    Header* header = headerOf(block);
    if (header->large) {
        auto* large = reinterpret_cast<LargeBlock*>(header) - 1;
        (large->previous ? large->previous->next : m_large) = large->next;
        if (large->next)
            large->next->previous = large->previous;
        std::free(large);
        return;
    }
    // The newest small block goes back to the slab; any other waits for a
    // request of its rounded size (one too small to hold the link, for the
    // whole arena).
    if (block == m_lastBlock) {
        m_top = reinterpret_cast<char*>(header);
        m_lastBlock = nullptr;
    } else if (const std::size_t size = rounded(header->size); size >= sizeof(void*)) {
        void*& reusable = m_reusable[size / Alignment];
        *static_cast<void**>(block) = reusable;
        reusable = block;
    }
}

void* NodeArena::cmarkCalloc(std::size_t count, std::size_t size)
{
    if (size != 0 && count > std::size_t(-1) / 2 / size)
        outOfMemory();
    return t_current->allocate(count * size, true);
}

void* NodeArena::cmarkRealloc(void* block, std::size_t size)
{
    return t_current->reallocate(block, size);
}

void NodeArena::cmarkFree(void* block)
{
    t_current->release(block);
}

} // namespace ip
