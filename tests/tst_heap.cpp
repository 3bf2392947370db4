// SPDX-License-Identifier: MIT
// The rules of the reference semantics (docs/semantics.md), one case each,
// plus the events every operation reports and the failure paths.
#include "heap.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace heapboard;

namespace {

struct Op {
    char kind; // 'a' malloc, 'f' free, 'r' realloc
    quint64 arg; // size for 'a', pointer for 'f' and 'r'
    quint64 size = 0; // new size for 'r'
};

} // namespace
Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(heapboard::Policy)
namespace {

using Spans = QList<QPair<quint64, quint64>>;

Spans spansOf(const Heap &heap, bool used)
{
    Spans out;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (b.used == used)
            out.append({ b.start, b.size });
    });
    return out;
}

OpResult run(Heap &heap, const Op &op)
{
    switch (op.kind) {
    case 'a':
        return heap.malloc(op.arg);
    case 'f':
        return heap.free(op.arg);
    default:
        return heap.realloc(op.arg, op.size);
    }
}

QString kindName(EventKind k)
{
    static const char *names[] = { "split", "allocated", "resized", "moved", "freed", "merged", "failed" };
    return QString::fromLatin1(names[int(k)]);
}

} // namespace

class TestHeap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceRules_data();
    void referenceRules();
    void events_data();
    void events();
    void failuresChangeNothing_data();
    void failuresChangeNothing();
    void policies_data();
    void policies();
    void nextFitRover();
    void hugeHeap();
    void resetRejectsBadSizes();
    void stats();
    void restoreIsExact();
    void reallocTag_data();
    void reallocTag();
    void placementIsWhereMallocGoes_data();
    void placementIsWhereMallocGoes();
    void firstFreeFromMatchesAScan();
    void nextFitStartIsTheRoversBlock();
};

void TestHeap::referenceRules_data()
{
    QTest::addColumn<quint64>("heapSize");
    QTest::addColumn<QList<Op>>("ops");
    QTest::addColumn<qint64>("lastPtr"); // -1: no pointer
    QTest::addColumn<Spans>("freeList");

    QTest::newRow("initial block spans the heap")
        << quint64(100) << QList<Op> {} << qint64(-1) << Spans { { 0, 100 } };
    QTest::newRow("malloc splits, front is allocated")
        << quint64(100) << QList<Op> { { 'a', 30 } } << qint64(0) << Spans { { 30, 70 } };
    QTest::newRow("exact fit takes the whole block")
        << quint64(100) << QList<Op> { { 'a', 100 } } << qint64(0) << Spans {};
    QTest::newRow("first fit takes the lowest address that fits")
        << quint64(100)
        << QList<Op> { { 'a', 10 }, { 'a', 20 }, { 'a', 10 }, { 'f', 0 }, { 'f', 30 }, { 'a', 8 } }
        << qint64(0) << Spans { { 8, 2 }, { 30, 70 } };
    QTest::newRow("first fit skips a block that is too small")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'a', 20 }, { 'f', 0 }, { 'a', 15 } } << qint64(30)
        << Spans { { 0, 10 }, { 45, 55 } };
    QTest::newRow("free merges with the following free block")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'f', 0 } } << qint64(-1) << Spans { { 0, 100 } };
    QTest::newRow("free merges with the preceding free block")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'a', 10 }, { 'a', 80 }, { 'f', 0 }, { 'f', 10 } }
        << qint64(-1) << Spans { { 0, 20 } };
    QTest::newRow("free merges both sides into one block")
        << quint64(100)
        << QList<Op> { { 'a', 10 }, { 'a', 10 }, { 'a', 10 }, { 'f', 0 }, { 'f', 20 }, { 'f', 10 } }
        << qint64(-1) << Spans { { 0, 100 } };
    QTest::newRow("free between two used blocks does not merge")
        << quint64(30) << QList<Op> { { 'a', 10 }, { 'a', 10 }, { 'a', 10 }, { 'f', 10 } } << qint64(-1)
        << Spans { { 10, 10 } };
    QTest::newRow("out of memory though enough bytes are free in total")
        << quint64(30)
        << QList<Op> { { 'a', 10 }, { 'a', 10 }, { 'a', 10 }, { 'f', 0 }, { 'f', 20 }, { 'a', 15 } }
        << qint64(-1) << Spans { { 0, 10 }, { 20, 10 } };
    QTest::newRow("pointer reuse after free")
        << quint64(64) << QList<Op> { { 'a', 16 }, { 'f', 0 }, { 'a', 16 } } << qint64(0)
        << Spans { { 16, 48 } };
    QTest::newRow("realloc shrinks in place")
        << quint64(100) << QList<Op> { { 'a', 40 }, { 'a', 10 }, { 'r', 0, 25 } } << qint64(0)
        << Spans { { 25, 15 }, { 50, 50 } };
    QTest::newRow("realloc shrink merges the tail with a free neighbour")
        << quint64(100) << QList<Op> { { 'a', 40 }, { 'r', 0, 25 } } << qint64(0) << Spans { { 25, 75 } };
    QTest::newRow("realloc grows in place into the next free block")
        << quint64(100) << QList<Op> { { 'a', 40 }, { 'r', 0, 70 } } << qint64(0) << Spans { { 70, 30 } };
    QTest::newRow("realloc grows in place taking the whole next block")
        << quint64(100) << QList<Op> { { 'a', 40 }, { 'r', 0, 100 } } << qint64(0) << Spans {};
    QTest::newRow("realloc moves when the next block is used")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'a', 10 }, { 'r', 0, 20 } } << qint64(20)
        << Spans { { 0, 10 }, { 40, 60 } };
    QTest::newRow("realloc to zero frees")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'r', 0, 0 } } << qint64(-1) << Spans { { 0, 100 } };
    QTest::newRow("realloc to the same size changes nothing")
        << quint64(100) << QList<Op> { { 'a', 10 }, { 'r', 0, 10 } } << qint64(0) << Spans { { 10, 90 } };
}

