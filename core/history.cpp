// SPDX-License-Identifier: MIT
#include "history.h"

#include <algorithm>

namespace heapboard {

namespace {

    void putVarint(std::vector<std::uint8_t> &out, std::uint64_t v)
    {
        while (v >= 0x80) {
            out.push_back(std::uint8_t(v | 0x80));
            v >>= 7;
        }
        out.push_back(std::uint8_t(v));
    }

    std::uint64_t getVarint(const std::uint8_t *&p)
    {
        std::uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            const std::uint8_t byte = *p++;
            v |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
    }

    // Before/after pairs are mostly equal: store "after" as a zigzag difference.
    void putPair(std::vector<std::uint8_t> &out, std::uint64_t before, std::uint64_t after)
    {
        putVarint(out, before);
        const std::int64_t d = std::int64_t(after - before);
        putVarint(out, (std::uint64_t(d) << 1) ^ std::uint64_t(d >> 63));
    }

    void getPair(const std::uint8_t *&p, std::uint64_t &before, std::uint64_t &after)
    {
        before = getVarint(p);
        const std::uint64_t z = getVarint(p);
        after = before + ((z >> 1) ^ (~(z & 1) + 1));
    }

    // A block relative to a reference step: the creation step is close to it.
    void putBlock(std::vector<std::uint8_t> &out, const BlockInfo &b, std::uint32_t step, bool withStart)
    {
        if (withStart)
            putVarint(out, b.start);
        putVarint(out, b.size);
        putVarint(out, (std::uint64_t(b.tag) << 1) | (b.used ? 1 : 0));
        putVarint(out, step - b.step);
    }

