// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapboard {

// The order of the free list, which is the order a policy scans it in
// (docs/settings.md). Address order is the seed's; the others are those of
// OSTEP's malloc.py (-l ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT,
// INSERT-BACK).
enum class ListOrder : std::uint8_t { Address, SizeAscending, SizeDescending, InsertFront, InsertBack };

// When free blocks merge (docs/settings.md).
enum class Coalescing : std::uint8_t {
    Neighbours, // a freed block merges with its free address neighbours
    None, // free blocks stay separate
    ListPass, // after each free, one pass over the list merges list neighbours
    Deferred, // nothing merges until a malloc finds no block; then all do
};

// How one heap allocates, fixed for the heap's life. The defaults are the
// seed's semantics (docs/semantics.md), pointer for pointer.
struct HeapSettings {
    Addr base = 0; // the address of the heap's first byte
    Size header = 0; // bytes in front of each used block's payload
    Size alignment = 0; // requests round up to a multiple; 0 or 1: none
    Size minBlock = 0; // a split never leaves a free block smaller than this
    ListOrder order = ListOrder::Address;
    Coalescing coalescing = Coalescing::Neighbours;
    // Heap growth (the sbrk model, docs/settings.md): when no free block
    // fits, the heap grows at its top by the block rounded up to growStep,
    // up to growMax bytes in all. 0: the heap never grows.
    Size growStep = 0;
    Size growMax = 0;
    // A sparse address space (a recording's, docs/hrec.md "As recorded"):
    // ranges inside the heap that are not the heap's, in address order,
    // apart. Each is a used block tagged kGapTag from the start, which no
    // operation touches and the statistics leave out; a view collapses it.
    std::vector<Span> gaps;

    bool grows() const { return growStep != 0; }

    // The block size malloc(n) takes before any minimum-block surplus: n
    // rounded up to the alignment, plus the header; false when it overflows.
    bool blockSize(Size n, Size &out) const;
    bool isDefault() const { return *this == HeapSettings {}; }
    friend bool operator==(const HeapSettings &, const HeapSettings &) = default;
};

// The largest header, alignment or minimum block a heap accepts: a block's
// surplus over its request is kept in 32 bits.
inline constexpr Size kMaxSettingBytes = Size { 1 } << 30;

// Stable names for files, the CLI and JSON: "address", "size-ascending",
// "size-descending", "insert-front", "insert-back"; "neighbours", "none",
// "list-pass", "deferred".
std::string_view listOrderName(ListOrder order);
bool parseListOrder(std::string_view name, ListOrder &out);
std::string_view coalescingName(Coalescing coalescing);
bool parseCoalescing(std::string_view name, Coalescing &out);

// Empty when the settings fit a heap of heapSize bytes; otherwise what is
// wrong, in a sentence.
std::string settingsProblem(const HeapSettings &settings, Size heapSize);

} // namespace heapboard
