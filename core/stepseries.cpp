// SPDX-License-Identifier: MIT
#include "stepseries.h"

#include <algorithm>
#include <limits>

namespace heapboard {

namespace {

    std::uint32_t clampCount(std::uint64_t n)
    {
        return std::uint32_t(std::min<std::uint64_t>(n, std::numeric_limits<std::uint32_t>::max()));
    }

} // namespace

bool StepSeries::compute(const History &history, StepSeries &out, const std::function<bool(double)> &progress)
{
    StepSeries series;
    series.reserve(history.size() + 1);
    History::Cursor cursor(history);
    series.append(cursor.heap().stats());
    const std::size_t total = history.size();
    while (cursor.next()) {
        series.append(cursor.heap().stats());
        if (progress && (cursor.position() & 0xffff) == 0
            && !progress(double(cursor.position()) / double(total)))
            return false;
    }
    out = std::move(series);
    return true;
}

StepSeries StepSeries::compute(const History &history)
{
    StepSeries series;
    compute(history, series);
    return series;
}

void StepSeries::clear()
{
    *this = StepSeries();
}

void StepSeries::reserve(std::size_t steps)
{
    m_live.reserve(steps);
    m_heapSize.reserve(steps);
    m_largest.reserve(steps);
    m_freeBlocks.reserve(steps);
    m_blocks.reserve(steps);
}

void StepSeries::append(const HeapStats &s)
{
    m_base = s.base;
    m_live.push_back(s.liveBytes);
    // The heap's own bytes: a sparse heap's gaps (HeapSettings::gaps) are
    // neither live nor free.
    m_heapSize.push_back(s.liveBytes + s.freeBytes);
    m_largest.push_back(s.largestFree);
    m_freeBlocks.push_back(clampCount(s.freeBlocks));
    m_blocks.push_back(clampCount(s.freeBlocks + s.usedBlocks));
    for (int m = 0; m < kMeasureCount; ++m)
        m_pyramids[std::size_t(m)].appended(size() - 1,
                                            [this, m](std::size_t k) { return value(Measure(m), k); });
}

void StepSeries::truncate(std::size_t count)
{
    if (count >= size())
        return;
    m_live.resize(count);
    m_heapSize.resize(count);
    m_largest.resize(count);
    m_freeBlocks.resize(count);
    m_blocks.resize(count);
    for (RangePyramid &p : m_pyramids)
        p.truncate(count);
}

HeapStats StepSeries::at(std::size_t k) const
{
    HeapStats s;
    s.base = m_base;
    s.heapSize = m_heapSize[k];
    s.liveBytes = m_live[k];
    s.freeBytes = m_heapSize[k] - m_live[k];
    s.largestFree = m_largest[k];
    s.freeBlocks = m_freeBlocks[k];
    s.usedBlocks = m_blocks[k] - m_freeBlocks[k];
    return s;
}

double StepSeries::value(Measure measure, std::size_t k) const
{
    switch (measure) {
    case Measure::LiveBytes:
        return double(m_live[k]);
    case Measure::FreeBytes:
        return double(m_heapSize[k] - m_live[k]);
    case Measure::LargestFree:
        return double(m_largest[k]);
    case Measure::Fragmentation:
        return at(k).fragmentation();
    case Measure::FreeBlocks:
        return double(m_freeBlocks[k]);
    }
    return 0;
}

StepSeries::Range StepSeries::range(Measure measure, std::size_t from, std::size_t to) const
{
    const RangePyramid::MinMax r = m_pyramids[std::size_t(measure)].range(
        from, to, [this, measure](std::size_t k) { return value(measure, k); });
    return { r.min, r.max };
}

} // namespace heapboard