    BlockInfo getBlock(const std::uint8_t *&p, std::uint32_t step, Addr start)
    {
        BlockInfo b;
        b.start = start;
        b.size = getVarint(p);
        const std::uint64_t tagUsed = getVarint(p);
        b.used = tagUsed & 1;
        b.tag = std::uint32_t(tagUsed >> 1);
        b.step = step - std::uint32_t(getVarint(p));
        return b;
    }

} // namespace

History::History(Size heapSize, Policy policy)
    : m_heap(heapSize, policy)
{
    m_heap.setRecording(true);
    addCheckpoint();
}

bool History::reset(Size heapSize, Policy policy)
{
    if (!m_heap.reset(heapSize, policy))
        return false;
    m_infos.clear();
    m_deltaBytes.clear();
    m_deltaOffsets.clear();
    m_checkpoints.clear();
    m_messages.clear();
    m_position = 0;
    addCheckpoint();
    return true;
}

OpResult History::malloc(Size n, std::uint32_t tag)
{
    truncateToPosition();
    StepInfo info { StepKind::Malloc };
    info.size = n;
    info.tag = tag;
    return record(info, m_heap.malloc(n, tag));
}

OpResult History::free(Addr p)
{
    truncateToPosition();
    StepInfo info { StepKind::Free };
    info.arg = p;
    return record(info, m_heap.free(p));
}

OpResult History::realloc(Addr p, Size n, std::uint32_t tag)
{
    truncateToPosition();
    StepInfo info { StepKind::Realloc };
    info.arg = p;
    info.size = n;
    info.tag = tag;
    return record(info, m_heap.realloc(p, n, tag));
}

OpResult History::reject(ErrorCode code, std::string message)
{
    truncateToPosition();
    return record(StepInfo { StepKind::Reject }, m_heap.reject(code, std::move(message)));
}

OpResult History::setPolicy(Policy policy)
{
    truncateToPosition();
    m_heap.setPolicy(policy);
    StepInfo info { StepKind::SetPolicy };
    info.policy = policy;
    return record(info, OpResult {});
}

OpResult History::record(StepInfo info, OpResult result)
{
    info.error = result.error;
    info.hasPtr = result.hasPtr;
    info.ptr = result.ptr;
    m_infos.push_back(info);
    m_deltaOffsets.push_back(m_deltaBytes.size());
    encodeDelta(m_heap.lastDelta());
    encodeEvents(result.events);
    if (!result.ok())
        m_messages[m_infos.size()] = result.message;
    m_position = m_infos.size();
    if (m_position - m_checkpoints.back().step >= m_interval)
        addCheckpoint();
    return result;
}

void History::truncateToPosition()
{
    if (m_position == m_infos.size())
        return;
    m_deltaBytes.resize(m_deltaOffsets[m_position]);
    m_deltaOffsets.resize(m_position);
    m_infos.resize(m_position);
    m_messages.erase(m_messages.upper_bound(m_position), m_messages.end());
    while (m_checkpoints.back().step > m_position)
        m_checkpoints.pop_back();
}

std::size_t History::peakLiveStep() const
{
    std::size_t peak = 0;
    for (std::size_t k = 1; k <= m_infos.size(); ++k) {
        const std::uint8_t *p = m_deltaBytes.data() + m_deltaOffsets[k - 1];
        std::uint64_t before = 0;
        std::uint64_t after = 0;
        getPair(p, before, after); // step counter
        getPair(p, before, after); // rover
        getPair(p, before, after); // peak live bytes
        if (after > before)
            peak = k;
    }
    return peak;
}

History::Tail History::takeTail(std::size_t step)
{
    jumpTo(std::min(step, m_infos.size()));
    Tail tail;
    tail.from = m_position;
    tail.interval = m_interval;
    if (m_position == m_infos.size())
        return tail;
    const std::size_t bytesFrom = m_deltaOffsets[m_position];
    tail.deltaBytes.assign(m_deltaBytes.begin() + std::ptrdiff_t(bytesFrom), m_deltaBytes.end());
    tail.deltaOffsets.assign(m_deltaOffsets.begin() + std::ptrdiff_t(m_position), m_deltaOffsets.end());
    tail.infos.assign(m_infos.begin() + std::ptrdiff_t(m_position), m_infos.end());
    const auto firstMessage = m_messages.upper_bound(m_position);
    tail.messages.insert(std::make_move_iterator(firstMessage), std::make_move_iterator(m_messages.end()));
    while (m_checkpoints.back().step > m_position) {
        tail.checkpoints.insert(tail.checkpoints.begin(), std::move(m_checkpoints.back()));
        m_checkpoints.pop_back();
    }
    truncateToPosition();
    return tail;
}

void History::restoreTail(Tail tail)
{
    if (tail.empty() || tail.from != m_infos.size())
        return;
    // Offsets are absolute, and the bytes before them are the same as when
    // the tail was taken: the history ends at the same step.
    m_deltaBytes.insert(m_deltaBytes.end(), tail.deltaBytes.begin(), tail.deltaBytes.end());
    m_deltaOffsets.insert(m_deltaOffsets.end(), tail.deltaOffsets.begin(), tail.deltaOffsets.end());
    m_infos.insert(m_infos.end(), tail.infos.begin(), tail.infos.end());
    m_messages.merge(tail.messages);
    for (Checkpoint &c : tail.checkpoints)
        m_checkpoints.push_back(std::move(c));
    m_interval = tail.interval;
}

std::string History::message(std::size_t k) const
{
    const auto it = m_messages.find(k);
    return it == m_messages.end() ? std::string() : it->second;
}

void History::encodeDelta(const StepDelta &d)
{
    std::vector<std::uint8_t> &out = m_deltaBytes;
    putPair(out, d.stepBefore, d.stepAfter);
    putPair(out, d.roverBefore, d.roverAfter);
    putPair(out, d.peakBefore, d.peakAfter);
    putPair(out, d.highWaterBefore, d.highWaterAfter);
    out.push_back(std::uint8_t(std::uint8_t(d.policyBefore) << 4 | std::uint8_t(d.policyAfter)));
    putVarint(out, d.removed.size());
    putVarint(out, d.added.size());
    for (const BlockInfo &b : d.removed)
        putBlock(out, b, d.stepAfter, true);
    for (const BlockInfo &b : d.added)
        putBlock(out, b, d.stepAfter, true);
}

namespace {

    void putSpan(std::vector<std::uint8_t> &out, const Span &s)
    {
        putVarint(out, s.start);
        putVarint(out, s.size);
    }

