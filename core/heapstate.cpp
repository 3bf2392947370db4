// SPDX-License-Identifier: MIT
// Heap: what can be read of its state, snapshots of it, and the recording
// of each operation's changes as a StepDelta for the history.
#include "coalescer.h"
#include "heap.h"

#include <algorithm>

namespace heapboard {

HeapStats Heap::stats() const
{
    HeapStats s;
    s.heapSize = m_heapSize;
    s.liveBytes = m_liveBytes;
    s.freeBytes = m_heapSize - m_liveBytes - m_gapBytes;
    s.base = m_settings.base;
    s.usedBlocks = m_usedBlocks;
    s.freeBlocks = m_tree.size() - m_usedBlocks - m_settings.gaps.size();
    s.largestFree = m_tree.maxFree();
    s.peakLiveBytes = m_peakLive;
    s.highWater = m_highWater;
    for (const Span &gap : m_settings.gaps)
        s.gapsBelowHighWater += gap.end() <= m_highWater ? gap.size : 0;
    return s;
}

bool Heap::blockAt(Addr addr, BlockInfo &out) const
{
    return m_tree.floor(addr, out) && addr < out.end();
}

bool Heap::isLiveBlock(Addr p) const
{
    BlockInfo b;
    return m_tree.find(p, b) && b.used;
}

HeapState Heap::state() const
{
    HeapState s;
    s.heapSize = m_heapSize;
    s.settings = m_settings;
    s.policy = m_policy;
    s.rover = m_rover;
    s.step = m_step;
    s.peakLiveBytes = m_peakLive;
    s.highWater = m_highWater;
    s.blocks = m_tree.inOrder();
    s.list = m_list->entries();
    return s;
}

void Heap::restore(const HeapState &state)
{
    m_tree.build(state.blocks);
    if (state.settings != m_settings || !m_list) {
        m_settings = state.settings;
        m_list = FreeList::make(m_settings.order, m_tree);
        m_coalescer = Coalescer::make(m_settings.coalescing, m_settings.order);
    }
    m_heapSize = state.heapSize;
    m_policy = state.policy;
    m_rover = state.rover;
    m_step = state.step;
    m_peakLive = state.peakLiveBytes;
    m_highWater = state.highWater;
    m_liveBytes = 0;
    m_usedBlocks = 0;
    m_gapBytes = 0;
    for (const BlockInfo &b : state.blocks) {
        if (b.used && b.tag == kGapTag) {
            m_gapBytes += b.size;
        } else if (b.used) {
            m_liveBytes += b.size;
            ++m_usedBlocks;
        }
    }
    // A state from outside the history may come without list keys: the
    // list then starts over in address order.
    if (m_list->keyed() && (!state.list.empty() || m_tree.size() == m_usedBlocks + m_settings.gaps.size()))
        m_list->setEntries(state.list);
    else
        rebuildList();
}

void Heap::beginOp()
{
    if (!m_recording)
        return;
    m_touched.clear();
    m_delta.removed.clear();
    m_delta.added.clear();
    m_delta.roverBefore = m_rover;
    m_delta.peakBefore = m_peakLive;
    m_delta.highWaterBefore = m_highWater;
    m_delta.heapSizeBefore = m_heapSize;
    m_delta.policyBefore = m_policy;
    m_delta.stepBefore = m_step;
    m_delta.listRemoved.clear();
    m_delta.listAdded.clear();
    m_list->beginJournal();
}

void Heap::endOp()
{
    if (!m_recording)
        return;
    for (const Touched &t : m_touched) {
        if (t.existed)
            m_delta.removed.push_back(t.before);
        BlockInfo now;
        if (m_tree.find(t.start, now))
            m_delta.added.push_back(now);
    }
    m_delta.roverAfter = m_rover;
    m_delta.peakAfter = m_peakLive;
    m_delta.highWaterAfter = m_highWater;
    m_delta.heapSizeAfter = m_heapSize;
    m_delta.policyAfter = m_policy;
    m_delta.stepAfter = m_step;
    m_list->endJournal(m_delta.listRemoved, m_delta.listAdded);
}

bool Heap::firstTouch(Addr start) const
{
    return m_recording && std::none_of(m_touched.begin(), m_touched.end(), [start](const Touched &t) {
               return t.start == start;
           });
}

void Heap::touch(Addr start)
{
    if (!firstTouch(start))
        return;
    BlockInfo before;
    m_tree.find(start, before);
    m_touched.push_back({ start, true, before });
}

void Heap::inserted(Addr start)
{
    if (firstTouch(start))
        m_touched.push_back({ start, false, {} });
}

// A keyed list follows a delta by its keys (applyDelta), not block by block.
void Heap::eraseBlock(const BlockInfo &b, bool fromTree)
{
    if (b.used) {
        --m_usedBlocks;
        m_liveBytes -= b.size;
    } else if (!m_list->keyed()) {
        m_list->remove(b);
    }
    if (fromTree)
        m_tree.erase(b.start);
}

void Heap::insertBlock(const BlockInfo &b, bool intoTree)
{
    if (intoTree)
        m_tree.insert(b);
    if (b.used) {
        ++m_usedBlocks;
        m_liveBytes += b.size;
    } else if (!m_list->keyed()) {
        m_list->add(b);
    }
}

namespace {

