// SPDX-License-Identifier: MIT
#include "history.h"

#include <algorithm>

namespace heapboard {

namespace {

    // Record chunks start small (a lesson has a dozen steps) and grow to this.
    constexpr std::size_t kFirstChunk = 4096;
    constexpr std::size_t kLargestChunk = std::size_t(1) << 20;

} // namespace

History::History(Size heapSize, Policy policy, const HeapSettings &settings)
    : m_heap(heapSize, policy, settings)
{
    m_heap.setRecording(true);
    addCheckpoint();
}

bool History::reset(Size heapSize, Policy policy, const HeapSettings &settings)
{
    if (!m_heap.reset(heapSize, policy, settings))
        return false;
    m_chunks.clear();
    m_chunkFirst.clear();
    m_offsets.clear();
    m_checkpoints.clear();
    m_messages.clear();
    m_position = 0;
    m_spacing = 1;
    // Other settings may place by sizes, which a shorter heap would change.
    m_shrinkable = settings.isDefault();
    m_shrinkLimit = 1;
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

OpResult History::mallocAt(Addr p, Size n, std::uint32_t tag)
{
    truncateToPosition();
    StepInfo info { StepKind::Malloc };
    info.size = n;
    info.tag = tag;
    return record(info, m_heap.mallocAt(p, n, tag));
}

OpResult History::reallocAt(Addr p, Addr to, Size n, std::uint32_t tag)
{
    truncateToPosition();
    StepInfo info { StepKind::Realloc };
    info.arg = p;
    info.size = n;
    info.tag = tag;
    return record(info, m_heap.reallocAt(p, to, n, tag));
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
    const std::size_t k = size() + 1;
    const StepDelta &delta = m_heap.lastDelta();
    const std::size_t room = steprecord::maxSize(delta, result.events);
    if (m_scratch.size() < room)
        m_scratch.resize(room);
    append(m_scratch.data(),
           steprecord::encode(m_scratch.data(), k, recordEnd(), info, delta, result.events));
    if (!result.ok())
        m_messages[k] = result.message;
    const bool placesByAddress
        = delta.policyBefore == Policy::FirstFit || delta.policyBefore == Policy::NextFit;
    if (!placesByAddress || result.error == ErrorCode::OutOfMemory)
        m_shrinkable = false;
    if (!result.ok() && (info.kind == StepKind::Free || info.kind == StepKind::Realloc))
        m_shrinkLimit = std::max(m_shrinkLimit, info.arg + 1);
    m_shrinkLimit = std::max(m_shrinkLimit, m_heap.stats().highWater + 1 - m_heap.base());
    m_position = k;
    if (m_position - m_checkpoints.back().step >= m_interval)
        addCheckpoint();
    return result;
}

void History::append(const std::uint8_t *bytes, std::size_t count)
{
    if (m_chunks.empty() || m_chunks.back().size() + count > m_chunks.back().capacity()) {
        const std::size_t previous = m_chunks.empty() ? kFirstChunk / 2 : m_chunks.back().capacity();
        m_chunks.emplace_back().reserve(std::max(count, std::min(previous * 2, kLargestChunk)));
        m_chunkFirst.push_back(size());
    }
    std::vector<std::uint8_t> &chunk = m_chunks.back();
    m_offsets.push_back(std::uint32_t(chunk.size()));
    chunk.insert(chunk.end(), bytes, bytes + count);
}

std::size_t History::chunkOf(std::size_t k) const
{
    const auto after = std::upper_bound(m_chunkFirst.begin(), m_chunkFirst.end(), k - 1);
    return std::size_t(after - m_chunkFirst.begin()) - 1;
}

const std::uint8_t *History::recordOf(std::size_t k) const
{
    return m_chunks[chunkOf(k)].data() + m_offsets[k - 1];
}

std::size_t History::recordLength(std::size_t k) const
{
    // Records lie end to end in a chunk: one ends where the next begins, or
    // where its chunk's bytes end.
    const std::size_t c = chunkOf(k);
    const bool last = k == size() || (c + 1 < m_chunkFirst.size() && m_chunkFirst[c + 1] == k);
    return (last ? m_chunks[c].size() : m_offsets[k]) - m_offsets[k - 1];
}

void History::truncateToPosition()
{
    if (m_position == size())
        return;
    // Drop the records of steps m_position + 1 on: whole chunks after the
    // one holding the first of them, and that one's end.
    while (m_chunkFirst.back() > m_position) {
        m_chunks.pop_back();
        m_chunkFirst.pop_back();
    }
    m_chunks.back().resize(m_chunkFirst.back() == m_position ? 0 : m_offsets[m_position]);
    if (m_chunks.back().empty()) {
        m_chunks.pop_back();
        m_chunkFirst.pop_back();
    }
    m_offsets.resize(m_position);
    m_messages.erase(m_messages.upper_bound(m_position), m_messages.end());
    while (m_checkpoints.back().step > m_position)
        m_checkpoints.pop_back();
}

std::size_t History::peakLiveStep() const
{
    std::size_t peak = 0;
    for (std::size_t k = 1; k <= size(); ++k) {
        if (steprecord::Reader::raisedPeak(recordOf(k)))
            peak = k;
    }
    return peak;
}

History::Tail History::takeTail(std::size_t step)
{
    jumpTo(std::min(step, size()));
    Tail tail;
    tail.from = m_position;
    tail.interval = m_interval;
    tail.spacing = m_spacing;
    if (m_position == size())
        return tail;
    StepDelta delta;
    for (std::size_t k = m_position + 1; k <= size(); ++k) {
        const std::uint8_t *begin = recordOf(k);
        tail.infos.push_back(steprecord::Reader(begin, k, recordEnd(), delta).info());
        tail.records.insert(tail.records.end(), begin, begin + recordLength(k));
        tail.ends.push_back(tail.records.size());
    }
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
    if (tail.empty() || tail.from != size())
        return;
    // Records name their steps relative to their own number: they go back
    // to the same numbers, so they are stored again as they are.
    std::size_t begin = 0;
    for (const std::size_t end : tail.ends) {
        append(tail.records.data() + begin, end - begin);
        begin = end;
    }
    m_messages.merge(tail.messages);
    for (Checkpoint &c : tail.checkpoints)
        m_checkpoints.push_back(std::move(c));
    m_interval = tail.interval;
    m_spacing = tail.spacing;
}

std::string History::message(std::size_t k) const
{
    const auto it = m_messages.find(k);
    return it == m_messages.end() ? std::string() : it->second;
}

StepInfo History::info(std::size_t k) const
{
    StepDelta delta;
    return steprecord::Reader(recordOf(k), k, recordEnd(), delta).info();
}

EventList History::events(std::size_t k) const
{
    StepDelta delta;
    return steprecord::Reader(recordOf(k), k, recordEnd(), delta).events();
}

StepDelta History::delta(std::size_t k) const
{
    StepDelta delta;
    steprecord::Reader(recordOf(k), k, recordEnd(), delta);
    return delta;
}

bool History::shrinkHeap(Size size)
{
    if (!m_shrinkable || size < m_shrinkLimit || size > m_heap.heapSize())
        return false;
    if (!m_heap.shrinkFreeEnd(size))
        return false;
    // Snapshots do not store the size of the block at the end either.
    for (Checkpoint &c : m_checkpoints)
        c.heapSize = size;
    return true;
}

void History::addCheckpoint()
{
    Checkpoint c { m_position, m_heap.heapSize(), {} };
    steprecord::encodeState(c.bytes, m_heap);
    m_checkpoints.push_back(std::move(c));
    // Spacing grows with the heap so snapshots stay a fixed share of the
    // history's memory, but stays small enough that a jump replays at most
    // half an interval of deltas; thinning doubles it when the snapshots
    // outgrow their budget all the same.
    m_interval = std::clamp<std::size_t>(m_heap.blockCount() / 16, 256, 4096) * m_spacing;
    if (checkpointBytes() > m_checkpointBudget)
        thinCheckpoints();
}

void History::thinCheckpoints()
{
    // Keeps step 0's and every other one after it.
    std::size_t kept = 1;
    for (std::size_t i = 2; i < m_checkpoints.size(); i += 2)
        m_checkpoints[kept++] = std::move(m_checkpoints[i]);
    m_checkpoints.resize(kept);
    m_spacing *= 2;
    m_interval *= 2;
}

std::size_t History::checkpointBytes() const
{
    std::size_t bytes = 0;
    for (const Checkpoint &c : m_checkpoints)
        bytes += c.bytes.capacity();
    return bytes;
}

void History::restoreCheckpoint(const Checkpoint &c)
{
    HeapState state;
    steprecord::decodeState(c.bytes.data(), c.heapSize, m_heap.settings(), state);
    m_heap.restore(state);
    m_position = c.step;
}

History::Cursor::Cursor(const History &history)
    : m_history(&history)
    , m_heap(history.m_checkpoints.front().heapSize, history.m_heap.policy(), history.m_heap.settings())
{
    const Checkpoint &first = history.m_checkpoints.front();
    HeapState state;
    steprecord::decodeState(first.bytes.data(), first.heapSize, history.m_heap.settings(), state);
    m_heap.restore(state);
}

bool History::Cursor::next()
{
    if (m_position >= m_history->size())
        return false;
    ++m_position;
    steprecord::Reader reader(m_history->recordOf(m_position), m_position, m_history->recordEnd(), m_delta);
    m_info = reader.info();
    m_heap.applyDelta(m_delta, true);
    return true;
}

Size History::recordEnd() const
{
    return m_heap.settings().grows() ? steprecord::kNoEnd : m_heap.end();
}

void History::walk(std::size_t to)
{
    while (m_position < to) {
        ++m_position;
        steprecord::Reader(recordOf(m_position), m_position, recordEnd(), m_walkDelta);
        m_heap.applyDelta(m_walkDelta, true);
    }
    while (m_position > to) {
        steprecord::Reader(recordOf(m_position), m_position, recordEnd(), m_walkDelta);
        m_heap.applyDelta(m_walkDelta, false);
        --m_position;
    }
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
    if (step > size())
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
    std::size_t bytes = m_offsets.capacity() * sizeof(std::uint32_t)
        + m_chunkFirst.capacity() * sizeof(std::size_t) + m_checkpoints.capacity() * sizeof(Checkpoint)
        + checkpointBytes();
    for (const std::vector<std::uint8_t> &chunk : m_chunks)
        bytes += chunk.capacity() + sizeof(chunk);
    for (const auto &[step, text] : m_messages)
        bytes += sizeof(step) + text.capacity() + 48; // map node overhead
    return bytes;
}

} // namespace heapboard
