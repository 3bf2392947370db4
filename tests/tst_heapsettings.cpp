// SPDX-License-Identifier: MIT
// Randomized property test of the allocator's settings (docs/settings.md):
// every list order x coalescing mode x policy, with random headers,
// alignments, minimum blocks, base addresses and heap growth, against a plain model
// (referencelist.h); then the history walked back and forth over the same
// steps must give back every state, list order included.
#include "history.h"
#include "referencelist.h"

#include <QTest>
#include <random>

using namespace heapboard;
using heapboard::test::ReferenceListHeap;

namespace {

struct Snapshot {
    std::vector<BlockInfo> blocks;
    std::vector<Span> list;
};

// Empty when the two agree on the blocks (start, size, used) and the free
// list's order; else what differs.
QString difference(const Heap &heap, const Snapshot &ref)
{
    const std::vector<BlockInfo> blocks = heap.blocks();
    const bool sameBlocks = std::equal(blocks.begin(), blocks.end(), ref.blocks.begin(), ref.blocks.end(),
                                       [](const BlockInfo &x, const BlockInfo &y) {
                                           return x.start == y.start && x.size == y.size && x.used == y.used;
                                       });
    if (!sameBlocks)
        return QStringLiteral("blocks differ (%1 against %2)").arg(blocks.size()).arg(ref.blocks.size());
    std::vector<Span> list;
    for (const BlockInfo &b : heap.freeList())
        list.push_back({ b.start, b.size });
    if (list != ref.list) {
        QString text = QStringLiteral("free list order differs:");
        for (std::size_t i = 0; i < std::max(list.size(), ref.list.size()); ++i)
            text += QStringLiteral(" %1/%2")
                        .arg(i < list.size() ? list[i].start : 0)
                        .arg(i < ref.list.size() ? ref.list[i].start : 0);
        return text;
    }
    return {};
}

} // namespace

class TestHeapSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesModel_data();
    void matchesModel();
};

void TestHeapSettings::matchesModel_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("coalescing");
    for (int o = 0; o < 5; ++o) {
        for (int c = 0; c < 4; ++c) {
            const std::string name
                = std::string(listOrderName(ListOrder(o))) + " " + std::string(coalescingName(Coalescing(c)));
            QTest::newRow(name.c_str()) << o << c;
        }
    }
}

void TestHeapSettings::matchesModel()
{
    QFETCH(int, order);
    QFETCH(int, coalescing);
    constexpr int kSeeds = 6;
    constexpr int kOps = 700; // 20 rows x 6 x 700 = 84,000 operations
    int grew = 0; // heaps that did grow: the growth path was exercised
    for (int seed = 0; seed < kSeeds; ++seed) {
        std::mt19937_64 rng(std::uint64_t(seed) * 104729 + std::uint64_t(order * 7 + coalescing));
        const auto pick = [&](Size bound) { return Size(rng() % bound); };
        HeapSettings s;
        s.order = ListOrder(order);
        s.coalescing = Coalescing(coalescing);
        s.base = seed % 2 ? 1000 * pick(5) : 0;
        s.header = seed % 3 == 0 ? 0 : pick(9);
        s.alignment = seed % 3 == 2 ? Size { 1 } << pick(5) : 0;
        s.minBlock = seed % 4 == 1 ? pick(24) : 0;
        const Policy policy = Policy(seed % 4);
        const Size heapSize = seed % 2 ? 512 : 4096;
        if (seed % 3 == 1) { // a heap that grows (sbrk)
            s.growStep = Size { 16 } << pick(5);
            s.growMax = heapSize * (2 + pick(3)) + pick(100);
        }
        History history(heapSize, policy, s);
        ReferenceListHeap ref(heapSize, policy, s);
        std::vector<Snapshot> states { { ref.blocks(), ref.list() } };
        for (int i = 0; i < kOps; ++i) {
            const std::vector<Addr> live = ref.livePointers();
            const auto target = [&]() -> Addr {
                return !live.empty() && pick(6) != 0 ? live[pick(live.size())] : s.base + pick(heapSize + 2);
            };
            const Size n = pick(12) == 0 ? 0 : 1 + pick(heapSize / 10);
            const int what = int(pick(20));
            const QByteArray where
                = QStringLiteral("seed %1 op %2 (%3, n %4)").arg(seed).arg(i).arg(what).arg(n).toUtf8();
            if (what < 10) {
                const OpResult r = history.malloc(n);
                const std::optional<Addr> expected = ref.malloc(n);
                QVERIFY2(r.hasPtr == bool(expected), where.constData());
                QVERIFY2(!expected || r.ptr == *expected, where.constData());
            } else if (what < 17) {
                const Addr p = target();
                QVERIFY2(history.free(p).ok() == ref.free(p), where.constData());
            } else {
                const Addr p = target();
                const OpResult r = history.realloc(p, n);
                const auto [error, expected] = ref.realloc(p, n);
                QVERIFY2(r.error == error, where.constData());
                QVERIFY2(r.hasPtr == bool(expected) && (!expected || r.ptr == *expected), where.constData());
            }
            states.push_back({ ref.blocks(), ref.list() });
            const QString diff = difference(history.heap(), states.back());
            QVERIFY2(diff.isEmpty(), (where + ": " + diff.toUtf8()).constData());
        }
        grew += history.heap().heapSize() > heapSize ? 1 : 0;
        // Back and forth through the history: every step as it was.
        for (int jump = 0; jump < 60; ++jump) {
            const std::size_t k = pick(states.size());
            QVERIFY(history.jumpTo(k));
            const QString diff = difference(history.heap(), states[k]);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("seed %1 after a jump to %2: %3").arg(seed).arg(k).arg(diff)));
        }
    }
    QVERIFY(grew >= 1);
}

QTEST_APPLESS_MAIN(TestHeapSettings)
#include "tst_heapsettings.moc"