    Span getSpan(const std::uint8_t *&p)
    {
        Span s;
        s.start = getVarint(p);
        s.size = getVarint(p);
        return s;
    }

} // namespace

void History::encodeEvents(const EventList &events)
{
    std::vector<std::uint8_t> &out = m_deltaBytes;
    out.push_back(std::uint8_t(events.size()));
    for (const Event &e : events) {
        out.push_back(std::uint8_t(std::uint8_t(e.kind) | e.partCount << 4));
        out.push_back(std::uint8_t(e.error));
        putVarint(out, e.tag);
        putSpan(out, e.span);
        for (std::size_t i = 0; i < e.partCount; ++i)
            putSpan(out, e.parts[i]);
    }
}

EventList History::events(std::size_t k) const
{
    const std::uint8_t *p = m_deltaBytes.data() + m_deltaOffsets[k - 1];
    StepDelta skipped;
    decodeDelta(p, skipped);
    EventList events;
    const std::size_t count = *p++;
    for (std::size_t i = 0; i < count; ++i) {
        Event e;
        e.kind = EventKind(*p & 0xf);
        e.partCount = std::uint8_t(*p++ >> 4);
        e.error = ErrorCode(*p++);
        e.tag = std::uint32_t(getVarint(p));
        e.span = getSpan(p);
        for (std::size_t j = 0; j < e.partCount; ++j)
            e.parts[j] = getSpan(p);
        events.push(e);
    }
    return events;
}

StepDelta History::delta(std::size_t k) const
{
    StepDelta d;
    const std::uint8_t *p = m_deltaBytes.data() + m_deltaOffsets[k - 1];
    decodeDelta(p, d);
    return d;
}

void History::decodeDelta(const std::uint8_t *&p, StepDelta &d)
{
    std::uint64_t before = 0;
    std::uint64_t after = 0;
    getPair(p, before, after);
    d.stepBefore = std::uint32_t(before);
    d.stepAfter = std::uint32_t(after);
    getPair(p, d.roverBefore, d.roverAfter);
    getPair(p, d.peakBefore, d.peakAfter);
    getPair(p, d.highWaterBefore, d.highWaterAfter);
    const std::uint8_t policies = *p++;
    d.policyBefore = Policy(policies >> 4);
    d.policyAfter = Policy(policies & 0xf);
    const std::size_t removed = getVarint(p);
    const std::size_t added = getVarint(p);
    for (std::size_t i = 0; i < removed + added; ++i) {
        const Addr start = getVarint(p);
        (i < removed ? d.removed : d.added).push_back(getBlock(p, d.stepAfter, start));
    }
}

void History::addCheckpoint()
{
    Checkpoint c { m_position, {} };
    std::vector<std::uint8_t> &out = c.bytes;
    const HeapStats s = m_heap.stats();
    const std::uint32_t step = m_heap.step();
    putVarint(out, m_heap.heapSize());
    out.push_back(std::uint8_t(m_heap.policy()));
    putVarint(out, m_heap.rover());
    putVarint(out, step);
    putVarint(out, s.peakLiveBytes);
    putVarint(out, s.highWater);
    putVarint(out, m_heap.blockCount());
    out.reserve(out.size() + m_heap.blockCount() * 6);
    m_heap.forEachBlock([&](const BlockInfo &b) { putBlock(out, b, step, false); });
    out.shrink_to_fit();
    m_checkpoints.push_back(std::move(c));
    // Spacing grows with the heap so snapshots stay a fixed share of the
    // history's memory, but stays small enough that a jump replays at most
    // half an interval of deltas.
    m_interval = std::clamp<std::size_t>(m_heap.blockCount() / 16, 256, 4096);
}

void History::restoreCheckpoint(const Checkpoint &c)
{
    const std::uint8_t *p = c.bytes.data();
    HeapState state;
    state.heapSize = getVarint(p);
    state.policy = Policy(*p++);
    state.rover = getVarint(p);
    state.step = std::uint32_t(getVarint(p));
    state.peakLiveBytes = getVarint(p);
    state.highWater = getVarint(p);
    const std::size_t count = getVarint(p);
    state.blocks.reserve(count);
    Addr start = 0;
    for (std::size_t i = 0; i < count; ++i) {
        state.blocks.push_back(getBlock(p, state.step, start));
        start += state.blocks.back().size;
    }
    m_heap.restore(state);
    m_position = c.step;
}

void History::walk(std::size_t to)
{
    while (m_position < to)
        m_heap.applyDelta(delta(++m_position), true);
    while (m_position > to)
        m_heap.applyDelta(delta(m_position--), false);
}

const History::Checkpoint *History::nearestCheckpoint(std::size_t step) const
{
    const auto after = std::lower_bound(m_checkpoints.begin(), m_checkpoints.end(), step,
                                        [](const Checkpoint &c, std::size_t s) { return c.step < s; });
    const Checkpoint *best = &*std::prev(after == m_checkpoints.begin() ? std::next(after) : after);
    if (after != m_checkpoints.end() && after->step - step < step - best->step)
        best = &*after;
    return best;
}

bool History::jumpTo(std::size_t step)
{
    if (step > m_infos.size())
        return false;
    const Checkpoint *c = nearestCheckpoint(step);
    const auto distance = [](std::size_t a, std::size_t b) { return a > b ? a - b : b - a; };
    // A delta costs about as much as decoding and rebuilding ~32 blocks.
    const std::size_t restoreCost = m_heap.blockCount() / 32 + distance(c->step, step);
    if (distance(m_position, step) > restoreCost)
        restoreCheckpoint(*c);
    walk(step);
    return true;
}

std::size_t History::memoryBytes() const
{
    std::size_t bytes = m_infos.capacity() * sizeof(StepInfo) + m_deltaBytes.capacity()
        + m_deltaOffsets.capacity() * sizeof(std::size_t) + m_checkpoints.capacity() * sizeof(Checkpoint);
    for (const Checkpoint &c : m_checkpoints)
        bytes += c.bytes.capacity();
    for (const auto &[step, text] : m_messages)
        bytes += sizeof(step) + text.capacity() + 48; // map node overhead
    return bytes;
}

} // namespace heapboard
