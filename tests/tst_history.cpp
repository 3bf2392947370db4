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

QTEST_APPLESS_MAIN(TestHistory)
#include "tst_history.moc"