void TestHeap::referenceRules()
{
    QFETCH(quint64, heapSize);
    QFETCH(QList<Op>, ops);
    QFETCH(qint64, lastPtr);
    QFETCH(Spans, freeList);

    Heap heap(heapSize);
    OpResult last;
    for (const Op &op : ops)
        last = run(heap, op);
    if (!ops.isEmpty()) {
        QCOMPARE(last.hasPtr, lastPtr >= 0);
        if (lastPtr >= 0)
            QCOMPARE(last.ptr, Addr(lastPtr));
    }
    QCOMPARE(spansOf(heap, false), freeList);
}

void TestHeap::events_data()
{
    QTest::addColumn<QList<Op>>("setup");
    QTest::addColumn<Op>("op");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<Spans>("spans"); // the main span of each event

    QTest::newRow("malloc with split")
        << QList<Op> {} << Op { 'a', 16 } << QStringList { "split", "allocated" }
        << Spans { { 0, 64 }, { 0, 16 } };
    QTest::newRow("malloc exact fit")
        << QList<Op> {} << Op { 'a', 64 } << QStringList { "allocated" } << Spans { { 0, 64 } };
    QTest::newRow("free without merge") << QList<Op> { { 'a', 16 }, { 'a', 48 } } << Op { 'f', 0 }
                                        << QStringList { "freed" } << Spans { { 0, 16 } };
    QTest::newRow("free with merge") << QList<Op> { { 'a', 16 } } << Op { 'f', 0 }
                                     << QStringList { "freed", "merged" } << Spans { { 0, 16 }, { 0, 64 } };
    QTest::newRow("realloc in place")
        << QList<Op> { { 'a', 16 } } << Op { 'r', 0, 32 } << QStringList { "resized" } << Spans { { 0, 32 } };
    QTest::newRow("realloc shrink") << QList<Op> { { 'a', 16 }, { 'a', 48 } } << Op { 'r', 0, 8 }
                                    << QStringList { "resized", "freed" } << Spans { { 0, 8 }, { 8, 8 } };
    QTest::newRow("realloc move") << QList<Op> { { 'a', 16 }, { 'a', 16 } } << Op { 'r', 0, 24 }
                                  << QStringList { "split", "allocated", "moved", "freed" }
                                  << Spans { { 32, 32 }, { 32, 24 }, { 32, 24 }, { 0, 16 } };
    QTest::newRow("failed malloc") << QList<Op> {} << Op { 'a', 65 } << QStringList { "failed" }
                                   << Spans { { 0, 0 } };
    QTest::newRow("failed free") << QList<Op> {} << Op { 'f', 3 } << QStringList { "failed" }
                                 << Spans { { 0, 0 } };
}

