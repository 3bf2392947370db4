// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"
#include "steprecord.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace heapboard {

// Every operation on the heap, successful or not, as a step that can be
// walked back and forth exactly (from snapshots, not inverse operations).
//
// How it works: step k keeps a record (steprecord.h) of the delta the heap
// recorded while running it (the blocks it replaced and the blocks it left,
// plus what changed of rover, peak and high-water), what it asked for and
// the events it reported: about 30-60 bytes a step. Records sit end to end
// in chunks that never move. Every `checkpointInterval()` steps a full
// snapshot is stored too (about 5-8 bytes a block; addresses are implied
// because the blocks tile the heap). Jumping to step k starts from whichever
// is nearest: the current state, or a checkpoint on either side of k; then
// it applies at most half an interval of deltas, forwards or backwards,
// each O(log n).
//
// Snapshots are kept within a budget: when they outgrow it, every other
// one is dropped and the interval doubles, so that a long history of a
// large heap (a million steps over 100,000 blocks) stays within tens of
// megabytes, at the price of longer walks for its jumps.
//
// Cost: memory O(steps) plus the snapshot budget; undo/redo one delta; a
// jump one snapshot decode (O(blocks)) plus O(interval/2 x log n).
class History
{
public:
    explicit History(Size heapSize = 1024, Policy policy = Policy::FirstFit,
                     const HeapSettings &settings = {});

    const Heap &heap() const { return m_heap; }

    // Run on the heap at the current position; a step at a position before
    // the end drops the steps after it first (as any editor's redo does).
    OpResult malloc(Size n, std::uint32_t tag = 0);
    OpResult free(Addr p);
    OpResult realloc(Addr p, Size n, std::uint32_t tag = 0);
    // Heap::mallocAt and Heap::reallocAt: a recording's calls as recorded.
    OpResult mallocAt(Addr p, Size n, std::uint32_t tag = 0);
    OpResult reallocAt(Addr p, Addr to, Size n, std::uint32_t tag = 0);
    OpResult reject(ErrorCode code, std::string message);
    OpResult setPolicy(Policy policy);

    // A new, empty history over a fresh heap; false and nothing changes on a
    // bad heap size.
    bool reset(Size heapSize, Policy policy, const HeapSettings &settings = {});

    // The heap ends at `size` instead, every step kept as it is, as if it
    // had run on a heap that large: true when it would have run the same,
    // which holds when no block ever reached `size` (the free block at the
    // end is only shorter), every step ran under first or next fit (whose
    // choices do not depend on how long the last free block is), none
    // failed for lack of memory and no failed free or realloc named an
    // address at or beyond `size` (their messages would differ). False, and
    // nothing changes, otherwise. Costs O(log n): records and snapshots do
    // not store the size of a block that reaches the end of the heap.
    bool shrinkHeap(Size size);

    std::size_t size() const { return m_offsets.size(); }
    // The heap's size at step 0 (a heap that grows is larger later).
    Size startSize() const { return m_checkpoints.front().heapSize; }
    std::size_t position() const { return m_position; }
    bool jumpTo(std::size_t step);
    bool undo() { return m_position > 0 && jumpTo(m_position - 1); }
    bool redo() { return jumpTo(m_position + 1); }

    // k in 1..size(): step k took the heap from state k-1 to state k.
    StepInfo info(std::size_t k) const;
    std::string message(std::size_t k) const;
    // The blocks step k replaced and left, and its scalars; a scalar that
    // step k did not change reads back as 0 before and after.
    StepDelta delta(std::size_t k) const;

    // The step after which the live bytes were at their peak (the first
    // such step); 0 for an empty history. O(size()).
    std::size_t peakLiveStep() const;

    // What step k did, as the heap reported it (split, allocated, freed,
    // merged, resized, moved, failed), in order, k in 1..size().
    EventList events(std::size_t k) const;

    // The steps after `step`, taken out whole: the history then ends at
    // `step` and stands there. restoreTail() puts them back exactly on a
    // history that ends at that same step (position unchanged). Both move
    // the steps' records: no step is run again.
    struct Tail;
    Tail takeTail(std::size_t step);
    void restoreTail(Tail tail);

    // Snapshots beyond this many bytes are thinned out (default 16 MiB).
    void setCheckpointBudget(std::size_t bytes) { m_checkpointBudget = bytes; }
    std::size_t checkpointInterval() const { return m_interval; }
    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    // Bytes held by the history itself, beyond the current heap state.
    std::size_t memoryBytes() const;

    // Walks a heap of its own through the steps from step 0 on, one delta a
    // step, leaving the history where it is: for what needs every state in
    // turn (a chart's series, a comparison's summary). O(log n) a step. Valid
    // while the history does not change.
    class Cursor
    {
    public:
        explicit Cursor(const History &history);
        std::size_t position() const { return m_position; }
        const Heap &heap() const { return m_heap; }
        // To the next step; false, and nothing changes, at the end.
        bool next();
        // The step last walked over: what it changed and what it asked for
        // (a comparison counts what each malloc searched from them).
        const StepDelta &delta() const { return m_delta; }
        const StepInfo &info() const { return m_info; }

    private:
        const History *m_history;
        Heap m_heap;
        std::size_t m_position = 0;
        StepDelta m_delta;
        StepInfo m_info;
    };

    struct Checkpoint {
        std::size_t step;
        Size heapSize; // a heap that grows has another size at each
        std::vector<std::uint8_t> bytes;
    };
    struct Tail {
        std::size_t from = 0; // the step the history ended at when taken
        std::vector<StepInfo> infos; // one a step taken, as info() gave them
        std::vector<std::uint8_t> records; // the steps' records, end to end
        std::vector<std::size_t> ends; // where each record ends in records
        std::vector<Checkpoint> checkpoints;
        std::map<std::size_t, std::string> messages;
        std::size_t interval = 0;
        std::size_t spacing = 1;
        bool empty() const { return ends.empty(); }
    };

private:
    OpResult record(StepInfo info, OpResult result);
    void append(const std::uint8_t *bytes, std::size_t count);
    std::size_t chunkOf(std::size_t k) const;
    const std::uint8_t *recordOf(std::size_t k) const;
    std::size_t recordLength(std::size_t k) const;
    void truncateToPosition();
    void addCheckpoint();
    void thinCheckpoints();
    std::size_t checkpointBytes() const;
    void restoreCheckpoint(const Checkpoint &checkpoint);
    void walk(std::size_t to);
    // The heap end records are written and read with (steprecord.h).
    Size recordEnd() const;
    const Checkpoint *nearestCheckpoint(std::size_t step) const;

    Heap m_heap;
    // Step k's record is at m_offsets[k - 1] in the chunk that holds it: the
    // last one whose first step (m_chunkFirst) is at most k - 1.
    std::vector<std::vector<std::uint8_t>> m_chunks;
    std::vector<std::size_t> m_chunkFirst;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint8_t> m_scratch; // the record being made
    StepDelta m_walkDelta; // reused by walks
    std::vector<Checkpoint> m_checkpoints; // by step, ascending; step 0 always
    std::map<std::size_t, std::string> m_messages; // failed steps only
    std::size_t m_position = 0;
    std::size_t m_interval = 1024;
    std::size_t m_spacing = 1; // doubles each time the snapshots are thinned
    std::size_t m_checkpointBudget = std::size_t(16) << 20;
    // What shrinkHeap() needs to know: whether every step so far would run
    // the same on a shorter heap, and how short it may be.
    bool m_shrinkable = true;
    Size m_shrinkLimit = 1;
};

} // namespace heapboard
