// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "nodepool.h"

#include <array>
#include <compare>
#include <cstdint>
#include <vector>

namespace heapboard {

// The free blocks ordered by (size, start), for best fit: the smallest free
// block of at least n bytes, lowest address first among equal sizes, is the
// first key not below (n, 0).
struct SizeKey {
    Size size = 0;
    Addr start = 0;
    friend auto operator<=>(const SizeKey &, const SizeKey &) = default;
};

// A B+ tree of SizeKeys. A red-black tree (std::set) of 150,000 keys is
// ~17 levels of scattered nodes, a cache miss each; 64-key nodes make it 3
// levels whose keys are searched in contiguous arrays. Like BlockTree,
// erasing drops a node only when it empties and a root with one child, so
// the depth stays bounded by the largest size the index ever had.
class SizeIndex
{
public:
    SizeIndex() { clear(); }

    void clear();
    std::size_t size() const { return m_count; }
    void insert(SizeKey key); // key must be new
    void erase(SizeKey key); // key must be present
    // The smallest key with size >= n; false when there is none.
    bool lowerBound(Size n, SizeKey &out) const;
    std::vector<SizeKey> inOrder() const;

private:
    static constexpr std::uint32_t NIL = UINT32_MAX;
    static constexpr int kCap = 64;
    // Keys are kept as one 128-bit number (size high, start low), so that a
    // node search compiles to compare-and-move without branches.
    __extension__ typedef unsigned __int128 Key;
    static Key pack(SizeKey k) { return (Key(k.size) << 64) | k.start; }
    static SizeKey unpack(Key k) { return { Size(k >> 64), Addr(k) }; }
    // The first of keys[0, count) that is >= key (count when none is).
    static int lowerIndex(const Key *keys, int count, Key key);

    // One slot more than the capacity: a node overflows first, then splits.
    struct Leaf {
        int count = 0;
        std::uint32_t prev = NIL;
        std::uint32_t next = NIL;
        std::array<Key, kCap + 1> keys;
    };
    // Child i holds keys >= seps[i] and < seps[i + 1]; seps[0] is unused.
    struct Inner {
        int count = 0;
        std::array<Key, kCap + 1> seps;
        std::array<std::uint32_t, kCap + 1> children;
    };
    struct Split {
        std::uint32_t sibling = NIL;
        Key sep = 0;
    };

    static int route(const Inner &inner, Key key);
    Split insertBelow(std::uint32_t node, int level, Key key);
    bool eraseBelow(std::uint32_t node, int level, Key key); // true: node emptied and freed

    NodePool<Leaf> m_leaves;
    NodePool<Inner> m_inners;
    std::uint32_t m_root = NIL;
    int m_height = 0; // 0: the root is a leaf
    std::size_t m_count = 0;
};

} // namespace heapboard
