// SPDX-License-Identifier: MIT
#include "blocktree.h"

#include <algorithm>

namespace heapboard {

namespace {

    bool startLess(const BlockInfo &b, Addr key)
    {
        return b.start < key;
    }

} // namespace

void BlockTree::clear()
{
    m_leaves.clear();
    m_inners.clear();
    m_height = 0;
    m_count = 0;
    m_finger.valid = false;
    m_root = m_leaves.acquire();
}

void BlockTree::freeLeaf(std::uint32_t l)
{
    Leaf &leaf = m_leaves[l];
    if (leaf.prev != NIL)
        m_leaves[leaf.prev].next = leaf.next;
    if (leaf.next != NIL)
        m_leaves[leaf.next].prev = leaf.prev;
    m_leaves.release(l);
}

Size BlockTree::nodeMax(std::uint32_t node, int level) const
{
    return level == 0 ? m_leaves[node].maxFree : m_inners[node].maxFree;
}

Size BlockTree::maxFree() const
{
    return nodeMax(m_root, m_height);
}

int BlockTree::route(const Inner &inner, Addr key)
{
    // The last child whose lowest key is <= key; child 0 takes everything
    // below. A branch-free count beats a binary search over 32 keys.
    int below = 0;
    for (int i = 1; i < inner.count; ++i)
        below += inner.keys[std::size_t(i)] <= key;
    return below;
}

std::uint32_t BlockTree::descend(Addr key, Path &path) const
{
    if (path.valid && key >= path.lower && key < path.upper)
        return path.leaf; // routes where the last search went
    path.lower = 0;
    path.upper = ~Addr { 0 };
    std::uint32_t node = m_root;
    for (int level = m_height; level > 0; --level) {
        const Inner &inner = m_inners[node];
        const int slot = route(inner, key);
        if (slot > 0)
            path.lower = std::max(path.lower, inner.keys[std::size_t(slot)]);
        if (slot + 1 < inner.count)
            path.upper = std::min(path.upper, inner.keys[std::size_t(slot) + 1]);
        path.nodes[std::size_t(level)] = node;
        path.slotOf[std::size_t(level)] = std::uint8_t(slot);
        node = inner.children[std::size_t(slot)];
    }
    path.leaf = node;
    path.valid = true;
    return node;
}

std::uint32_t BlockTree::leftmostLeaf() const
{
    std::uint32_t node = m_root;
    for (int level = m_height; level > 0; --level)
        node = m_inners[node].children[0];
    return node;
}

void BlockTree::refreshLeafMax(Leaf &leaf)
{
    Size m = 0;
    for (int i = 0; i < leaf.count; ++i) {
        const BlockInfo &b = leaf.entries[std::size_t(i)];
        if (!b.used && b.size > m)
            m = b.size;
    }
    leaf.maxFree = m;
}

void BlockTree::refreshInnerMax(Inner &inner)
{
    inner.maxFree = *std::max_element(inner.maxima.begin(), inner.maxima.begin() + inner.count);
}

void BlockTree::insert(const BlockInfo &block)
{
    m_finger.valid = false;
    bool emptied = false;
    const Split s = change(m_root, m_height, Change::Insert, block, emptied);
    if (s.sibling == NIL)
        return;
    const std::uint32_t r = m_inners.acquire();
    Inner &root = m_inners[r];
    root.count = 2;
    root.children[0] = m_root;
    root.children[1] = s.sibling;
    root.keys[1] = s.key;
    root.maxima[0] = nodeMax(m_root, m_height);
    root.maxima[1] = nodeMax(s.sibling, m_height);
    refreshInnerMax(root);
    m_root = r;
    ++m_height;
}

void BlockTree::erase(Addr start)
{
    m_finger.valid = false;
    BlockInfo key;
    key.start = start;
    bool emptied = false;
    change(m_root, m_height, Change::Erase, key, emptied);
    if (emptied) {
        clear();
        return;
    }
    while (m_height > 0 && m_inners[m_root].count == 1) {
        m_inners.release(m_root);
        m_root = m_inners[m_root].children[0];
        --m_height;
    }
}

void BlockTree::update(const BlockInfo &block)
{
    m_finger.valid = false;
    bool emptied = false;
    change(m_root, m_height, Change::Update, block, emptied);
}

void BlockTree::replace(const BlockInfo *removed, int removedCount, const BlockInfo *added, int addedCount)
{
    if (replaceInLeaf(removed, removedCount, added, addedCount))
        return;
    for (int i = 0; i < removedCount; ++i)
        erase(removed[i].start);
    for (int i = 0; i < addedCount; ++i)
        insert(added[i]);
}

bool BlockTree::replaceInLeaf(const BlockInfo *removed, int removedCount, const BlockInfo *added,
                              int addedCount)
{
    const Addr first = removed[0].start;
    const auto holds = [this, first](std::uint32_t l) {
        const Leaf &leaf = m_leaves[l];
        return leaf.count > 0 && leaf.entries[0].start <= first
            && leaf.entries[std::size_t(leaf.count - 1)].start >= first;
    };
    if (!m_finger.valid || !holds(m_finger.leaf))
        descend(first, m_finger);
    m_finger.valid = false; // the leaf changes below, or the caller falls back
    const Path &path = m_finger;
    if (added[addedCount - 1].start >= path.upper)
        return false;
    Leaf &leaf = m_leaves[path.leaf];
    const auto begin = leaf.entries.begin();
    const auto at = std::lower_bound(begin, begin + leaf.count, first, startLess);
    const int index = int(at - begin);
    const int newCount = leaf.count - removedCount + addedCount;
    if (index + removedCount > leaf.count || newCount < 1 || newCount > kLeafCap)
        return false;
    for (int i = 0; i < removedCount; ++i) {
        if (leaf.entries[std::size_t(index + i)].start != removed[i].start)
            return false;
    }
    // The new run starts where the old one did, so no separator key changes.
    const auto tail = begin + index + removedCount;
    const auto count = begin + leaf.count;
    if (addedCount > removedCount)
        std::copy_backward(tail, count, count + (addedCount - removedCount));
    else if (addedCount < removedCount)
        std::copy(tail, count, tail - (removedCount - addedCount));
    std::copy(added, added + addedCount, begin + index);
    leaf.count = newCount;
    m_count = m_count - std::size_t(removedCount) + std::size_t(addedCount);
    refreshLeafMax(leaf);

    Size childMax = leaf.maxFree;
    for (int level = 1; level <= m_height; ++level) {
        Inner &inner = m_inners[path.nodes[std::size_t(level)]];
        Size &slotMax = inner.maxima[path.slotOf[std::size_t(level)]];
        if (slotMax == childMax)
            break; // nothing above can change
        slotMax = childMax;
        refreshInnerMax(inner);
        childMax = inner.maxFree;
    }
    m_finger.valid = true; // no key moved between leaves: the path still holds
    return true;
}

BlockTree::Split BlockTree::change(std::uint32_t node, int level, Change what, const BlockInfo &block,
                                   bool &emptied)
{
    if (level == 0)
        return changeLeaf(node, what, block, emptied);
    const std::size_t i = std::size_t(route(m_inners[node], block.start));
    const std::uint32_t child = m_inners[node].children[i];
    bool childEmptied = false;
    const Split s = change(child, level - 1, what, block, childEmptied);
    Inner &inner = m_inners[node];
    const auto count = std::size_t(inner.count);
    if (childEmptied) {
        std::copy(inner.keys.begin() + i + 1, inner.keys.begin() + count, inner.keys.begin() + i);
        std::copy(inner.maxima.begin() + i + 1, inner.maxima.begin() + count, inner.maxima.begin() + i);
        std::copy(inner.children.begin() + i + 1, inner.children.begin() + count, inner.children.begin() + i);
        if (--inner.count == 0) {
            m_inners.release(node);
            emptied = true;
            return {};
        }
    } else {
        inner.maxima[i] = nodeMax(child, level - 1);
    }
    if (s.sibling != NIL) {
        std::copy_backward(inner.keys.begin() + i + 1, inner.keys.begin() + count,
                           inner.keys.begin() + count + 1);
        std::copy_backward(inner.maxima.begin() + i + 1, inner.maxima.begin() + count,
                           inner.maxima.begin() + count + 1);
        std::copy_backward(inner.children.begin() + i + 1, inner.children.begin() + count,
                           inner.children.begin() + count + 1);
        inner.keys[i + 1] = s.key;
        inner.children[i + 1] = s.sibling;
        inner.maxima[i + 1] = nodeMax(s.sibling, level - 1);
        ++inner.count;
    }
    refreshInnerMax(inner);
    return inner.count > kInnerCap ? splitInner(node) : Split {};
}

BlockTree::Split BlockTree::changeLeaf(std::uint32_t l, Change what, const BlockInfo &block, bool &emptied)
{
    Leaf &leaf = m_leaves[l];
    const auto begin = leaf.entries.begin();
    const auto end = begin + leaf.count;
    const auto at = std::lower_bound(begin, end, block.start, startLess);
    const bool exists = at != end && at->start == block.start;
    switch (what) {
    case Change::Insert:
        if (exists)
            return {};
        std::copy_backward(at, end, end + 1);
        *at = block;
        ++leaf.count;
        ++m_count;
        break;
    case Change::Erase:
        if (!exists)
            return {};
        std::copy(at + 1, end, at);
        --leaf.count;
        --m_count;
        if (leaf.count == 0 && m_height > 0) { // only a root leaf may stay empty
            freeLeaf(l);
            emptied = true;
            return {};
        }
        break;
    case Change::Update:
        if (exists)
            *at = block;
        break;
    }
    refreshLeafMax(leaf);
    if (leaf.count <= kLeafCap)
        return {};

    const std::uint32_t s = m_leaves.acquire();
    Leaf &full = m_leaves[l];
    Leaf &sibling = m_leaves[s];
    const int half = full.count / 2;
    std::copy(full.entries.begin() + half, full.entries.begin() + full.count, sibling.entries.begin());
    sibling.count = full.count - half;
    full.count = half;
    sibling.next = full.next;
    sibling.prev = l;
    if (full.next != NIL)
        m_leaves[full.next].prev = s;
    full.next = s;
    refreshLeafMax(full);
    refreshLeafMax(sibling);
    return { s, sibling.entries[0].start };
}

BlockTree::Split BlockTree::splitInner(std::uint32_t node)
{
    const std::uint32_t s = m_inners.acquire();
    Inner &full = m_inners[node];
    Inner &sibling = m_inners[s];
    const auto half = std::size_t(full.count / 2);
    const auto count = std::size_t(full.count);
    std::copy(full.keys.begin() + half, full.keys.begin() + count, sibling.keys.begin());
    std::copy(full.maxima.begin() + half, full.maxima.begin() + count, sibling.maxima.begin());
    std::copy(full.children.begin() + half, full.children.begin() + count, sibling.children.begin());
    sibling.count = int(count - half);
    full.count = int(half);
    refreshInnerMax(full);
    refreshInnerMax(sibling);
    return { s, sibling.keys[0] };
}

bool BlockTree::find(Addr start, BlockInfo &out) const
{
    const Leaf &leaf = m_leaves[descend(start, m_finger)];
    const auto end = leaf.entries.begin() + leaf.count;
    const auto at = std::lower_bound(leaf.entries.begin(), end, start, startLess);
    if (at == end || at->start != start)
        return false;
    out = *at;
    return true;
}

bool BlockTree::floor(Addr addr, BlockInfo &out) const
{
    const Leaf &leaf = m_leaves[descend(addr, m_finger)];
    const auto begin = leaf.entries.begin();
    const auto at = std::upper_bound(begin, begin + leaf.count, addr,
                                     [](Addr key, const BlockInfo &b) { return key < b.start; });
    if (at != begin) {
        out = *(at - 1);
        return true;
    }
    // Every key of this leaf is above addr: the answer ends the previous leaf.
    if (leaf.prev == NIL)
        return false;
    const Leaf &prev = m_leaves[leaf.prev];
    out = prev.entries[std::size_t(prev.count - 1)];
    return true;
}

std::optional<BlockNeighbourhood> BlockTree::around(Addr start) const
{
    const Leaf &leaf = m_leaves[descend(start, m_finger)];
    const auto begin = leaf.entries.begin();
    const auto end = begin + leaf.count;
    const auto at = std::lower_bound(begin, end, start, startLess);
    if (at == end || at->start != start)
        return std::nullopt;
    BlockNeighbourhood n { *at, std::nullopt, std::nullopt };
    // Leaves are never empty, so a neighbour in another leaf ends or starts it.
    if (at != begin)
        n.prev = *(at - 1);
    else if (leaf.prev != NIL)
        n.prev = m_leaves[leaf.prev].entries[std::size_t(m_leaves[leaf.prev].count - 1)];
    if (at + 1 != end)
        n.next = *(at + 1);
    else if (leaf.next != NIL)
        n.next = m_leaves[leaf.next].entries[0];
    return n;
}

bool BlockTree::firstFit(Size n, Addr minStart, BlockInfo &out) const
{
    m_finger.lower = 0;
    m_finger.upper = ~Addr { 0 };
    m_finger.valid = maxFree() >= n && firstFitIn(m_root, m_height, n, minStart, out);
    return m_finger.valid;
}

bool BlockTree::firstFitIn(std::uint32_t node, int level, Size n, Addr minStart, BlockInfo &out) const
{
    if (level == 0) {
        const Leaf &leaf = m_leaves[node];
        for (int i = 0; i < leaf.count; ++i) {
            const BlockInfo &b = leaf.entries[std::size_t(i)];
            if (!b.used && b.size >= n && b.start >= minStart) {
                out = b;
                m_finger.leaf = node;
                return true;
            }
        }
        return false;
    }
    // Children before the one minStart routes to hold only lower addresses;
    // every child after it lies wholly at or above minStart, so the first of
    // those whose maximum fits holds the answer: at most one failed descent.
    const Inner &inner = m_inners[node];
    for (int i = route(inner, minStart); i < inner.count; ++i) {
        if (inner.maxima[std::size_t(i)] >= n
            && firstFitIn(inner.children[std::size_t(i)], level - 1, n, minStart, out)) {
            m_finger.nodes[std::size_t(level)] = node;
            m_finger.slotOf[std::size_t(level)] = std::uint8_t(i);
            if (i > 0)
                m_finger.lower = std::max(m_finger.lower, inner.keys[std::size_t(i)]);
            if (i + 1 < inner.count)
                m_finger.upper = std::min(m_finger.upper, inner.keys[std::size_t(i) + 1]);
            return true;
        }
    }
    return false;
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
    if (blocks.empty())
        return;
    m_leaves.clear();
    // Three quarters full, so that the next inserts rarely split.
    constexpr std::size_t kLeafFill = kLeafCap * 3 / 4;
    constexpr std::size_t kInnerFill = kInnerCap * 3 / 4;
    struct Item {
        std::uint32_t node;
        Addr key;
        Size max;
    };
    std::vector<Item> level;
    for (std::size_t i = 0; i < blocks.size(); i += kLeafFill) {
        const std::uint32_t l = m_leaves.acquire();
        Leaf &leaf = m_leaves[l];
        const std::size_t n = std::min(kLeafFill, blocks.size() - i);
        std::copy(blocks.begin() + std::ptrdiff_t(i), blocks.begin() + std::ptrdiff_t(i + n),
                  leaf.entries.begin());
        leaf.count = int(n);
        refreshLeafMax(leaf);
        if (!level.empty()) {
            leaf.prev = level.back().node;
            m_leaves[level.back().node].next = l;
        }
        level.push_back({ l, blocks[i].start, leaf.maxFree });
    }
    m_count = blocks.size();
    m_height = 0;
    while (level.size() > 1) {
        std::vector<Item> up;
        for (std::size_t i = 0; i < level.size(); i += kInnerFill) {
            const std::uint32_t node = m_inners.acquire();
            Inner &inner = m_inners[node];
            const std::size_t n = std::min(kInnerFill, level.size() - i);
            for (std::size_t k = 0; k < n; ++k) {
                inner.keys[k] = level[i + k].key;
                inner.maxima[k] = level[i + k].max;
                inner.children[k] = level[i + k].node;
            }
            inner.count = int(n);
            refreshInnerMax(inner);
            up.push_back({ node, level[i].key, inner.maxFree });
        }
        level = std::move(up);
        ++m_height;
    }
    m_root = level.front().node;
}

} // namespace heapboard
