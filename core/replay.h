// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "scenario.h"
#include "trace.h"

#include <functional>
#include <string>
#include <string_view>

namespace heapboard {

struct ReplayOptions {
    Size heapSize = Size { 1 } << 32; // the default for .rep traces
    Policy policy = Policy::FirstFit;
    HeapSettings settings;
    bool states = false; // free/used lists after every operation
};

// Receives the JSON Lines output in chunks of about a megabyte.
using TextSink = std::function<void(std::string_view)>;

// Replays a malloclab trace given as text and streams the JSON Lines of
// `heapboard-cli replay` (README.md, "Command line") to sink. False, with nothing written, when the text
// cannot be read as a trace.
bool replayTrace(std::string_view text, const ReplayOptions &options, const TextSink &sink,
                 ParseError &error);
// The same for a trace already read.
void replayTrace(const Trace &trace, const ReplayOptions &options, const TextSink &sink);

// Replays a scenario the same way: one line per statement, "op" malloc,
// free, realloc or policy, "id" the handle named (the address as written
// for a free by address), "ptr" the block returned or freed.
void replayScenario(const Scenario &scenario, bool states, const TextSink &sink);

} // namespace heapboard
