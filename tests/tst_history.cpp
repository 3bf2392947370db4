// SPDX-License-Identifier: MIT
// The history against fresh replays: jumping to step k must give exactly the
// state that running the first k operations on a new heap gives.
#include "history.h"

#include <QTest>
#include <random>

using namespace heapboard;

namespace {

struct Op {
    int kind; // 0 malloc, 1 free, 2 realloc, 3 reject, 4 set policy
    std::uint64_t a;
    std::uint64_t b;
};

std::vector<Op> randomOps(std::mt19937_64 &rng, int count, Size heapSize)
{
    std::vector<Op> ops;
    std::vector<Addr> guesses { 0 };
    for (int i = 0; i < count; ++i) {
        const int r = int(rng() % 100);
        const Addr p = guesses[rng() % guesses.size()];
        if (r < 50)
            ops.push_back({ 0, 1 + rng() % (heapSize / 8), 0 });
        else if (r < 80)
            ops.push_back({ 1, p, 0 });
        else if (r < 95)
            ops.push_back({ 2, p, rng() % (heapSize / 6) });
        else if (r < 98)
            ops.push_back({ 3, 0, 0 });
        else
            ops.push_back({ 4, rng() % 4, 0 });
        guesses.push_back(rng() % heapSize);
    }
    return ops;
}

template<typename Target> OpResult apply(Target &t, const Op &op, std::uint32_t tag)
{
    switch (op.kind) {
    case 0:
        return t.malloc(op.a, tag);
    case 1:
        return t.free(op.a);
    case 2:
        return t.realloc(op.a, op.b);
    case 3:
        return t.reject(ErrorCode::InvalidSize, "rejected");
    default:
        t.setPolicy(Policy(op.a));
        return OpResult {};
    }
}

// Frees in a trace are of pointers malloc returned; feed them back in.
std::vector<Op> withRealPointers(std::vector<Op> ops, Heap &heap)
{
    std::vector<Addr> live;
    std::uint32_t tag = 0;
    for (Op &op : ops) {
        if ((op.kind == 1 || op.kind == 2) && !live.empty() && op.a % 5 != 0)
            op.a = live[op.a % live.size()];
        const OpResult r = apply(heap, op, ++tag);
        if (r.hasPtr)
            live.push_back(r.ptr);
    }
    return ops;
}

bool sameEvents(const EventList &a, const EventList &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Event &x = a[i];
        const Event &y = b[i];
        if (x.kind != y.kind || x.span != y.span || x.partCount != y.partCount || x.error != y.error
            || x.tag != y.tag || !std::equal(x.parts.begin(), x.parts.begin() + x.partCount, y.parts.begin()))
            return false;
    }
    return true;
}

// Everything step k of a history says about itself, for comparisons.
struct Recorded {
    StepInfo info;
    StepDelta delta;
    EventList events;
    std::string message;
};

Recorded recorded(const History &h, std::size_t k)
{
    return { h.info(k), h.delta(k), h.events(k), h.message(k) };
}

QString differences(const Recorded &a, const Recorded &b)
{
    QStringList out;
    if (a.info.kind != b.info.kind || a.info.error != b.info.error || a.info.hasPtr != b.info.hasPtr
        || a.info.policy != b.info.policy || a.info.tag != b.info.tag || a.info.arg != b.info.arg
        || a.info.size != b.info.size || a.info.ptr != b.info.ptr)
        out << QStringLiteral("info");
    if (a.delta.removed != b.delta.removed || a.delta.added != b.delta.added)
        out << QStringLiteral("blocks");
    if (!sameEvents(a.events, b.events))
        out << QStringLiteral("events");
    if (a.message != b.message)
        out << QStringLiteral("message");
    return out.join(QLatin1Char(' '));
}

std::vector<Op> randomSession(std::uint64_t seed, int count, Size heapSize, Policy policy)
{
    std::mt19937_64 rng(seed);
    Heap scratch(heapSize, policy);
    return withRealPointers(randomOps(rng, count, heapSize), scratch);
}

