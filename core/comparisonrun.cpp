// SPDX-License-Identifier: MIT
#include "comparisonrun.h"

#include "recordedspace.h"
#include "tracerunner.h"

#include <algorithm>
#include <thread>

namespace heapboard {

namespace {

    // A heap that tells a summarizer of every step, as a history would
    // record it: TraceRunner's target.
    struct SummarizedHeap {
        Heap heap;
        PaneSummarizer summarizer;

        SummarizedHeap(Size size, const PaneConfig &pane)
            : heap(size, pane.policy, pane.settings)
            , summarizer(heap, pane.policy == Policy::FirstFit || pane.policy == Policy::NextFit)
        {
            // The deltas feed the copy of the free list, and show a deferred
            // merge; without either, recording is work for nothing.
            const bool ranks = pane.policy == Policy::FirstFit || pane.policy == Policy::NextFit;
            heap.setRecording(ranks || pane.settings.coalescing == Coalescing::Deferred);
        }
        Policy policy() const { return heap.policy(); }
        OpResult step(StepKind kind, OpResult r)
        {
            StepInfo info;
            info.kind = kind;
            info.error = r.error;
            info.hasPtr = r.hasPtr;
            info.ptr = r.ptr;
            summarizer.after(heap, info, heap.lastDelta());
            return r;
        }
        OpResult malloc(Size n, std::uint32_t tag = 0)
        {
            summarizer.before(heap);
            return step(StepKind::Malloc, heap.malloc(n, tag));
        }
        OpResult free(Addr p)
        {
            summarizer.before(heap);
            return step(StepKind::Free, heap.free(p));
        }
        OpResult realloc(Addr p, Size n, std::uint32_t tag = 0)
        {
            summarizer.before(heap);
            return step(StepKind::Realloc, heap.realloc(p, n, tag));
        }
        OpResult mallocAt(Addr p, Size n, std::uint32_t tag = 0)
        {
            summarizer.before(heap);
            return step(StepKind::Malloc, heap.mallocAt(p, n, tag));
        }
        OpResult reallocAt(Addr p, Addr to, Size n, std::uint32_t tag = 0)
        {
            summarizer.before(heap);
            return step(StepKind::Realloc, heap.reallocAt(p, to, n, tag));
        }
        OpResult reject(ErrorCode code, std::string message)
        {
            summarizer.before(heap);
            return step(StepKind::Reject, heap.reject(code, std::move(message)));
        }
    };

    // The heap size Timeline::fromTrace() gives the pane (timeline.h): the
    // one asked for; else the suggested one (the same for every pane with
    // the default settings, found once); else what the pane's own run on
    // the probe's heap needed.
    Size traceHeapSize(const Trace &trace, Size heapSize, Size suggested, const PaneConfig &pane)
    {
        if (heapSize != 0)
            return heapSize;
        if (pane.settings.isDefault())
            return suggested;
        Heap probe(kProbeHeapSize, pane.policy, pane.settings);
        TraceRunner runner(trace);
        for (const TraceOp &op : trace.ops)
            runner.apply(probe, op);
        return heapSizeHolding(probe.stats().highWater - pane.settings.base);
    }

