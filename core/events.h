// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace heapboard {

using Addr = std::uint64_t;
using Size = std::uint64_t;

// Largest heap the core accepts: block metadata only, so this is bounded by
// keeping start + size representable, not by memory.
inline constexpr Size kMaxHeapSize = Size{1} << 62;

struct Span {
    Addr start = 0;
    Size size = 0;
    constexpr Addr end() const { return start + size; }
    friend constexpr bool operator==(const Span &, const Span &) = default;
};

enum class Policy : std::uint8_t { FirstFit, NextFit, BestFit, WorstFit };

enum class ErrorCode : std::uint8_t {
    None,
    OutOfMemory,
    InvalidPointer,
    DoubleFree,
    InvalidSize,
    InvalidHeapSize,
};

// Stable kebab-case names, part of the CLI contract (design.md section 3).
std::string_view errorCodeName(ErrorCode code);
std::string_view policyName(Policy policy);
// Accepts "first-fit", "next-fit", "best-fit", "worst-fit"; false otherwise.
bool parsePolicy(std::string_view name, Policy &out);

enum class EventKind : std::uint8_t {
    Split, // span: the free block that was split; parts: [front, remainder]
    Allocated, // span: the new used block
    Resized, // span: the block after a realloc in place; parts[0]: before
    Moved, // span: the new block of a moving realloc; parts[0]: the old block
    Freed, // span: the block that became free
    Merged, // span: the merged free block; parts: the free blocks, in address order
    Failed, // error: why; nothing changed
};

struct Event {
    EventKind kind = EventKind::Failed;
    Span span;
    std::array<Span, 3> parts{};
    std::uint8_t partCount = 0;
    ErrorCode error = ErrorCode::None;
    std::uint32_t tag = 0;
};

// Fixed capacity so that running an operation allocates nothing on success.
class EventList
{
public:
    static constexpr std::size_t kCapacity = 8;
    void push(const Event &e) { m_events[m_count++] = e; }
    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    const Event &operator[](std::size_t i) const { return m_events[i]; }
    const Event *begin() const { return m_events.data(); }
    const Event *end() const { return m_events.data() + m_count; }

private:
    std::array<Event, kCapacity> m_events{};
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
