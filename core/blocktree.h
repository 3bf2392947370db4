// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "nodepool.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
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

// All blocks of the heap, used and free, in one B+ tree keyed by start
// address. Every child slot also keeps the largest free size below it, so
// "the lowest-addressed free block of at least n bytes at or after an
// address" is one descent that skips whole subtrees: first fit and next fit
// without a scan. Wide nodes keep the tree 3-5 levels deep for a million
// blocks, so an operation touches a handful of cache lines rather than the
// ~30 scattered nodes of a binary tree.
//
// Leaves are linked for in-order walks. Erasing never rebalances: a node
// is dropped only when it empties, which keeps the code small; the depth
// stays bounded by the largest size the tree ever had.
class BlockTree
{
public:
    BlockTree() { clear(); }

    void clear();
    std::size_t size() const { return m_count; }
    Size maxFree() const;

    void insert(const BlockInfo &block); // block.start must be new
    void erase(Addr start); // must exist
    void update(const BlockInfo &block); // replaces the block with the same start
    // Replaces a run of adjacent blocks (in address order) by blocks that
    // cover the same addresses: a split, a merge, a resize. One descent when
    // the run lies in one leaf, which is nearly always.
    void replace(const BlockInfo *removed, int removedCount, const BlockInfo *added, int addedCount);

    bool find(Addr start, BlockInfo &out) const;
    bool floor(Addr addr, BlockInfo &out) const; // the last block starting at or before addr
    // The block starting at start and its neighbours, in one descent;
    // nothing when no block starts there.
    std::optional<BlockNeighbourhood> around(Addr start) const;
    // The lowest-addressed free block with start >= minStart and size >= n.
    bool firstFit(Size n, Addr minStart, BlockInfo &out) const;

    std::vector<BlockInfo> inOrder() const;
    // Replaces the content with blocks (sorted by start, distinct) in O(n).
    void build(const std::vector<BlockInfo> &blocks);

    template<typename F> void forEach(F &&f) const
    {
        for (std::uint32_t l = leftmostLeaf(); l != NIL; l = m_leaves[l].next) {
            const Leaf &leaf = m_leaves[l];
            for (int i = 0; i < leaf.count; ++i)
                f(leaf.entries[std::size_t(i)]);
        }
    }

    // Walks blocks in address order from the one containing addr (or the
    // first after it) for as long as f returns true.
    template<typename F> void forEachFrom(Addr addr, F &&f) const
    {
        std::uint32_t l = m_root;
        for (int level = m_height; level > 0; --level)
            l = m_inners[l].children[std::size_t(route(m_inners[l], addr))];
        int i = 0;
        const Leaf &first = m_leaves[l];
        while (i + 1 < first.count && first.entries[std::size_t(i + 1)].start <= addr)
            ++i;
        if (first.count > 0 && first.entries[std::size_t(i)].start > addr && first.prev != NIL) {
            l = first.prev; // the containing block ends the previous leaf
            i = m_leaves[l].count - 1;
        }
        for (; l != NIL; l = m_leaves[l].next, i = 0) {
            const Leaf &leaf = m_leaves[l];
            for (; i < leaf.count; ++i) {
                if (!f(leaf.entries[std::size_t(i)]))
                    return;
            }
        }
    }

private:
    static constexpr std::uint32_t NIL = UINT32_MAX;
    static constexpr int kLeafCap = 32;
    static constexpr int kInnerCap = 32;

    // One slot more than the capacity: a node overflows first, then splits.
    struct Leaf {
        int count = 0;
        std::uint32_t prev = NIL;
        std::uint32_t next = NIL;
        Size maxFree = 0;
        std::array<BlockInfo, kLeafCap + 1> entries;
    };
    struct Inner {
        int count = 0;
        Size maxFree = 0;
        std::array<Addr, kInnerCap + 1> keys; // keys[i]: lowest start under child i (keys[0] unused)
        std::array<Size, kInnerCap + 1> maxima; // largest free size under child i
        std::array<std::uint32_t, kInnerCap + 1> children;
    };
    enum class Change { Insert, Erase, Update };
    struct Split {
        std::uint32_t sibling = NIL; // NIL: no split
        Addr key = 0;
    };

    void freeLeaf(std::uint32_t l); // unlinks it from its neighbours, then releases it
    Size nodeMax(std::uint32_t node, int level) const;
    static int route(const Inner &inner, Addr key);
    std::uint32_t leftmostLeaf() const;
    // Applies a change below node; returns a split of node, if any. For
    // Erase, `emptied` says whether node became empty and was freed.
    Split change(std::uint32_t node, int level, Change what, const BlockInfo &block, bool &emptied);
    Split changeLeaf(std::uint32_t l, Change what, const BlockInfo &block, bool &emptied);
    Split splitInner(std::uint32_t node);
    // The path of the last search, so that a replace right after it (every
    // operation finds a block, then changes it) and the searches for keys
    // of the same leaf that follow skip a second descent. Valid until the
    // tree's shape changes (insert, erase, update, or a replace that does
    // not fit its leaf).
    struct Path {
        bool valid = false;
        std::uint32_t leaf = 0;
        Addr lower = 0; // keys below route to an earlier leaf
        Addr upper = ~Addr { 0 }; // keys from here on route to a later leaf
        std::array<std::uint32_t, 32> nodes {}; // by level
        std::array<std::uint8_t, 32> slotOf {};
    };
    std::uint32_t descend(Addr key, Path &path) const;
    bool replaceInLeaf(const BlockInfo *removed, int removedCount, const BlockInfo *added, int addedCount);
    bool firstFitIn(std::uint32_t node, int level, Size n, Addr minStart, BlockInfo &out) const;
    void refreshLeafMax(Leaf &leaf);
    void refreshInnerMax(Inner &inner);

    NodePool<Leaf> m_leaves;
    NodePool<Inner> m_inners;
    mutable Path m_finger;
    std::uint32_t m_root = NIL;
    int m_height = 0; // 0: the root is a leaf
    std::size_t m_count = 0;
};

} // namespace heapboard
