// SPDX-License-Identifier: MIT
#include "tracerunner.h"

#include "heap.h"
#include "replayer.h"

namespace heapboard {

TraceRunner::TraceRunner(const Trace &trace)
    : m_trace(trace)
    , m_ids(trace.idCountSeen())
{ }

std::string TraceRunner::sizeError(const char *what, const TraceOp &op) const
{
    return "line " + std::to_string(op.line) + ": " + what + " of id " + std::string(m_trace.idName(op.id))
        + ": size " + std::string(m_trace.rawSize(op.rawSize)) + " is not a usable size (1 to 2^62 bytes)";
}

std::string TraceRunner::unknownMessage(const TraceOp &op) const
{
    return "line " + std::to_string(op.line) + ": free of id " + std::string(m_trace.idName(op.id))
        + ": no block was ever allocated for this id";
}

std::string TraceRunner::danglingMessage(const char *what, const TraceOp &op, const Binding &s) const
{
    // Named as `heapboard-cli replay` numbers its lines: from 0.
    return "line " + std::to_string(op.line) + ": " + what + " of id " + std::string(m_trace.idName(op.id))
        + ": its block at " + std::to_string(s.ptr) + " was already freed at step "
        + std::to_string(s.freedAt - 1)
        + (std::string_view(what) == "free" ? " (double free)" : " (dangling pointer)");
}

Size suggestedHeapSize(const Trace &trace)
{
    Heap probe(kProbeHeapSize); // no history: only its high-water mark is wanted
    replay(trace, probe, ignoreSteps);
    return heapSizeHolding(probe.stats().highWater);
}

Size heapSizeHolding(Addr highWater)
{
    Size size = 1024;
    while (size < highWater)
        size *= 2;
    return size;
}

} // namespace heapboard
