// SPDX-License-Identifier: MIT
#include "tracerunner.h"

namespace heapboard {

TraceRunner::IdState &TraceRunner::stateOf(const std::string &id)
{
    const auto [it, added] = m_ids.try_emplace(id);
    if (added) {
        m_names.push_back(id);
        it->second.tag = std::uint32_t(m_names.size());
    }
    return it->second;
}

std::string_view TraceRunner::idForTag(std::uint32_t tag) const
{
    return tag == 0 || tag > m_names.size() ? std::string_view() : std::string_view(m_names[tag - 1]);
}

std::string TraceRunner::sizeError(const char *what, const TraceOp &op)
{
    return "line " + std::to_string(op.line) + ": " + what + " of id " + op.id + ": size " + op.sizeText
        + " is not a usable size (1 to 2^62 bytes)";
}

std::string TraceRunner::danglingMessage(const char *what, const TraceOp &op, const IdState &s) const
{
    return "line " + std::to_string(op.line) + ": " + what + " of id " + op.id + ": its block at "
        + std::to_string(s.ptr) + " was already freed at step " + std::to_string(s.freedAt)
        + (std::string_view(what) == "free" ? " (double free)" : " (dangling pointer)");
}

} // namespace heapboard
