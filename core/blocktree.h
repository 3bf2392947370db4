// SPDX-License-Identifier: MIT
#pragma once

#include "bptree.h"
#include "events.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace heapboard {

struct BlockInfo {
    Addr start = 0;
    Size size = 0;
    bool used = false;
    std::uint32_t tag = 0; // caller's label id; 0 for none
    std::uint32_t step = 0; // the step that made the block as it is
    // A used block's bytes beyond its header and the size asked for: the
    // alignment's padding and a minimum block's surplus (heapsettings.h).
    std::uint32_t slack = 0;
    Addr end() const { return start + size; }
    friend bool operator==(const BlockInfo &, const BlockInfo &) = default;
};

// A block and its neighbours in address order, if it has them.
struct BlockNeighbourhood {
    BlockInfo self;
    std::optional<BlockInfo> prev;
    std::optional<BlockInfo> next;
};

// All blocks of the heap, used and free, in one B+ tree (bptree.h) keyed by
// start address. Every child slot also keeps the largest free size below
// it, so "the lowest-addressed free block of at least n bytes at or after an
// address" is one descent that skips whole subtrees: first fit and next fit
// without a scan. Wide nodes keep the tree 3-5 levels deep for a million
// blocks; a search remembers its path, so the change that follows it (a
// split, a merge) costs no second descent.
class BlockTree
{
public:
    void clear() { m_tree.clear(); }
    std::size_t size() const { return m_tree.size(); }
    Size maxFree() const { return m_tree.total(); }

    void insert(const BlockInfo &block) { m_tree.insert(block); } // block.start must be new
    void erase(Addr start) { m_tree.erase(start); } // must exist
    void update(const BlockInfo &block) { m_tree.update(block); } // replaces the block with the same start
    // Replaces a run of adjacent blocks (in address order) by blocks that
    // cover the same addresses: a split, a merge, a resize. One descent when
    // the run lies in one leaf, which is nearly always, and none right after
    // the search that found the run.
    void replace(const BlockInfo *removed, int removedCount, const BlockInfo *added, int addedCount)
    {
        m_tree.replace(removed, removedCount, added, addedCount);
    }

    bool find(Addr start, BlockInfo &out) const { return copy(m_tree.find(start), out); }
    // The last block starting at or before addr.
    bool floor(Addr addr, BlockInfo &out) const { return copy(m_tree.floor(addr), out); }
    // The block starting at start and its neighbours, in one descent;
    // nothing when no block starts there.
    std::optional<BlockNeighbourhood> around(Addr start) const;
    // The lowest-addressed free block with start >= minStart and size >= n.
    // Blocks are never empty, so n = 0 finds what n = 1 does.
    bool firstFit(Size n, Addr minStart, BlockInfo &out) const
    {
        const Size least = std::max<Size>(n, 1);
        return copy(m_tree.firstWhere(minStart, [least](Size largest) { return largest >= least; }), out);
    }

    std::vector<BlockInfo> inOrder() const { return m_tree.entries(); }
    // Replaces the content with blocks (sorted by start, distinct) in O(n).
    void build(const std::vector<BlockInfo> &blocks) { m_tree.build(blocks); }

    template<typename F> void forEach(F &&f) const { m_tree.forEach(std::forward<F>(f)); }

    // Walks blocks in address order from the one containing addr (or the
    // first after it) for as long as f returns true.
    template<typename F> void forEachFrom(Addr addr, F &&f) const
    {
        m_tree.walkFrom(addr, std::forward<F>(f));
    }

private:
    struct Traits {
        using Entry = BlockInfo;
        using Key = Addr;
        static Key keyOf(const BlockInfo &b) { return b.start; }
        static constexpr int kLeafCap = 32;
        static constexpr int kInnerCap = 32;
        static constexpr bool kLinearRoute = true;
        struct Augment { // the largest free size
            using Value = Size;
            static Value identity() { return 0; }
            static Value of(const BlockInfo &b) { return b.used ? 0 : b.size; }
            static Value combine(Value a, Value b) { return std::max(a, b); }
        };
    };
    using Tree = BPlusTree<Traits>;

    bool copy(typename Tree::Cursor at, BlockInfo &out) const
    {
        if (!at)
            return false;
        out = m_tree[at];
        return true;
    }

    Tree m_tree;
};

} // namespace heapboard
