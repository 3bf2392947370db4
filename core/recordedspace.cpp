// SPDX-License-Identifier: MIT
#include "recordedspace.h"

#include <algorithm>
#include <vector>

namespace heapboard {

bool recordedSpace(const Trace &trace, RecordedSpace &out)
{
    std::vector<Span> blocks;
    for (const TraceOp &op : trace.ops) {
        if (op.address != 0 && op.kind != TraceOp::Kind::Free && op.sizeValid
            && op.size <= kMaxHeapSize - op.address)
            blocks.push_back({ op.address, std::max<Size>(op.size, 1) });
    }
    if (blocks.empty())
        return false;
    std::sort(blocks.begin(), blocks.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    // Regions of whole pages, joined where less than a gap apart.
    std::vector<Span> regions;
    for (const Span &b : blocks) {
        const Addr start = b.start / kRecordedPage * kRecordedPage;
        const Addr end
            = std::min(kMaxHeapSize, (b.end() + kRecordedPage - 1) / kRecordedPage * kRecordedPage);
        if (!regions.empty() && start < regions.back().end() + kRecordedGap)
            regions.back().size = std::max(regions.back().end(), end) - regions.back().start;
        else
            regions.push_back({ start, end - start });
    }
    out = {};
    out.settings.base = regions.front().start;
    out.heapSize = regions.back().end() - regions.front().start;
    for (std::size_t i = 1; i < regions.size(); ++i) {
        const Addr from = regions[i - 1].end();
        out.settings.gaps.push_back({ from, regions[i].start - from });
    }
    return true;
}

} // namespace heapboard
