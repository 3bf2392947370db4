// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <cstddef>
#include <cstdint>

namespace heapboard {

// What one name of a document binds to: a scenario's handle or a trace's
// id. Both runners keep one per name (a million for a large trace: 16
// bytes each) with the same convention, so that one run's table can seed
// another runner over the same steps.
struct Binding {
    Addr ptr = 0; // the block it names, or named last when not live
    std::uint32_t freedAt = 0; // step (1-based, as history steps) that freed it
    bool everLive = false; // it named a block once (a dangling name, if not live)
    bool live = false;

    void assign(Addr block)
    {
        ptr = block;
        everLive = live = true;
    }
    void release(std::size_t step)
    {
        live = false;
        freedAt = std::uint32_t(step);
    }
};

} // namespace heapboard