void TestHeap::events()
{
    QFETCH(QList<Op>, setup);
    QFETCH(Op, op);
    QFETCH(QStringList, kinds);
    QFETCH(Spans, spans);

    Heap heap(64);
    for (const Op &s : setup)
        QVERIFY(run(heap, s).ok());
    const OpResult r = run(heap, op);
    QStringList got;
    Spans gotSpans;
    for (const Event &e : r.events) {
        got << kindName(e.kind);
        gotSpans.append({ e.span.start, e.span.size });
    }
    QCOMPARE(got, kinds);
    QCOMPARE(gotSpans, spans);
}

void TestHeap::failuresChangeNothing_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("code");

    QTest::newRow("malloc 0") << Op { 'a', 0 } << int(ErrorCode::InvalidSize);
    QTest::newRow("malloc too large") << Op { 'a', 1000 } << int(ErrorCode::OutOfMemory);
    QTest::newRow("malloc huge") << Op { 'a', ~quint64(0) } << int(ErrorCode::OutOfMemory);
    QTest::newRow("free inside a block") << Op { 'f', 5 } << int(ErrorCode::InvalidPointer);
    QTest::newRow("free of a free block") << Op { 'f', 30 } << int(ErrorCode::InvalidPointer);
    QTest::newRow("free inside a free block") << Op { 'f', 40 } << int(ErrorCode::InvalidPointer);
    QTest::newRow("free outside the heap") << Op { 'f', 5000 } << int(ErrorCode::InvalidPointer);
    QTest::newRow("realloc unknown pointer") << Op { 'r', 7, 10 } << int(ErrorCode::InvalidPointer);
    QTest::newRow("realloc beyond memory") << Op { 'r', 0, 500 } << int(ErrorCode::OutOfMemory);
}

void TestHeap::failuresChangeNothing()
{
    QFETCH(Op, op);
    QFETCH(int, code);

    Heap heap(256, Policy::NextFit);
    QVERIFY(heap.malloc(20).ok());
    QVERIFY(heap.malloc(20).ok());
    QVERIFY(heap.malloc(20).ok());
    QVERIFY(heap.free(20).ok());
    QVERIFY(heap.free(40).ok());
    // Next fit: the rover (60) lies in the free block [20, 256), so the
    // search starts at that block and takes its front.
    QCOMPARE(heap.malloc(10).ptr, Addr(20));
    const HeapState before = heap.state();
    const HeapStats statsBefore = heap.stats();

    const OpResult r = run(heap, op);
    QCOMPARE(int(r.error), code);
    QVERIFY(!r.message.empty());
    QVERIFY(!r.hasPtr);
    QCOMPARE(r.events.size(), std::size_t(1));
    QCOMPARE(r.events[0].kind, EventKind::Failed);

    HeapState after = heap.state();
    QCOMPARE(after.step, before.step + 1); // a failed operation is still a step
    after.step = before.step;
    QVERIFY(after == before);
    QCOMPARE(heap.stats().liveBytes, statsBefore.liveBytes);
    QCOMPARE(heap.stats().freeBlocks, statsBefore.freeBlocks);
}

