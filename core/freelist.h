// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"
#include "bptree.h"
#include "heapsettings.h"
#include "sizeindex.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace heapboard {

// Where a free block stands in a list that is not in address order: lists
// compare keys, lowest first (docs/settings.md).
struct ListKey {
    std::uint64_t major = 0; // size orders: the size it was sorted by (inverted for descending)
    std::int64_t minor = 0; // order among equal majors
    friend auto operator<=>(const ListKey &, const ListKey &) = default;
};

struct ListEntry {
    Addr start = 0;
    ListKey key;
    friend bool operator==(const ListEntry &, const ListEntry &) = default;
};

// The free list of a heap, in its order: where a block that becomes free
// goes, and how a policy scans it. The heap (heap.h) holds one and tells it
// of every free block that appears, leaves, or changes in place; which
// order it keeps is this class's business, not the heap's.
class FreeList
{
public:
    virtual ~FreeList() = default;
    static std::unique_ptr<FreeList> make(ListOrder order, const BlockTree &tree);

    // A block became free (freed, merged, a released tail): it goes where
    // the order puts it.
    virtual void add(const BlockInfo &block) = 0;
    virtual void remove(const BlockInfo &block) = 0;
    // The free block `from` is now `to`, in the same place in the list: a
    // split's remainder, a block shortened or grown by a merge.
    virtual void replace(const BlockInfo &from, const BlockInfo &to) = 0;
    // The free block `policy` gives n bytes; `rover` is next fit's start.
    virtual bool find(Policy policy, Size n, Addr rover, BlockInfo &out) const = 0;
    // The tree moved (the heap did).
    void rebind(const BlockTree &tree) { m_tree = &tree; }
    // Starts over from the tree's free blocks, in address order, for policy.
    virtual void rebuild(Policy policy) = 0;
    // The free blocks in list order.
    virtual std::vector<BlockInfo> inOrder() const = 0;

    // Orders other than address keep a key per block, which snapshots and
    // deltas carry (heap.h); address order keeps none.
    virtual bool keyed() const { return false; }
    virtual std::vector<ListEntry> entries() const { return {}; }
    virtual void setEntries(const std::vector<ListEntry> &) { }
    virtual void setKey(const ListEntry &) { }
    virtual void eraseKey(Addr) { }
    virtual void resized(Addr, Size) { }
    // While journaling, the keys an operation changed, as they were before
    // and as they are after.
    virtual void beginJournal() { }
    virtual void endJournal(std::vector<ListEntry> &, std::vector<ListEntry> &) { }

protected:
    explicit FreeList(const BlockTree &tree)
        : m_tree(&tree)
    { }
    const BlockTree *m_tree;
};

// Address order: the block tree is the list. Best fit keeps free blocks by
// (size, start) as well; every operation is O(log n).
class AddressFreeList : public FreeList
{
public:
    explicit AddressFreeList(const BlockTree &tree)
        : FreeList(tree)
    { }
    void add(const BlockInfo &b) override;
    void remove(const BlockInfo &b) override;
    void replace(const BlockInfo &from, const BlockInfo &to) override;
    bool find(Policy policy, Size n, Addr rover, BlockInfo &out) const override;
    void rebuild(Policy policy) override;
    std::vector<BlockInfo> inOrder() const override;
    // Next fit's start: the free block holding the rover, else the first
    // after it, else the first of all (docs/semantics.md).
    static bool nextFitStart(const BlockTree &tree, Addr rover, BlockInfo &out);

private:
    SizeIndex m_bySize;
    bool m_sizeIndexed = false;
};

// Size orders and insertion at the front or back, as OSTEP's malloc.py
// keeps them: a freed block is inserted (for size orders, the whole list is
// sorted again, stably, by size), a split's remainder keeps its block's
// place. The list is a B+ tree (bptree.h) by key that keeps the largest size
// under each child, so first, next and worst fit are one or two descents,
// O(log n); best fit keeps a second tree by (size, key) once it is first
// asked for (docs/settings.md).
class KeyedFreeList : public FreeList
{
public:
    KeyedFreeList(ListOrder order, const BlockTree &tree)
        : FreeList(tree)
        , m_order(order)
    { }
    void add(const BlockInfo &b) override;
    void remove(const BlockInfo &b) override;
    void replace(const BlockInfo &from, const BlockInfo &to) override;
    bool find(Policy policy, Size n, Addr rover, BlockInfo &out) const override;
    void rebuild(Policy policy) override;
    std::vector<BlockInfo> inOrder() const override;

