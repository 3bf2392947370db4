// SPDX-License-Identifier: MIT
// For the recording tests: one call of a recording (core/hrec.h), made in
// one line.
#pragma once

#include "hrec.h"

namespace heapboard::test {

inline HrecEvent hrecCall(HrecKind kind, std::uint32_t thread, std::uint64_t time, std::uint64_t address,
                          std::uint64_t size = 0, std::uint64_t oldAddress = 0)
{
    HrecEvent e;
    e.kind = kind;
    e.thread = thread;
    e.time = time;
    e.address = address;
    e.size = size;
    e.oldAddress = oldAddress;
    return e;
}

} // namespace heapboard::test
