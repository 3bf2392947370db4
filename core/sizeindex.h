// SPDX-License-Identifier: MIT
#pragma once

#include "bptree.h"
#include "events.h"

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

// A B+ tree (bptree.h) of SizeKeys. A red-black tree (std::set) of 150,000
// keys is ~17 levels of scattered nodes, a cache miss each; 64-key nodes
// make it 3 levels whose keys are searched in contiguous arrays.
class SizeIndex
{
public:
    void clear() { m_tree.clear(); }
    std::size_t size() const { return m_tree.size(); }
    void insert(SizeKey key) { m_tree.insert(pack(key)); } // key must be new
    void erase(SizeKey key) { m_tree.erase(pack(key)); } // key must be present
    // The smallest key with size >= n; false when there is none.
    bool lowerBound(Size n, SizeKey &out) const;
    std::vector<SizeKey> inOrder() const;

private:
    // Keys are kept as one 128-bit number (size high, start low), so that a
    // node search compiles to compare-and-move without branches.
    __extension__ typedef unsigned __int128 Packed;
    static Packed pack(SizeKey k) { return (Packed(k.size) << 64) | k.start; }
    static SizeKey unpack(Packed k) { return { Size(k >> 64), Addr(k) }; }

    struct Traits {
        using Entry = Packed;
        using Key = Packed;
        static Packed keyOf(Packed k) { return k; }
        static constexpr int kLeafCap = 64;
        static constexpr int kInnerCap = 64;
    };

    BPlusTree<Traits> m_tree;
};

} // namespace heapboard