// The same random session on both histories: mallocs, frees and reallocs
// of live blocks, and frees of addresses below `below` (nearly always not a
// block). Stops early once `a` has used half of `below`: next fit walks on
// into a longer free block at the end, and a session that goes beyond
// `below` there could not shrink to it.
void playOnBoth(History &a, History &b, Size below)
{
    const auto both = [&](const auto &op) {
        const OpResult r = op(a);
        op(b);
        return r;
    };
    std::mt19937_64 rng(17);
    std::vector<Addr> live;
    for (int i = 0; i < 3000 && a.heap().stats().highWater < below / 2; ++i) {
        const int r = int(rng() % 10);
        OpResult result;
        if (r < 3 && !live.empty()) {
            const std::size_t at = rng() % live.size();
            const Addr p = live[at];
            live[at] = live.back();
            live.pop_back();
            const Size n = 1 + rng() % 128;
            if (r == 0)
                result = both([&](History &h) { return h.realloc(p, n); });
            else
                both([&](History &h) { return h.free(p); });
        } else if (r == 3) {
            const Addr p = rng() % below;
            both([&](History &h) { return h.free(p); });
        } else {
            const Size n = 1 + rng() % 64;
            const auto tag = std::uint32_t(i + 1);
            result = both([&](History &h) { return h.malloc(n, tag); });
        }
        if (result.hasPtr)
            live.push_back(result.ptr);
    }
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jumpMatchesFreshReplay_data();
    void jumpMatchesFreshReplay();
    void undoAllRedoAll();
    void failedStepsAreSteps();
    void newStepDropsRedo();
    void resetRejectsBadSize();
    void recordsWhatTheHeapReported();
    void tailsGoBackExactly();
    void snapshotsStayWithinTheirBudget();
    void shrinkHeap_data();
    void shrinkHeap();
};

void TestHistory::jumpMatchesFreshReplay_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("seed");
    for (int p = 0; p < 4; ++p) {
        for (int seed = 1; seed <= 3; ++seed)
            QTest::addRow("%s seed %d", policyName(Policy(p)).data(), seed) << p << seed;
    }
}

void TestHistory::jumpMatchesFreshReplay()
{
    QFETCH(int, policy);
    QFETCH(int, seed);
    std::mt19937_64 rng(std::uint64_t(seed * 31 + policy));
    const Size heapSize = 1 << 14;
    Heap scratch(heapSize, Policy(policy));
    const std::vector<Op> ops = withRealPointers(randomOps(rng, 1500, heapSize), scratch);

    // Expected states: a fresh replay of the first k operations, for every k.
    std::vector<HeapState> expected;
    Heap fresh(heapSize, Policy(policy));
    expected.push_back(fresh.state());
    std::uint32_t tag = 0;
    History history(heapSize, Policy(policy));
    for (const Op &op : ops) {
        ++tag;
        const OpResult a = apply(fresh, op, tag);
        const OpResult b = apply(history, op, tag);
        QCOMPARE(a.ptr, b.ptr);
        QCOMPARE(a.error, b.error);
        expected.push_back(fresh.state());
    }
    QCOMPARE(history.size(), ops.size());
    QVERIFY(history.checkpointCount() > 2);

    std::vector<std::size_t> order(expected.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
        QVERIFY(history.jumpTo(k));
        QCOMPARE(history.position(), k);
        if (!(history.heap().state() == expected[k]))
            QFAIL(qPrintable(QStringLiteral("state differs at step %1 (seed %2)").arg(k).arg(seed)));
    }
    // Stepping one at a time both ways agrees too.
    QVERIFY(history.jumpTo(0));
    for (std::size_t k = 1; k < expected.size(); ++k) {
        QVERIFY(history.redo());
        QVERIFY(history.heap().state() == expected[k]);
    }
    QVERIFY(!history.redo());
    QVERIFY(!history.jumpTo(expected.size()));
}

void TestHistory::undoAllRedoAll()
{
    History history(4096, Policy::BestFit);
    for (int i = 1; i <= 600; ++i) {
        if (i % 3 == 0)
            history.free(Addr(i * 7 % 4096));
        else
            history.malloc(Size(i % 50 + 1), std::uint32_t(i));
    }
    const HeapState final = history.heap().state();
    const HeapStats finalStats = history.heap().stats();
    while (history.undo()) { }
    QCOMPARE(history.position(), std::size_t(0));
    QCOMPARE(history.heap().blockCount(), std::size_t(1));
    QCOMPARE(history.heap().stats().liveBytes, Size(0));
    QCOMPARE(history.heap().stats().peakLiveBytes, Size(0));
    QCOMPARE(history.heap().rover(), Addr(0));
    while (history.redo()) { }
    QVERIFY(history.heap().state() == final);
    QCOMPARE(history.heap().stats().liveBytes, finalStats.liveBytes);
    QCOMPARE(history.heap().stats().largestFree, finalStats.largestFree);
    QCOMPARE(history.heap().stats().freeBlocks, finalStats.freeBlocks);
}

