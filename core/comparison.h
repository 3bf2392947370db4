// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"
#include "searchcount.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace heapboard {

// One pane of a comparison: the same workload under a policy and settings
// of its own (docs/compare.md).
struct PaneConfig {
    Policy policy = Policy::FirstFit;
    HeapSettings settings;
    friend bool operator==(const PaneConfig &, const PaneConfig &) = default;
};

// "first-fit", or "best-fit · header 8 B, order size-ascending" when the
// settings are not the defaults: what differs, in the order of
// docs/settings.md. UTF-8, for the command line and the window alike.
std::string paneConfigName(const PaneConfig &config);

// What a pane's history came to, over all its steps (docs/compare.md).
struct PaneSummary {
    std::uint64_t steps = 0, mallocs = 0, failedAllocations = 0; // failed malloc/realloc for lack of memory
    double peakFragmentation = 0, finalFragmentation = 0; // 1 - largest free / free
    Size largestFreeAtEnd = 0;
    Size highWater = 0; // bytes above the base that any used block ever reached
    // Mean free-list elements a malloc examined, as OSTEP's malloc.py counts
    // "searched" (searchcount.h): first/next fit up to and including the
    // chosen one, or all when it fails; best/worst fit the whole list. Over
    // the mallocs that searched (malloc(0) does not).
    double meanSearched = 0;
    std::uint64_t searched = 0; // the sum of what they searched
    Size heapSize = 0; // at the end
    friend bool operator==(const PaneSummary &, const PaneSummary &) = default;
};

// Builds a PaneSummary step by step, from a walk of a history (summarize())
// or from a heap as it runs (comparisonrun.h), so that both give the same
// numbers. Without ranks, for a walk under best or worst fit only, it
// keeps no copy of the free list (SearchCounter).
class PaneSummarizer
{
public:
    explicit PaneSummarizer(const Heap &start, bool ranks = true);
    // Around each step: the heap before it, then after it with what the
    // step asked for and changed.
    void before(const Heap &heap) { m_search.prepare(heap); }
    void after(const Heap &heap, const StepInfo &info, const StepDelta &delta);
    PaneSummary finish(const Heap &end) const;

private:
    SearchCounter m_search;
    PaneSummary m_summary;
    std::uint64_t m_searching = 0; // mallocs that searched
    Size m_header = 0;
};

// Walks the history with History::Cursor: O(steps x log blocks); the
// history is not moved.
PaneSummary summarize(const History &history);

// The steps k (1..n) where the panes' outcomes differ: one pane failed and
// another did not, they returned different pointers (compared as offsets
// from each pane's base; a pane as recorded, in an address space of its
// own, only by failing), or their errors differ. Histories may differ in
// length; compared up to the shortest.
std::vector<std::size_t> divergentSteps(const std::vector<const History *> &histories);

} // namespace heapboard
