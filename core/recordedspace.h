// SPDX-License-Identifier: MIT
#pragma once

#include "heapsettings.h"
#include "trace.h"

namespace heapboard {

// The heap a recording's trace runs on "as recorded" (docs/hrec.md): the
// address space that holds every block the real allocator returned, in
// regions of whole pages; a stretch of at least kRecordedGap bytes that no
// block ever touched becomes a gap (HeapSettings::gaps) that a view
// collapses. The other settings are the defaults: no header, no alignment
// (the recorded addresses already are what they are).
struct RecordedSpace {
    Size heapSize = 0;
    HeapSettings settings;
};

inline constexpr Size kRecordedGap = Size { 1 } << 20;
inline constexpr Size kRecordedPage = 4096;

// False when the trace has no recorded address (not a recording's, or one
// whose every allocation failed).
bool recordedSpace(const Trace &trace, RecordedSpace &out);

} // namespace heapboard
