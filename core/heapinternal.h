// SPDX-License-Identifier: MIT
// What the files that implement Heap share (heap.cpp, heaprecorded.cpp);
// not part of the core's interface.
#pragma once

#include "heap.h"

#include <string>

namespace heapboard {

inline std::string num(std::uint64_t v)
{
    return std::to_string(v);
}

inline Event makeEvent(EventKind kind, Span span, std::uint32_t tag = 0)
{
    Event e;
    e.kind = kind;
    e.span = span;
    e.tag = tag;
    return e;
}

inline Span spanOf(const BlockInfo &b)
{
    return { b.start, b.size };
}

// Brackets one public operation so that, with recording on, its changes are
// collected once even when operations nest (realloc to 0 calls free).
class OpScope
{
public:
    explicit OpScope(Heap &heap)
        : m_heap(heap)
    {
        if (m_heap.m_opDepth++ == 0)
            m_heap.beginOp();
    }
    ~OpScope()
    {
        if (--m_heap.m_opDepth == 0)
            m_heap.endOp();
    }
    OpScope(const OpScope &) = delete;
    OpScope &operator=(const OpScope &) = delete;

private:
    Heap &m_heap;
};

} // namespace heapboard
