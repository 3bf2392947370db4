// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the trace reader, and whatever it accepts to the
// runner and the JSON writer on a small heap: nothing may crash, hang or
// trip a sanitizer, and accepted traces must keep the heap's invariants.
#include "heap.h"
#include "jsonl.h"
#include "trace.h"
#include "tracerunner.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace heapboard;

namespace {

void checkTiling(const Heap &heap)
{
    Addr expected = 0;
    bool previousFree = false;
    heap.forEachBlock([&](const BlockInfo &b) {
        if (b.start != expected || b.size == 0 || (!b.used && previousFree))
            std::abort();
        expected = b.end();
        previousFree = !b.used;
    });
    if (expected != heap.heapSize())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Trace trace;
    ParseError error;
    if (!parseTrace(text, trace, error)) {
        if (error.line < 1 || error.message.empty())
            std::abort();
        return 0;
    }
    // The first byte picks a policy, so that every policy gets fuzzed.
    Heap heap(4096, Policy(size > 0 ? data[0] % 4 : 0));
    TraceRunner runner(trace);
    std::string out;
    for (std::size_t i = 0; i < trace.ops.size(); ++i) {
        const TraceStep step = runner.apply(heap, trace.ops[i]);
        jsonl::appendStep(out, i, trace, trace.ops[i], step, i < 64 ? &heap : nullptr);
        if (out.size() > (1 << 16))
            out.clear();
    }
    jsonl::appendFinal(out, heap);
    checkTiling(heap);
    return 0;
}
