// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "searchcount.h"

#include <algorithm>
#include <limits>

namespace heapboard {

namespace {

    std::string bytes(Size n)
    {
        return std::to_string(n) + " B";
    }

    // A step's outcome as a comparison sees it: the error, and the pointer
    // as an offset from the heap's base.
    struct Outcome {
        ErrorCode error = ErrorCode::None;
        bool hasPtr = false;
        Addr offset = 0;
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };

    Outcome outcomeOf(const StepInfo &info, Addr base)
    {
        return { info.error, info.hasPtr, info.hasPtr ? info.ptr - base : 0 };
    }

} // namespace

std::string paneConfigName(const PaneConfig &config)
{
    std::string name(policyName(config.policy));
    const HeapSettings &s = config.settings;
    const HeapSettings defaults;
    std::vector<std::string> parts;
    if (s.base != defaults.base)
        parts.push_back("base " + std::to_string(s.base));
    if (s.header != defaults.header)
        parts.push_back("header " + bytes(s.header));
    if (s.alignment != defaults.alignment)
        parts.push_back("align " + bytes(s.alignment));
    if (s.minBlock != defaults.minBlock)
        parts.push_back("min block " + bytes(s.minBlock));
    if (s.order != defaults.order)
        parts.push_back("order " + std::string(listOrderName(s.order)));
    if (s.coalescing != defaults.coalescing)
        parts.push_back("coalesce " + std::string(coalescingName(s.coalescing)));
    for (std::size_t i = 0; i < parts.size(); ++i)
        name += (i == 0 ? " \u00b7 " : ", ") + parts[i];
    return name;
}

PaneSummary summarize(const History &history)
{
    PaneSummary out;
    History::Cursor cursor(history);
    SearchCounter counter(cursor.heap());
    const Size header = history.heap().settings().header;
    std::uint64_t searchingMallocs = 0;
    out.peakFragmentation = cursor.heap().stats().fragmentation();
    for (;;) {
        counter.prepare(cursor.heap());
        if (!cursor.next())
            break;
        const StepInfo &info = cursor.info();
        if (const std::optional<std::uint64_t> searched = counter.apply(info, cursor.delta(), header)) {
            out.searched += *searched;
            ++searchingMallocs;
        }
        out.mallocs += info.kind == StepKind::Malloc ? 1 : 0;
        out.failedAllocations += info.error == ErrorCode::OutOfMemory ? 1 : 0;
        out.peakFragmentation = std::max(out.peakFragmentation, cursor.heap().stats().fragmentation());
    }
    const HeapStats end = cursor.heap().stats();
    out.steps = cursor.position();
    out.finalFragmentation = end.fragmentation();
    out.largestFreeAtEnd = end.largestFree;
    out.highWater = end.highWater - end.base;
    out.heapSize = end.heapSize;
    out.meanSearched = searchingMallocs == 0 ? 0.0 : double(out.searched) / double(searchingMallocs);
    return out;
}

std::vector<std::size_t> divergentSteps(const std::vector<const History *> &histories)
{
    std::vector<std::size_t> out;
    if (histories.size() < 2)
        return out;
    std::size_t steps = std::numeric_limits<std::size_t>::max();
    for (const History *h : histories)
        steps = std::min(steps, h->size());
    std::vector<Addr> bases;
    for (const History *h : histories)
        bases.push_back(h->heap().base());
    for (std::size_t k = 1; k <= steps; ++k) {
        const Outcome first = outcomeOf(histories[0]->info(k), bases[0]);
        for (std::size_t i = 1; i < histories.size(); ++i) {
            if (!(outcomeOf(histories[i]->info(k), bases[i]) == first)) {
                out.push_back(k);
                break;
            }
        }
    }
    return out;
}

} // namespace heapboard
