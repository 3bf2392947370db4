// SPDX-License-Identifier: MIT
// The keyed free list (core/freelist.h) over lists long enough to make its
// B+ trees several levels deep: thousands of free blocks, where
// tst_heapsettings's small heaps keep a list in one leaf. Every order other
// than address x two coalescing modes x every policy against the plain
// model (referencelist.h), pointer for pointer, then history jumps.
#include "history.h"
#include "referencelist.h"

#include <QTest>
#include <random>

using namespace heapboard;
using heapboard::test::ReferenceListHeap;

namespace {

struct Snapshot {
    std::size_t step = 0;
    std::vector<BlockInfo> blocks;
    std::vector<Span> list;
};

bool sameState(const Heap &heap, const Snapshot &ref)
{
    const std::vector<BlockInfo> blocks = heap.blocks();
    const bool sameBlocks = std::equal(blocks.begin(), blocks.end(), ref.blocks.begin(), ref.blocks.end(),
                                       [](const BlockInfo &x, const BlockInfo &y) {
                                           return x.start == y.start && x.size == y.size && x.used == y.used;
                                       });
    std::vector<Span> list;
    for (const BlockInfo &b : heap.freeList())
        list.push_back({ b.start, b.size });
    return sameBlocks && list == ref.list;
}

} // namespace

class TestKeyedFreeList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longListsMatchModel_data();
    void longListsMatchModel();
};

void TestKeyedFreeList::longListsMatchModel_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("coalescing");
    QTest::addColumn<int>("policy");
    for (int o = 1; o < 5; ++o) {
        for (Coalescing c : { Coalescing::None, Coalescing::Neighbours }) {
            for (int p = 0; p < 4; ++p) {
                const std::string name = std::string(listOrderName(ListOrder(o))) + " "
                    + std::string(coalescingName(c)) + " " + std::string(policyName(Policy(p)));
                QTest::newRow(name.c_str()) << o << int(c) << p;
            }
        }
    }
}

void TestKeyedFreeList::longListsMatchModel()
{
    QFETCH(int, order);
    QFETCH(int, coalescing);
    QFETCH(int, policy);
    constexpr Size kHeap = Size { 1 } << 16;
    std::mt19937_64 rng(std::uint64_t(order * 131 + coalescing * 17 + policy));
    const auto pick = [&](Size bound) { return Size(rng() % bound); };
    HeapSettings s;
    s.order = ListOrder(order);
    s.coalescing = Coalescing(coalescing);
    History history(kHeap, Policy(policy), s);
    ReferenceListHeap ref(kHeap, Policy(policy), s);
    std::vector<Snapshot> states;
    int ops = 0;
    // Mostly small blocks, now and then a large one, so that best and worst
    // fit have sizes to choose among.
    const auto allocate = [&] {
        const Size n = pick(16) == 0 ? 16 + pick(200) : 1 + pick(15);
        const OpResult r = history.malloc(n);
        const std::optional<Addr> expected = ref.malloc(n);
        return r.hasPtr == bool(expected) && (!expected || r.ptr == *expected);
    };
    const auto release = [&](Addr p) { return history.free(p).ok() == ref.free(p); };
    const auto check = [&] {
        if (++ops % 97 != 0)
            return true;
        states.push_back({ history.position(), ref.blocks(), ref.list() });
        return sameState(history.heap(), states.back());
    };
    // 2,400 blocks, half of them freed in random order: a list of
    // 500-1,200 blocks (tens of leaves, two levels), then churn.
    while (ref.livePointers().size() < 2400)
        QVERIFY2(allocate() && check(), qPrintable(QStringLiteral("filling, op %1").arg(ops)));
    std::vector<Addr> ptrs = ref.livePointers();
    std::shuffle(ptrs.begin(), ptrs.end(), rng);
    for (std::size_t i = 0; i < ptrs.size() / 2; ++i)
        QVERIFY2(release(ptrs[i]) && check(), qPrintable(QStringLiteral("freeing, op %1").arg(ops)));
    QVERIFY2(ref.list().size() > 500, qPrintable(QString::number(ref.list().size())));
    for (int i = 0; i < 1200; ++i) {
        const std::vector<Addr> live = ref.livePointers();
        const bool ok = pick(2) == 0 || live.empty() ? allocate() : release(live[pick(live.size())]);
        QVERIFY2(ok && check(), qPrintable(QStringLiteral("churn, op %1").arg(ops)));
    }
    states.push_back({ history.position(), ref.blocks(), ref.list() });
    QVERIFY(sameState(history.heap(), states.back()));
    for (int jump = 0; jump < 12; ++jump) {
        const Snapshot &state = states[pick(states.size())];
        QVERIFY(history.jumpTo(state.step));
        QVERIFY2(sameState(history.heap(), state), qPrintable(QStringLiteral("jump to %1").arg(state.step)));
    }
}

QTEST_APPLESS_MAIN(TestKeyedFreeList)
#include "tst_keyedfreelist.moc"
