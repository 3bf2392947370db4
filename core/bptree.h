// SPDX-License-Identifier: MIT
#pragma once

#include "bptreenodes.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace heapboard {

// One B+ tree for every ordered index of the heap (BlockTree, SizeIndex),
// after jemalloc's ph.h/rb.h: the code is written once, and an index is a
// Traits type that says what it stores.
//
//   struct Traits {
//       using Entry = ...;                 // what a leaf holds
//       using Key = ...;                   // ordered by <, compared by ==
//       static Key keyOf(const Entry &);
//       static constexpr int kLeafCap = 32, kInnerCap = 32;
//       using Augment = ...;               // optional, see below
//       static constexpr bool kLinearRoute = true; // optional, see route() in bptreenodes.h
//   };
//
// An Augment is a monoid over entries: `using Value`, `static Value
// identity()`, `static Value of(const Entry &)`, `static Value
// combine(Value, Value)`, Value comparable by ==. The tree keeps the
// combined value of every child slot, so firstWhere() skips whole subtrees.
//
// Wide nodes keep the tree 3-5 levels deep for a million entries, so an
// operation touches a handful of cache lines rather than the ~30 scattered
// nodes of a binary tree. Leaves are linked for in-order walks. Erasing
// never rebalances: a node is dropped only when it empties, and a root with
// one child gives way to it, which keeps the code small; the depth stays
// bounded by the largest size the tree ever had.
template<typename Traits> class BPlusTree : private bptree_detail::Nodes<Traits>
{
    using Base = bptree_detail::Nodes<Traits>;
    using Base::addChild;
    using Base::buildInners;
    using Base::buildLeaves;
    using Base::descend;
    using Base::dropChild;
    using Base::growRoot;
    using Base::keyAt;
    using Base::kLeafCap;
    using Base::leftmostLeaf;
    using Base::lowerIndex;
    using Base::m_count;
    using Base::m_finger;
    using Base::m_height;
    using Base::m_inners;
    using Base::m_leaves;
    using Base::m_root;
    using Base::nodeValue;
    using Base::refreshUp;
    using Base::route;
    using Base::routesToFinger;
    using Base::splitLeaf;
    using Base::unlinkLeaf;
    using Base::upperIndex;
    using typename Base::Augment;
    using typename Base::Inner;
    using typename Base::Item;
    using typename Base::Leaf;
    using typename Base::Split;

public:
    using Base::kAugmented;
    using Base::NIL;
    using typename Base::Entry;
    using typename Base::Key;
    using typename Base::Value;

    // Entry `index` of leaf `leaf`; a null cursor (leaf NIL) is "none".
    struct Cursor {
        std::uint32_t leaf = NIL;
        int index = 0;
        explicit operator bool() const { return leaf != NIL; }
    };

    BPlusTree() { clear(); }

    void clear() { this->reset(); }
    std::size_t size() const { return m_count; }
    // The augment over every entry; identity() when empty.
    Value total() const { return nodeValue(m_root, m_height); }

    const Entry &operator[](Cursor c) const { return m_leaves[c.leaf].entries[std::size_t(c.index)]; }
    // Leaves other than a root leaf are never empty, so a neighbour in
    // another leaf ends or starts it.
    Cursor next(Cursor c) const
    {
        const Leaf &leaf = m_leaves[c.leaf];
        return c.index + 1 < leaf.count ? Cursor { c.leaf, c.index + 1 } : Cursor { leaf.next, 0 };
    }
    Cursor prev(Cursor c) const
    {
        if (c.index > 0)
            return { c.leaf, c.index - 1 };
        const std::uint32_t p = m_leaves[c.leaf].prev;
        return p == NIL ? Cursor {} : Cursor { p, m_leaves[p].count - 1 };
    }
    Cursor first() const
    {
        const std::uint32_t l = leftmostLeaf();
        return m_leaves[l].count > 0 ? Cursor { l, 0 } : Cursor {};
    }

    // Lookups start from the finger (see Path) when the key routes there.
    Cursor find(const Key &key) const
    {
        const std::uint32_t l = descend(key);
        const int i = lowerIndex(m_leaves[l], key);
        return i < m_leaves[l].count && keyAt(l, i) == key ? Cursor { l, i } : Cursor {};
    }
    // The first entry whose key is not below key.
    Cursor lowerBound(const Key &key) const
    {
        const std::uint32_t l = descend(key);
        const int i = lowerIndex(m_leaves[l], key);
        // Every key of a later leaf is above key.
        return i < m_leaves[l].count ? Cursor { l, i } : Cursor { m_leaves[l].next, 0 };
    }
    // The last entry whose key is not above key.
    Cursor floor(const Key &key) const { return floorIn(descend(key), key); }

    // The first entry in key order, at or after `from`, whose augmented
    // value satisfies pred. pred must hold for a combined value whenever it
    // holds for one of the values combined into it (as "max >= n" does for
    // max): a slot whose value fails pred is skipped whole.
    template<typename Pred> Cursor firstWhere(const Key &from, Pred pred) const
    {
        return firstWhereFrom(&from, pred);
    }
    template<typename Pred> Cursor firstWhere(Pred pred) const { return firstWhereFrom(nullptr, pred); }

    // The augment over every entry whose key is below key, in one descent
    // that leaves the finger alone: with a count as the augment, the key's
    // rank (searchcount.h counts a malloc's place in the free list so).
    Value valueBelow(const Key &key) const
    {
        static_assert(kAugmented, "valueBelow needs an Augment");
        Value v = Augment::identity();
        std::uint32_t node = m_root;
        for (int level = m_height; level > 0; --level) {
            const Inner &inner = m_inners[node];
            const int slot = route(inner, key);
            for (int i = 0; i < slot; ++i)
                v = Augment::combine(v, inner.values.at[std::size_t(i)]);
            node = inner.children[std::size_t(slot)];
        }
        const Leaf &leaf = m_leaves[node];
        for (int i = 0, n = lowerIndex(leaf, key); i < n; ++i)
            v = Augment::combine(v, Augment::of(leaf.entries[std::size_t(i)]));
        return v;
    }

    template<typename F> void forEach(F &&f) const
    {
        for (std::uint32_t l = leftmostLeaf(); l != NIL; l = m_leaves[l].next) {
            const Leaf &leaf = m_leaves[l];
            for (int i = 0; i < leaf.count; ++i)
                f(leaf.entries[std::size_t(i)]);
        }
    }
    // Walks entries in order from the last at or before key (the first
    // entry when there is none) for as long as f returns true. Leaves the
    // finger alone: a walk between a search and its change costs nothing.
    template<typename F> void walkFrom(const Key &key, F &&f) const
    {
        std::uint32_t l = m_root;
        for (int level = m_height; level > 0; --level)
            l = m_inners[l].children[std::size_t(route(m_inners[l], key))];
        Cursor c = floorIn(l, key);
        for (c = c ? c : first(); c.leaf != NIL; c = { m_leaves[c.leaf].next, 0 }) {
            const Leaf &leaf = m_leaves[c.leaf];
            for (int i = c.index; i < leaf.count; ++i) {
                if (!f(leaf.entries[std::size_t(i)]))
                    return;
            }
        }
    }
    std::vector<Entry> entries() const
    {
        std::vector<Entry> out;
        out.reserve(m_count);
        forEach([&out](const Entry &e) { out.push_back(e); });
        return out;
    }

    bool insert(const Entry &entry) // false, and no change, when the key is present
    {
        const Key key = Traits::keyOf(entry);
        const std::uint32_t l = descend(key);
        Leaf &leaf = m_leaves[l];
        const int i = lowerIndex(leaf, key);
        if (i < leaf.count && keyAt(l, i) == key)
            return false;
        const auto at = leaf.entries.begin() + i;
        std::copy_backward(at, leaf.entries.begin() + leaf.count, leaf.entries.begin() + leaf.count + 1);
        *at = entry;
        ++m_count;
        if (++leaf.count <= Traits::kLeafCap) {
            refreshUp(l); // no separator moved: the finger still holds
            return true;
        }
        m_finger.valid = false;
        Split s = splitLeaf(l);
        for (int level = 1; level <= m_height && s.sibling != NIL; ++level)
            s = addChild(level, s);
        if (s.sibling != NIL)
            growRoot(s);
        return true;
    }

    bool erase(const Key &key) // false when absent
    {
        const std::uint32_t l = descend(key);
        Leaf &leaf = m_leaves[l];
        const int i = lowerIndex(leaf, key);
        if (i >= leaf.count || !(keyAt(l, i) == key))
            return false;
        std::copy(leaf.entries.begin() + i + 1, leaf.entries.begin() + leaf.count, leaf.entries.begin() + i);
        --m_count;
        if (--leaf.count > 0 || m_height == 0) { // only a root leaf may stay empty
            refreshUp(l);
            return true;
        }
        m_finger.valid = false;
        unlinkLeaf(l);
        int level = 1;
        while (level <= m_height && dropChild(level))
            ++level;
        if (level > m_height) {
            clear(); // the root emptied: that was the last entry
            return true;
        }
        while (m_height > 0 && m_inners[m_root].count == 1) {
            const std::uint32_t only = m_inners[m_root].children[0];
            m_inners.release(m_root);
            m_root = only;
            --m_height;
        }
        return true;
    }

    bool update(const Entry &entry) // replaces the entry with the same key; false when absent
    {
        const Key key = Traits::keyOf(entry);
        const std::uint32_t l = descend(key);
        const int i = lowerIndex(m_leaves[l], key);
        if (i >= m_leaves[l].count || !(keyAt(l, i) == key))
            return false;
        m_leaves[l].entries[std::size_t(i)] = entry;
        refreshUp(l);
        return true;
    }

    // Replaces a run of consecutive entries by entries (sorted) that sort
    // between the run's neighbours: a split, a merge, a resize. One descent,
    // or none after a search that found the run, when the new run routes to
    // the run's leaf and fits it, which is nearly always.
    void replace(const Entry *removed, int removedCount, const Entry *added, int addedCount)
    {
        if (replaceInLeaf(removed, removedCount, added, addedCount))
            return;
        for (int i = 0; i < removedCount; ++i)
            erase(Traits::keyOf(removed[i]));
        for (int i = 0; i < addedCount; ++i)
            insert(added[i]);
    }

    // Replaces the content with entries (sorted by key, distinct) in O(n).
    void build(const std::vector<Entry> &sorted)
    {
        clear();
        if (sorted.empty())
            return;
        m_leaves.clear();
        std::vector<Item> level = buildLeaves(sorted);
        m_count = sorted.size();
        while (level.size() > 1) {
            level = buildInners(level);
            ++m_height;
        }
        m_root = level.front().node;
    }

private:
    Cursor floorIn(std::uint32_t l, const Key &key) const
    {
        const int i = upperIndex(m_leaves[l], key);
        // Every key of this leaf is above key: the answer ends the previous leaf.
        return i > 0 ? Cursor { l, i - 1 } : prev({ l, 0 });
    }

    template<typename Pred> Cursor firstWhereFrom(const Key *from, Pred &pred) const
    {
        static_assert(kAugmented, "firstWhere needs an Augment");
        m_finger.valid = false;
        m_finger.hasLower = m_finger.hasUpper = false;
        Cursor found;
        m_finger.valid = pred(total()) && firstWhereIn(m_root, m_height, from, pred, found);
        return found;
    }
    template<typename Pred>
    bool firstWhereIn(std::uint32_t node, int level, const Key *from, Pred &pred, Cursor &out) const
    {
        if (level == 0) {
            const Leaf &leaf = m_leaves[node];
            for (int i = from ? lowerIndex(leaf, *from) : 0; i < leaf.count; ++i) {
                if (pred(Augment::of(leaf.entries[std::size_t(i)]))) {
                    out = { node, i };
                    m_finger.leaf = node;
                    return true;
                }
            }
            return false;
        }
        // Children before the one `from` routes to hold only lower keys;
        // every child after it lies wholly at or above `from`, so the first
        // of those whose value passes holds the answer: at most one failed
        // descent.
        const Inner &inner = m_inners[node];
        for (int i = from ? route(inner, *from) : 0; i < inner.count; ++i, from = nullptr) {
            if (pred(inner.values.at[std::size_t(i)])
                && firstWhereIn(inner.children[std::size_t(i)], level - 1, from, pred, out)) {
                recordStep(inner, node, level, i); // deepest first: those bounds are the tightest
                return true;
            }
        }
        return false;
    }
    void recordStep(const Inner &inner, std::uint32_t node, int level, int slot) const
    {
        m_finger.nodes[std::size_t(level)] = node;
        m_finger.slotOf[std::size_t(level)] = std::uint8_t(slot);
        if (slot > 0 && !m_finger.hasLower) {
            m_finger.lower = inner.keys[std::size_t(slot)];
            m_finger.hasLower = true;
        }
        if (slot + 1 < inner.count && !m_finger.hasUpper) {
            m_finger.upper = inner.keys[std::size_t(slot) + 1];
            m_finger.hasUpper = true;
        }
    }

    bool replaceInLeaf(const Entry *removed, int removedCount, const Entry *added, int addedCount)
    {
        if (removedCount < 1)
            return false;
        const Key firstKey = Traits::keyOf(removed[0]);
        const std::uint32_t l = descend(firstKey);
        if (addedCount > 0
            && (!routesToFinger(Traits::keyOf(added[0]))
                || !routesToFinger(Traits::keyOf(added[addedCount - 1]))))
            return false;
        Leaf &leaf = m_leaves[l];
        const int index = lowerIndex(leaf, firstKey);
        const int newCount = leaf.count - removedCount + addedCount;
        if (index + removedCount > leaf.count || newCount < 1 || newCount > kLeafCap)
            return false;
        for (int i = 0; i < removedCount; ++i) {
            if (!(keyAt(l, index + i) == Traits::keyOf(removed[i])))
                return false;
        }
        const auto begin = leaf.entries.begin();
        const auto tail = begin + index + removedCount;
        const auto end = begin + leaf.count;
        if (addedCount > removedCount)
            std::copy_backward(tail, end, end + (addedCount - removedCount));
        else if (addedCount < removedCount)
            std::copy(tail, end, tail - (removedCount - addedCount));
        std::copy(added, added + addedCount, begin + index);
        leaf.count = newCount;
        m_count = m_count - std::size_t(removedCount) + std::size_t(addedCount);
        refreshUp(l); // every key stayed in its leaf: the finger still holds
        return true;
    }
};

} // namespace heapboard
