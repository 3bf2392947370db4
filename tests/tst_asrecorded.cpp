// SPDX-License-Identifier: MIT
// "As recorded" (docs/hrec.md): a sparse address space with gaps that no
// operation touches and the statistics leave out, blocks placed at the
// addresses a recording gives (Heap::mallocAt, reallocAt), a recording's
// address space, and a recording replayed as recorded: every block where
// the real allocator put it, walked back and forth exactly.
#include "history.h"
#include "hrec.h"
#include "hrecevent.h"
#include "jsonl.h"
#include "recordedspace.h"
#include "stepseries.h"
#include "timeline.h"

#include <QTest>

using namespace heapboard;
using test::hrecCall;

namespace {

constexpr Addr kBase = 0x5555'5555'0000;
constexpr Addr kFar = 0x7fff'f7d0'0000;

// Two regions of 64 KiB with a gap of some 40 TiB between them.
HeapSettings sparse()
{
    HeapSettings s;
    s.base = kBase;
    s.gaps = { { kBase + 0x10000, kFar - kBase - 0x10000 } };
    return s;
}

Size sparseSize()
{
    return kFar + 0x10000 - kBase;
}

// What a small program did under glibc: the main heap, a large block in
// a mapping of its own far above, a realloc that stays and one that moves.
std::vector<HrecEvent> program()
{
    return {
        hrecCall(HrecKind::Malloc, 1, 100, kBase + 0x2a0, 24),
        hrecCall(HrecKind::Malloc, 1, 200, kBase + 0x2c0, 100),
        hrecCall(HrecKind::Malloc, 2, 300, kFar + 0x10, 200000),
        hrecCall(HrecKind::Realloc, 1, 400, kBase + 0x2a0, 20, kBase + 0x2a0),
        hrecCall(HrecKind::Free, 2, 500, kBase + 0x2c0),
        hrecCall(HrecKind::Realloc, 1, 600, kBase + 0x330, 300, kBase + 0x2a0),
        hrecCall(HrecKind::Free, 1, 700, kFar + 0x10),
        hrecCall(HrecKind::Malloc, 1, 800, kBase + 0x2a0, 40),
    };
}

Trace traceOf(const std::vector<HrecEvent> &events)
{
    HrecLog log;
    log.events = events;
    return traceFromHrec(log);
}

std::vector<BlockInfo> usedBlocks(const Heap &heap)
{
    std::vector<BlockInfo> out;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (b.used && b.tag != kGapTag)
            out.push_back(b);
    });
    return out;
}

} // namespace