void TestHistory::failedStepsAreSteps()
{
    History history(100);
    QVERIFY(history.malloc(60).ok());
    const HeapState afterFirst = history.heap().state();
    QCOMPARE(history.malloc(60).error, ErrorCode::OutOfMemory);
    QCOMPARE(history.free(7).error, ErrorCode::InvalidPointer);
    QCOMPARE(history.size(), std::size_t(3));
    QCOMPARE(history.info(2).error, ErrorCode::OutOfMemory);
    QVERIFY(history.message(2).find("out of memory") != std::string::npos);
    QCOMPARE(history.info(3).kind, StepKind::Free);
    QCOMPARE(history.info(3).arg, Addr(7));
    QVERIFY(history.message(1).empty());

    QVERIFY(history.jumpTo(2));
    HeapState s = history.heap().state();
    QCOMPARE(s.step, afterFirst.step + 1);
    s.step = afterFirst.step;
    QVERIFY(s == afterFirst);
    QVERIFY(history.jumpTo(1));
    QVERIFY(history.heap().state() == afterFirst);
}

void TestHistory::newStepDropsRedo()
{
    History history(256);
    history.malloc(10);
    history.malloc(20);
    history.malloc(30);
    QVERIFY(history.undo());
    QVERIFY(history.undo());
    QCOMPARE(history.position(), std::size_t(1));
    const OpResult r = history.malloc(5);
    QCOMPARE(r.ptr, Addr(10));
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history.info(2).size, Size(5));
    QVERIFY(!history.redo());
    QVERIFY(history.undo());
    QCOMPARE(history.heap().stats().liveBytes, Size(10));
}

void TestHistory::resetRejectsBadSize()
{
    History history(256);
    history.malloc(10);
    QVERIFY(!history.reset(0, Policy::FirstFit));
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.heap().stats().liveBytes, Size(10));
    QVERIFY(history.reset(512, Policy::WorstFit));
    QCOMPARE(history.size(), std::size_t(0));
    QCOMPARE(history.heap().heapSize(), Size(512));
}

void TestHistory::recordsWhatTheHeapReported()
{
    // Each step reads back as the heap reported it: what was asked and
    // returned, the blocks replaced and left, the events and the message.
    const Size heapSize = 1 << 14;
    const std::vector<Op> ops = randomSession(5, 2000, heapSize, Policy::NextFit);
    Heap fresh(heapSize, Policy::NextFit);
    fresh.setRecording(true);
    History history(heapSize, Policy::NextFit);
    std::uint32_t tag = 0;
    for (const Op &op : ops) {
        ++tag;
        const OpResult expected = apply(fresh, op, tag);
        apply(history, op, tag);
        const std::size_t k = history.size();
        const Recorded r = recorded(history, k);
        QVERIFY2(sameEvents(r.events, expected.events),
                 qPrintable(QStringLiteral("events of step %1").arg(k)));
        QCOMPARE(r.delta.removed, fresh.lastDelta().removed);
        QCOMPARE(r.delta.added, fresh.lastDelta().added);
        QCOMPARE(r.info.error, expected.error);
        QCOMPARE(r.info.hasPtr, expected.hasPtr);
        QCOMPARE(r.info.ptr, expected.ptr);
        QCOMPARE(r.message, expected.message);
    }
    QCOMPARE(history.info(1).kind, StepKind::Malloc);
}

