// SPDX-License-Identifier: MIT
#include "comparison.h"

#include <algorithm>
#include <limits>
#include <optional>

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

PaneSummarizer::PaneSummarizer(const Heap &start, bool ranks)
    : m_search(start, ranks)
    , m_header(start.settings().header)
{
    m_summary.peakFragmentation = start.stats().fragmentation();
}

void PaneSummarizer::after(const Heap &heap, const StepInfo &info, const StepDelta &delta)
{
    if (const std::optional<std::uint64_t> searched = m_search.apply(info, delta, m_header)) {
        m_summary.searched += *searched;
        ++m_searching;
    }
    ++m_summary.steps;
    m_summary.mallocs += info.kind == StepKind::Malloc ? 1 : 0;
    m_summary.failedAllocations += info.error == ErrorCode::OutOfMemory ? 1 : 0;
    m_summary.peakFragmentation = std::max(m_summary.peakFragmentation, heap.stats().fragmentation());
}

PaneSummary PaneSummarizer::finish(const Heap &end) const
{
    PaneSummary out = m_summary;
    const HeapStats stats = end.stats();
    out.finalFragmentation = stats.fragmentation();
    out.largestFreeAtEnd = stats.largestFree;
    out.highWater = stats.highWaterBytes();
    out.heapSize = stats.liveBytes + stats.freeBytes; // a sparse heap's own bytes, without its gaps
    out.meanSearched = m_searching == 0 ? 0.0 : double(out.searched) / double(m_searching);
    return out;
}

PaneSummary summarize(const History &history)
{
    History::Cursor cursor(history);
    PaneSummarizer summarizer(cursor.heap());
    for (;;) {
        summarizer.before(cursor.heap());
        if (!cursor.next())
            break;
        summarizer.after(cursor.heap(), cursor.info(), cursor.delta());
    }
    return summarizer.finish(cursor.heap());
}

std::vector<std::size_t> divergentSteps(const std::vector<const History *> &histories)
{
    std::vector<std::size_t> out;
    if (histories.size() < 2)
        return out;
    std::size_t steps = std::numeric_limits<std::size_t>::max();
    for (const History *h : histories)
        steps = std::min(steps, h->size());
    // Pointers compare as offsets from each pane's base; a pane as recorded
    // lives in another address space, so only whether its steps failed
    // compares (docs/compare.md).
    std::vector<Addr> bases;
    std::vector<char> recorded;
    for (const History *h : histories) {
        bases.push_back(h->heap().base());
        recorded.push_back(h->heap().policy() == Policy::AsRecorded ? 1 : 0);
    }
    for (std::size_t k = 1; k <= steps; ++k) {
        std::optional<Outcome> placed; // the first pane placed by a policy
        std::optional<Outcome> first;
        for (std::size_t i = 0; i < histories.size(); ++i) {
            Outcome o = outcomeOf(histories[i]->info(k), bases[i]);
            const Outcome bare { o.error, o.hasPtr, 0 };
            const bool differs = (first && !(bare == *first)) || (!recorded[i] && placed && !(o == *placed));
            if (differs) {
                out.push_back(k);
                break;
            }
            first = first.value_or(bare);
            if (!recorded[i])
                placed = placed.value_or(o);
        }
    }
    return out;
}

} // namespace heapboard