class TestAsRecorded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyName()
    {
        Policy p = Policy::FirstFit;
        QVERIFY(parsePolicy("as-recorded", p));
        QCOMPARE(p, Policy::AsRecorded);
        QCOMPARE(heapboard::policyName(Policy::AsRecorded), std::string_view("as-recorded"));
    }

    void gapsAreNotTheHeaps()
    {
        Heap heap(sparseSize(), Policy::FirstFit, sparse());
        const HeapStats s = heap.stats();
        QCOMPARE(s.liveBytes, Size(0));
        QCOMPARE(s.usedBlocks, std::uint64_t(0));
        QCOMPARE(s.freeBytes, Size(0x20000));
        QCOMPARE(s.freeBlocks, std::uint64_t(2));
        QCOMPARE(s.largestFree, Size(0x10000));
        // First fit fills the first region, then goes past the gap.
        QVERIFY(heap.malloc(0x10000).ok());
        const OpResult far = heap.malloc(16);
        QVERIFY(far.ok());
        QCOMPARE(far.ptr, kFar);
        // Nothing frees or reallocates a gap.
        const HeapState before = heap.state();
        const OpResult r = heap.free(kBase + 0x10000);
        QCOMPARE(r.error, ErrorCode::InvalidPointer);
        QVERIFY2(r.message.find("gap of the address space") != std::string::npos, r.message.c_str());
        QCOMPARE(heap.realloc(kBase + 0x10000, 8).error, ErrorCode::InvalidPointer);
        HeapState after = heap.state();
        after.step = before.step;
        QVERIFY(after == before);
        // A state restored counts the same.
        Heap copy;
        copy.restore(heap.state());
        QCOMPARE(copy.stats().liveBytes, heap.stats().liveBytes);
        QCOMPARE(copy.stats().freeBlocks, heap.stats().freeBlocks);
    }

    void badGaps_data()
    {
        QTest::addColumn<Addr>("start");
        QTest::addColumn<Size>("size");
        QTest::newRow("empty") << kBase + 16 << Size(0);
        QTest::newRow("before the base") << kBase - 16 << Size(32);
        QTest::newRow("past the end") << kBase + 0x100 << Size(0x1000);
    }

    void badGaps()
    {
        QFETCH(Addr, start);
        QFETCH(Size, size);
        HeapSettings s;
        s.base = kBase;
        s.gaps = { { start, size } };
        QVERIFY(!settingsProblem(s, 0x200).empty());
        Heap heap;
        QVERIFY(!heap.reset(0x200, Policy::FirstFit, s));
    }

    void mallocAtPlacesExactly()
    {
        Heap heap(sparseSize(), Policy::AsRecorded, sparse());
        const OpResult r = heap.mallocAt(kBase + 0x100, 32, 7);
        QVERIFY2(r.ok(), r.message.c_str());
        QCOMPARE(r.ptr, kBase + 0x100);
        // The front split off, then the block split from the rest.
        QCOMPARE(r.events.size(), std::size_t(3));
        QCOMPARE(r.events[0].kind, EventKind::Split);
        QCOMPARE(r.events[0].parts[0], (Span { kBase, 0x100 }));
        QCOMPARE(r.events[1].kind, EventKind::Split);
        QCOMPARE(r.events[2].kind, EventKind::Allocated);
        QCOMPARE(r.events[2].span, (Span { kBase + 0x100, 32 }));
        BlockInfo b;
        QVERIFY(heap.blockAt(kBase + 0x100, b));
        QVERIFY(b.used);
        QCOMPARE(b.tag, 7u);
        QVERIFY(heap.blockAt(kBase, b));
        QCOMPARE(b.size, Size(0x100));
        QVERIFY(!b.used);
        // At the start of a free block: no front to split.
        QCOMPARE(heap.mallocAt(kBase + 0x120, 16).events.size(), std::size_t(2));
        // A plain malloc has no address to go to.
        const OpResult plain = heap.malloc(8);
        QCOMPARE(plain.error, ErrorCode::OutOfMemory);
        QVERIFY2(plain.message.find("no recorded address") != std::string::npos, plain.message.c_str());
    }

    void mallocAtRefusesWhatIsNotFree_data()
    {
        QTest::addColumn<Addr>("at");
        QTest::addColumn<Size>("size");
        QTest::addColumn<QString>("why");
        QTest::newRow("used") << kBase + 0x110 << Size(8) << "the used block at";
        QTest::newRow("runs into a used block")
            << kBase + 0xf0 << Size(32) << "are free, up to the used block";
        QTest::newRow("in the gap") << kBase + 0x20000 << Size(8) << "gap of the address space";
        QTest::newRow("runs into the gap") << kBase + 0xfff0 << Size(32) << "are free, up to a gap";
        QTest::newRow("outside") << kFar + 0x20000 << Size(8) << "outside the heap";
        QTest::newRow("below") << kBase - 8 << Size(8) << "outside the heap";
    }

    void mallocAtRefusesWhatIsNotFree()
    {
        QFETCH(Addr, at);
        QFETCH(Size, size);
        QFETCH(QString, why);
        Heap heap(sparseSize(), Policy::AsRecorded, sparse());
        QVERIFY(heap.mallocAt(kBase + 0x100, 32).ok());
        const HeapState before = heap.state();
        const OpResult r = heap.mallocAt(at, size);
        QCOMPARE(r.error, ErrorCode::OutOfMemory);
        QVERIFY2(r.message.find(why.toStdString()) != std::string::npos, r.message.c_str());
        HeapState after = heap.state();
        QCOMPARE(after.step, before.step + 1);
        after.step = before.step;
        QVERIFY(after == before);
    }

    void reallocAt()
    {
        Heap heap(sparseSize(), Policy::AsRecorded, sparse());
        QVERIFY(heap.mallocAt(kBase + 0x100, 32, 1).ok());
        // In place: grows into the free bytes after it, shrinks.
        OpResult r = heap.reallocAt(kBase + 0x100, kBase + 0x100, 64);
        QVERIFY2(r.ok(), r.message.c_str());
        QCOMPARE(usedBlocks(heap).front().size, Size(64));
        QVERIFY(heap.reallocAt(kBase + 0x100, kBase + 0x100, 16).ok());
        QCOMPARE(usedBlocks(heap).front().size, Size(16));
        // Moved: to the recorded address, the old block freed and merged.
        r = heap.reallocAt(kBase + 0x100, kFar + 0x40, 1000);
        QVERIFY2(r.ok(), r.message.c_str());
        QCOMPARE(r.ptr, kFar + 0x40);
        const auto moved = std::find_if(r.events.begin(), r.events.end(),
                                        [](const Event &e) { return e.kind == EventKind::Moved; });
        QVERIFY(moved != r.events.end());
        QCOMPARE(moved->parts[0], (Span { kBase + 0x100, 16 }));
        const std::vector<BlockInfo> used = usedBlocks(heap);
        QCOMPARE(used.size(), std::size_t(1));
        QCOMPARE(used.front().start, kFar + 0x40);
        QCOMPARE(used.front().tag, 1u);
        QCOMPARE(heap.stats().freeBlocks, std::uint64_t(3)); // the first region whole again
        // Moving onto a used block changes nothing.
        QVERIFY(heap.mallocAt(kBase + 0x200, 8).ok());
        const HeapState before = heap.state();
        r = heap.reallocAt(kFar + 0x40, kBase + 0x1f8, 100);
        QCOMPARE(r.error, ErrorCode::OutOfMemory);
        QVERIFY2(r.message.find("the block stays at") != std::string::npos, r.message.c_str());
        HeapState after = heap.state();
        after.step = before.step;
        QVERIFY(after == before);
    }

    void recordedSpaceOfAProgram()
    {
        RecordedSpace space;
        QVERIFY(recordedSpace(traceOf(program()), space));
        QCOMPARE(space.settings.base, kBase); // the page of the first block
        QCOMPARE(space.settings.gaps.size(), std::size_t(1));
        const Span gap = space.settings.gaps.front();
        QCOMPARE(gap.start, kBase + 0x1000);
        QCOMPARE(gap.end(), kFar);
        // 200000 bytes at kFar + 16 end in the 49th page.
        QCOMPARE(space.settings.base + space.heapSize, kFar + 49 * 4096);
        QVERIFY(settingsProblem(space.settings, space.heapSize).empty());
        // Blocks less than a gap apart share a region.
        std::vector<HrecEvent> near = { hrecCall(HrecKind::Malloc, 1, 1, kBase, 8),
                                        hrecCall(HrecKind::Malloc, 1, 2, kBase + kRecordedGap - 8192, 8) };
        QVERIFY(recordedSpace(traceOf(near), space));
        QVERIFY(space.settings.gaps.empty());
        QVERIFY(!recordedSpace(Trace {}, space));
    }

    void replayedAsRecorded()
    {
        const std::vector<HrecEvent> events = program();
        const Trace trace = traceOf(events);
        QCOMPARE(trace.calls.size(), trace.ops.size());
        QCOMPARE(trace.calls[2].thread, 2u);
        QCOMPARE(trace.calls[2].time, std::uint64_t(300));
        const Timeline t = Timeline::fromTrace(trace, 0, Policy::AsRecorded);
        QCOMPARE(t.size(), events.size());
        QVERIFY(!t.heap().settings().gaps.empty());
        // Every step where the recording says, and nothing failed.
        for (std::size_t k = 1; k <= t.size(); ++k) {
            const StepInfo info = t.history().info(k);
            QCOMPARE(info.error, ErrorCode::None);
            if (events[k - 1].kind != HrecKind::Free)
                QCOMPARE(info.ptr, events[k - 1].address);
        }
        const std::vector<BlockInfo> end = usedBlocks(t.heap());
        QCOMPARE(end.size(), std::size_t(2));
        QCOMPARE(end[0].start, kBase + 0x2a0);
        QCOMPARE(end[0].size, Size(40));
        QCOMPARE(end[1].start, kBase + 0x330);
        QCOMPARE(end[1].size, Size(300));
        // The same requests under first fit, on a heap of their own.
        const Timeline ff = Timeline::fromTrace(trace, 0, Policy::FirstFit);
        QVERIFY(ff.heap().settings().gaps.empty());
        QCOMPARE(ff.heap().base(), Addr(0));
    }

    void historyWalksBackAndForth()
    {
        const Trace trace = traceOf(program());
        Timeline t = Timeline::fromTrace(trace, 0, Policy::AsRecorded);
        // Each state as a fresh heap reaches it, against jumps both ways.
        std::vector<HeapState> states;
        Heap fresh(t.heap().heapSize(), Policy::AsRecorded, t.heap().settings());
        states.push_back(fresh.state());
        TraceRunner runner(trace);
        for (const TraceOp &op : trace.ops) {
            runner.apply(fresh, op);
            states.push_back(fresh.state());
        }
        for (std::size_t k :
             { std::size_t(0), std::size_t(5), std::size_t(2), std::size_t(8), std::size_t(3) }) {
            QVERIFY(t.jumpTo(k));
            QCOMPARE(t.heap().policy(), Policy::AsRecorded);
            QVERIFY2(usedBlocks(t.heap()) == usedBlocks([&] {
                         Heap h;
                         h.restore(states[k]);
                         return h;
                     }()),
                     qPrintable(QString("step %1").arg(k)));
            QCOMPARE(t.heap().stats().freeBytes, [&] {
                Heap h;
                h.restore(states[k]);
                return h.stats().freeBytes;
            }());
        }
    }

    void seriesLeaveTheGapsOut()
    {
        const Timeline t = Timeline::fromTrace(traceOf(program()), 0, Policy::AsRecorded);
        const StepSeries series = StepSeries::compute(t.history());
        Heap walk(t.heap().heapSize(), Policy::AsRecorded, t.heap().settings());
        QCOMPARE(series.value(StepSeries::Measure::FreeBytes, 0), double(walk.stats().freeBytes));
        QCOMPARE(series.at(0).fragmentation(), walk.stats().fragmentation());
        const std::size_t end = series.size() - 1;
        QCOMPARE(series.value(StepSeries::Measure::FreeBytes, end), double(t.heap().stats().freeBytes));
        QVERIFY(series.range(StepSeries::Measure::FreeBytes, 0, end).max < double(Size(1) << 20));
    }

    void jsonLeavesTheGapOut()
    {
        Heap heap(sparseSize(), Policy::AsRecorded, sparse());
        QVERIFY(heap.mallocAt(kFar + 0x40, 100).ok());
        std::string out;
        jsonl::appendFinal(out, heap);
        QVERIFY2(out.find("\"used\":[[" + std::to_string(kFar + 0x40) + ",100]]") != std::string::npos,
                 out.c_str());
        QVERIFY2(out.find(std::to_string(kBase + 0x10000) + ",") == std::string::npos,
                 out.c_str()); // the gap
    }

    void notARecording()
    {
        // A plain trace has no addresses: as recorded, nothing can be placed.
        Trace trace;
        ParseError error;
        QVERIFY(parseTrace("0\n1\n1\n1\na 0 16\n", trace, error));
        RecordedSpace space;
        QVERIFY(!recordedSpace(trace, space));
        const Timeline t = Timeline::fromTrace(trace, 1024, Policy::AsRecorded);
        QCOMPARE(t.history().info(1).error, ErrorCode::OutOfMemory);
    }
};

QTEST_GUILESS_MAIN(TestAsRecorded)
#include "tst_asrecorded.moc"
