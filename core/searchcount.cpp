// SPDX-License-Identifier: MIT
#include "searchcount.h"

#include "bptree.h"

#include <unordered_map>

namespace heapboard {

namespace {

    // A list position as one number that orders as the list does: the
    // start address in address order, the list key (major high, minor with
    // its sign bit flipped low) in the others, as KeyedFreeList packs it.
    __extension__ typedef unsigned __int128 Packed;

    Packed pack(const ListKey &k)
    {
        return (Packed(k.major) << 64) | (std::uint64_t(k.minor) ^ (std::uint64_t(1) << 63));
    }

} // namespace

std::uint64_t searchedElements(Policy policy, std::uint64_t listLength, std::optional<std::uint64_t> chosen,
                               std::uint64_t start)
{
    if (!chosen || listLength == 0)
        return listLength;
    switch (policy) {
    case Policy::FirstFit:
        return *chosen + 1;
    case Policy::NextFit:
        return (*chosen + listLength - start % listLength) % listLength + 1;
    case Policy::BestFit:
    case Policy::WorstFit:
        break;
    case Policy::AsRecorded:
        return 0; // no search: the recording gives the address
    }
    return listLength;
}

struct SearchCounter::Ranks {
    struct Traits {
        using Entry = Packed;
        using Key = Packed;
        static Key keyOf(Packed p) { return p; }
        static constexpr int kLeafCap = 32;
        static constexpr int kInnerCap = 32;
        struct Augment { // the number of entries: valueBelow() is a rank
            using Value = std::uint32_t;
            static Value identity() { return 0; }
            static Value of(Packed) { return 1; }
            static Value combine(Value a, Value b) { return a + b; }
        };
    };
    BPlusTree<Traits> list;
    std::unordered_map<Addr, Packed> keys; // orders other than address
    std::uint64_t rank(Packed key) const { return list.valueBelow(key); }
};

SearchCounter::SearchCounter(const Heap &heap, bool ranks)
    : m_ranks(ranks ? std::make_unique<Ranks>() : nullptr)
    , m_keyed(heap.settings().order != ListOrder::Address)
    , m_policy(heap.policy())
{
    if (!m_ranks)
        return;
    if (m_keyed) {
        for (const ListEntry &e : heap.listEntries()) {
            m_ranks->list.insert(pack(e.key));
            m_ranks->keys.emplace(e.start, pack(e.key));
        }
    } else {
        heap.forEachBlock([this](const BlockInfo &b) {
            if (!b.used)
                m_ranks->list.insert(Packed(b.start));
        });
    }
}

SearchCounter::~SearchCounter() = default;

void SearchCounter::prepare(const Heap &before)
{
    m_policy = before.policy();
    m_length = before.stats().freeBlocks;
    m_nextFitStart.reset();
    if (m_policy != Policy::NextFit || !m_ranks)
        return;
    // Where each list's next fit starts (freelist.cpp): address order from
    // the block holding the rover or the first after it; the other orders
    // from the rover's block's entry if it is free, else from the head.
    BlockInfo b;
    if (!m_keyed ? before.nextFitStart(b) : before.blockAt(before.rover(), b) && !b.used)
        m_nextFitStart = b.start;
}

std::uint64_t SearchCounter::rankOf(Addr start) const
{
    if (!m_keyed)
        return m_ranks->rank(Packed(start));
    const auto it = m_ranks->keys.find(start);
    return it == m_ranks->keys.end() ? 0 : m_ranks->rank(it->second);
}

std::uint64_t SearchCounter::countMalloc(const StepInfo &info, const StepDelta &delta, Size header) const
{
    const std::uint64_t length = m_length;
    if (m_policy == Policy::AsRecorded)
        return 0; // the recording gave the address: nothing was searched
    if (!info.hasPtr)
        return searchedElements(m_policy, length, std::nullopt);
    const Addr chosen = info.ptr - header;
    if (delta.removed.size() > 1) {
        // Deferred coalescing found nothing, merged every run of free blocks
        // and searched again: the whole list, then the whole merged list
        // (the merge read it all).
        std::uint64_t merged = length;
        Addr end = 0;
        for (const BlockInfo &b : delta.removed)
            merged -= b.used ? 0 : 1;
        for (const BlockInfo &b : delta.added) {
            merged += b.used ? 0 : 1;
            end = b.used && b.start == chosen ? b.end() : end;
        }
        bool remainder = false;
        for (const BlockInfo &b : delta.added)
            remainder = remainder || (!b.used && b.start == end);
        return length + merged + (remainder ? 0 : 1);
    }
    if (!m_ranks)
        return length;
    const std::uint64_t start = m_nextFitStart ? rankOf(*m_nextFitStart) : 0;
    return searchedElements(m_policy, length, rankOf(chosen), start);
}

void SearchCounter::follow(const StepDelta &delta)
{
    if (!m_ranks)
        return;
    auto &list = m_ranks->list;
    if (!m_keyed) {
        for (const BlockInfo &b : delta.removed) {
            if (!b.used)
                list.erase(Packed(b.start));
        }
        for (const BlockInfo &b : delta.added) {
            if (!b.used)
                list.insert(Packed(b.start));
        }
        return;
    }
    for (const ListEntry &e : delta.listRemoved) {
        list.erase(pack(e.key));
        m_ranks->keys.erase(e.start);
    }
    for (const ListEntry &e : delta.listAdded) {
        list.insert(pack(e.key));
        m_ranks->keys[e.start] = pack(e.key);
    }
}

std::optional<std::uint64_t> SearchCounter::apply(const StepInfo &info, const StepDelta &delta, Size header)
{
    std::optional<std::uint64_t> searched;
    if (info.kind == StepKind::Malloc && info.error != ErrorCode::InvalidSize)
        searched = countMalloc(info, delta, header);
    follow(delta);
    return searched;
}

} // namespace heapboard