void TestHistory::tailsGoBackExactly()
{
    // Enough steps to fill several record chunks; tails taken at chunk
    // boundaries and between them go back as they were.
    const Size heapSize = 1 << 16;
    const std::vector<Op> ops = randomSession(9, 6000, heapSize, Policy::FirstFit);
    History history(heapSize);
    std::uint32_t tag = 0;
    for (const Op &op : ops)
        apply(history, op, ++tag);
    std::vector<Recorded> before;
    for (std::size_t k = 1; k <= history.size(); ++k)
        before.push_back(recorded(history, k));
    history.jumpTo(history.size());
    const HeapState final = history.heap().state();
    for (const std::size_t at :
         { std::size_t(0), std::size_t(1), std::size_t(150), std::size_t(2999), history.size() - 1 }) {
        History::Tail tail = history.takeTail(at);
        QCOMPARE(history.size(), at);
        QCOMPARE(tail.infos.size(), ops.size() - at);
        history.restoreTail(std::move(tail));
        QCOMPARE(history.size(), ops.size());
        for (std::size_t k = 1; k <= history.size(); ++k) {
            const QString diff = differences(recorded(history, k), before[k - 1]);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QStringLiteral("at %1, step %2: %3").arg(at).arg(k).arg(diff)));
        }
        QVERIFY(history.jumpTo(history.size()));
        QVERIFY(history.heap().state() == final);
    }
}

void TestHistory::snapshotsStayWithinTheirBudget()
{
    const Size heapSize = 1 << 20;
    std::mt19937_64 rng(3);
    History history(heapSize);
    history.setCheckpointBudget(64 << 10);
    Heap fresh(heapSize);
    std::vector<HeapState> expected { fresh.state() };
    std::vector<Addr> live;
    for (int i = 0; i < 20000; ++i) {
        if (i % 3 == 2 && !live.empty()) {
            const std::size_t at = rng() % live.size();
            history.free(live[at]);
            fresh.free(live[at]);
            live[at] = live.back();
            live.pop_back();
        } else {
            const Size n = 1 + rng() % 64;
            live.push_back(history.malloc(n, std::uint32_t(i + 1)).ptr);
            fresh.malloc(n, std::uint32_t(i + 1));
        }
        expected.push_back(fresh.state());
    }
    QVERIFY(history.checkpointCount() >= 2);
    QVERIFY2(history.checkpointInterval() > 256, "the snapshots were thinned");
    QVERIFY(history.memoryBytes() < 20000 * 64 + (64 << 10));
    for (std::size_t k = 0; k < expected.size(); k += 997) {
        QVERIFY(history.jumpTo(k));
        QVERIFY2(history.heap().state() == expected[k], qPrintable(QStringLiteral("step %1").arg(k)));
    }
}

void TestHistory::shrinkHeap_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("outOfMemory");
    QTest::addColumn<bool>("shrinks");
    QTest::newRow("first fit") << int(Policy::FirstFit) << false << true;
    QTest::newRow("next fit") << int(Policy::NextFit) << false << true;
    QTest::newRow("best fit: the end block's size matters") << int(Policy::BestFit) << false << false;
    QTest::newRow("worst fit") << int(Policy::WorstFit) << false << false;
    QTest::newRow("a step ran out of memory") << int(Policy::FirstFit) << true << false;
}

void TestHistory::shrinkHeap()
{
    // The same session on a 1 TiB heap and on a 64 KiB one that holds it:
    // where shrinking is allowed, the first shrunk is the second, step for
    // step; elsewhere it is refused and nothing changes.
    QFETCH(int, policy);
    QFETCH(bool, outOfMemory);
    QFETCH(bool, shrinks);
    const Size small = 1 << 16;
    const Size large = Size(1) << 40;
    History big(large, Policy(policy));
    History exact(small, Policy(policy));
    playOnBoth(big, exact, small);
    if (outOfMemory) {
        big.malloc(Size(1) << 41);
        exact.malloc(Size(1) << 41);
    }
    QVERIFY(exact.heap().stats().highWater < small);

    QCOMPARE(big.shrinkHeap(small), shrinks);
    if (!shrinks) {
        QCOMPARE(big.heap().heapSize(), large);
        return;
    }
    QCOMPARE(big.heap().heapSize(), small);
    QVERIFY(!big.shrinkHeap(big.heap().stats().highWater)); // a used block reaches it
    for (std::size_t k = 1; k <= exact.size(); ++k) {
        const QString diff = differences(recorded(big, k), recorded(exact, k));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(k).arg(diff)));
    }
    std::vector<std::size_t> order(exact.size() + 1);
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::mt19937_64 rng(5);
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
        QVERIFY(big.jumpTo(k));
        QVERIFY(exact.jumpTo(k));
        QVERIFY2(big.heap().state() == exact.heap().state(), qPrintable(QStringLiteral("step %1").arg(k)));
    }
}

QTEST_APPLESS_MAIN(TestHistory)
#include "tst_history.moc"
