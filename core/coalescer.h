// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"

#include <memory>

namespace heapboard {

// When free blocks merge: the heap's coalescing mode (heapsettings.h,
// docs/settings.md) as a strategy the heap holds. It works through the
// heap's own primitives (Heap::markFree, Heap::joinRun), which keep the
// tree, the free list, the counts and the step's record in step.
class Coalescer
{
public:
    virtual ~Coalescer() = default;
    static std::unique_ptr<Coalescer> make(Coalescing coalescing, ListOrder order);

    // The used block is being freed (its Freed event is out already).
    virtual void release(Heap &heap, const BlockNeighbourhood &block, OpResult &r) = 0;
    // Nothing fits need bytes: true when merging now makes a block that
    // does (and it has merged); false, and nothing changes, otherwise.
    virtual bool mergeForRequest(Heap &, Size, OpResult &) { return false; }

protected:
    static void markFree(Heap &heap, const BlockInfo &b) { heap.markFree(b); }
    static BlockInfo joinRun(Heap &heap, const BlockInfo *run, int count, bool keepPlace, OpResult &r)
    {
        return heap.joinRun(run, count, keepPlace, r);
    }
    static const BlockTree &tree(const Heap &heap) { return heap.m_tree; }
    static const FreeList &list(const Heap &heap) { return *heap.m_list; }
};

} // namespace heapboard
