// SPDX-License-Identifier: MIT
// Randomized property test: the core against a small, obviously-correct
// reference model (a sorted vector and linear scans), for every policy, with
// the heap invariants checked after every operation.
#include "heap.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <vector>

using namespace heapboard;

namespace {

// design.md §1, written as plainly as possible.
class ReferenceHeap
{
public:
    ReferenceHeap(Size size, Policy policy)
        : m_size(size)
        , m_policy(policy)
        , m_free{{0, size}}
    {
    }

    std::optional<Addr> malloc(Size n)
    {
        if (n == 0)
            return std::nullopt;
        const std::optional<std::size_t> i = choose(n);
        if (!i)
            return std::nullopt;
        Span &f = m_free[*i];
        const Addr p = f.start;
        if (f.size > n)
            f = {f.start + n, f.size - n};
        else
            m_free.erase(m_free.begin() + std::ptrdiff_t(*i));
        m_used[p] = n;
        m_rover = p + n;
        return p;
    }

    bool free(Addr p)
    {
        const auto it = m_used.find(p);
        if (it == m_used.end())
            return false;
        const Size n = it->second;
        m_used.erase(it);
        addFree({p, n});
        return true;
    }

    // Returns the error (None on success) and the new pointer.
    std::pair<ErrorCode, std::optional<Addr>> realloc(Addr p, Size n)
    {
        const auto it = m_used.find(p);
        if (it == m_used.end())
            return {ErrorCode::InvalidPointer, std::nullopt};
        if (n == 0) {
            free(p);
            return {ErrorCode::None, std::nullopt};
        }
        const Size old = it->second;
        if (n <= old) {
            it->second = n;
            if (n < old)
                addFree({p + n, old - n});
            return {ErrorCode::None, p};
        }
        for (std::size_t i = 0; i < m_free.size(); ++i) {
            if (m_free[i].start == p + old && m_free[i].size >= n - old) {
                it->second = n;
                m_free[i] = {m_free[i].start + (n - old), m_free[i].size - (n - old)};
                if (m_free[i].size == 0)
                    m_free.erase(m_free.begin() + std::ptrdiff_t(i));
                return {ErrorCode::None, p};
            }
        }
        const std::optional<Addr> q = malloc(n);
        if (!q)
            return {ErrorCode::OutOfMemory, std::nullopt};
        free(p);
        return {ErrorCode::None, q};
    }

    std::vector<BlockInfo> blocks() const
    {
        std::vector<BlockInfo> out;
        for (const Span &f : m_free)
            out.push_back({f.start, f.size, false, 0, 0});
        for (const auto &[p, n] : m_used)
            out.push_back({p, n, true, 0, 0});
        std::sort(out.begin(), out.end(), [](const BlockInfo &a, const BlockInfo &b) { return a.start < b.start; });
        return out;
    }

    std::vector<Addr> livePointers() const
    {
        std::vector<Addr> out;
        for (const auto &entry : m_used)
            out.push_back(entry.first);
        return out;
    }

private:
    std::optional<std::size_t> choose(Size n) const
    {
        std::optional<std::size_t> best;
        const std::size_t count = m_free.size();
        if (m_policy == Policy::NextFit) {
            // Start at the block containing the rover or the first after it; wrap once.
            std::size_t first = 0;
            while (first < count && m_free[first].end() <= m_rover)
                ++first;
            for (std::size_t k = 0; k < count; ++k) {
                const std::size_t i = (first + k) % count;
                if (m_free[i].size >= n)
                    return i;
            }
            return std::nullopt;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (m_free[i].size < n)
                continue;
            if (m_policy == Policy::FirstFit)
                return i;
            if (!best || (m_policy == Policy::BestFit && m_free[i].size < m_free[*best].size)
                || (m_policy == Policy::WorstFit && m_free[i].size > m_free[*best].size))
                best = i;
        }
        return best;
    }

    void addFree(Span s)
    {
        m_free.push_back(s);
        std::sort(m_free.begin(), m_free.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        std::vector<Span> merged;
        for (const Span &f : m_free) {
            if (!merged.empty() && merged.back().end() == f.start)
                merged.back().size += f.size;
            else
                merged.push_back(f);
        }
        m_free = merged;
    }

    Size m_size;
    Policy m_policy;
    Addr m_rover = 0;
    std::vector<Span> m_free;
    std::map<Addr, Size> m_used;
};

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
    for (Policy p : {Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit})
        QTest::newRow(policyName(p).data()) << int(p) << 1;
}

void TestHeapProperty::matchesReference()
{
    QFETCH(int, policy);
    QFETCH(int, firstSeed);
    constexpr int kSeeds = 40;
    constexpr int kOpsPerSeed = 1500; // 4 policies x 40 x 1500 = 240,000 operations
    const Size sizes[] = {64, 1000, 4096, Size{1} << 20};

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
