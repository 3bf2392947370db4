// SPDX-License-Identifier: MIT
#include "coalescer.h"

#include <vector>

namespace heapboard {

namespace {

    // Boundary tags: the freed block merges with its free address
    // neighbours at once.
    class Neighbours : public Coalescer
    {
    public:
        void release(Heap &heap, const BlockNeighbourhood &block, OpResult &r) override
        {
            BlockInfo run[3];
            int count = 0;
            if (block.prev && !block.prev->used)
                run[count++] = *block.prev;
            run[count++] = block.self;
            if (block.next && !block.next->used)
                run[count++] = *block.next;
            joinRun(heap, run, count, false, r);
        }
    };

    // Free blocks stay as they were freed.
    class NoMerging : public Coalescer
    {
    public:
        void release(Heap &heap, const BlockNeighbourhood &block, OpResult &) override
        {
            markFree(heap, block.self);
        }
    };

    // OSTEP's malloc.py -C: after each free, one pass over the list in its
    // order merges each entry with the next while they touch in address.
    // In address order that is exactly Neighbours.
    class ListPass : public NoMerging
    {
    public:
        void release(Heap &heap, const BlockNeighbourhood &block, OpResult &r) override
        {
            markFree(heap, block.self);
            const std::vector<BlockInfo> order = list(heap).inOrder();
            std::vector<BlockInfo> run;
            auto flush = [&] {
                if (run.size() > 1)
                    joinRun(heap, run.data(), int(run.size()), true, r);
                run.clear();
            };
            for (const BlockInfo &b : order) {
                if (!run.empty() && run.back().end() != b.start)
                    flush();
                run.push_back(b);
            }
            flush();
        }
    };

    // CS:APP 9.9.10: frees do not merge; when a malloc finds no block large
    // enough, every run of adjacent free blocks merges and it looks again.
    class Deferred : public NoMerging
    {
    public:
        bool mergeForRequest(Heap &heap, Size need, OpResult &r) override
        {
            std::vector<std::vector<BlockInfo>> runs(1);
            bool helps = false;
            Size total = 0;
            tree(heap).forEach([&](const BlockInfo &b) {
                if (b.used || (!runs.back().empty() && runs.back().back().end() != b.start)) {
                    if (runs.back().size() > 1)
                        runs.emplace_back();
                    else
                        runs.back().clear();
                    total = 0;
                }
                if (!b.used) {
                    runs.back().push_back(b);
                    total += b.size;
                    helps = helps || total >= need;
                }
            });
            if (!helps)
                return false;
            for (const std::vector<BlockInfo> &run : runs) {
                if (run.size() > 1)
                    joinRun(heap, run.data(), int(run.size()), false, r);
            }
            return true;
        }
    };

} // namespace

std::unique_ptr<Coalescer> Coalescer::make(Coalescing coalescing, ListOrder order)
{
    switch (coalescing) {
    case Coalescing::None:
        return std::make_unique<NoMerging>();
    case Coalescing::ListPass:
        if (order == ListOrder::Address)
            return std::make_unique<Neighbours>();
        return std::make_unique<ListPass>();
    case Coalescing::Deferred:
        return std::make_unique<Deferred>();
    case Coalescing::Neighbours:
        break;
    }
    return std::make_unique<Neighbours>();
}

} // namespace heapboard
