// The allocator cmark builds its trees in (NodeArena): whatever mix of
// allocations, growths and frees cmark makes, every block is zeroed when
// asked, aligned as malloc's, keeps its bytes when it grows, and never
// overlaps another live block; arenas nest per thread. In sanitizer builds
// the arena steps aside for cmark's own allocator, which must meet the same
// contract, so the tests run there too (the reuse checks only where the
// arena is in use).
#include "content/NodeArena.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmark-gfm.h>
#include <cstdint>
#include <cstring>
#include <vector>

using ip::NodeArena;

namespace {

struct Block {
    unsigned char* data = nullptr;
    std::size_t size = 0;
    unsigned char fill = 0;
};

bool allBytes(const unsigned char* data, std::size_t size, unsigned char value)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] != value)
            return false;
    }
    return true;
}

bool holds(const Block& block)
{
    return allBytes(block.data, block.size, block.fill);
}

bool aligned(const void* block)
{
    return reinterpret_cast<std::uintptr_t>(block) % 16 == 0;
}

bool arenaInUse()
{
    return NodeArena::allocator() != cmark_get_default_mem_allocator();
}

} // namespace

class NodeArenaTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomUseKeepsEveryBlock_data();
    void randomUseKeepsEveryBlock();
    void aFreedBlockIsUsedAgain();
    void arenasNest();
};

void NodeArenaTest::randomUseKeepsEveryBlock_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("largest");
    // Nodes and delimiters; buffers that cross into large blocks; both.
    QTest::newRow("small blocks") << quint32(1) << 200;
    QTest::newRow("across the large size") << quint32(2) << int(NodeArena::LargeSize * 3);
    QTest::newRow("mixed, another order") << quint32(3) << 20000;
}

void NodeArenaTest::randomUseKeepsEveryBlock()
{
    QFETCH(quint32, seed);
    QFETCH(int, largest);
    QRandomGenerator random(seed);
    cmark_mem* mem = NodeArena::allocator();
    NodeArena arena;
    std::vector<Block> live;
    unsigned char nextFill = 1;
    for (int step = 0; step < 10000; ++step) {
        const int action = random.bounded(10);
        if (action < 5 || live.empty()) {
            Block block;
            block.size = std::size_t(random.bounded(1, largest + 1));
            block.data = static_cast<unsigned char*>(mem->calloc(1, block.size));
            QVERIFY(block.data);
            QVERIFY(aligned(block.data));
            QVERIFY(allBytes(block.data, block.size, 0));
            block.fill = nextFill++ | 1;
            std::memset(block.data, block.fill, block.size);
            live.push_back(block);
        } else if (action < 8) {
            // cmark grows the newest buffer most, others now and then.
            Block& block =
                random.bounded(2) ? live.back() : live.at(random.bounded(quint32(live.size())));
            const std::size_t size = std::size_t(random.bounded(1, largest + 1));
            auto* grown = static_cast<unsigned char*>(mem->realloc(block.data, size));
            QVERIFY(grown);
            QVERIFY(aligned(grown));
            QVERIFY(allBytes(grown, std::min(size, block.size), block.fill));
            block.data = grown;
            block.size = size;
            std::memset(block.data, block.fill, block.size);
        } else {
            const std::size_t index =
                random.bounded(2) ? live.size() - 1 : random.bounded(quint32(live.size()));
            QVERIFY(holds(live.at(index)));
            mem->free(live.at(index).data);
            live.erase(live.begin() + qsizetype(index));
        }
        // Now and then every live block is checked: none was written over.
        if (step % 2000 == 0) {
            for (const Block& block : live)
                QVERIFY(holds(block));
        }
    }
    for (const Block& block : live) {
        QVERIFY(holds(block));
        mem->free(block.data);
    }
}

void NodeArenaTest::aFreedBlockIsUsedAgain()
{
    if (!arenaInUse())
        QSKIP("the arena steps aside for the sanitizer");
    cmark_mem* mem = NodeArena::allocator();
    NodeArena arena;
    void* first = mem->calloc(1, 40);
    void* second = mem->calloc(1, 40);
    // Not the newest: kept for the next block of its size.
    mem->free(first);
    QCOMPARE(mem->calloc(1, 33), first);
    // The newest goes back to the slab: the next block starts there.
    mem->free(second);
    QCOMPARE(mem->calloc(1, 100), second);
}

void NodeArenaTest::arenasNest()
{
    cmark_mem* mem = NodeArena::allocator();
    NodeArena outer;
    Block kept{static_cast<unsigned char*>(mem->calloc(1, 64)), 64, 0x5a};
    std::memset(kept.data, kept.fill, kept.size);
    {
        // A tree made while another is open: its blocks go with it.
        NodeArena inner;
        std::vector<void*> blocks;
        for (int i = 0; i < 1000; ++i)
            blocks.push_back(mem->calloc(1, std::size_t(16 + i % 300)));
        for (void* block : blocks)
            mem->free(block);
    }
    // The outer arena serves again, and its block is intact.
    QVERIFY(holds(kept));
    auto* grown = static_cast<unsigned char*>(mem->realloc(kept.data, 5000));
    QVERIFY(allBytes(grown, kept.size, kept.fill));
    mem->free(grown);
}

QTEST_GUILESS_MAIN(NodeArenaTest)
#include "tst_node_arena.moc"