void TestHeap::policies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<quint64>("ptr");
    // Free blocks after setup: [0,40) [50,20) [80,20) [110,890). Request 20.
    QTest::newRow("first-fit: lowest address") << "first-fit" << quint64(0);
    QTest::newRow("best-fit: smallest, lowest among equals") << "best-fit" << quint64(50);
    QTest::newRow("worst-fit: largest") << "worst-fit" << quint64(110);
    QTest::newRow("next-fit: from the rover") << "next-fit" << quint64(110);
}

void TestHeap::policies()
{
    QFETCH(QString, policy);
    QFETCH(quint64, ptr);
    Policy p;
    QVERIFY(parsePolicy(policy.toStdString(), p));
    QCOMPARE(QString::fromLatin1(policyName(p).data()), policy);

    Heap heap(1000, p);
    for (quint64 n : { 40, 10, 20, 10, 20, 10 })
        QVERIFY(heap.malloc(n).ok());
    for (quint64 a : { 0, 50, 80 })
        QVERIFY(heap.free(a).ok());
    const OpResult r = heap.malloc(20);
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, ptr);
}

void TestHeap::nextFitRover()
{
    Heap heap(100, Policy::NextFit);
    QCOMPARE(heap.malloc(10).ptr, Addr(0));
    QCOMPARE(heap.malloc(10).ptr, Addr(10));
    QCOMPARE(heap.rover(), Addr(20));
    QVERIFY(heap.free(0).ok());
    // The rover lies in the free block [20, 100): the search starts there.
    QCOMPARE(heap.malloc(5).ptr, Addr(20));
    QCOMPARE(heap.rover(), Addr(25));
    // Nothing after the rover fits 80 bytes; nothing before either: failure.
    QCOMPARE(heap.malloc(80).error, ErrorCode::OutOfMemory);
    QCOMPARE(heap.malloc(70).ptr, Addr(25));
    QCOMPARE(heap.rover(), Addr(95));
    // Only [0,10) and [95,100) are free: 8 bytes wrap around to 0.
    QCOMPARE(heap.malloc(8).ptr, Addr(0));
    QVERIFY(heap.reset(100, Policy::NextFit));
    QCOMPARE(heap.rover(), Addr(0));
}

void TestHeap::hugeHeap()
{
    Heap heap(kMaxHeapSize);
    QCOMPARE(heap.heapSize(), kMaxHeapSize);
    const OpResult r = heap.malloc(kMaxHeapSize - 1);
    QVERIFY(r.ok());
    QCOMPARE(heap.malloc(2).error, ErrorCode::OutOfMemory);
    QVERIFY(heap.malloc(1).ok());
    QCOMPARE(heap.stats().freeBytes, Addr(0));
    QVERIFY(heap.free(0).ok());
    QCOMPARE(heap.stats().largestFree, kMaxHeapSize - 1);
}

void TestHeap::resetRejectsBadSizes()
{
    Heap heap(64);
    QVERIFY(heap.malloc(8).ok());
    QVERIFY(!heap.reset(0, Policy::FirstFit));
    QVERIFY(!heap.reset(kMaxHeapSize + 1, Policy::BestFit));
    QCOMPARE(heap.heapSize(), Addr(64));
    QCOMPARE(heap.stats().liveBytes, Addr(8));
    QVERIFY(heap.reset(1, Policy::BestFit));
    QCOMPARE(heap.malloc(1).ptr, Addr(0));
}

void TestHeap::stats()
{
    Heap heap(100);
    QVERIFY(heap.malloc(30).ok());
    QVERIFY(heap.malloc(30).ok());
    QVERIFY(heap.malloc(10).ok());
    QVERIFY(heap.free(0).ok());
    const HeapStats s = heap.stats();
    QCOMPARE(s.liveBytes, Addr(40));
    QCOMPARE(s.freeBytes, Addr(60));
    QCOMPARE(s.usedBlocks, Addr(2));
    QCOMPARE(s.freeBlocks, Addr(2));
    QCOMPARE(s.largestFree, Addr(30));
    QCOMPARE(s.peakLiveBytes, Addr(70));
    QCOMPARE(s.highWater, Addr(70));
    QCOMPARE(s.fragmentation(), 0.5);
}

