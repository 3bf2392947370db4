// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"
#include "trace.h"
#include "tracerunner.h"

#include <string>

namespace heapboard {

// The JSON Lines of `heapboard-cli replay` (README.md, "Command line"),
// appended to a string; the caller decides where the text goes.
namespace jsonl {

    // {"step":0,"op":"malloc","id":"0","size":2040,"ptr":0,"error":null}, and
    // with heap given also "free":[[start,size],...],"used":[...] after it.
    void appendStep(std::string &out, std::size_t step, const Trace &trace, const TraceOp &op,
                    const TraceStep &result, const Heap *statesOf = nullptr);

    // A scenario statement: op is malloc, free, realloc or policy; id is the
    // handle (or the address as written), null when empty; size is written
    // when hasSize, the policy name when op is policy.
    struct Operation {
        std::string_view op;
        std::string_view id;
        bool hasSize = false;
        Size size = 0;
        std::string_view policy;
    };
    void appendOperation(std::string &out, std::size_t step, const Operation &operation,
                         const OpResult &result, const Heap *statesOf = nullptr);

    // {"final":true,"free":[...],"used":[...],"stats":{...}}
    void appendFinal(std::string &out, const Heap &heap);

} // namespace jsonl
} // namespace heapboard
