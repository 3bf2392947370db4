// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"
#include "events.h"
#include "freelist.h"
#include "heapsettings.h"

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace heapboard {

struct HeapStats {
    Size heapSize = 0;
    Addr base = 0;
    Size liveBytes = 0;
    Size freeBytes = 0;
    std::uint64_t usedBlocks = 0;
    std::uint64_t freeBlocks = 0;
    Size largestFree = 0;
    Size peakLiveBytes = 0;
    Addr highWater = 0; // highest end address any used block ever reached (base at first)
    Size gapsBelowHighWater = 0; // bytes of gaps (HeapSettings::gaps) below it
    // The bytes from the base to the high-water mark that are the heap's.
    Size highWaterBytes() const { return highWater - base - gapsBelowHighWater; }
    // 1 - largest free / total free; 0 when nothing is free.
    double fragmentation() const
    {
        return freeBytes == 0 ? 0.0 : 1.0 - double(largestFree) / double(freeBytes);
    }
    double peakUtilization() const
    {
        return highWaterBytes() > 0 ? double(peakLiveBytes) / double(highWaterBytes()) : 0.0;
    }
};

// Everything needed to put a Heap back exactly as it was: the history is
// built from snapshots, not from inverse operations.
struct HeapState {
    Size heapSize = 0;
    HeapSettings settings;
    Policy policy = Policy::FirstFit;
    Addr rover = 0;
    std::uint32_t step = 0;
    Size peakLiveBytes = 0;
    Addr highWater = 0;
    std::vector<BlockInfo> blocks; // address order, tiling [base, base + heapSize)
    std::vector<ListEntry> list; // the free list's keys, for orders other than address
    friend bool operator==(const HeapState &, const HeapState &) = default;
};

// What one operation changed, recorded for the history (history.h): the
// blocks it replaced and the blocks it left, plus the scalar state around it.
// Rover, peak and high-water that are equal before and after did not change
// (a delta read back from a history may hold them as 0).
struct StepDelta {
    std::vector<BlockInfo> removed; // as they were before the step
    std::vector<BlockInfo> added; // as they are after the step
    // Orders other than address: the list keys the step replaced and left.
    std::vector<ListEntry> listRemoved, listAdded;
    Addr roverBefore = 0, roverAfter = 0;
    Size peakBefore = 0, peakAfter = 0;
    Addr highWaterBefore = 0, highWaterAfter = 0;
    Size heapSizeBefore = 0, heapSizeAfter = 0; // a step that grew the heap
    Policy policyBefore = Policy::FirstFit, policyAfter = Policy::FirstFit;
    std::uint32_t stepBefore = 0, stepAfter = 0;
};

// The simulated heap of docs/semantics.md. In its default mode (first fit)
// it reproduces the reference simulator pointer for pointer. Every operation
// is O(log n) in the number of blocks; a failed operation changes nothing but
// the step counter.
//
// Event order: a malloc emits [Split], Allocated; a free emits Freed,
// [Merged]; a realloc emits Resized (in place, then Freed/Merged for a
// released tail) or Split/Allocated, Moved, Freed, [Merged] when it moves
// (docs/semantics.md §7).
//
// realloc(p, n) (docs/semantics.md §6):
//  - p not a live block: invalid-pointer; n == 0: same as free(p).
//  - n <= size: shrink in place, the tail becomes free and merges forward.
//  - n > size and the next block is free with size + next >= n: grow in
//    place, taking the front of the next block.
//  - otherwise malloc(n) by the policy while p is still live, then free(p);
//    if that malloc fails: out-of-memory and nothing changes.
// The next-fit rover moves only when the policy places a block (malloc or a
// moving realloc), to the end of the new block (docs/semantics.md §5).
//
// Settings (heapsettings.h, docs/settings.md) other than the defaults: a
// block's size includes its header and the pointer malloc returns is its
// start plus the header; free and realloc take that pointer. The list
// order and the coalescing mode are strategies the heap holds (FreeList,
// Coalescer); orders other than address cost O(n) a search.
class Coalescer;

class Heap
{
public:
    explicit Heap(Size heapSize = 1024, Policy policy = Policy::FirstFit, const HeapSettings &settings = {});
    ~Heap();
    Heap(Heap &&other) noexcept;
    Heap &operator=(Heap &&other) noexcept;

    // Empties the heap; false (and nothing changes) when heapSize is 0 or
    // above kMaxHeapSize, or the settings do not fit it (settingsProblem()).
    bool reset(Size heapSize, Policy policy, const HeapSettings &settings = {});
    // Changes the policy for the following requests. Counted as a step, so
    // that a history can walk back over it; the rover stays where it is.
    void setPolicy(Policy policy);

    OpResult malloc(Size n, std::uint32_t tag = 0);
    OpResult free(Addr p);
    // tag 0 keeps the block's tag; another names the block anew (a scenario's
    // `c = realloc b 80` labels the block c, moved or not).
    OpResult realloc(Addr p, Size n, std::uint32_t tag = 0);
    // "As recorded" (heaprecorded.cpp, docs/hrec.md): the block goes where a
    // recording says the real allocator put it, its pointer p, whatever the
    // policy. The bytes there must be free, else nothing changes and the
    // step fails (out-of-memory, saying what is in the way). A free block
    // around the new one splits into up to three: the bytes before it stay
    // free (a Split event of their own), the new block, the rest.
    OpResult mallocAt(Addr p, Size n, std::uint32_t tag = 0);
    // realloc(p, n) that returned `to`: in place when to == p (realloc's
    // rules), else moved to `to` as mallocAt places a block, then p freed.
    OpResult reallocAt(Addr p, Addr to, Size n, std::uint32_t tag = 0);
    // Records a failed step for a request that never reached the allocator
    // (a negative or overflowing size in a trace, an unknown handle).
    OpResult reject(ErrorCode code, std::string message);

    Size heapSize() const { return m_heapSize; }
    const HeapSettings &settings() const { return m_settings; }
    Addr base() const { return m_settings.base; }
    Addr end() const { return m_settings.base + m_heapSize; }
    // The bytes a view spans: the heap, or with growth its maximum, of which
    // the part past end() (the break) is not yet the heap's.
    Size extent() const { return m_settings.grows() ? m_settings.growMax : m_heapSize; }
    // The pointer a program holds for a used block: its start plus the header.
    Addr pointerOf(const BlockInfo &b) const { return b.start + m_settings.header; }
    Policy policy() const { return m_policy; }
    Addr rover() const { return m_rover; }
    // Where malloc(n) would put its block under the current policy, without
    // placing it; false when nothing fits (the hover ghost, a lesson's
    // "where will it go?").
    bool placement(Size n, Addr &out) const;
    // The free block where a next-fit search begins, whatever the request:
    // the one holding the rover, else the first after it, else (wrapping)
    // the first of all (docs/semantics.md). False when no block is free.
    // O(log n); the free-list view marks it as the rover's block.
    bool nextFitStart(BlockInfo &out) const;
    // The lowest-addressed free block that starts at or after `from` and
    // holds at least n bytes, in O(log n): walking the free list over a
    // stretch of a large heap without visiting its used blocks.
    bool firstFreeFrom(Addr from, Size n, BlockInfo &out) const { return m_tree.firstFit(n, from, out); }
    std::uint32_t step() const { return m_step; }
    HeapStats stats() const;

    // Blocks in address order, used and free.
    std::vector<BlockInfo> blocks() const { return m_tree.inOrder(); }
    // The free blocks in the free list's order (the order a policy scans).
    std::vector<BlockInfo> freeList() const { return m_list->inOrder(); }
    // The list's keys, for orders other than address (empty in address order).
    std::vector<ListEntry> listEntries() const { return m_list->entries(); }
    // The block whose range contains addr, if any.
    bool blockAt(Addr addr, BlockInfo &out) const;
    bool isLiveBlock(Addr p) const;
    std::size_t blockCount() const { return m_tree.size(); }
    template<typename F> void forEachBlock(F &&f) const { m_tree.forEach(std::forward<F>(f)); }
    // From the block containing addr on, while f returns true.
    template<typename F> void forEachBlockFrom(Addr addr, F &&f) const
    {
        m_tree.forEachFrom(addr, std::forward<F>(f));
    }

    HeapState state() const;
    void restore(const HeapState &state);
    // Ends the heap at heapSize by shortening the free block at its end,
    // which must start below heapSize; false (nothing changes) otherwise.
    bool shrinkFreeEnd(Size heapSize);

    // With recording on, every operation (and setPolicy) leaves what it
    // changed in lastDelta(); applyDelta() replays a delta forwards or
    // backwards in O(k log n) for the k blocks it names.
    void setRecording(bool on) { m_recording = on; }
    const StepDelta &lastDelta() const { return m_delta; }
    void applyDelta(const StepDelta &delta, bool forward);

private:
    friend class OpScope;
    friend class Coalescer;
    struct Touched {
        Addr start;
        bool existed;
        BlockInfo before;
    };
    void beginOp();
    void endOp();
    // With recording on: true the first time an operation changes the block
    // at start; always false with recording off.
    bool firstTouch(Addr start) const;
    void touch(Addr start); // before a block is changed or erased
    void inserted(Addr start); // after a block is inserted
    // The counts and the size index follow; the tree too unless told not to.
    void eraseBlock(const BlockInfo &b, bool fromTree);
    void insertBlock(const BlockInfo &b, bool intoTree);

    bool placeFor(Size n, BlockInfo &out) const; // false when nothing fits
    // placeFor, letting deferred coalescing merge first when nothing fits.
    bool choose(Size n, BlockInfo &out, OpResult &r);
    // Grows the heap at its top for a block of n bytes, the new space freed
    // as any block is (it may merge); false, and nothing changes, when the
    // heap does not grow or cannot grow by n within its maximum.
    bool grow(Size n, BlockInfo &out, OpResult &r);
    std::string growthLimit() const; // why growing did not help, for messages
    // Takes need bytes (a block size) of the free block for a request of n.
    void occupy(const BlockInfo &freeBlock, Size need, Size n, std::uint32_t tag, OpResult &r);
    void release(const BlockNeighbourhood &usedBlock, OpResult &r);
    // A moving realloc: block b's contents go to a new block at `at` in the
    // free block target, then b is freed.
    void moveTo(BlockInfo target, Addr at, const BlockInfo &b, Size need, Size n, std::uint32_t tag,
                OpResult &r);
    // The free block holding [at, at + need), if one does.
    bool freeRunAt(Addr at, Size need, BlockInfo &out) const;
    // Why the bytes at p (a pointer, so less the header) cannot take a block
    // of need bytes, for messages.
    std::string whyNotFree(Addr p, Size need) const;
    // The free block b's bytes before `at` become a free block of their own;
    // b is then the rest.
    void splitFront(BlockInfo &b, Addr at, OpResult &r);
    // The used block a program's pointer p names, if p is one.
    std::optional<BlockNeighbourhood> liveAt(Addr p) const;
    std::string whyNotLive(Addr p) const;
    OpResult resizeInPlace(const BlockNeighbourhood &live, Size need, Size n, std::uint32_t tag);
    // Coalescer's tools: a used block becomes free where it is; a run of
    // adjacent free blocks becomes one, which either goes into the list as
    // a freed block would or takes the first one's place.
    void markFree(const BlockInfo &b);
    BlockInfo joinRun(const BlockInfo *run, int count, bool keepPlace, OpResult &r);
    void markUsed(Addr end);
    OpResult failure(ErrorCode code, std::string message);
    void rebuildList();

    BlockTree m_tree;
    HeapSettings m_settings;
    std::unique_ptr<FreeList> m_list;
    std::unique_ptr<Coalescer> m_coalescer;
    Size m_heapSize = 0;
    Policy m_policy = Policy::FirstFit;
    Addr m_rover = 0;
    std::uint32_t m_step = 0;
    Size m_liveBytes = 0;
    Size m_peakLive = 0;
    Addr m_highWater = 0;
    std::uint64_t m_usedBlocks = 0; // gaps left out
    Size m_gapBytes = 0;
    bool m_recording = false;
    std::size_t m_eventReserve = 0; // events joinRun leaves room for
    int m_opDepth = 0;
    std::vector<Touched> m_touched;
    StepDelta m_delta;
};

} // namespace heapboard
