// SPDX-License-Identifier: MIT
#include "sizeindex.h"

#include <algorithm>
#include <cassert>

namespace heapboard {

void SizeIndex::clear()
{
    m_leaves.clear();
    m_inners.clear();
    m_height = 0;
    m_count = 0;
    m_root = m_leaves.acquire();
}

int SizeIndex::lowerIndex(const Key *keys, int count, Key key)
{
    // Branch-free binary search: the loop runs log2(count) times whatever
    // the keys, and the step is a conditional move, not a jump to predict.
    const Key *base = keys;
    int n = count;
    while (n > 1) {
        const int half = n / 2;
        base = base[half - 1] < key ? base + half : base;
        n -= half;
    }
    return int(base - keys) + (n == 1 && *base < key ? 1 : 0);
}

int SizeIndex::route(const Inner &inner, Key key)
{
    // The last child whose separator is <= key (child 0 when none is): the
    // number of separators seps[1..count) that are <= key, i.e. < key + 1.
    return lowerIndex(inner.seps.data() + 1, inner.count - 1, key + 1);
}

void SizeIndex::insert(SizeKey k)
{
    const Key key = pack(k);
    const Split s = insertBelow(m_root, m_height, key);
    ++m_count;
    if (s.sibling == NIL)
        return;
    const std::uint32_t root = m_inners.acquire();
    Inner &r = m_inners[root];
    r.count = 2;
    r.children[0] = m_root;
    r.children[1] = s.sibling;
    r.seps[1] = s.sep;
    m_root = root;
    ++m_height;
}

SizeIndex::Split SizeIndex::insertBelow(std::uint32_t node, int level, Key key)
{
    if (level == 0) {
        Leaf &leaf = m_leaves[node];
        const auto end = leaf.keys.begin() + leaf.count;
        const auto at = leaf.keys.begin() + lowerIndex(leaf.keys.data(), leaf.count, key);
        assert(at == end || *at != key);
        std::copy_backward(at, end, end + 1);
        *at = key;
        if (++leaf.count <= kCap)
            return {};
        const std::uint32_t s = m_leaves.acquire();
        Leaf &full = m_leaves[node];
        Leaf &sib = m_leaves[s];
        const int keep = full.count / 2;
        sib.count = full.count - keep;
        std::copy_n(full.keys.begin() + keep, sib.count, sib.keys.begin());
        full.count = keep;
        sib.prev = node;
        sib.next = full.next;
        if (full.next != NIL)
            m_leaves[full.next].prev = s;
        full.next = s;
        return { s, sib.keys[0] };
    }
    const int i = route(m_inners[node], key);
    const Split below = insertBelow(m_inners[node].children[std::size_t(i)], level - 1, key);
    if (below.sibling == NIL)
        return {};
    Inner &inner = m_inners[node];
    const auto at = std::size_t(i + 1);
    std::copy_backward(inner.seps.begin() + at, inner.seps.begin() + inner.count,
                       inner.seps.begin() + inner.count + 1);
    std::copy_backward(inner.children.begin() + at, inner.children.begin() + inner.count,
                       inner.children.begin() + inner.count + 1);
    inner.seps[at] = below.sep;
    inner.children[at] = below.sibling;
    if (++inner.count <= kCap)
        return {};
    const std::uint32_t s = m_inners.acquire();
    Inner &full = m_inners[node];
    Inner &sib = m_inners[s];
    const int keep = full.count / 2;
    sib.count = full.count - keep;
    std::copy_n(full.seps.begin() + keep, sib.count, sib.seps.begin());
    std::copy_n(full.children.begin() + keep, sib.count, sib.children.begin());
    full.count = keep;
    return { s, sib.seps[0] }; // sib.seps[0] is now unused there: it moves up
}

void SizeIndex::erase(SizeKey k)
{
    const Key key = pack(k);
    if (eraseBelow(m_root, m_height, key)) {
        // Only an inner root can empty: a leaf root is never freed.
        m_height = 0;
        m_root = m_leaves.acquire();
    }
    --m_count;
    while (m_height > 0 && m_inners[m_root].count == 1) {
        m_inners.release(m_root);
        m_root = m_inners[m_root].children[0];
        --m_height;
    }
}

bool SizeIndex::eraseBelow(std::uint32_t node, int level, Key key)
{
    if (level == 0) {
        Leaf &leaf = m_leaves[node];
        const auto end = leaf.keys.begin() + leaf.count;
        const auto at = leaf.keys.begin() + lowerIndex(leaf.keys.data(), leaf.count, key);
        assert(at != end && *at == key);
        std::copy(at + 1, end, at);
        if (--leaf.count > 0 || m_height == 0) // the root leaf may empty
            return false;
        if (leaf.prev != NIL)
            m_leaves[leaf.prev].next = leaf.next;
        if (leaf.next != NIL)
            m_leaves[leaf.next].prev = leaf.prev;
        m_leaves.release(node);
        return true;
    }
    const int i = route(m_inners[node], key);
    if (!eraseBelow(m_inners[node].children[std::size_t(i)], level - 1, key))
        return false;
    Inner &inner = m_inners[node];
    // Drop child i. When it was child 0, child 1 takes its place and its
    // separator is no longer needed: everything left is above the old one.
    const auto at = std::size_t(i);
    std::copy(inner.seps.begin() + at + 1, inner.seps.begin() + inner.count, inner.seps.begin() + at);
    std::copy(inner.children.begin() + at + 1, inner.children.begin() + inner.count,
              inner.children.begin() + at);
    if (--inner.count > 0)
        return false;
    m_inners.release(node);
    return true;
}

bool SizeIndex::lowerBound(Size n, SizeKey &out) const
{
    const Key key = pack({ n, 0 });
    std::uint32_t node = m_root;
    for (int level = m_height; level > 0; --level) {
        const Inner &inner = m_inners[node];
        node = inner.children[std::size_t(route(inner, key))];
    }
    const Leaf *leaf = &m_leaves[node];
    const int at = lowerIndex(leaf->keys.data(), leaf->count, key);
    if (at < leaf->count) {
        out = unpack(leaf->keys[std::size_t(at)]);
        return true;
    }
    // Every key of a later leaf is above key; leaves other than the root
    // are never empty.
    if (leaf->next == NIL)
        return false;
    out = unpack(m_leaves[leaf->next].keys[0]);
    return true;
}

std::vector<SizeKey> SizeIndex::inOrder() const
{
    std::uint32_t node = m_root;
    for (int level = m_height; level > 0; --level)
        node = m_inners[node].children[0];
    std::vector<SizeKey> keys;
    keys.reserve(m_count);
    for (; node != NIL; node = m_leaves[node].next) {
        const Leaf &leaf = m_leaves[node];
        for (int i = 0; i < leaf.count; ++i)
            keys.push_back(unpack(leaf.keys[std::size_t(i)]));
    }
    return keys;
}

} // namespace heapboard
