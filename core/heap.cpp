// SPDX-License-Identifier: MIT
#include "heap.h"

#include "coalescer.h"
#include "heapinternal.h"

#include <algorithm>
#include <string>

namespace heapboard {

Heap::Heap(Size heapSize, Policy policy, const HeapSettings &settings)
{
    if (!reset(heapSize, policy, settings))
        reset(1024, policy);
}

Heap::~Heap() = default;

Heap::Heap(Heap &&other) noexcept
{
    *this = std::move(other);
}

Heap &Heap::operator=(Heap &&o) noexcept
{
    m_tree = std::move(o.m_tree);
    m_settings = o.m_settings;
    m_list = std::move(o.m_list);
    m_list->rebind(m_tree); // the list reads the tree it now belongs with
    m_coalescer = std::move(o.m_coalescer);
    m_heapSize = o.m_heapSize;
    m_policy = o.m_policy;
    m_rover = o.m_rover;
    m_step = o.m_step;
    m_liveBytes = o.m_liveBytes;
    m_peakLive = o.m_peakLive;
    m_highWater = o.m_highWater;
    m_usedBlocks = o.m_usedBlocks;
    m_gapBytes = o.m_gapBytes;
    m_recording = o.m_recording;
    m_opDepth = o.m_opDepth;
    m_touched = std::move(o.m_touched);
    m_delta = std::move(o.m_delta);
    return *this;
}

bool Heap::reset(Size heapSize, Policy policy, const HeapSettings &settings)
{
    if (heapSize == 0 || heapSize > kMaxHeapSize || !settingsProblem(settings, heapSize).empty())
        return false;
    m_tree.clear();
    m_settings = settings;
    m_list = FreeList::make(settings.order, m_tree);
    m_coalescer = Coalescer::make(settings.coalescing, settings.order);
    m_heapSize = heapSize;
    m_policy = policy;
    m_rover = settings.base;
    m_step = 0;
    m_liveBytes = 0;
    m_peakLive = 0;
    m_highWater = settings.base;
    m_usedBlocks = 0;
    m_gapBytes = 0;
    // Free space between the gaps, each gap a used block of its own.
    Addr at = settings.base;
    for (const Span &gap : settings.gaps) {
        if (gap.start > at)
            m_tree.insert({ at, gap.start - at, false, 0, 0 });
        m_tree.insert({ gap.start, gap.size, true, kGapTag, 0 });
        m_gapBytes += gap.size;
        at = gap.end();
    }
    if (at < end())
        m_tree.insert({ at, end() - at, false, 0, 0 });
    rebuildList();
    return true;
}

void Heap::setPolicy(Policy policy)
{
    OpScope scope(*this);
    ++m_step;
    m_policy = policy;
    if (!m_list->keyed())
        m_list->rebuild(m_policy);
}

void Heap::rebuildList()
{
    m_list->rebuild(m_policy);
}

bool Heap::nextFitStart(BlockInfo &out) const
{
    return AddressFreeList::nextFitStart(m_tree, m_rover, out);
}

bool Heap::placeFor(Size n, BlockInfo &out) const
{
    return m_list->find(m_policy, n, m_rover, out);
}

bool Heap::choose(Size n, BlockInfo &out, OpResult &r)
{
    if (placeFor(n, out))
        return true;
    // Merges before a placement leave room for the events after them:
    // split, allocated, moved, freed, merged.
    m_eventReserve = 5;
    const bool merged = m_coalescer->mergeForRequest(*this, n, r);
    m_eventReserve = 0;
    if (merged && placeFor(n, out))
        return true;
    return grow(n, out, r);
}

std::string Heap::growthLimit() const
{
    if (!m_settings.grows())
        return {};
    return ", and the heap cannot grow past its maximum of " + num(m_settings.growMax) + " bytes (now "
        + num(m_heapSize) + ")";
}

bool Heap::grow(Size n, BlockInfo &out, OpResult &r)
{
    if (!m_settings.grows() || n > m_settings.growMax - m_heapSize)
        return false;
    const Size step = m_settings.growStep;
    const Size room = m_settings.growMax - m_heapSize;
    const Size by = n > room - room % step ? room : (n + step - 1) / step * step;
    const Addr at = end();
    r.events.push(makeEvent(EventKind::Grown, { at, by }));
    // The new space arrives as a used block freed at once: it goes into the
    // free list and merges as the coalescing mode says (CS:APP's extend_heap).
    m_tree.insert({ at, by, true, 0, m_step });
    inserted(at);
    m_heapSize += by;
    ++m_usedBlocks;
    m_liveBytes += by;
    OpResult freed;
    release(*m_tree.around(at), freed);
    for (const Event &e : freed.events) {
        if (e.kind != EventKind::Freed)
            r.events.push(e);
    }
    return placeFor(n, out);
}

bool Heap::placement(Size n, Addr &out) const
{
    BlockInfo target;
    Size need = 0;
    if (n == 0 || !m_settings.blockSize(n, need) || !placeFor(need, target))
        return false;
    out = target.start;
    return true;
}

void Heap::markUsed(Addr end)
{
    m_peakLive = std::max(m_peakLive, m_liveBytes);
    m_highWater = std::max(m_highWater, end);
}

void Heap::occupy(const BlockInfo &b, Size need, Size n, std::uint32_t tag, OpResult &r)
{
    // A remainder below the minimum block stays in the block, as surplus.
    if (b.size > need && b.size - need < m_settings.minBlock)
        need = b.size;
    if (b.size > need) {
        Event split = makeEvent(EventKind::Split, spanOf(b));
        split.parts[0] = { b.start, need };
        split.parts[1] = { b.start + need, b.size - need };
        split.partCount = 2;
        r.events.push(split);
    }
    touch(b.start);
    BlockInfo parts[2]
        = { { b.start, need, true, tag, m_step }, { b.start + need, b.size - need, false, 0, m_step } };
    parts[0].slack = std::uint32_t(need - m_settings.header - n);
    m_tree.replace(&b, 1, parts, b.size > need ? 2 : 1);
    if (b.size > need) {
        inserted(b.start + need);
        m_list->replace(b, parts[1]);
    } else {
        m_list->remove(b);
    }
    ++m_usedBlocks;
    m_liveBytes += need;
    markUsed(b.start + need);
    m_rover = b.start + need;
    r.events.push(makeEvent(EventKind::Allocated, { b.start, need }, tag));
    r.hasPtr = true;
    r.ptr = b.start + m_settings.header;
}

void Heap::release(const BlockNeighbourhood &block, OpResult &r)
{
    const BlockInfo &b = block.self;
    r.events.push(makeEvent(EventKind::Freed, spanOf(b), b.tag));
    --m_usedBlocks;
    m_liveBytes -= b.size;
    m_coalescer->release(*this, block, r);
}

void Heap::markFree(const BlockInfo &b)
{
    touch(b.start);
    const BlockInfo free { b.start, b.size, false, 0, m_step };
    m_tree.update(free);
    m_list->add(free);
}

BlockInfo Heap::joinRun(const BlockInfo *run, int count, bool keepPlace, OpResult &r)
{
    Event merged = makeEvent(EventKind::Merged, spanOf(run[0]));
    BlockInfo joined { run[0].start, 0, false, 0, m_step };
    for (int i = 0; i < count; ++i) {
        touch(run[i].start);
        joined.size += run[i].size;
        if (!run[i].used && !(keepPlace && i == 0))
            m_list->remove(run[i]);
    }
    m_tree.replace(run, count, &joined, 1);
    if (keepPlace)
        m_list->replace(run[0], joined);
    else
        m_list->add(joined);
    // A deferred merge may join many runs: the first ones are reported, the
    // blocks are exact either way.
    if (count > 1 && r.events.size() + m_eventReserve < EventList::kCapacity) {
        // Parts in address order; a longer run shows its middle as one.
        merged.span = spanOf(joined);
        merged.parts[0] = spanOf(run[0]);
        merged.parts[1]
            = count == 2 ? spanOf(run[1]) : Span { run[1].start, run[count - 1].start - run[1].start };
        merged.parts[2] = spanOf(run[count - 1]);
        merged.partCount = std::uint8_t(std::min(count, 3));
        r.events.push(merged);
    }
    return joined;
}

OpResult Heap::failure(ErrorCode code, std::string message)
{
    ++m_step;
    OpResult r;
    r.error = code;
    r.message = std::move(message);
    Event e;
    e.kind = EventKind::Failed;
    e.error = code;
    r.events.push(e);
    return r;
}

OpResult Heap::reject(ErrorCode code, std::string message)
{
    OpScope scope(*this);
    return failure(code, std::move(message));
}

OpResult Heap::malloc(Size n, std::uint32_t tag)
{
    OpScope scope(*this);
    if (n == 0)
        return failure(ErrorCode::InvalidSize, "malloc(0): a request must be at least 1 byte");
    if (m_policy == Policy::AsRecorded)
        return failure(ErrorCode::OutOfMemory,
                       "malloc(" + num(n)
                           + "): as recorded, blocks go only where a recording put them, and this "
                             "request has no recorded address");
    Size need = 0;
    if (!m_settings.blockSize(n, need))
        need = ~Size { 0 }; // more than any heap holds: out of memory below
    OpResult r;
    BlockInfo target;
    if (!choose(need, target, r)) {
        const HeapStats s = stats();
        const std::string block = need != n && need <= kMaxHeapSize
            ? num(need) + " bytes (the request with its header and alignment)"
            : num(n) + " bytes";
        return failure(ErrorCode::OutOfMemory,
                       "malloc(" + num(n) + "): out of memory, no free block of " + block
                           + " (largest free block " + num(s.largestFree) + " bytes, " + num(s.freeBytes)
                           + " bytes free in total)" + growthLimit());
    }
    ++m_step;
    occupy(target, need, n, tag, r);
    return r;
}

std::optional<BlockNeighbourhood> Heap::liveAt(Addr p) const
{
    if (p < m_settings.header + m_settings.base)
        return std::nullopt;
    std::optional<BlockNeighbourhood> block = m_tree.around(p - m_settings.header);
    if (!block || !block->self.used || block->self.tag == kGapTag)
        return std::nullopt;
    return block;
}

std::string Heap::whyNotLive(Addr p) const
{
    if (p < base() || p >= end())
        return "address " + num(p) + " is outside the heap [" + num(base()) + ", " + num(end()) + ")";
    BlockInfo b;
    m_tree.floor(p, b);
    if (b.used && b.tag == kGapTag)
        return "address " + num(p) + " is in a gap of the address space, not the heap's";
    if (m_settings.header > 0 && b.used && pointerOf(b) != p)
        return "address " + num(p) + " is not a pointer malloc returned: the used block at " + num(b.start)
            + " hands out " + num(pointerOf(b));
    if (b.start != p && (m_settings.header == 0 || !b.used))
        return "address " + num(p) + " is inside the " + (b.used ? "used" : "free") + " block at "
            + num(b.start) + ", not the start of a block";
    return "the block at " + num(b.start) + " is free, not allocated";
}

OpResult Heap::free(Addr p)
{
    OpScope scope(*this);
    const std::optional<BlockNeighbourhood> block = liveAt(p);
    if (!block)
        return failure(ErrorCode::InvalidPointer, "free(" + num(p) + "): invalid pointer: " + whyNotLive(p));
    ++m_step;
    OpResult r;
    release(*block, r);
    return r;
}

OpResult Heap::realloc(Addr p, Size n, std::uint32_t newTag)
{
    OpScope scope(*this);
    const std::optional<BlockNeighbourhood> live = liveAt(p);
    if (!live)
        return failure(ErrorCode::InvalidPointer,
                       "realloc(" + num(p) + ", " + num(n) + "): invalid pointer: " + whyNotLive(p));
    if (n == 0)
        return free(p);
    Size need = 0;
    if (!m_settings.blockSize(n, need))
        need = ~Size { 0 };
    const BlockInfo b = live->self;
    const bool nextFree = live->next && !live->next->used;
    const bool growInPlace = need > b.size && nextFree && live->next->size >= need - b.size;
    const std::uint32_t tag = newTag != 0 ? newTag : b.tag;

    if (need > b.size && !growInPlace) {
        OpResult r;
        BlockInfo target;
        if (!choose(need, target, r))
            return failure(ErrorCode::OutOfMemory,
                           "realloc(" + num(p) + ", " + num(n) + "): out of memory, no free block of "
                               + num(need) + " bytes" + growthLimit() + "; the block stays at " + num(p));
        ++m_step;
        moveTo(target, target.start, b, need, n, tag, r);
        return r;
    }
    return resizeInPlace(*live, need, n, tag);
}

OpResult Heap::resizeInPlace(const BlockNeighbourhood &live, Size need, Size n, std::uint32_t tag)
{
    const BlockInfo &b = live.self;
    // A tail or a remainder below the minimum block stays in the block.
    if (need < b.size && b.size - need < m_settings.minBlock)
        need = b.size;
    if (need > b.size && live.next->size - (need - b.size) < m_settings.minBlock)
        need = b.size + live.next->size;
    ++m_step;
    OpResult r;
    r.hasPtr = true;
    r.ptr = pointerOf(b);
    Event resized = makeEvent(EventKind::Resized, { b.start, need }, tag);
    resized.parts[0] = spanOf(b);
    resized.partCount = 1;
    BlockInfo now { b.start, need, true, tag, m_step };
    now.slack = std::uint32_t(need - m_settings.header - n);
    if (now.size == b.size && now.tag == b.tag && now.slack == b.slack) {
        r.events.push(resized);
        return r;
    }
    touch(b.start);
    m_tree.update(now);
    if (need == b.size) { // the same block under a new name or request
        r.events.push(resized);
        return r;
    }
    if (need > b.size) {
        const BlockInfo &nx = *live.next;
        const Size more = need - b.size;
        touch(nx.start);
        m_tree.erase(nx.start);
        if (nx.size > more) {
            const BlockInfo rest { nx.start + more, nx.size - more, false, 0, m_step };
            m_tree.insert(rest);
            inserted(rest.start);
            m_list->replace(nx, rest);
        } else {
            m_list->remove(nx);
        }
        m_liveBytes += more;
        markUsed(b.start + need);
        resized.parts[1] = spanOf(nx);
        resized.partCount = 2;
        r.events.push(resized);
        return r;
    }
    // Shrink: the tail becomes a used block for an instant so that release()
    // frees and merges it exactly like any other free.
    r.events.push(resized);
    const BlockInfo tail { b.start + need, b.size - need, true, 0, m_step };
    m_tree.insert(tail);
    inserted(tail.start);
    ++m_usedBlocks;
    release(*m_tree.around(tail.start), r);
    return r;
}

} // namespace heapboard
