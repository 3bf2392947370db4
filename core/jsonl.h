// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"
#include "trace.h"
#include "tracerunner.h"

#include <string>

namespace heapboard {

// The JSON Lines of `heapboard-cli replay` (design.md §3), appended to a
// string; the caller decides where the text goes.
namespace jsonl {

// {"step":0,"op":"malloc","id":"0","size":2040,"ptr":0,"error":null}, and
// with heap given also "free":[[start,size],...],"used":[...] after it.
void appendStep(std::string &out, std::size_t step, const Trace &trace, const TraceOp &op,
                const TraceStep &result, const Heap *statesOf = nullptr);

// A scenario statement or any other operation, with the op name given.
void appendOperation(std::string &out, std::size_t step, std::string_view op, std::string_view id,
                     bool hasSize, Size size, const OpResult &result, bool hasPtr, Addr ptr,
                     const Heap *statesOf = nullptr);

// {"final":true,"free":[...],"used":[...],"stats":{...}}
void appendFinal(std::string &out, const Heap &heap);

} // namespace jsonl
} // namespace heapboard
