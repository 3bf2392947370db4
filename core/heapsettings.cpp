// SPDX-License-Identifier: MIT
#include "heapsettings.h"

#include <algorithm>
#include <array>

namespace heapboard {

namespace {

    constexpr std::array<std::string_view, 5> kOrderNames { "address", "size-ascending", "size-descending",
                                                            "insert-front", "insert-back" };
    constexpr std::array<std::string_view, 4> kCoalescingNames { "neighbours", "none", "list-pass",
                                                                 "deferred" };

    template<typename E, std::size_t N>
    bool parseName(const std::array<std::string_view, N> &names, std::string_view name, E &out)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (names[i] == name) {
                out = E(i);
                return true;
            }
        }
        return false;
    }

} // namespace

bool HeapSettings::blockSize(Size n, Size &out) const
{
    Size aligned = n;
    if (alignment > 1 && n % alignment != 0) {
        const Size pad = alignment - n % alignment;
        if (n > kMaxHeapSize - pad)
            return false;
        aligned = n + pad;
    }
    if (aligned > kMaxHeapSize - header)
        return false;
    out = aligned + header;
    return true;
}

std::string_view listOrderName(ListOrder order)
{
    return kOrderNames[std::size_t(order) % kOrderNames.size()];
}

bool parseListOrder(std::string_view name, ListOrder &out)
{
    return parseName(kOrderNames, name, out);
}

std::string_view coalescingName(Coalescing coalescing)
{
    return kCoalescingNames[std::size_t(coalescing) % kCoalescingNames.size()];
}

bool parseCoalescing(std::string_view name, Coalescing &out)
{
    return parseName(kCoalescingNames, name, out);
}

namespace {

    std::string gapsProblem(const HeapSettings &s, Size heapSize)
    {
        if (s.gaps.empty())
            return {};
        if (s.grows())
            return "a heap with gaps in its address space cannot grow";
        Addr from = s.base;
        for (const Span &gap : s.gaps) {
            if (gap.size == 0 || gap.start < from || gap.start - s.base > heapSize
                || gap.size > heapSize - (gap.start - s.base))
                return "the gaps must lie inside the heap, in address order, apart";
            from = gap.end() + 1;
        }
        return {};
    }

} // namespace

std::string settingsProblem(const HeapSettings &s, Size heapSize)
{
    const std::string limit = std::to_string(kMaxSettingBytes);
    if (s.header > kMaxSettingBytes)
        return "the header size must be at most " + limit + " bytes";
    if (s.alignment > kMaxSettingBytes)
        return "the alignment must be at most " + limit + " bytes";
    if (s.minBlock > kMaxSettingBytes)
        return "the minimum block size must be at most " + limit + " bytes";
    if (s.growStep == 0 && s.growMax != 0)
        return "a maximum heap size needs a growth step (grow)";
    if (s.grows() && s.growMax == 0)
        return "a heap that grows needs a maximum size (max-heap)";
    if (s.grows() && s.growMax < heapSize)
        return "the heap may grow to at most " + std::to_string(s.growMax) + " bytes, less than the "
            + std::to_string(heapSize) + " bytes it starts with";
    if (s.grows() && s.growMax > kMaxHeapSize)
        return "the heap may grow to at most 2^62 bytes";
    if (s.grows() && s.growStep > s.growMax)
        return "the growth step must be at most the maximum heap size";
    heapSize = std::max(heapSize, s.growMax);
    if (s.base > kMaxHeapSize - heapSize)
        return "the heap must end below 2^62: base address " + std::to_string(s.base) + " is too high";
    return gapsProblem(s, heapSize);
}

} // namespace heapboard
