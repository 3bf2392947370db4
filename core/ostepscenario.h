// SPDX-License-Identifier: MIT
#pragma once

#include "ostep.h"

#include <string>

namespace heapboard {

// The workload of a malloc.py run as a Heapboard scenario (docs/ostep.md):
// its settings, one step a line named as malloc.py names them (ptr0, ptr1,
// ...), a question before each step (what malloc.py asks), a narration
// per step with malloc.py's answer, and expect lines that
// check every answer (the pointer, the error, the free list in its order).
std::string ostepScenario(const OstepOptions &options, const OstepRun &run);

} // namespace heapboard
