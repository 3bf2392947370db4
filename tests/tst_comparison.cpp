// SPDX-License-Identifier: MIT
// The comparison's numbers against separate runs of each policy: divergent
// steps against each pane's own replay, the summary against the history's
// own infos and statistics, and "searched" against a walk of the free list
// before every malloc and against core/ostep's count (docs/compare.md).
#include "comparison.h"
#include "comparisonrun.h"
#include "ostep.h"
#include "ostepscenario.h"
#include "scenario.h"
#include "stepseries.h"
#include "timeline.h"
#include "trace.h"
#include "tracerunner.h"

#include <QTest>
#include <random>

using namespace heapboard;

namespace {

constexpr Policy kPolicies[] = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };

// A malloclab trace of mallocs, frees and reallocs over a few ids, some of
// them freed twice or never allocated: every kind of outcome.
Trace randomTrace(std::uint64_t seed, int operations)
{
    std::mt19937_64 rng(seed);
    const int ids = 40;
    std::string body;
    for (int i = 0; i < operations; ++i) {
        const int id = int(rng() % ids);
        const unsigned roll = unsigned(rng() % 100);
        if (roll < 50)
            body += "a " + std::to_string(id) + " " + std::to_string(1 + rng() % 400) + "\n";
        else if (roll < 85)
            body += "f " + std::to_string(id) + "\n";
        else
            body += "r " + std::to_string(id) + " " + std::to_string(rng() % 600) + "\n";
    }
    const std::string text
        = "4096\n" + std::to_string(ids) + "\n" + std::to_string(operations) + "\n1\n" + body;
    Trace trace;
    ParseError error;
    if (!parseTrace(text, trace, error))
        qFatal("bad test trace: %s", error.message.c_str());
    return trace;
}

// A heap that counts what each malloc searched by walking its free list,
// as malloc.py does, independently of SearchCounter.
struct WalkingHeap {
    Heap heap;
    std::uint64_t searched = 0;
    std::uint64_t mallocs = 0;

    OpResult malloc(Size n, std::uint32_t tag = 0)
    {
        const std::vector<BlockInfo> list = heap.freeList();
        std::size_t start = 0;
        BlockInfo from;
        const bool keyed = heap.settings().order != ListOrder::Address;
        if (heap.policy() == Policy::NextFit
            && (keyed ? heap.blockAt(heap.rover(), from) && !from.used : heap.nextFitStart(from))) {
            while (list[start].start != from.start)
                ++start;
        }
        const OpResult r = heap.malloc(n, tag);
        if (r.error == ErrorCode::InvalidSize)
            return r;
        ++mallocs;
        const bool scans = heap.policy() == Policy::FirstFit || heap.policy() == Policy::NextFit;
        if (!r.hasPtr || !scans) {
            searched += list.size();
            return r;
        }
        for (std::size_t i = 0;; ++i) {
            if (list[(start + i) % list.size()].start == r.ptr - heap.settings().header) {
                searched += i + 1;
                break;
            }
        }
        return r;
    }
    OpResult free(Addr p) { return heap.free(p); }
    OpResult realloc(Addr p, Size n, std::uint32_t tag = 0) { return heap.realloc(p, n, tag); }
    OpResult reject(ErrorCode code, std::string message) { return heap.reject(code, std::move(message)); }
};

struct Outcome {
    ErrorCode error;
    bool hasPtr;
    Addr offset;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

// Each step's outcome on a heap of its own, without History.
std::vector<Outcome> separateReplay(const Trace &trace, Size heapSize, const PaneConfig &pane)
{
    WalkingHeap target { Heap(heapSize, pane.policy, pane.settings) };
    TraceRunner runner(trace);
    std::vector<Outcome> out;
    for (const TraceOp &op : trace.ops) {
        const OpResult r = runner.apply(target, op).result;
        out.push_back({ r.error, r.hasPtr, r.hasPtr ? r.ptr - pane.settings.base : 0 });
    }
    return out;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(paneConfigName({}), std::string("first-fit"));
        PaneConfig pane { Policy::BestFit, {} };
        pane.settings.header = 8;
        QCOMPARE(paneConfigName(pane), std::string("best-fit \u00b7 header 8 B"));
        pane.settings.order = ListOrder::SizeAscending;
        pane.settings.coalescing = Coalescing::Deferred;
        QCOMPARE(paneConfigName(pane),
                 std::string("best-fit \u00b7 header 8 B, order size-ascending, coalesce deferred"));
    }

