// SPDX-License-Identifier: MIT
#include "rangepyramid.h"

#include <algorithm>

namespace heapboard {

namespace {

    void include(RangePyramid::MinMax &r, double min, double max)
    {
        r.min = std::min(r.min, min);
        r.max = std::max(r.max, max);
    }

} // namespace

void RangePyramid::appended(std::size_t index, const Value &value)
{
    // A block closes at each level whose block size divides the new count.
    const std::size_t count = index + 1;
    std::size_t unit = kFanOut;
    for (std::size_t level = 0; count % unit == 0; ++level, unit *= kFanOut) {
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        MinMax block;
        if (level == 0) {
            block.min = block.max = value(count - kFanOut);
            for (std::size_t k = count - kFanOut + 1; k < count; ++k)
                include(block, value(k), value(k));
        } else {
            const std::vector<MinMax> &below = m_levels[level - 1];
            block = below[below.size() - kFanOut];
            for (std::size_t k = below.size() - kFanOut + 1; k < below.size(); ++k)
                include(block, below[k].min, below[k].max);
        }
        m_levels[level].push_back(block);
    }
}

void RangePyramid::truncate(std::size_t count)
{
    std::size_t unit = kFanOut;
    for (std::vector<MinMax> &level : m_levels) {
        level.resize(std::min(level.size(), count / unit));
        unit *= kFanOut;
    }
    while (!m_levels.empty() && m_levels.back().empty())
        m_levels.pop_back();
}

RangePyramid::MinMax RangePyramid::range(std::size_t from, std::size_t to, const Value &value) const
{
    MinMax r { value(from), value(from) };
    // lo and hi stay multiples of unit; what lies between them at a level is
    // taken from the level above once both are aligned to its blocks.
    std::size_t lo = from, hi = to, unit = 1;
    for (std::size_t level = 0; lo < hi; ++level) {
        const auto take = [&](std::size_t start) {
            if (level == 0) {
                const double v = value(start);
                include(r, v, v);
            } else {
                const MinMax &m = m_levels[level - 1][start / unit];
                include(r, m.min, m.max);
            }
        };
        const std::size_t next = unit * kFanOut;
        const bool canRise = level < m_levels.size() && hi - lo >= next;
        if (!canRise) {
            for (; lo < hi; lo += unit)
                take(lo);
            break;
        }
        for (; lo % next != 0 && lo < hi; lo += unit)
            take(lo);
        for (; hi % next != 0 && hi > lo; hi -= unit)
            take(hi - unit);
        unit = next;
    }
    return r;
}

} // namespace heapboard
