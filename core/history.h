// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace heapboard {

enum class StepKind : std::uint8_t { Malloc, Free, Realloc, Reject, SetPolicy };

// What a step asked for and what it returned, for lists and labels.
struct StepInfo {
    StepKind kind = StepKind::Malloc;
    ErrorCode error = ErrorCode::None;
    bool hasPtr = false;
    Policy policy = Policy::FirstFit; // SetPolicy: the new policy
    std::uint32_t tag = 0;
    Addr arg = 0; // free / realloc: the pointer given
    Size size = 0; // malloc / realloc: the size asked for
    Addr ptr = 0; // the pointer returned, if hasPtr
};

// Every operation on the heap, successful or not, as a step that can be
// walked back and forth exactly (from snapshots, not inverse operations).
//
// How it works: step k keeps the delta the heap recorded while running it
// (the blocks it replaced and the blocks it left, plus rover, peak and
// high-water before and after) and the events it reported, varint-encoded:
// about 40-80 bytes a step.
// Every `checkpointInterval()` steps a full snapshot is stored too, encoded
// the same way (about 5-8 bytes a block; addresses are implied because the
// blocks tile the heap). Jumping to step k starts from whichever is nearest:
// the current state, or a checkpoint on either side of k; then it applies
// at most half an interval of deltas, forwards or backwards, each O(log n).
//
// Cost: memory O(steps + checkpoints x blocks); undo/redo one delta; a jump
// one snapshot decode (O(blocks)) plus O(interval/2 x log n).
class History
{
public:
    explicit History(Size heapSize = 1024, Policy policy = Policy::FirstFit);

    const Heap &heap() const { return m_heap; }

    // Run on the heap at the current position; a step at a position before
    // the end drops the steps after it first (as any editor's redo does).
    OpResult malloc(Size n, std::uint32_t tag = 0);
    OpResult free(Addr p);
    OpResult realloc(Addr p, Size n, std::uint32_t tag = 0);
    OpResult reject(ErrorCode code, std::string message);
    OpResult setPolicy(Policy policy);

    // A new, empty history over a fresh heap; false and nothing changes on a
    // bad heap size.
    bool reset(Size heapSize, Policy policy);

    std::size_t size() const { return m_infos.size(); }
    std::size_t position() const { return m_position; }
    bool jumpTo(std::size_t step);
    bool undo() { return m_position > 0 && jumpTo(m_position - 1); }
    bool redo() { return jumpTo(m_position + 1); }

    // k in 1..size(): step k took the heap from state k-1 to state k.
    const StepInfo &info(std::size_t k) const { return m_infos[k - 1]; }
    std::string message(std::size_t k) const;
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
    // the steps' storage: no step is run again.
    struct Tail;
    Tail takeTail(std::size_t step);
    void restoreTail(Tail tail);

    std::size_t checkpointInterval() const { return m_interval; }
    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    // Bytes held by the history itself, beyond the current heap state.
    std::size_t memoryBytes() const;

    struct Checkpoint {
        std::size_t step;
        std::vector<std::uint8_t> bytes;
    };
    struct Tail {
        std::size_t from = 0; // the step the history ended at when taken
        std::vector<StepInfo> infos;
        std::vector<std::uint8_t> deltaBytes;
        std::vector<std::size_t> deltaOffsets;
        std::vector<Checkpoint> checkpoints;
        std::map<std::size_t, std::string> messages;
        std::size_t interval = 0;
        bool empty() const { return infos.empty(); }
    };

private:
    OpResult record(StepInfo info, OpResult result);
    void truncateToPosition();
    void encodeDelta(const StepDelta &delta);
    void encodeEvents(const EventList &events);
    static void decodeDelta(const std::uint8_t *&p, StepDelta &d);
    void addCheckpoint();
    void restoreCheckpoint(const Checkpoint &checkpoint);
    void walk(std::size_t to);
    const Checkpoint *nearestCheckpoint(std::size_t step) const;

    Heap m_heap;
    std::vector<StepInfo> m_infos;
    std::vector<std::uint8_t> m_deltaBytes;
    std::vector<std::size_t> m_deltaOffsets; // step k's delta starts at [k - 1]
    std::vector<Checkpoint> m_checkpoints; // by step, ascending; step 0 always
    std::map<std::size_t, std::string> m_messages; // failed steps only
    std::size_t m_position = 0;
    std::size_t m_interval = 1024;
};

} // namespace heapboard
