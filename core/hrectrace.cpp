// SPDX-License-Identifier: MIT
// A recording as text: one line per call for tests, and the malloclab trace
// of its requests (docs/hrec.md, "As a trace").
#include "hrec.h"

#include <cstdio>
#include <unordered_map>

namespace heapboard {

namespace {

    std::string hex(std::uint64_t address)
    {
        char text[24];
        std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(address));
        return text;
    }

    const char *kindName(HrecKind kind)
    {
        static const char *const names[]
            = { "?",      "malloc",        "calloc",         "realloc",  "reallocarray",
                "free",   "aligned_alloc", "posix_memalign", "memalign", "valloc",
                "pvalloc" };
        return names[std::size_t(kind) < std::size(names) ? std::size_t(kind) : 0];
    }

    // Builds the trace: each allocation a new id, each live address the id
    // of its block.
    class TraceBuilder
    {
    public:
        Trace finish()
        {
            m_trace.idCount = m_nextId;
            m_trace.opCount = m_trace.ops.size();
            m_trace.weight = 1;
            m_trace.suggestedHeapSize = m_peak;
            return std::move(m_trace);
        }

        void allocate(std::uint64_t address, std::uint64_t bytes)
        {
            if (address == 0)
                return; // it failed: the heap did not change
            forget(address); // freed out of sight: a leak in the trace
            const std::uint32_t id = newId();
            m_live[address] = { id, bytes };
            add(TraceOp::Kind::Malloc, id, bytes, address);
        }

        void release(std::uint64_t address)
        {
            const auto it = m_live.find(address);
            if (it == m_live.end()) {
                add(TraceOp::Kind::Free, newId(), 0); // replays as an invalid pointer
                return;
            }
            add(TraceOp::Kind::Free, it->second.id, 0);
            forget(address);
        }

        void reallocate(std::uint64_t old, std::uint64_t address, std::uint64_t bytes)
        {
            const auto it = old ? m_live.find(old) : m_live.end();
            if (old == 0 || (it == m_live.end() && address == 0)) {
                allocate(address, bytes); // realloc(NULL, n), or of an unknown block that failed
                return;
            }
            if (address == 0 && bytes != 0)
                return; // it failed: the old block stays
            const std::uint32_t id = it == m_live.end() ? newId() : it->second.id;
            if (it != m_live.end())
                forget(old);
            add(TraceOp::Kind::Realloc, id, bytes, address); // an unknown block's replays as a malloc
            if (address != 0) {
                forget(address);
                m_live[address] = { id, bytes };
                m_liveBytes += bytes;
                m_peak = std::max(m_peak, m_liveBytes);
            }
        }

        // The call the next lines come from.
        void setCall(const HrecEvent &e) { m_call = { e.thread, e.time }; }

    private:
        struct Block {
            std::uint32_t id;
            std::uint64_t bytes;
        };

        std::uint32_t newId() { return m_trace.addId(std::to_string(m_nextId++)); }

        void forget(std::uint64_t address)
        {
            if (const auto it = m_live.find(address); it != m_live.end()) {
                m_liveBytes -= it->second.bytes;
                m_live.erase(it);
            }
        }

        void add(TraceOp::Kind kind, std::uint32_t id, std::uint64_t bytes, std::uint64_t address = 0)
        {
            TraceOp op;
            op.kind = kind;
            op.id = id;
            op.address = address;
            op.line = int(m_trace.ops.size()) + 5; // after the four header lines
            op.size = bytes;
            if (kind != TraceOp::Kind::Free && bytes > kMaxHeapSize) {
                op.sizeValid = false;
                op.rawSize = m_trace.addRawSize(std::to_string(bytes));
            }
            if (kind == TraceOp::Kind::Malloc) {
                m_liveBytes += bytes;
                m_peak = std::max(m_peak, m_liveBytes);
            }
            m_trace.ops.push_back(op);
            m_trace.calls.push_back(m_call);
        }

        Trace m_trace;
        RecordedCall m_call;
        std::uint64_t m_nextId = 0;
        std::uint64_t m_liveBytes = 0;
        std::uint64_t m_peak = 0;
        std::unordered_map<std::uint64_t, Block> m_live;
    };

} // namespace

std::string hrecEventText(const HrecEvent &e)
{
    std::string text = kindName(e.kind);
    const auto number = [&text](std::uint64_t n) { text += ' ' + std::to_string(n); };
    switch (e.kind) {
    case HrecKind::Free:
        return text + ' ' + hex(e.address);
    case HrecKind::Realloc:
    case HrecKind::ReallocArray:
        text += ' ' + hex(e.oldAddress);
        if (e.kind == HrecKind::ReallocArray)
            number(e.count);
        break;
    case HrecKind::Calloc:
        number(e.count);
        break;
    case HrecKind::AlignedAlloc:
    case HrecKind::PosixMemalign:
    case HrecKind::Memalign:
        number(e.alignment);
        break;
    default:
        break;
    }
    number(e.size);
    return text + " = " + hex(e.address);
}

Trace traceFromHrec(const HrecLog &log)
{
    TraceBuilder builder;
    for (const HrecEvent &e : log.events) {
        std::uint64_t bytes = 0;
        const bool sized = e.requested(bytes);
        builder.setCall(e);
        if (e.kind == HrecKind::Free)
            builder.release(e.address);
        else if (!sized)
            continue; // count * size overflows: the call failed
        else if (e.kind == HrecKind::Realloc || e.kind == HrecKind::ReallocArray)
            builder.reallocate(e.oldAddress, e.address, bytes);
        else
            builder.allocate(e.address, bytes);
    }
    return builder.finish();
}

std::string formatTrace(const Trace &trace)
{
    std::string out = std::to_string(trace.suggestedHeapSize) + '\n' + std::to_string(trace.idCount) + '\n'
        + std::to_string(trace.opCount) + '\n' + std::to_string(trace.weight) + '\n';
    for (const TraceOp &op : trace.ops) {
        out += op.kind == TraceOp::Kind::Malloc ? 'a' : op.kind == TraceOp::Kind::Free ? 'f' : 'r';
        out += ' ';
        out += trace.idName(op.id);
        if (op.kind != TraceOp::Kind::Free) {
            out += ' ';
            out += op.sizeValid ? std::to_string(op.size) : std::string(trace.rawSize(op.rawSize));
        }
        out += '\n';
    }
    return out;
}

} // namespace heapboard