    // True when blocks lie end to end in address order from `start` to `end`.
    bool tiles(const std::vector<BlockInfo> &blocks, Addr start, Addr end)
    {
        Addr at = start;
        for (const BlockInfo &b : blocks) {
            if (b.start != at)
                return false;
            at = b.end();
        }
        return at == end;
    }

} // namespace

void Heap::applyDelta(const StepDelta &delta, bool forward)
{
    const std::vector<BlockInfo> &gone = forward ? delta.removed : delta.added;
    const std::vector<BlockInfo> &come = forward ? delta.added : delta.removed;
    // A split, a merge or a resize replaces one run of blocks by another
    // over the same addresses: one replace, nearly always in one leaf.
    // Anything else (a moving realloc) goes block by block.
    const bool oneRun = !gone.empty() && !come.empty() && tiles(gone, gone.front().start, gone.back().end())
        && tiles(come, gone.front().start, gone.back().end());
    for (const BlockInfo &b : gone)
        eraseBlock(b, !oneRun);
    if (oneRun)
        m_tree.replace(gone.data(), int(gone.size()), come.data(), int(come.size()));
    for (const BlockInfo &b : come)
        insertBlock(b, !oneRun);
    if (m_list->keyed()) {
        for (const ListEntry &e : forward ? delta.listRemoved : delta.listAdded)
            m_list->eraseKey(e.start);
        for (const ListEntry &e : forward ? delta.listAdded : delta.listRemoved)
            m_list->setKey(e);
        for (const BlockInfo &b : come) {
            if (!b.used)
                m_list->resized(b.start, b.size);
        }
    }
    // A scalar the step did not change may be stored as 0 before and after.
    if (delta.roverBefore != delta.roverAfter)
        m_rover = forward ? delta.roverAfter : delta.roverBefore;
    if (delta.peakBefore != delta.peakAfter)
        m_peakLive = forward ? delta.peakAfter : delta.peakBefore;
    if (delta.highWaterBefore != delta.highWaterAfter)
        m_highWater = forward ? delta.highWaterAfter : delta.highWaterBefore;
    if (delta.heapSizeBefore != delta.heapSizeAfter)
        m_heapSize = forward ? delta.heapSizeAfter : delta.heapSizeBefore;
    m_step = forward ? delta.stepAfter : delta.stepBefore;
    const Policy policy = forward ? delta.policyAfter : delta.policyBefore;
    if (policy != m_policy) {
        m_policy = policy;
        if (!m_list->keyed())
            rebuildList();
    }
}

bool Heap::shrinkFreeEnd(Size heapSize)
{
    BlockInfo last;
    if (heapSize == 0 || heapSize > m_heapSize || !m_tree.floor(end() - 1, last) || last.used
        || last.start >= base() + heapSize)
        return false;
    const BlockInfo before = last;
    last.size = base() + heapSize - last.start;
    m_tree.update(last);
    m_list->replace(before, last);
    m_heapSize = heapSize;
    return true;
}

} // namespace heapboard
