// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"

#include <cstddef>
#include <cstdint>
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

// How History (history.h) stores one step as bytes: its delta, its StepInfo
// and its events, in that order, varint-encoded, 30-60 bytes for a step
// that splits or merges a block.
//
// Addresses are relative to the first block the step touched; an event's
// span that is one of the delta's blocks is stored as its index; and the
// size of a block or span that reaches the end of the heap is left out
// (taken from the heap size when decoding), so that a record does not
// depend on how large the free block at the end is. That is what lets
// History::shrinkHeap() keep every record as it is.
namespace steprecord {

    std::uint64_t getVarint(const std::uint8_t *&p);

    // The heap end to give encode() and Reader for a heap that grows: every
    // size is then written out, and each record carries the heap's size
    // before and after its step, so that a record reads the same whatever
    // size the heap has when it is read.
    inline constexpr Size kNoEnd = ~Size { 0 };

    // Writes step k's record at out, which has room for maxSize() bytes;
    // returns the number written.
    std::size_t maxSize(const StepDelta &delta, const EventList &events);
    // heapEnd: the heap's end address (Heap::end()).
    std::size_t encode(std::uint8_t *out, std::size_t k, Size heapEnd, const StepInfo &info,
                       const StepDelta &delta, const EventList &events);

    // Reads a record: its delta at once, into `delta` (whose vectors are
    // reused), then on demand the info and the events, in that order.
    class Reader
    {
    public:
        Reader(const std::uint8_t *record, std::size_t k, Size heapSize, StepDelta &delta);
        StepInfo info();
        EventList events(); // reads the info first when it was not read
        // From the first byte only: whether the step raised the peak of the
        // live bytes.
        static bool raisedPeak(const std::uint8_t *record);

    private:
        void readDelta();
        Span span();
        const BlockInfo &block(std::uint8_t code) const;
        const std::uint8_t *m_p;
        std::size_t m_step;
        Size m_heapSize;
        StepDelta &m_delta;
        Addr m_ref = 0;
        bool m_infoRead = false;
    };

    // A whole heap, for checkpoints: about 5-8 bytes a block, the addresses
    // implied because the blocks tile the heap.
    // Replaces out with the snapshot, exactly as long as it needs.
    void encodeState(std::vector<std::uint8_t> &out, const Heap &heap);
    void decodeState(const std::uint8_t *p, Size heapSize, const HeapSettings &settings, HeapState &out);

} // namespace steprecord

} // namespace heapboard
