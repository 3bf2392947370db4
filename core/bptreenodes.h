// SPDX-License-Identifier: MIT
#pragma once

#include "nodepool.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace heapboard {

// The augment of a plain ordered index: nothing kept per child.
struct NoAugment {
    struct Value {
        friend bool operator==(Value, Value) = default;
    };
};

namespace bptree_detail {

    template<typename T> struct AugmentOf {
        using type = NoAugment;
    };
    template<typename T>
    requires requires
    {
        typename T::Augment;
    }
    struct AugmentOf<T> {
        using type = typename T::Augment;
    };

    template<typename T> constexpr bool linearRoute()
    {
        if constexpr (requires { T::kLinearRoute; })
            return T::kLinearRoute;
        else
            return false;
    }

    // Per-slot values of an inner node; nothing at all for NoAugment.
    template<typename V, std::size_t N, bool Keep> struct Slots {
        std::array<V, N> at;
    };
    template<typename V, std::size_t N> struct Slots<V, N, false> { };

    // The nodes of a BPlusTree (bptree.h) and the path to one leaf: the
    // layout, the searches within a node, and the edits an operation applies
    // along the path from the leaf up (a split, a new child, a dropped child,
    // refreshed augments).
    template<typename Traits> class Nodes
    {
    protected:
        using Entry = typename Traits::Entry;
        using Key = typename Traits::Key;
        using Augment = typename AugmentOf<Traits>::type;
        using Value = typename Augment::Value;
        static constexpr bool kAugmented = !std::is_same_v<Augment, NoAugment>;
        static constexpr std::uint32_t NIL = UINT32_MAX;
        static constexpr int kLeafCap = Traits::kLeafCap;
        static constexpr int kInnerCap = Traits::kInnerCap;
        // An inner fill of 3/4 must take two children; slots are kept as bytes.
        static_assert(kLeafCap >= 2 && kInnerCap >= 3 && kInnerCap < 256);
        using SlotValues = Slots<Value, std::size_t(kInnerCap) + 1, kAugmented>;

        // One slot more than the capacity: a node overflows first, then splits.
        struct Leaf {
            int count = 0;
            std::uint32_t prev = NIL;
            std::uint32_t next = NIL;
            [[no_unique_address]] Value value {}; // of every entry
            std::array<Entry, kLeafCap + 1> entries;
        };
        struct Inner {
            int count = 0;
            [[no_unique_address]] Value value {}; // of every slot
            std::array<Key, kInnerCap + 1> keys; // keys[i]: lowest key under child i (keys[0] unused)
            [[no_unique_address]] SlotValues values; // values.at[i]: of everything under child i
            std::array<std::uint32_t, kInnerCap + 1> children;
        };
        struct Split {
            std::uint32_t sibling = NIL; // NIL: no split
            Key key {};
        };
        struct Item { // a node made by build()
            std::uint32_t node;
            Key key;
            Value value;
        };

        // The path of the last search, so that a change right after it (every
        // heap operation finds a block, then changes it) and the searches for
        // keys of the same leaf that follow skip a second descent. Valid until
        // the tree's shape changes (a split, an emptied node, a new root).
        struct Path {
            bool valid = false;
            bool hasLower = false;
            bool hasUpper = false;
            std::uint32_t leaf = 0;
            Key lower {}; // keys below route to an earlier leaf
            Key upper {}; // keys from here on route to a later leaf
            std::array<std::uint32_t, 32> nodes {}; // by level
            std::array<std::uint8_t, 32> slotOf {};
        };

        Key keyAt(std::uint32_t l, int i) const { return Traits::keyOf(m_leaves[l].entries[std::size_t(i)]); }

        // The number of leading items for which goesBefore holds (it holds for
        // a prefix). Branch-free: the loop runs log2(count) times whatever the
        // keys, and the step is a conditional move, not a jump to predict.
        template<typename GoesBefore> static int partitionPoint(int count, GoesBefore goesBefore)
        {
            int base = 0;
            int n = count;
            while (n > 1) {
                const int half = n / 2;
                base = goesBefore(base + half - 1) ? base + half : base;
                n -= half;
            }
            return base + (n == 1 && goesBefore(base) ? 1 : 0);
        }
        static int lowerIndex(const Leaf &leaf, const Key &key)
        {
            return partitionPoint(leaf.count,
                                  [&](int i) { return Traits::keyOf(leaf.entries[std::size_t(i)]) < key; });
        }
        static int upperIndex(const Leaf &leaf, const Key &key)
        {
            return partitionPoint(
                leaf.count, [&](int i) { return !(key < Traits::keyOf(leaf.entries[std::size_t(i)])); });
        }
        // The last child whose lowest key is <= key; child 0 takes everything
        // below. For 32 machine-word keys a branch-free count beats a binary
        // search; wider keys take the binary search.
        static int route(const Inner &inner, const Key &key)
        {
            if constexpr (bptree_detail::linearRoute<Traits>()) {
                int below = 0;
                for (int i = 1; i < inner.count; ++i)
                    below += !(key < inner.keys[std::size_t(i)]);
                return below;
            } else {
                return partitionPoint(inner.count - 1,
                                      [&](int i) { return !(key < inner.keys[std::size_t(i) + 1]); });
            }
        }

        std::uint32_t leftmostLeaf() const
        {
            std::uint32_t node = m_root;
            for (int level = m_height; level > 0; --level)
                node = m_inners[node].children[0];
            return node;
        }

        std::uint32_t descend(const Key &key) const
        {
            Path &path = m_finger;
            if (path.valid && (!path.hasLower || !(key < path.lower)) && (!path.hasUpper || key < path.upper))
                return path.leaf; // routes where the last search went
            // Deeper separators lie within the ones above, so the last seen bound the leaf.
            path.hasLower = path.hasUpper = false;
            std::uint32_t node = m_root;
            for (int level = m_height; level > 0; --level) {
                const Inner &inner = m_inners[node];
                const int slot = route(inner, key);
                if (slot > 0) {
                    path.lower = inner.keys[std::size_t(slot)];
                    path.hasLower = true;
                }
                if (slot + 1 < inner.count) {
                    path.upper = inner.keys[std::size_t(slot) + 1];
                    path.hasUpper = true;
                }
                path.nodes[std::size_t(level)] = node;
                path.slotOf[std::size_t(level)] = std::uint8_t(slot);
                node = inner.children[std::size_t(slot)];
            }
            path.leaf = node;
            path.valid = true;
            return node;
        }
        bool routesToFinger(const Key &key) const
        {
            return (!m_finger.hasLower || !(key < m_finger.lower))
                && (!m_finger.hasUpper || key < m_finger.upper);
        }

        // Forgets every entry; the pools keep their chunks for reuse.
        void reset()
        {
            m_leaves.clear();
            m_inners.clear();
            m_height = 0;
            m_count = 0;
            m_finger.valid = false;
            m_root = m_leaves.acquire();
        }

        Value nodeValue(std::uint32_t node, int level) const
        {
            if constexpr (kAugmented)
                return level == 0 ? m_leaves[node].value : m_inners[node].value;
            else
                return {};
        }
        void refreshLeaf(Leaf &leaf)
        {
            if constexpr (kAugmented) {
                Value v = Augment::identity();
                for (int i = 0; i < leaf.count; ++i)
                    v = Augment::combine(v, Augment::of(leaf.entries[std::size_t(i)]));
                leaf.value = v;
            }
        }
        void refreshInner(Inner &inner)
        {
            if constexpr (kAugmented) {
                Value v = Augment::identity();
                for (int i = 0; i < inner.count; ++i)
                    v = Augment::combine(v, inner.values.at[std::size_t(i)]);
                inner.value = v;
            }
        }
        // Leaf l, at the end of the finger's path, changed without a split or
        // emptying: refreshes the values above it, up to the first that stays.
        void refreshUp(std::uint32_t l)
        {
            if constexpr (kAugmented) {
                refreshLeaf(m_leaves[l]);
                refreshFrom(1, m_leaves[l].value);
            }
        }
        void refreshFrom(int level, Value child)
        {
            if constexpr (kAugmented) {
                for (; level <= m_height; ++level) {
                    Inner &inner = m_inners[m_finger.nodes[std::size_t(level)]];
                    Value &slot = inner.values.at[m_finger.slotOf[std::size_t(level)]];
                    if (slot == child)
                        return; // nothing above can change
                    slot = child;
                    refreshInner(inner);
                    child = inner.value;
                }
            }
        }

        template<typename T> static void shiftRight(T &array, std::size_t from, std::size_t count)
        {
            std::copy_backward(array.begin() + from, array.begin() + count, array.begin() + count + 1);
        }
        template<typename T> static void shiftLeft(T &array, std::size_t to, std::size_t count)
        {
            std::copy(array.begin() + to + 1, array.begin() + count, array.begin() + to);
        }

        Split splitLeaf(std::uint32_t l)
        {
            const std::uint32_t s = m_leaves.acquire();
            Leaf &full = m_leaves[l];
            Leaf &sibling = m_leaves[s];
            const int half = full.count / 2;
            std::copy(full.entries.begin() + half, full.entries.begin() + full.count,
                      sibling.entries.begin());
            sibling.count = full.count - half;
            full.count = half;
            sibling.next = full.next;
            sibling.prev = l;
            if (full.next != NIL)
                m_leaves[full.next].prev = s;
            full.next = s;
            refreshLeaf(full);
            refreshLeaf(sibling);
            return { s, Traits::keyOf(sibling.entries[0]) };
        }
        Split splitInner(std::uint32_t node)
        {
            const std::uint32_t s = m_inners.acquire();
            Inner &full = m_inners[node];
            Inner &sibling = m_inners[s];
            const auto half = std::size_t(full.count / 2);
            const auto count = std::size_t(full.count);
            std::copy(full.keys.begin() + half, full.keys.begin() + count, sibling.keys.begin());
            std::copy(full.children.begin() + half, full.children.begin() + count, sibling.children.begin());
            if constexpr (kAugmented)
                std::copy(full.values.at.begin() + half, full.values.at.begin() + count,
                          sibling.values.at.begin());
            sibling.count = int(count - half);
            full.count = int(half);
            refreshInner(full);
            refreshInner(sibling);
            return { s, sibling.keys[0] }; // unused in the sibling: it moves up
        }
        // The child at the finger's slot of `level` split off s: adds it next
        // to that child; returns the node's own split when it overflows.
        Split addChild(int level, Split s)
        {
            const std::uint32_t node = m_finger.nodes[std::size_t(level)];
            const std::size_t slot = m_finger.slotOf[std::size_t(level)];
            Inner &inner = m_inners[node];
            const auto count = std::size_t(inner.count);
            shiftRight(inner.keys, slot + 1, count);
            shiftRight(inner.children, slot + 1, count);
            inner.keys[slot + 1] = s.key;
            inner.children[slot + 1] = s.sibling;
            if constexpr (kAugmented) {
                shiftRight(inner.values.at, slot + 1, count);
                inner.values.at[slot] = nodeValue(inner.children[slot], level - 1);
                inner.values.at[slot + 1] = nodeValue(s.sibling, level - 1);
            }
            if (++inner.count > kInnerCap)
                return splitInner(node);
            refreshInner(inner);
            refreshFrom(level + 1, nodeValue(node, level));
            return {};
        }
        void growRoot(Split s)
        {
            assert(m_height + 1 < int(Path {}.nodes.size()));
            const std::uint32_t r = m_inners.acquire();
            Inner &root = m_inners[r];
            root.count = 2;
            root.children[0] = m_root;
            root.children[1] = s.sibling;
            root.keys[1] = s.key;
            if constexpr (kAugmented) {
                root.values.at[0] = nodeValue(m_root, m_height);
                root.values.at[1] = nodeValue(s.sibling, m_height);
            }
            refreshInner(root);
            m_root = r;
            ++m_height;
        }
        void unlinkLeaf(std::uint32_t l) // from its neighbours, then releases it
        {
            Leaf &leaf = m_leaves[l];
            if (leaf.prev != NIL)
                m_leaves[leaf.prev].next = leaf.next;
            if (leaf.next != NIL)
                m_leaves[leaf.next].prev = leaf.prev;
            m_leaves.release(l);
        }
        // The child at the finger's slot of `level` emptied and was released:
        // drops it; returns whether the node emptied too (and was released).
        bool dropChild(int level)
        {
            const std::uint32_t node = m_finger.nodes[std::size_t(level)];
            const std::size_t slot = m_finger.slotOf[std::size_t(level)];
            Inner &inner = m_inners[node];
            const auto count = std::size_t(inner.count);
            // When child 0 goes, child 1 takes its place and its key is no
            // longer needed: everything left is above the old one.
            shiftLeft(inner.keys, slot, count);
            shiftLeft(inner.children, slot, count);
            if constexpr (kAugmented)
                shiftLeft(inner.values.at, slot, count);
            if (--inner.count == 0) {
                m_inners.release(node);
                return true;
            }
            refreshInner(inner);
            refreshFrom(level + 1, nodeValue(node, level));
            return false;
        }

        // Nodes three quarters full, so that the next inserts rarely split:
        // make(first, n) makes the node of items [first, first + n).
        template<typename Make> static std::vector<Item> nodesOf(std::size_t items, int cap, Make make)
        {
            const std::size_t fill = std::size_t(cap) * 3 / 4;
            std::vector<Item> level;
            for (std::size_t i = 0; i < items; i += fill)
                level.push_back(make(i, std::min(fill, items - i)));
            return level;
        }
        std::vector<Item> buildLeaves(const std::vector<Entry> &sorted)
        {
            std::uint32_t last = NIL;
            return nodesOf(sorted.size(), kLeafCap, [&](std::size_t first, std::size_t n) {
                const std::uint32_t l = m_leaves.acquire();
                Leaf &leaf = m_leaves[l];
                std::copy_n(sorted.begin() + std::ptrdiff_t(first), n, leaf.entries.begin());
                leaf.count = int(n);
                refreshLeaf(leaf);
                leaf.prev = last;
                if (last != NIL)
                    m_leaves[last].next = l;
                last = l;
                return Item { l, Traits::keyOf(sorted[first]), nodeValue(l, 0) };
            });
        }
        std::vector<Item> buildInners(const std::vector<Item> &below)
        {
            return nodesOf(below.size(), kInnerCap, [&](std::size_t first, std::size_t n) {
                const std::uint32_t node = m_inners.acquire();
                Inner &inner = m_inners[node];
                for (std::size_t k = 0; k < n; ++k) {
                    inner.keys[k] = below[first + k].key;
                    inner.children[k] = below[first + k].node;
                    if constexpr (kAugmented)
                        inner.values.at[k] = below[first + k].value;
                }
                inner.count = int(n);
                refreshInner(inner);
                return Item { node, below[first].key, nodeValue(node, 1) };
            });
        }

        NodePool<Leaf> m_leaves;
        NodePool<Inner> m_inners;
        mutable Path m_finger;
        std::uint32_t m_root = NIL;
        int m_height = 0; // 0: the root is a leaf
        std::size_t m_count = 0;
    };

} // namespace bptree_detail

} // namespace heapboard
