// SPDX-License-Identifier: MIT
#include "freelist.h"

#include <algorithm>
#include <limits>

namespace heapboard {

std::unique_ptr<FreeList> FreeList::make(ListOrder order, const BlockTree &tree)
{
    if (order == ListOrder::Address)
        return std::make_unique<AddressFreeList>(tree);
    return std::make_unique<KeyedFreeList>(order, tree);
}

// ---- address order ----

void AddressFreeList::add(const BlockInfo &b)
{
    if (m_sizeIndexed)
        m_bySize.insert({ b.size, b.start });
}

void AddressFreeList::remove(const BlockInfo &b)
{
    if (m_sizeIndexed)
        m_bySize.erase({ b.size, b.start });
}

void AddressFreeList::replace(const BlockInfo &from, const BlockInfo &to)
{
    remove(from);
    add(to);
}

bool AddressFreeList::nextFitStart(const BlockTree &tree, Addr rover, BlockInfo &out)
{
    if (tree.floor(rover, out) && !out.used && out.end() > rover)
        return true;
    return tree.firstFit(1, rover + 1, out) || tree.firstFit(1, 0, out);
}

bool AddressFreeList::find(Policy policy, Size n, Addr rover, BlockInfo &out) const
{
    switch (policy) {
    case Policy::FirstFit:
        return m_tree->firstFit(n, 0, out);
    case Policy::NextFit:
        // From the start block on: it, else the first that fits after it,
        // else (wrapping) the first that fits at all.
        if (!nextFitStart(*m_tree, rover, out))
            return false;
        if (out.size >= n)
            return true;
        return m_tree->firstFit(n, out.start + 1, out) || m_tree->firstFit(n, 0, out);
    case Policy::BestFit: {
        SizeKey best;
        return m_bySize.lowerBound(n, best) && m_tree->find(best.start, out);
    }
    case Policy::WorstFit:
        // The largest free size is the root's maximum; the lowest address
        // holding it is a first-fit search for exactly that size.
        return m_tree->maxFree() >= n && m_tree->firstFit(m_tree->maxFree(), 0, out);
    case Policy::AsRecorded:
        return false; // only Heap::mallocAt places, at the address given
    }
    return false;
}

void AddressFreeList::rebuild(Policy policy)
{
    m_bySize.clear();
    m_sizeIndexed = policy == Policy::BestFit;
    if (!m_sizeIndexed)
        return;
    m_tree->forEach([this](const BlockInfo &b) {
        if (!b.used)
            m_bySize.insert({ b.size, b.start });
    });
}

std::vector<BlockInfo> AddressFreeList::inOrder() const
{
    std::vector<BlockInfo> out;
    m_tree->forEach([&](const BlockInfo &b) {
        if (!b.used)
            out.push_back(b);
    });
    return out;
}

// ---- keyed orders ----

std::uint64_t KeyedFreeList::majorOf(Size size) const
{
    switch (m_order) {
    case ListOrder::SizeAscending:
        return size;
    case ListOrder::SizeDescending:
        return ~size;
    default:
        return 0;
    }
}

std::int64_t KeyedFreeList::minorAbove(std::uint64_t major) const
{
    // One past the last key of this major, if there is one.
    const auto last = m_list.floor(pack({ major, std::numeric_limits<std::int64_t>::max() - 1 }));
    if (!last)
        return 0;
    const ListKey key = unpack(m_list[last].key);
    return key.major == major ? key.minor + 1 : 0;
}

std::int64_t KeyedFreeList::minorBelow(std::uint64_t major) const
{
    const auto first = m_list.lowerBound(pack({ major, std::numeric_limits<std::int64_t>::min() }));
    if (!first)
        return 0;
    const ListKey key = unpack(m_list[first].key);
    return key.major == major ? key.minor - 1 : 0;
}

void KeyedFreeList::journal(Addr start)
{
    if (!m_journaling)
        return;
    for (const auto &[s, key] : m_before) {
        if (s == start)
            return;
    }
    const auto it = m_slots.find(start);
    m_before.emplace_back(start, it == m_slots.end() ? std::nullopt : std::optional(it->second.key));
}

void KeyedFreeList::put(Addr start, ListKey key, Size size)
{
    journal(start);
    const Packed packed = pack(key);
    const auto it = m_slots.find(start);
    if (it != m_slots.end()) {
        const Packed old = pack(it->second.key);
        if (old == packed) {
            m_list.update({ packed, start, size }); // resized in place
        } else {
            m_list.erase(old);
            m_list.insert({ packed, start, size });
        }
        m_unsorted.erase(it->second.key);
        if (m_bySizeKept)
            m_bySize.erase({ it->second.size, old });
        it->second = { key, size };
    } else {
        m_slots.emplace(start, Slot { key, size });
        m_list.insert({ packed, start, size });
    }
    if (m_bySizeKept)
        m_bySize.insert({ { size, packed }, start });
    if (sized() && key.major != majorOf(size))
        m_unsorted[key] = start;
}

void KeyedFreeList::settle()
{
    // A block out of place sorts among the blocks of its size: before all
    // of them when its place was before them, after them otherwise, and
    // those that move to the same size keep their order.
    std::vector<std::pair<ListKey, Addr>> moving(m_unsorted.begin(), m_unsorted.end());
    std::vector<std::pair<Addr, Size>> after, before;
    for (const auto &[key, start] : moving) {
        const Size size = m_slots.at(start).size;
        (key.major > majorOf(size) ? after : before).emplace_back(start, size);
    }
    for (const auto &[start, size] : after)
        put(start, { majorOf(size), minorAbove(majorOf(size)) }, size);
    for (auto it = before.rbegin(); it != before.rend(); ++it)
        put(it->first, { majorOf(it->second), minorBelow(majorOf(it->second)) }, it->second);
}

void KeyedFreeList::add(const BlockInfo &b)
{
    switch (m_order) {
    case ListOrder::InsertFront: {
        const auto head = m_list.first();
        put(b.start, { 0, head ? unpack(m_list[head].key).minor - 1 : 0 }, b.size);
        break;
    }
    case ListOrder::InsertBack: {
        const auto tail = m_list.floor(~Packed(0));
        put(b.start, { 0, tail ? unpack(m_list[tail].key).minor + 1 : 0 }, b.size);
        break;
    }
    default:
        settle();
        put(b.start, { majorOf(b.size), minorAbove(majorOf(b.size)) }, b.size);
        break;
    }
}

void KeyedFreeList::eraseKey(Addr start)
{
    const auto it = m_slots.find(start);
    if (it == m_slots.end())
        return;
    journal(start);
    const Packed key = pack(it->second.key);
    m_list.erase(key);
    if (m_bySizeKept)
        m_bySize.erase({ it->second.size, key });
    m_unsorted.erase(it->second.key);
    m_slots.erase(it);
}

void KeyedFreeList::remove(const BlockInfo &b)
{
    eraseKey(b.start);
}

void KeyedFreeList::replace(const BlockInfo &from, const BlockInfo &to)
{
    const auto it = m_slots.find(from.start);
    if (it == m_slots.end()) {
        add(to);
        return;
    }
    const ListKey key = it->second.key;
    eraseKey(from.start);
    put(to.start, key, to.size);
}

void KeyedFreeList::setKey(const ListEntry &e)
{
    BlockInfo b;
    put(e.start, e.key, m_tree->find(e.start, b) ? b.size : 0);
}

void KeyedFreeList::resized(Addr start, Size size)
{
    const auto it = m_slots.find(start);
    if (it != m_slots.end() && it->second.size != size)
        put(start, it->second.key, size);
}

BPlusTree<KeyedFreeList::ListTraits>::Cursor KeyedFreeList::nextFitFrom(Addr rover) const
{
    BlockInfo at;
    if (!m_tree->floor(rover, at) || at.used || at.end() <= rover)
        return {};
    const auto slot = m_slots.find(at.start);
    return slot == m_slots.end() ? BPlusTree<ListTraits>::Cursor {} : m_list.find(pack(slot->second.key));
}

bool KeyedFreeList::bestFit(Size n, Addr &start) const
{
    if (!m_bySizeKept) {
        std::vector<SizeItem> items;
        items.reserve(m_list.size());
        m_list.forEach([&items](const Item &e) { items.push_back({ { e.size, e.key }, e.start }); });
        std::sort(items.begin(), items.end(),
                  [](const SizeItem &a, const SizeItem &b) { return a.order < b.order; });
        m_bySize.build(items);
        m_bySizeKept = true;
    }
    const auto at = m_bySize.lowerBound({ n, 0 });
    if (at)
        start = m_bySize[at].start;
    return bool(at);
}

bool KeyedFreeList::find(Policy policy, Size n, Addr rover, BlockInfo &out) const
{
    // Each descent skips every child whose largest size is below n.
    const auto fits = [n](Size largest) { return largest >= n; };
    BPlusTree<ListTraits>::Cursor at;
    switch (policy) {
    case Policy::FirstFit:
        at = m_list.firstWhere(fits);
        break;
    case Policy::NextFit:
        // From the start entry round the list: the first that fits at or
        // after it, else (wrapping) the first that fits at all, which then
        // lies before it.
        if (const auto from = nextFitFrom(rover))
            at = m_list.firstWhere(m_list[from].key, fits);
        if (!at)
            at = m_list.firstWhere(fits);
        break;
    case Policy::BestFit: {
        Addr start = 0;
        return bestFit(n, start) && m_tree->find(start, out);
    }
    case Policy::WorstFit: {
        // The first entry holding the largest size, which is the root's.
        const Size largest = m_list.total();
        if (largest >= n)
            at = m_list.firstWhere([largest](Size s) { return s >= largest; });
        break;
    }
    case Policy::AsRecorded:
        return false;
    }
    return at && m_tree->find(m_list[at].start, out);
}

void KeyedFreeList::clearAll()
{
    m_list.clear();
    m_slots.clear();
    m_unsorted.clear();
    m_bySize.clear();
    m_bySizeKept = false;
}

void KeyedFreeList::rebuild(Policy)
{
    clearAll();
    m_tree->forEach([this](const BlockInfo &b) {
        if (!b.used)
            add(b);
    });
}

std::vector<BlockInfo> KeyedFreeList::inOrder() const
{
    std::vector<BlockInfo> out;
    out.reserve(m_list.size());
    m_list.forEach([&](const Item &e) {
        BlockInfo b;
        if (m_tree->find(e.start, b))
            out.push_back(b);
    });
    return out;
}

std::vector<ListEntry> KeyedFreeList::entries() const
{
    std::vector<ListEntry> out;
    out.reserve(m_list.size());
    m_list.forEach([&out](const Item &e) { out.push_back({ e.start, unpack(e.key) }); });
    return out;
}

void KeyedFreeList::setEntries(const std::vector<ListEntry> &entries)
{
    clearAll();
    for (const ListEntry &e : entries)
        setKey(e);
}

void KeyedFreeList::beginJournal()
{
    m_journaling = true;
    m_before.clear();
}

void KeyedFreeList::endJournal(std::vector<ListEntry> &before, std::vector<ListEntry> &after)
{
    m_journaling = false;
    for (const auto &[start, key] : m_before) {
        const auto now = m_slots.find(start);
        const std::optional<ListKey> keyAfter
            = now == m_slots.end() ? std::nullopt : std::optional(now->second.key);
        if (key == keyAfter)
            continue;
        if (key)
            before.push_back({ start, *key });
        if (keyAfter)
            after.push_back({ start, *keyAfter });
    }
}

} // namespace heapboard