    PaneSummary summarizeTrace(const Trace &trace, Size size, const PaneConfig &pane)
    {
        SummarizedHeap target(size, pane);
        TraceRunner runner(trace);
        for (const TraceOp &op : trace.ops)
            runner.apply(target, op);
        return target.summarizer.finish(target.heap);
    }

} // namespace

std::string asRecordedProblem(const ParsedDocument &document, Policy policy)
{
    RecordedSpace space;
    if (policy != Policy::AsRecorded
        || (document.kind == DocumentKind::Trace && recordedSpace(document.trace, space)))
        return {};
    return "as-recorded needs a recording (.hrec) with some block in it";
}

HeapSettings documentSettings(const ParsedDocument &document)
{
    return document.kind == DocumentKind::Scenario ? document.scenario.settings : HeapSettings {};
}

bool paneTimeline(const ParsedDocument &document, Size heapSize, const PaneConfig &pane, Timeline &out,
                  std::string &error)
{
    error = asRecordedProblem(document, pane.policy);
    if (!error.empty())
        return false;
    if (document.kind == DocumentKind::Trace) {
        // Checked on the size the trace will get: the suggested one is found
        // by the run itself, so a 0 is checked against the largest heap. As
        // recorded, the recording sets the heap (Timeline::fromTrace).
        const bool recorded = pane.policy == Policy::AsRecorded;
        error = recorded ? std::string()
                         : settingsProblem(pane.settings, heapSize != 0 ? heapSize : kProbeHeapSize);
        if (!error.empty())
            return false;
        out = Timeline::fromTrace(document.trace, recorded ? 0 : heapSize, pane.policy, pane.settings);
        return true;
    }
    Scenario scenario = document.scenario;
    scenario.heapSize = heapSize != 0 ? heapSize : scenario.heapSize;
    scenario.policy = pane.policy;
    scenario.settings = pane.settings;
    error = settingsProblem(scenario.settings, scenario.heapSize);
    if (!error.empty())
        return false;
    if (!Timeline::fromScenario(scenario, out)) {
        error = "the scenario cannot run on a heap of " + std::to_string(scenario.heapSize) + " bytes";
        return false;
    }
    return true;
}

bool runComparison(const ParsedDocument &document, Size heapSize, const std::vector<PaneConfig> &panes,
                   std::vector<ComparedPane> &out, std::string &error)
{
    std::vector<ComparedPane> run(panes.size());
    std::vector<std::string> errors(panes.size());
    std::vector<char> ok(panes.size(), 0);
    {
        // The panes share nothing but the document, which they only read.
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < panes.size(); ++i) {
            threads.emplace_back([&, i] {
                run[i].config = panes[i];
                ok[i] = paneTimeline(document, heapSize, panes[i], run[i].timeline, errors[i]);
                if (ok[i])
                    run[i].summary = summarize(run[i].timeline.history());
            });
        }
    }
    for (std::size_t i = 0; i < panes.size(); ++i) {
        if (!ok[i]) {
            error = paneConfigName(panes[i]) + ": " + errors[i];
            out.clear();
            return false;
        }
    }
    out = std::move(run);
    return true;
}

bool summarizeComparison(const ParsedDocument &document, Size heapSize, const std::vector<PaneConfig> &panes,
                         std::vector<PaneSummary> &out, std::string &error)
{
    std::vector<ComparedPane> run;
    if (document.kind == DocumentKind::Scenario) {
        if (!runComparison(document, heapSize, panes, run, error))
            return false;
        out.clear();
        for (const ComparedPane &pane : run)
            out.push_back(pane.summary);
        return true;
    }
    for (const PaneConfig &pane : panes) {
        if (const std::string problem = pane.policy == Policy::AsRecorded
                ? asRecordedProblem(document, pane.policy)
                : settingsProblem(pane.settings, heapSize != 0 ? heapSize : kProbeHeapSize);
            !problem.empty()) {
            error = paneConfigName(pane) + ": " + problem;
            return false;
        }
    }
    const bool suggests = heapSize == 0 && std::any_of(panes.begin(), panes.end(), [](const PaneConfig &p) {
                              return p.settings.isDefault();
                          });
    const Size suggested = suggests ? suggestedHeapSize(document.trace) : 0;
    std::vector<PaneSummary> summaries(panes.size());
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < panes.size(); ++i) {
            threads.emplace_back([&, i] {
                // As recorded, the pane runs on the recording's address space.
                RecordedSpace space;
                if (panes[i].policy == Policy::AsRecorded && recordedSpace(document.trace, space)) {
                    PaneConfig pane = panes[i];
                    pane.settings = space.settings;
                    summaries[i] = summarizeTrace(document.trace, space.heapSize, pane);
                    return;
                }
                const Size size = traceHeapSize(document.trace, heapSize, suggested, panes[i]);
                summaries[i] = summarizeTrace(document.trace, size, panes[i]);
            });
        }
    }
    out = std::move(summaries);
    return true;
}

} // namespace heapboard
