// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <cstdint>
#include <vector>

namespace heapboard {

struct BlockInfo {
    Addr start = 0;
    Size size = 0;
    bool used = false;
    std::uint32_t tag = 0; // caller's label id; 0 for none
    std::uint32_t step = 0; // the step that made the block as it is
    Addr end() const { return start + size; }
    friend bool operator==(const BlockInfo &, const BlockInfo &) = default;
};

// All blocks of the heap, used and free, in one treap keyed by start
// address. Each node also keeps the largest free size in its subtree, so
// "the lowest-addressed free block of at least n bytes at or after an
// address" is one O(log n) descent: that is first fit and next fit without a
// scan. Priorities are a hash of the start address, so the same set of
// blocks always has the same shape (restoring a snapshot rebuilds it exactly)
// and the expected depth is O(log n) for any allocation pattern.
class BlockTree
{
public:
    static constexpr std::uint32_t NIL = UINT32_MAX;

    struct Node {
        BlockInfo block;
        Size maxFree = 0;
        std::uint32_t left = NIL;
        std::uint32_t right = NIL;
        std::uint32_t prio = 0;
    };

    void clear();
    std::size_t size() const { return m_count; }
    Size maxFree() const { return m_root == NIL ? 0 : m_nodes[m_root].maxFree; }

    std::uint32_t insert(const BlockInfo &block);
    void erase(Addr start);
    // Call after changing size/used/tag of the node that starts at start.
    void refresh(Addr start);

    BlockInfo &block(std::uint32_t node) { return m_nodes[node].block; }
    const BlockInfo &block(std::uint32_t node) const { return m_nodes[node].block; }

    std::uint32_t find(Addr start) const;
    std::uint32_t floor(Addr addr) const; // the last block starting at or before addr
    // Leftmost free block with start >= minStart and size >= n, or NIL.
    std::uint32_t firstFit(Size n, Addr minStart = 0) const;

    std::vector<BlockInfo> inOrder() const;
    // Replaces the content with blocks (sorted by start, distinct) in O(n).
    void build(const std::vector<BlockInfo> &blocks);

    template<typename F>
    void forEach(F &&f) const
    {
        // Iterative in-order walk: no recursion however deep the tree.
        std::vector<std::uint32_t> stack;
        stack.reserve(64);
        std::uint32_t t = m_root;
        while (t != NIL || !stack.empty()) {
            while (t != NIL) {
                stack.push_back(t);
                t = m_nodes[t].left;
            }
            t = stack.back();
            stack.pop_back();
            f(m_nodes[t].block);
            t = m_nodes[t].right;
        }
    }

private:
    std::uint32_t newNode(const BlockInfo &block);
    void pull(std::uint32_t t);
    std::uint32_t insertAt(std::uint32_t t, std::uint32_t n);
    void split(std::uint32_t t, Addr key, std::uint32_t &l, std::uint32_t &r);
    std::uint32_t merge(std::uint32_t a, std::uint32_t b);
    std::uint32_t eraseAt(std::uint32_t t, Addr key);
    void refreshAt(std::uint32_t t, Addr key);
    std::uint32_t firstFitAt(std::uint32_t t, Size n, Addr minStart) const;

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_freeNodes;
    std::uint32_t m_root = NIL;
    std::size_t m_count = 0;
};

} // namespace heapboard
