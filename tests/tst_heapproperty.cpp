// SPDX-License-Identifier: MIT
// Randomized property test: the core against a small, obviously-correct
// reference model (a sorted vector and linear scans), for every policy, with
// the heap invariants checked after every operation.
#include "heap.h"
#include "referenceheap.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <vector>

using namespace heapboard;

using heapboard::test::ReferenceHeap;

namespace {

// Empty when the invariants hold, else what is wrong.
QString invariantViolation(const Heap &heap)
{
    Addr expected = 0;
    bool previousFree = false;
    QString error;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (!error.isEmpty())
            return;
        if (b.start != expected)
            error = QStringLiteral("gap or overlap at %1 (block starts at %2)").arg(expected).arg(b.start);
        else if (b.size == 0)
            error = QStringLiteral("empty block at %1").arg(b.start);
        else if (!b.used && previousFree)
            error = QStringLiteral("adjacent free blocks at %1").arg(b.start);
        expected = b.start + b.size;
        previousFree = !b.used;
    });
    if (error.isEmpty() && expected != heap.heapSize())
        error = QStringLiteral("blocks end at %1, heap size %2").arg(expected).arg(heap.heapSize());
    return error;
}

bool sameBlocks(const std::vector<BlockInfo> &a, const std::vector<BlockInfo> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const BlockInfo &x, const BlockInfo &y) {
        return x.start == y.start && x.size == y.size && x.used == y.used;
    });
}

} // namespace

class TestHeapProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data();
    void matchesReference();
};

void TestHeapProperty::matchesReference_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("firstSeed");
    for (Policy p : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit })
        QTest::newRow(policyName(p).data()) << int(p) << 1;
}

void TestHeapProperty::matchesReference()
{
    QFETCH(int, policy);
    QFETCH(int, firstSeed);
    constexpr int kSeeds = 40;
    constexpr int kOpsPerSeed = 1500; // 4 policies x 40 x 1500 = 240,000 operations
    const Size sizes[] = { 64, 1000, 4096, Size { 1 } << 20 };

    for (int seed = firstSeed; seed < firstSeed + kSeeds; ++seed) {
        std::mt19937_64 rng(std::uint64_t(seed) * 7919 + std::uint64_t(policy));
        const Size heapSize = sizes[seed % 4];
        Heap heap(heapSize, Policy(policy));
        ReferenceHeap ref(heapSize, Policy(policy));
        const auto pick = [&](Size bound) { return Size(rng() % bound); };
        const auto request = [&]() -> Size {
            switch (pick(10)) {
            case 0:
                return 0;
            case 1:
                return heapSize + pick(3);
            default:
                return 1 + pick(std::max<Size>(heapSize / 12, 2));
            }
        };

        for (int i = 0; i < kOpsPerSeed; ++i) {
            const std::vector<Addr> live = ref.livePointers();
            const auto target = [&]() -> Addr {
                if (!live.empty() && pick(5) != 0)
                    return live[pick(live.size())];
                return pick(heapSize + 2);
            };
            const int what = int(pick(20));
            const QByteArray where = QStringLiteral("seed %1 op %2 (%3)").arg(seed).arg(i).arg(what).toUtf8();
            if (what < 9) {
                const Size n = request();
                const OpResult r = heap.malloc(n);
                const std::optional<Addr> expected = ref.malloc(n);
                QVERIFY2(r.hasPtr == bool(expected), where.constData());
                if (expected)
                    QVERIFY2(r.ptr == *expected, where.constData());
                else
                    QVERIFY2(r.error == (n == 0 ? ErrorCode::InvalidSize : ErrorCode::OutOfMemory),
                             where.constData());
            } else if (what < 16) {
                const Addr p = target();
                const OpResult r = heap.free(p);
                QVERIFY2(r.ok() == ref.free(p), where.constData());
            } else {
                const Addr p = target();
                const Size n = pick(4) == 0 ? 0 : request();
                const OpResult r = heap.realloc(p, n);
                const auto [error, expected] = ref.realloc(p, n);
                QVERIFY2(r.error == error, where.constData());
                QVERIFY2(r.hasPtr == bool(expected), where.constData());
                if (expected)
                    QVERIFY2(r.ptr == *expected, where.constData());
            }
            const QString broken = invariantViolation(heap);
            QVERIFY2(broken.isEmpty(), (where + ": " + broken.toUtf8()).constData());
            QVERIFY2(sameBlocks(heap.blocks(), ref.blocks()), where.constData());
            QVERIFY2(heap.step() == std::uint32_t(i + 1), where.constData());
        }
    }
}

QTEST_APPLESS_MAIN(TestHeapProperty)
#include "tst_heapproperty.moc"
