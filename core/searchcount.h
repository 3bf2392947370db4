// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"
#include "steprecord.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace heapboard {

// How many free-list elements a malloc examined, as OSTEP's malloc.py
// counts "searched k elements" (docs/compare.md): first and next fit read
// up to and including the block they take (next fit from its start entry,
// round the list), best and worst fit the whole list, and a malloc that
// finds nothing the whole list. chosen and start are positions in list
// order from 0; chosen is empty when nothing was found.
std::uint64_t searchedElements(Policy policy, std::uint64_t listLength, std::optional<std::uint64_t> chosen,
                               std::uint64_t start = 0);

// Counts searchedElements() for every malloc of a history walked step by
// step (History::Cursor), in O(log n) a step: it follows the free list in
// its order in an order-statistics tree of its own, fed by the steps'
// deltas, so that a block's position in the list is a rank, not a scan.
// The heap itself pays nothing for it.
class SearchCounter
{
public:
    // The free list of heap, as the walk starts. Without ranks it follows
    // nothing and counts only what needs no position, for a walk whose
    // policy is never first or next fit (best and worst fit read it all).
    explicit SearchCounter(const Heap &heap, bool ranks = true);
    ~SearchCounter();
    SearchCounter(const SearchCounter &) = delete;
    SearchCounter &operator=(const SearchCounter &) = delete;

    // Before each step, with the heap as it is before it: notes the policy,
    // the list's length and next fit's start entry.
    void prepare(const Heap &before);
    // After the step: what it searched if it was a malloc that reached the
    // free list (not malloc(0)), and the list follows the step's delta.
    std::optional<std::uint64_t> apply(const StepInfo &info, const StepDelta &delta, Size header);

private:
    struct Ranks;
    std::uint64_t rankOf(Addr start) const;
    std::uint64_t countMalloc(const StepInfo &info, const StepDelta &delta, Size header) const;
    void follow(const StepDelta &delta);

    std::unique_ptr<Ranks> m_ranks;
    bool m_keyed = false;
    Policy m_policy = Policy::FirstFit;
    std::uint64_t m_length = 0;
    std::optional<Addr> m_nextFitStart; // the start entry's block, when next fit has one
};

} // namespace heapboard