    bool keyed() const override { return true; }
    std::vector<ListEntry> entries() const override;
    void setEntries(const std::vector<ListEntry> &entries) override;
    void setKey(const ListEntry &entry) override;
    void eraseKey(Addr start) override;
    void resized(Addr start, Size size) override;
    void beginJournal() override;
    void endJournal(std::vector<ListEntry> &before, std::vector<ListEntry> &after) override;

private:
    struct Slot {
        ListKey key;
        Size size = 0;
    };
    // A ListKey as one 128-bit number (major high, minor with its sign bit
    // flipped low), which orders as the key does and compares without
    // branches in a node search.
    __extension__ typedef unsigned __int128 Packed;
    static constexpr std::uint64_t kSignBit = std::uint64_t(1) << 63;
    static Packed pack(ListKey k) { return (Packed(k.major) << 64) | (std::uint64_t(k.minor) ^ kSignBit); }
    static ListKey unpack(Packed p)
    {
        return { std::uint64_t(p >> 64), std::int64_t(std::uint64_t(p) ^ kSignBit) };
    }

    struct Item {
        Packed key;
        Addr start;
        Size size;
    };
    struct ListTraits {
        using Entry = Item;
        using Key = Packed;
        static Key keyOf(const Item &e) { return e.key; }
        static constexpr int kLeafCap = 32;
        static constexpr int kInnerCap = 32;
        struct Augment { // the largest size
            using Value = Size;
            static Value identity() { return 0; }
            static Value of(const Item &e) { return e.size; }
            static Value combine(Value a, Value b) { return a > b ? a : b; }
        };
    };
    // Best fit's order: the smallest size, then the first in list order.
    struct SizeOrder {
        Size size;
        Packed key;
        friend bool operator<(const SizeOrder &a, const SizeOrder &b)
        {
            return a.size < b.size || (a.size == b.size && a.key < b.key);
        }
        friend bool operator==(const SizeOrder &a, const SizeOrder &b)
        {
            return a.size == b.size && a.key == b.key;
        }
    };
    struct SizeItem {
        SizeOrder order;
        Addr start;
    };
    struct SizeTraits {
        using Entry = SizeItem;
        using Key = SizeOrder;
        static Key keyOf(const SizeItem &e) { return e.order; }
        static constexpr int kLeafCap = 32;
        static constexpr int kInnerCap = 32;
    };

    bool sized() const { return m_order == ListOrder::SizeAscending || m_order == ListOrder::SizeDescending; }
    std::uint64_t majorOf(Size size) const;
    // Sorts the blocks whose size no longer matches their key into place,
    // as a stable sort by size of the whole list would.
    void settle();
    std::int64_t minorBelow(std::uint64_t major) const;
    std::int64_t minorAbove(std::uint64_t major) const;
    void put(Addr start, ListKey key, Size size);
    void journal(Addr start);
    void clearAll();
    // The entry next fit starts at, or none (docs/settings.md).
    BPlusTree<ListTraits>::Cursor nextFitFrom(Addr rover) const;
    bool bestFit(Size n, Addr &start) const;

    ListOrder m_order;
    BPlusTree<ListTraits> m_list;
    std::unordered_map<Addr, Slot> m_slots;
    std::map<ListKey, Addr> m_unsorted; // size orders: blocks out of their size's place
    // Kept from the first best-fit search on: a list that best fit never
    // searches does not pay for it.
    mutable BPlusTree<SizeTraits> m_bySize;
    mutable bool m_bySizeKept = false;
    bool m_journaling = false;
    std::vector<std::pair<Addr, std::optional<ListKey>>> m_before;
};

} // namespace heapboard
