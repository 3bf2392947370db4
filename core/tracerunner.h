// SPDX-License-Identifier: MIT
#pragma once

#include "binding.h"
#include "events.h"
#include "trace.h"

#include <string>
#include <vector>

namespace heapboard {

// What a trace line did, with the pointer to report for it: the block
// returned by a/r, the block freed by f (the old address for a double free),
// or none.
struct TraceStep {
    OpResult result;
    bool hasPtr = false;
    Addr ptr = 0;
};

// Runs trace lines on a heapboard::Heap or History (anything with malloc,
// free, realloc and reject), mapping the trace's ids to live blocks the way
// the malloclab driver does:
//  - `a ID` maps ID to the new block; an ID already live keeps its old block
//    allocated (leaked) and now names the new one.
//  - `f ID` of an ID that never got a block: invalid-pointer. Of an ID whose
//    block was freed: double-free, naming the old address and the step that
//    freed it; it never frees whatever block lives there now.
//  - `r ID` of an ID that never got a block behaves as malloc (C's
//    realloc(NULL, n)); of a freed ID: invalid-pointer; `r ID 0` frees.
// Every line is one step of the target, failed or not. Each distinct ID
// gets a block tag (1, 2, ...), so labels can be shown for blocks.
class TraceRunner
{
public:
    // The trace must outlive the runner; apply() takes its operations.
    explicit TraceRunner(const Trace &trace);

    template<typename Target> TraceStep apply(Target &target, const TraceOp &op);

    // What each id names after the lines applied so far, by TraceOp::id.
    const std::vector<Binding> &bindings() const { return m_ids; }
    std::vector<Binding> takeBindings() { return std::move(m_ids); }
    std::size_t steps() const { return m_steps; }

private:
    std::string sizeError(const char *what, const TraceOp &op) const;
    std::string danglingMessage(const char *what, const TraceOp &op, const Binding &s) const;
    std::string unknownMessage(const TraceOp &op) const;

    const Trace &m_trace;
    std::vector<Binding> m_ids; // by TraceOp::id; id i tags its blocks i + 1
    std::size_t m_steps = 0;
};

namespace detail {

    // Whether the target places blocks as recorded (Heap::mallocAt); a
    // target without mallocAt never does.
    template<typename Target> bool placesAsRecorded(const Target &target)
    {
        if constexpr (!requires(Target & t) { t.mallocAt(Addr(), Size()); })
            return false;
        else if constexpr (requires { target.heap(); })
            return target.heap().policy() == Policy::AsRecorded;
        else
            return target.policy() == Policy::AsRecorded;
    }

    template<typename Target> OpResult mallocOf(Target &target, const TraceOp &op, std::uint32_t tag, bool at)
    {
        if constexpr (requires { target.mallocAt(op.address, op.size, tag); }) {
            if (at)
                return target.mallocAt(op.address, op.size, tag);
        }
        return target.malloc(op.size, tag);
    }

    template<typename Target> OpResult reallocOf(Target &target, Addr p, const TraceOp &op, bool at)
    {
        if constexpr (requires { target.reallocAt(p, op.address, op.size); }) {
            if (at)
                return target.reallocAt(p, op.address, op.size);
        }
        return target.realloc(p, op.size);
    }

} // namespace detail

template<typename Target> TraceStep TraceRunner::apply(Target &target, const TraceOp &op)
{
    TraceStep step;
    // A recording's line, as recorded: its block goes where the real
    // allocator put it.
    const bool at = op.address != 0 && detail::placesAsRecorded(target);
    Binding &s = m_ids[op.id];
    const std::uint32_t tag = op.id + 1;
    const std::size_t number = ++m_steps;
    switch (op.kind) {
    case TraceOp::Kind::Malloc:
        step.result = !op.sizeValid ? target.reject(ErrorCode::InvalidSize, sizeError("malloc", op))
                                    : detail::mallocOf(target, op, tag, at);
        break;
    case TraceOp::Kind::Free:
        if (s.live) {
            step.result = target.free(s.ptr);
            step.hasPtr = true;
            step.ptr = s.ptr;
        } else if (s.everLive) {
            step.result = target.reject(ErrorCode::DoubleFree, danglingMessage("free", op, s));
            step.hasPtr = true;
            step.ptr = s.ptr;
        } else {
            step.result = target.reject(ErrorCode::InvalidPointer, unknownMessage(op));
        }
        if (step.result.ok())
            s.release(number);
        return step;
    case TraceOp::Kind::Realloc:
        if (!op.sizeValid)
            step.result = target.reject(ErrorCode::InvalidSize, sizeError("realloc", op));
        else if (s.live)
            step.result = detail::reallocOf(target, s.ptr, op, at);
        else if (s.everLive)
            step.result = target.reject(ErrorCode::InvalidPointer, danglingMessage("realloc", op, s));
        else
            step.result = detail::mallocOf(target, op, tag, at);
        if (step.result.ok() && s.live && !step.result.hasPtr)
            s.release(number); // realloc to 0 freed it
        break;
    }
    if (step.result.hasPtr) {
        s.assign(step.result.ptr);
        step.hasPtr = true;
        step.ptr = step.result.ptr;
    }
    return step;
}

// The smallest power of two (at least 1024) that holds everything the trace
// ever allocates under first fit: the heap size a window or a render
// suggests for it. Runs the trace on a heap of kProbeHeapSize.
Size suggestedHeapSize(const Trace &trace);
inline constexpr Size kProbeHeapSize = Size { 1 } << 40;
// The smallest power of two, at least 1024, that holds highWater bytes.
Size heapSizeHolding(Addr highWater);

} // namespace heapboard