void TestHeap::restoreIsExact()
{
    Heap heap(4096, Policy::BestFit);
    for (int i = 1; i <= 50; ++i)
        heap.malloc(quint64(i * 7 % 61 + 1), quint32(i));
    for (quint64 a = 0; a < 4096; a += 3)
        heap.free(a);
    const HeapState saved = heap.state();
    const HeapStats savedStats = heap.stats();
    const OpResult next = heap.malloc(17);

    Heap other(8);
    other.restore(saved);
    QVERIFY(other.state() == saved);
    QCOMPARE(other.stats().liveBytes, savedStats.liveBytes);
    QCOMPARE(other.stats().largestFree, savedStats.largestFree);
    const OpResult again = other.malloc(17);
    QCOMPARE(again.ptr, next.ptr);
    QVERIFY(other.state() == heap.state());
}

void TestHeap::reallocTag_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint32>("tag");
    QTest::addColumn<quint64>("ptr");
    QTest::addColumn<quint32>("expectedTag");
    // a at 0 (64 bytes, tag 1), b at 64 (32 bytes, tag 2), free from 96.
    QTest::newRow("same size, new tag") << quint64(64) << quint32(7) << quint64(0) << quint32(7);
    QTest::newRow("same size, tag 0 keeps") << quint64(64) << quint32(0) << quint64(0) << quint32(1);
    QTest::newRow("shrink, new tag") << quint64(16) << quint32(7) << quint64(0) << quint32(7);
    QTest::newRow("move, new tag") << quint64(100) << quint32(7) << quint64(96) << quint32(7);
    QTest::newRow("move, tag 0 keeps") << quint64(100) << quint32(0) << quint64(96) << quint32(1);
}

void TestHeap::reallocTag()
{
    QFETCH(quint64, size);
    QFETCH(quint32, tag);
    QFETCH(quint64, ptr);
    QFETCH(quint32, expectedTag);
    Heap heap(1024);
    QCOMPARE(heap.malloc(64, 1).ptr, Addr(0));
    QCOMPARE(heap.malloc(32, 2).ptr, Addr(64));
    const HeapStats before = heap.stats();
    const OpResult r = heap.realloc(0, size, tag);
    QVERIFY(r.ok());
    QCOMPARE(r.ptr, Addr(ptr));
    BlockInfo b;
    QVERIFY(heap.blockAt(ptr, b));
    QVERIFY(b.used);
    QCOMPARE(b.size, Size(size));
    QCOMPARE(b.tag, expectedTag);
    QVERIFY(heap.blockAt(64, b));
    QCOMPARE(b.tag, quint32(2)); // the neighbour keeps its name
    QCOMPARE(heap.stats().liveBytes, before.liveBytes - 64 + size);
}

QTEST_APPLESS_MAIN(TestHeap)

void TestHeap::placementIsWhereMallocGoes_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::newRow("first-fit") << Policy::FirstFit;
    QTest::newRow("next-fit") << Policy::NextFit;
    QTest::newRow("best-fit") << Policy::BestFit;
    QTest::newRow("worst-fit") << Policy::WorstFit;
}

// The hover ghost asks placement() before a click: it must be exactly where
// malloc then puts the block, and change nothing.
void TestHeap::placementIsWhereMallocGoes()
{
    QFETCH(Policy, policy);
    const unsigned seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Heap heap(4096, policy);
    std::vector<Addr> live;
    for (int i = 0; i < 2000; ++i) {
        if (!live.empty() && rng.bounded(3) == 0) {
            const auto k = rng.bounded(quint32(live.size()));
            QVERIFY(heap.free(live[k]).ok());
            live.erase(live.begin() + k);
            continue;
        }
        const Size n = 1 + rng.bounded(300);
        Addr where = 0;
        const HeapState before = heap.state();
        const bool fits = heap.placement(n, where);
        QVERIFY(heap.state() == before);
        const OpResult r = heap.malloc(n);
        QCOMPARE(fits, r.ok());
        if (fits) {
            QCOMPARE(r.ptr, where);
            live.push_back(r.ptr);
        }
    }
    Addr unused = 0;
    QVERIFY(!heap.placement(0, unused));
}

