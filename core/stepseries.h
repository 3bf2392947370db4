// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"
#include "rangepyramid.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace heapboard {

// The heap's statistics after every step of a history, computed once: the
// data of the chart under the heap and of `heapboard-cli stats`. Index k is
// the state after step k (0: the empty heap). 32 bytes a step.
class StepSeries
{
public:
    enum class Measure : std::uint8_t {
        LiveBytes,
        FreeBytes,
        LargestFree,
        Fragmentation, // 1 - largest free / free, 0 when nothing is free
        FreeBlocks,
    };
    static constexpr int kMeasureCount = 5;

    // Walks the history's steps on a heap of its own (History::Cursor); the
    // history is not moved. progress (0 to 1) may cancel: then false and
    // out unchanged.
    static bool compute(const History &history, StepSeries &out,
                        const std::function<bool(double)> &progress = {});
    static StepSeries compute(const History &history);

    void clear();
    void reserve(std::size_t steps);
    void append(const HeapStats &stats);
    // Only steps 0..count-1 remain (the steps after them were taken out).
    void truncate(std::size_t count);

    std::size_t size() const { return m_live.size(); }
    bool empty() const { return m_live.empty(); }
    // The statistics after step k: heap size, base, live, free, largest free,
    // free and used blocks (peak and high-water are not kept).
    HeapStats at(std::size_t k) const;
    double value(Measure measure, std::size_t k) const;

    struct Range {
        double min = 0;
        double max = 0;
    };
    // Smallest and largest value over steps [from, to), to > from: what one
    // pixel column of the chart draws. O(log(to - from)): a min/max pyramid
    // (rangepyramid.h) is kept up to date by append() and truncate().
    Range range(Measure measure, std::size_t from, std::size_t to) const;

private:
    Addr m_base = 0;
    std::vector<Size> m_live, m_heapSize, m_largest;
    std::vector<std::uint32_t> m_freeBlocks;
    std::vector<std::uint32_t> m_blocks;
    std::array<RangePyramid, kMeasureCount> m_pyramids;
};

} // namespace heapboard
