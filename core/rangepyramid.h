// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace heapboard {

// Smallest and largest of a growing sequence of values over any range of
// indices, in O(kFanOut x levels) instead of O(range): what lets a chart draw
// a million steps as min/max per pixel column (as massif-visualizer and
// heaptrack do) without reading every step on every paint.
//
// Level 1 holds the min and max of each whole block of kFanOut values, level
// 2 of kFanOut level-1 blocks, and so on; only whole blocks are summarized,
// so appending one value costs O(1) amortized and truncating costs O(levels).
// The values themselves stay with the owner and are read through `value`.
// Memory: about 16 / (kFanOut - 1) bytes per value (1 byte a value here).
class RangePyramid
{
public:
    static constexpr std::size_t kFanOut = 16;
    struct MinMax {
        double min = 0;
        double max = 0;
    };
    using Value = std::function<double(std::size_t)>;

    void clear() { m_levels.clear(); }
    // Value `index` (== the count before this call) was appended.
    void appended(std::size_t index, const Value &value);
    // Only the first `count` values remain.
    void truncate(std::size_t count);
    // Over [from, to), to > from, all appended.
    MinMax range(std::size_t from, std::size_t to, const Value &value) const;

private:
    // m_levels[0] is level 1 (blocks of kFanOut values).
    std::vector<std::vector<MinMax>> m_levels;
};

} // namespace heapboard
