// SPDX-License-Identifier: MIT
#include "blocktree.h"

#include <algorithm>

namespace heapboard {

namespace {

std::uint32_t priorityOf(Addr start)
{
    // splitmix64 finaliser: a fixed, well-mixed hash of the key.
    std::uint64_t z = start + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 32);
}

} // namespace

void BlockTree::clear()
{
    m_nodes.clear();
    m_freeNodes.clear();
    m_root = NIL;
    m_count = 0;
}

std::uint32_t BlockTree::newNode(const BlockInfo &block)
{
    Node node;
    node.block = block;
    node.maxFree = block.used ? 0 : block.size;
    node.prio = priorityOf(block.start);
    ++m_count;
    if (!m_freeNodes.empty()) {
        const std::uint32_t n = m_freeNodes.back();
        m_freeNodes.pop_back();
        m_nodes[n] = node;
        return n;
    }
    m_nodes.push_back(node);
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

void BlockTree::pull(std::uint32_t t)
{
    Node &n = m_nodes[t];
    Size m = n.block.used ? 0 : n.block.size;
    if (n.left != NIL)
        m = std::max(m, m_nodes[n.left].maxFree);
    if (n.right != NIL)
        m = std::max(m, m_nodes[n.right].maxFree);
    n.maxFree = m;
}

std::uint32_t BlockTree::insert(const BlockInfo &block)
{
    const std::uint32_t n = newNode(block);
    m_root = insertAt(m_root, n);
    return n;
}

std::uint32_t BlockTree::insertAt(std::uint32_t t, std::uint32_t n)
{
    if (t == NIL)
        return n;
    if (m_nodes[n].prio > m_nodes[t].prio) {
        std::uint32_t l = NIL;
        std::uint32_t r = NIL;
        split(t, m_nodes[n].block.start, l, r);
        m_nodes[n].left = l;
        m_nodes[n].right = r;
        pull(n);
        return n;
    }
    if (m_nodes[n].block.start < m_nodes[t].block.start)
        m_nodes[t].left = insertAt(m_nodes[t].left, n);
    else
        m_nodes[t].right = insertAt(m_nodes[t].right, n);
    pull(t);
    return t;
}

void BlockTree::split(std::uint32_t t, Addr key, std::uint32_t &l, std::uint32_t &r)
{
    if (t == NIL) {
        l = r = NIL;
        return;
    }
    if (m_nodes[t].block.start < key) {
        std::uint32_t rl = NIL;
        split(m_nodes[t].right, key, rl, r);
        m_nodes[t].right = rl;
        l = t;
    } else {
        std::uint32_t lr = NIL;
        split(m_nodes[t].left, key, l, lr);
        m_nodes[t].left = lr;
        r = t;
    }
    pull(t);
}

std::uint32_t BlockTree::merge(std::uint32_t a, std::uint32_t b)
{
    if (a == NIL)
        return b;
    if (b == NIL)
        return a;
    if (m_nodes[a].prio > m_nodes[b].prio) {
        m_nodes[a].right = merge(m_nodes[a].right, b);
        pull(a);
        return a;
    }
    m_nodes[b].left = merge(a, m_nodes[b].left);
    pull(b);
    return b;
}

void BlockTree::erase(Addr start)
{
    m_root = eraseAt(m_root, start);
}

std::uint32_t BlockTree::eraseAt(std::uint32_t t, Addr key)
{
    if (t == NIL)
        return NIL;
    Node &n = m_nodes[t];
    if (n.block.start == key) {
        const std::uint32_t joined = merge(n.left, n.right);
        m_freeNodes.push_back(t);
        --m_count;
        return joined;
    }
    if (key < n.block.start)
        m_nodes[t].left = eraseAt(n.left, key);
    else
        m_nodes[t].right = eraseAt(n.right, key);
    pull(t);
    return t;
}

void BlockTree::refresh(Addr start)
{
    refreshAt(m_root, start);
}

void BlockTree::refreshAt(std::uint32_t t, Addr key)
{
    if (t == NIL)
        return;
    if (key < m_nodes[t].block.start)
        refreshAt(m_nodes[t].left, key);
    else if (key > m_nodes[t].block.start)
        refreshAt(m_nodes[t].right, key);
    pull(t);
}

std::uint32_t BlockTree::find(Addr start) const
{
    std::uint32_t t = m_root;
    while (t != NIL && m_nodes[t].block.start != start)
        t = start < m_nodes[t].block.start ? m_nodes[t].left : m_nodes[t].right;
    return t;
}

std::uint32_t BlockTree::floor(Addr addr) const
{
    std::uint32_t best = NIL;
    std::uint32_t t = m_root;
    while (t != NIL) {
        if (m_nodes[t].block.start <= addr) {
            best = t;
            t = m_nodes[t].right;
        } else {
            t = m_nodes[t].left;
        }
    }
    return best;
}

std::uint32_t BlockTree::firstFit(Size n, Addr minStart) const
{
    return firstFitAt(m_root, n, minStart);
}

std::uint32_t BlockTree::firstFitAt(std::uint32_t t, Size n, Addr minStart) const
{
    // Subtrees whose largest free block is too small are never entered, and
    // below the boundary path every entered subtree holds an answer: O(log n).
    while (t != NIL && m_nodes[t].maxFree >= n) {
        const Node &node = m_nodes[t];
        if (node.block.start < minStart) {
            t = node.right;
            continue;
        }
        const std::uint32_t inLeft = firstFitAt(node.left, n, minStart);
        if (inLeft != NIL)
            return inLeft;
        if (!node.block.used && node.block.size >= n)
            return t;
        t = node.right;
    }
    return NIL;
}

std::vector<BlockInfo> BlockTree::inOrder() const
{
    std::vector<BlockInfo> out;
    out.reserve(m_count);
    forEach([&out](const BlockInfo &b) { out.push_back(b); });
    return out;
}

void BlockTree::build(const std::vector<BlockInfo> &blocks)
{
    clear();
    m_nodes.reserve(blocks.size());
    // Cartesian tree by priority over keys already in order: O(n) with a stack.
    std::vector<std::uint32_t> spine;
    for (const BlockInfo &b : blocks) {
        const std::uint32_t n = newNode(b);
        std::uint32_t last = NIL;
        while (!spine.empty() && m_nodes[spine.back()].prio < m_nodes[n].prio) {
            last = spine.back();
            spine.pop_back();
        }
        m_nodes[n].left = last;
        if (!spine.empty())
            m_nodes[spine.back()].right = n;
        spine.push_back(n);
    }
    m_root = spine.empty() ? NIL : spine.front();
    // Subtree maxima, children before parents.
    std::vector<std::pair<std::uint32_t, bool>> work;
    if (m_root != NIL)
        work.emplace_back(m_root, false);
    while (!work.empty()) {
        auto [t, expanded] = work.back();
        work.pop_back();
        if (expanded) {
            pull(t);
            continue;
        }
        work.emplace_back(t, true);
        if (m_nodes[t].left != NIL)
            work.emplace_back(m_nodes[t].left, false);
        if (m_nodes[t].right != NIL)
            work.emplace_back(m_nodes[t].right, false);
    }
}

} // namespace heapboard