    void divergenceAgainstSeparateReplays_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : { 1, 2, 3, 4, 5 })
            QTest::addRow("seed %llu", seed) << seed;
    }

    void divergenceAgainstSeparateReplays()
    {
        QFETCH(quint64, seed);
        const Trace trace = randomTrace(seed, 600);
        const Size heapSize = 2048; // small enough that some mallocs fail
        std::vector<Timeline> timelines;
        std::vector<std::vector<Outcome>> replays;
        for (Policy policy : kPolicies) {
            PaneConfig pane { policy, {} };
            pane.settings.base = 1000 * (std::size_t(policy) + 1); // offsets, not addresses, compare
            timelines.push_back(Timeline::fromTrace(trace, heapSize, policy, pane.settings));
            replays.push_back(separateReplay(trace, heapSize, pane));
        }
        std::size_t divergent = 0;
        for (std::size_t a = 0; a < 4; ++a) {
            for (std::size_t b = a + 1; b < 4; ++b) {
                std::vector<std::size_t> want;
                for (std::size_t k = 1; k <= trace.ops.size(); ++k) {
                    if (!(replays[a][k - 1] == replays[b][k - 1]))
                        want.push_back(k);
                }
                const std::vector<std::size_t> got
                    = divergentSteps({ &timelines[a].history(), &timelines[b].history() });
                QCOMPARE(got, want);
                divergent += got.size();
            }
        }
        QVERIFY2(divergent > 0, "the policies never differed: the trace tests nothing");
        // All four at once: a step diverges when any pair does.
        std::vector<const History *> all;
        for (const Timeline &t : timelines)
            all.push_back(&t.history());
        const std::vector<std::size_t> four = divergentSteps(all);
        for (std::size_t k = 1; k <= trace.ops.size(); ++k) {
            bool differs = false;
            for (std::size_t i = 1; i < 4; ++i)
                differs = differs || !(replays[i][k - 1] == replays[0][k - 1]);
            QCOMPARE(std::binary_search(four.begin(), four.end(), k), differs);
        }
    }

    void shortestLengthBounds()
    {
        History a(1024), b(1024, Policy::BestFit);
        a.malloc(10);
        a.malloc(20);
        b.malloc(10);
        b.free(0);
        b.malloc(30);
        QCOMPARE(divergentSteps({ &a, &b }), std::vector<std::size_t>({ 2 }));
        QVERIFY(divergentSteps({ &a }).empty());
    }

    void summaryAgainstSeparateRuns_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("coalescing");
        for (Policy policy : kPolicies) {
            for (int order = 0; order <= int(ListOrder::InsertBack); ++order) {
                for (Coalescing c : { Coalescing::Neighbours, Coalescing::None, Coalescing::ListPass }) {
                    QTest::addRow("%s %s %s", policyName(policy).data(),
                                  listOrderName(ListOrder(order)).data(), coalescingName(c).data())
                        << int(policy) << order << int(c);
                }
            }
        }
    }

    void summaryAgainstSeparateRuns()
    {
        QFETCH(int, policy);
        QFETCH(int, order);
        QFETCH(int, coalescing);
        PaneConfig pane { Policy(policy), {} };
        pane.settings.order = ListOrder(order);
        pane.settings.coalescing = Coalescing(coalescing);
        pane.settings.header = 8;
        const Trace trace = randomTrace(std::uint64_t(policy * 100 + order * 10 + coalescing), 800);
        Timeline timeline = Timeline::fromTrace(trace, 3000, pane.policy, pane.settings);
        timeline.jumpTo(400); // summarize must not depend on, or move, the position
        const PaneSummary got = summarize(timeline.history());
        QCOMPARE(timeline.position(), std::size_t(400));

        WalkingHeap walk { Heap(3000, pane.policy, pane.settings) };
        TraceRunner runner(trace);
        for (const TraceOp &op : trace.ops)
            runner.apply(walk, op);
        QCOMPARE(got.searched, walk.searched);
        QCOMPARE(got.meanSearched, walk.mallocs ? double(walk.searched) / double(walk.mallocs) : 0.0);

        const History &history = timeline.history();
        std::uint64_t failed = 0, mallocs = 0;
        for (std::size_t k = 1; k <= history.size(); ++k) {
            failed += history.info(k).error == ErrorCode::OutOfMemory ? 1 : 0;
            mallocs += history.info(k).kind == StepKind::Malloc ? 1 : 0;
        }
        QVERIFY(failed > 0 || pane.policy != Policy::FirstFit || order != 0);
        QCOMPARE(got.failedAllocations, failed);
        QCOMPARE(got.mallocs, mallocs);
        QCOMPARE(got.steps, std::uint64_t(history.size()));
        const StepSeries series = StepSeries::compute(history);
        double peak = 0;
        for (std::size_t k = 0; k < series.size(); ++k)
            peak = std::max(peak, series.value(StepSeries::Measure::Fragmentation, k));
        QCOMPARE(got.peakFragmentation, peak);
        const HeapStats end = walk.heap.stats();
        QCOMPARE(got.finalFragmentation, end.fragmentation());
        QCOMPARE(got.largestFreeAtEnd, end.largestFree);
        QCOMPARE(got.highWater, end.highWater - end.base);
        QCOMPARE(got.heapSize, Size(3000));
    }

    void searchedEqualsOstep_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("order");
        QTest::addColumn<bool>("coalesce");
        for (const char *policy : { "FIRST", "BEST", "WORST" }) {
            for (const char *order :
                 { "ADDRSORT", "SIZESORT+", "SIZESORT-", "INSERT-FRONT", "INSERT-BACK" }) {
                for (bool coalesce : { false, true })
                    QTest::addRow("%s %s %d", policy, order, int(coalesce)) << policy << order << coalesce;
            }
        }
    }

    void searchedEqualsOstep()
    {
        QFETCH(QString, policy);
        QFETCH(QString, order);
        QFETCH(bool, coalesce);
        for (int seed = 0; seed < 5; ++seed) {
            OstepOptions o;
            o.seed = std::to_string(seed);
            o.policy = policy.toStdString();
            o.order = order.toStdString();
            o.coalesce = coalesce;
            o.numOps = 60;
            o.header = seed % 2 ? 4 : 0;
            OstepRun run;
            std::string error;
            QVERIFY(runOstep(o, run, error));
            std::uint64_t searched = 0, mallocs = 0;
            for (const OstepStep &s : run.steps) {
                searched += s.alloc ? std::uint64_t(s.searched) : 0;
                mallocs += s.alloc ? 1 : 0;
            }
            Scenario scenario;
            ParseError parseError;
            QVERIFY(parseScenario(ostepScenario(o, run), scenario, parseError));
            Timeline timeline;
            QVERIFY(Timeline::fromScenario(scenario, timeline));
            const PaneSummary summary = summarize(timeline.history());
            QCOMPARE(summary.mallocs, mallocs);
            QCOMPARE(summary.searched, searched);
        }
    }

    // heapboard-cli compare's summaries, computed as each heap runs, are
    // the ones of the window's timelines, on the heap size the window
    // chooses (Timeline::fromTrace) whether given or suggested.
    void summariesAloneEqualTimelines_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<quint64>("heapSize");
        for (int variant = 0; variant < 4; ++variant) {
            for (quint64 size : { 0, 4096 })
                QTest::addRow("settings %d, heap %llu", variant, size) << variant << size;
        }
    }

    void summariesAloneEqualTimelines()
    {
        QFETCH(int, variant);
        QFETCH(quint64, heapSize);
        HeapSettings settings;
        if (variant == 1) {
            settings.header = 8;
            settings.alignment = 16;
            settings.base = 4096;
        } else if (variant == 2) {
            settings.order = ListOrder::InsertFront;
            settings.coalescing = Coalescing::Deferred;
        } else if (variant == 3) {
            settings.order = ListOrder::SizeAscending;
            settings.minBlock = 32;
        }
        ParsedDocument document;
        document.kind = DocumentKind::Trace;
        document.trace = randomTrace(quint64(variant) + 40, 1500);
        std::vector<PaneConfig> panes;
        for (Policy policy : kPolicies)
            panes.push_back({ policy, settings });
        std::vector<ComparedPane> run;
        std::vector<PaneSummary> alone;
        std::string error;
        QVERIFY(runComparison(document, heapSize, panes, run, error));
        QVERIFY(summarizeComparison(document, heapSize, panes, alone, error));
        QCOMPARE(run.size(), panes.size());
        QCOMPARE(alone.size(), panes.size());
        for (std::size_t i = 0; i < panes.size(); ++i) {
            const Timeline window = Timeline::fromTrace(document.trace, heapSize, panes[i].policy, settings);
            QCOMPARE(run[i].timeline.heap().heapSize(), window.heap().heapSize());
            QCOMPARE(run[i].summary, summarize(window.history()));
            QCOMPARE(alone[i].heapSize, window.heap().heapSize());
            QCOMPARE(alone[i].searched, run[i].summary.searched);
            QCOMPARE(alone[i], run[i].summary);
        }
    }

    void scenarioPanes()
    {
        ParsedDocument document;
        ParseError parseError;
        document.kind = DocumentKind::Scenario;
        QVERIFY(parseScenario("heap 256\npolicy best-fit\nheader 8\na = malloc 40\nb = malloc 40\nfree a\n"
                              "c = malloc 16\npolicy first-fit\nd = malloc 300\n",
                              document.scenario, parseError));
        const std::vector<PaneConfig> panes = { { Policy::FirstFit, documentSettings(document) },
                                                { Policy::WorstFit, documentSettings(document) } };
        std::vector<ComparedPane> run;
        std::vector<PaneSummary> alone;
        std::string error;
        QVERIFY(runComparison(document, 0, panes, run, error));
        QVERIFY(summarizeComparison(document, 0, panes, alone, error));
        QCOMPARE(run[0].timeline.heap().settings().header, Size(8));
        QCOMPARE(run[1].summary.steps, std::uint64_t(6));
        QCOMPARE(run[1].summary.failedAllocations, std::uint64_t(1));
        QCOMPARE(alone[1], run[1].summary);
        // The pane's policy starts; the scenario's later policy line still switches.
        QCOMPARE(run[1].timeline.history().info(1).ptr, Addr(8));
        QCOMPARE(divergentSteps({ &run[0].timeline.history(), &run[1].timeline.history() }),
                 std::vector<std::size_t>({ 4 }));

        PaneConfig tooBig = panes[0];
        tooBig.settings.base = kMaxHeapSize - 100; // the heap would end beyond 2^62
        QVERIFY(!runComparison(document, 0, { tooBig }, run, error));
        QVERIFY2(error.find("first-fit") == 0, error.c_str());
        QVERIFY(run.empty());
    }
};

QTEST_APPLESS_MAIN(TestComparison)
#include "tst_comparison.moc"
