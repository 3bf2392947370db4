// SPDX-License-Identifier: MIT
#include "replay.h"

#include "heap.h"
#include "jsonl.h"
#include "tracerunner.h"

namespace heapboard {

bool replayTrace(std::string_view text, const ReplayOptions &options, const TextSink &sink, ParseError &error)
{
    Trace trace;
    if (!parseTrace(text, trace, error))
        return false;
    Heap heap(options.heapSize, options.policy);
    TraceRunner runner(trace);
    constexpr std::size_t kChunk = 1 << 20;
    std::string out;
    out.reserve(kChunk + 4096);
    for (std::size_t i = 0; i < trace.ops.size(); ++i) {
        const TraceStep step = runner.apply(heap, trace.ops[i]);
        jsonl::appendStep(out, i, trace, trace.ops[i], step, options.states ? &heap : nullptr);
        if (out.size() >= kChunk) {
            sink(out);
            out.clear();
        }
    }
    jsonl::appendFinal(out, heap);
    sink(out);
    return true;
}

} // namespace heapboard