// The free-list links overlay walks the free blocks of a stretch with
// firstFreeFrom(): the same blocks a walk over every block finds.
void TestHeap::firstFreeFromMatchesAScan()
{
    const unsigned seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Heap heap(8192);
    std::vector<Addr> live;
    for (int i = 0; i < 600; ++i) {
        if (!live.empty() && rng.bounded(3) == 0) {
            const auto k = rng.bounded(quint32(live.size()));
            QVERIFY(heap.free(live[k]).ok());
            live.erase(live.begin() + k);
        } else if (const OpResult r = heap.malloc(1 + rng.bounded(60)); r.ok()) {
            live.push_back(r.ptr);
        }
        const Addr from = rng.bounded(8192);
        const Size n = 1 + rng.bounded(40);
        std::optional<BlockInfo> expected;
        heap.forEachBlock([&](const BlockInfo &b) {
            if (!expected && !b.used && b.start >= from && b.size >= n)
                expected = b;
        });
        BlockInfo found;
        QCOMPARE(heap.firstFreeFrom(from, n, found), expected.has_value());
        if (expected)
            QCOMPARE(found.start, expected->start);
    }
}

// The free-list view marks nextFitStart() as the rover's block, and next
// fit's malloc searches from it: the rule, worked out from the block list,
// on random heaps, and where malloc(n) would go from there.
void TestHeap::nextFitStartIsTheRoversBlock()
{
    const unsigned seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Heap heap(8192, Policy::NextFit);
    std::vector<Addr> live;
    for (int i = 0; i < 3000; ++i) {
        if (!live.empty() && rng.bounded(3) == 0) {
            const auto k = rng.bounded(quint32(live.size()));
            QVERIFY(heap.free(live[k]).ok());
            live.erase(live.begin() + k);
        } else if (const OpResult r = heap.malloc(1 + rng.bounded(400)); r.ok()) {
            live.push_back(r.ptr);
        }
        // The block holding the rover, else the first after it, else the first.
        std::vector<BlockInfo> free;
        heap.forEachBlock([&](const BlockInfo &b) {
            if (!b.used)
                free.push_back(b);
        });
        const Addr rover = heap.rover();
        auto it = std::upper_bound(free.begin(), free.end(), rover,
                                   [](Addr a, const BlockInfo &b) { return a < b.start; });
        std::optional<BlockInfo> expected;
        if (it != free.begin() && std::prev(it)->end() > rover)
            expected = *std::prev(it);
        else if (it != free.end())
            expected = *it;
        else if (!free.empty())
            expected = free.front();
        BlockInfo start;
        QCOMPARE(heap.nextFitStart(start), expected.has_value());
        if (expected)
            QCOMPARE(start.start, expected->start);
        // From there, in address order and wrapping once: the first that fits.
        const Size n = 1 + rng.bounded(600);
        std::optional<Addr> fits;
        if (expected) {
            const auto from = std::find_if(free.begin(), free.end(),
                                           [&](const BlockInfo &b) { return b.start == expected->start; });
            for (std::size_t k = 0; k < free.size() && !fits; ++k) {
                const BlockInfo &b = free[(std::size_t(from - free.begin()) + k) % free.size()];
                if (b.size >= n)
                    fits = b.start;
            }
        }
        Addr where = 0;
        QCOMPARE(heap.placement(n, where), fits.has_value());
        if (fits)
            QCOMPARE(where, *fits);
    }
}

#include "tst_heap.moc"
