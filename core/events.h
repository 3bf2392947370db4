// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>

namespace heapboard {

using Addr = std::uint64_t;
using Size = std::uint64_t;

// Largest heap the core accepts: block metadata only, so this is bounded by
// keeping start + size representable, not by memory.
inline constexpr Size kMaxHeapSize = Size { 1 } << 62;

struct Span {
    Addr start = 0;
    Size size = 0;
    constexpr Addr end() const { return start + size; }
    friend constexpr bool operator==(const Span &, const Span &) = default;
};

// The four placement policies, and "as recorded": a recording's blocks at
// the addresses the real allocator returned (Heap::mallocAt, docs/hrec.md).
enum class Policy : std::uint8_t { FirstFit, NextFit, BestFit, WorstFit, AsRecorded };

// The tag of a block that stands for a gap in a sparse address space
// (HeapSettings::gaps): a used block no operation touches, not counted as
// live.
inline constexpr std::uint32_t kGapTag = 0xffffffffu;

enum class ErrorCode : std::uint8_t {
    None,
    OutOfMemory,
    InvalidPointer,
    DoubleFree,
    InvalidSize,
    InvalidHeapSize,
};

// Stable kebab-case names (docs/semantics.md §4): the CLI prints them and
// scenarios' `expect error` lines use them.
std::string_view errorCodeName(ErrorCode code);
std::string_view policyName(Policy policy);
// Accepts "first-fit", "next-fit", "best-fit", "worst-fit", "as-recorded";
// false otherwise.
bool parsePolicy(std::string_view name, Policy &out);

enum class EventKind : std::uint8_t {
    Split, // span: the free block that was split; parts: [front, remainder]
    Allocated, // span: the new used block
    Resized, // span: the block after a realloc in place; parts[0]: before
    Moved, // span: the new block of a moving realloc; parts[0]: the old block
    Freed, // span: the block that became free
    Merged, // span: the merged free block; parts: the free blocks, in address order
    Failed, // error: why; nothing changed
    Grown, // span: the space the heap grew by, at its old end (heap growth)
};

struct Event {
    EventKind kind = EventKind::Failed;
    Span span;
    std::array<Span, 3> parts {};
    std::uint8_t partCount = 0;
    ErrorCode error = ErrorCode::None;
    std::uint32_t tag = 0;
};

// Fixed capacity so that running an operation allocates nothing; the slots
// are raw storage so that an empty list costs nothing to make.
class EventList
{
public:
    static constexpr std::size_t kCapacity = 8;
    EventList() = default;
    EventList(const EventList &other) { copyFrom(other); }
    EventList &operator=(const EventList &other)
    {
        copyFrom(other);
        return *this;
    }
    // A full list takes no more (the heap keeps room for what matters).
    void push(const Event &e)
    {
        if (m_count < kCapacity)
            new (m_storage + sizeof(Event) * m_count++) Event(e);
    }
    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    const Event &operator[](std::size_t i) const { return begin()[i]; }
    const Event *begin() const { return std::launder(reinterpret_cast<const Event *>(m_storage)); }
    const Event *end() const { return begin() + m_count; }

private:
    static_assert(std::is_trivially_copyable_v<Event> && std::is_trivially_destructible_v<Event>);
    void copyFrom(const EventList &other)
    {
        m_count = other.m_count;
        std::memcpy(m_storage, other.m_storage, sizeof(Event) * m_count);
    }
    alignas(Event) unsigned char m_storage[sizeof(Event) * kCapacity];
    std::size_t m_count = 0;
};

struct OpResult {
    ErrorCode error = ErrorCode::None;
    bool hasPtr = false; // a pointer is returned (malloc, successful realloc to n > 0)
    Addr ptr = 0;
    std::string message; // empty on success
    EventList events;
    bool ok() const { return error == ErrorCode::None; }
};

} // namespace heapboard
