// SPDX-License-Identifier: MIT
#pragma once

#include "trace.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapboard {

// What heapboard-record recorded: the .hrec format of docs/hrec.md, read
// and written. The kinds are those of core/hrecformat.h.
enum class HrecKind : std::uint8_t {
    Malloc = 1,
    Calloc,
    Realloc,
    ReallocArray,
    Free,
    AlignedAlloc,
    PosixMemalign,
    Memalign,
    Valloc,
    Pvalloc,
};

struct HrecHeader {
    std::uint16_t version = 2; // writeHrec writes 1 as well
    std::uint8_t wordSize = 8;
    std::uint32_t pid = 0;
    std::uint32_t parentPid = 0;
    std::uint64_t startRealNs = 0; // since 1970, when the recording began
    std::uint64_t startMonotonicNs = 0; // CLOCK_MONOTONIC then
    std::uint64_t startTicks = 0; // the events' clock then (docs/hrec.md, "Time")
    std::uint32_t origin = 0; // HrecOrigin: 0 main, 1 forked child, 2 other
    std::string program; // the executable's path
};

// One call. Sizes as requested: size is the size argument (for calloc and
// reallocarray the size of one of `count` elements). address is what it
// returned (0: it failed) or, for free, the block freed.
struct HrecEvent {
    HrecKind kind = HrecKind::Malloc;
    std::uint32_t thread = 0;
    std::uint64_t time = 0; // nanoseconds since the recording began
    std::uint64_t address = 0;
    std::uint64_t oldAddress = 0; // realloc, reallocarray
    std::uint64_t size = 0;
    std::uint64_t count = 1; // calloc, reallocarray
    std::uint64_t alignment = 0; // aligned_alloc, posix_memalign, memalign

    // The bytes asked for: count * size, or nothing when that overflows.
    bool requested(std::uint64_t &bytes) const;
    bool operator==(const HrecEvent &) const = default;
};

struct HrecLog {
    HrecHeader header;
    std::vector<HrecEvent> events; // in time order; each thread's in its own order
    // Empty, or "offset N: ..." when the file ends inside a chunk or event
    // (a recording killed while writing): the events before it were read.
    std::string warning;
};

// Whether data begins as an .hrec file does (its magic number).
bool isHrec(std::string_view data);

// Reads a whole .hrec file. False, with error "offset N: what is wrong",
// for a file that is not one or is damaged before its end; a file cut short
// is read up to its last whole event, with out.warning set.
bool readHrec(std::string_view data, HrecLog &out, std::string &error);

// The file heapboard-record would write for these events: one chunk for
// each run of events of one thread. For tests and the fuzzer's corpus.
std::string writeHrec(const HrecHeader &header, const std::vector<HrecEvent> &events);

// One line for an event, "malloc 16 = 0x5601f0" and the like: how tests
// compare a recording with the list a program made of its own calls.
std::string hrecEventText(const HrecEvent &event);

// A malloclab trace of the same requests (docs/hrec.md, "As a trace"):
// every block that was live gets an id of its own; frees and reallocs of
// pointers the recording never saw allocated keep ids of their own.
Trace traceFromHrec(const HrecLog &log);

// The malloclab text of a trace: its header, then `a`, `f`, `r` lines.
std::string formatTrace(const Trace &trace);

} // namespace heapboard
