// SPDX-License-Identifier: MIT
#include "heap.h"

#include <algorithm>
#include <string>

namespace heapboard {

namespace {

    std::string num(std::uint64_t v)
    {
        return std::to_string(v);
    }

    Event makeEvent(EventKind kind, Span span, std::uint32_t tag = 0)
    {
        Event e;
        e.kind = kind;
        e.span = span;
        e.tag = tag;
        return e;
    }

    Span spanOf(const BlockInfo &b)
    {
        return { b.start, b.size };
    }

} // namespace

// Brackets one public operation so that, with recording on, its changes are
// collected once even when operations nest (realloc to 0 calls free).
class OpScope
{
public:
    explicit OpScope(Heap &heap)
        : m_heap(heap)
    {
        if (m_heap.m_opDepth++ == 0)
            m_heap.beginOp();
    }
    ~OpScope()
    {
        if (--m_heap.m_opDepth == 0)
            m_heap.endOp();
    }
    OpScope(const OpScope &) = delete;
    OpScope &operator=(const OpScope &) = delete;

private:
    Heap &m_heap;
};

Heap::Heap(Size heapSize, Policy policy)
{
    if (!reset(heapSize, policy))
        reset(1024, policy);
}

bool Heap::reset(Size heapSize, Policy policy)
{
    if (heapSize == 0 || heapSize > kMaxHeapSize)
        return false;
    m_tree.clear();
    m_heapSize = heapSize;
    m_policy = policy;
    m_rover = 0;
    m_step = 0;
    m_liveBytes = 0;
    m_peakLive = 0;
    m_highWater = 0;
    m_usedBlocks = 0;
    m_tree.insert({ 0, heapSize, false, 0, 0 });
    rebuildSizeIndex();
    return true;
}

void Heap::setPolicy(Policy policy)
{
    OpScope scope(*this);
    ++m_step;
    m_policy = policy;
    rebuildSizeIndex();
}

void Heap::rebuildSizeIndex()
{
    m_bySize.clear();
    m_sizeIndexed = m_policy == Policy::BestFit;
    if (!m_sizeIndexed)
        return;
    m_tree.forEach([this](const BlockInfo &b) {
        if (!b.used)
            m_bySize.insert({ b.size, b.start });
    });
}

void Heap::addFree(Addr start, Size size)
{
    if (m_sizeIndexed)
        m_bySize.insert({ size, start });
}

void Heap::removeFree(Addr start, Size size)
{
    if (m_sizeIndexed)
        m_bySize.erase({ size, start });
}

bool Heap::nextFitStart(BlockInfo &out) const
{
    if (m_tree.floor(m_rover, out) && !out.used && out.end() > m_rover)
        return true;
    return m_tree.firstFit(1, m_rover + 1, out) || m_tree.firstFit(1, 0, out);
}

bool Heap::placeFor(Size n, BlockInfo &out) const
{
    switch (m_policy) {
    case Policy::FirstFit:
        return m_tree.firstFit(n, 0, out);
    case Policy::NextFit:
        // From the start block on: it, else the first that fits after it,
        // else (wrapping) the first that fits at all.
        if (!nextFitStart(out))
            return false;
        if (out.size >= n)
            return true;
        return m_tree.firstFit(n, out.start + 1, out) || m_tree.firstFit(n, 0, out);
    case Policy::BestFit: {
        SizeKey best;
        return m_bySize.lowerBound(n, best) && m_tree.find(best.start, out);
    }
    case Policy::WorstFit:
        // The largest free size is the root's maximum; the lowest address
        // holding it is a first-fit search for exactly that size.
        return m_tree.maxFree() >= n && m_tree.firstFit(m_tree.maxFree(), 0, out);
    }
    return false;
}

bool Heap::placement(Size n, Addr &out) const
{
    BlockInfo target;
    if (n == 0 || !placeFor(n, target))
        return false;
    out = target.start;
    return true;
}

void Heap::markUsed(Addr end)
{
    m_peakLive = std::max(m_peakLive, m_liveBytes);
    m_highWater = std::max(m_highWater, end);
}

void Heap::occupy(const BlockInfo &b, Size n, std::uint32_t tag, OpResult &r)
{
    removeFree(b.start, b.size);
    if (b.size > n) {
        Event split = makeEvent(EventKind::Split, spanOf(b));
        split.parts[0] = { b.start, n };
        split.parts[1] = { b.start + n, b.size - n };
        split.partCount = 2;
        r.events.push(split);
    }
    touch(b.start);
    const BlockInfo parts[2]
        = { { b.start, n, true, tag, m_step }, { b.start + n, b.size - n, false, 0, m_step } };
    m_tree.replace(&b, 1, parts, b.size > n ? 2 : 1);
    if (b.size > n) {
        inserted(b.start + n);
        addFree(b.start + n, b.size - n);
    }
    ++m_usedBlocks;
    m_liveBytes += n;
    markUsed(b.start + n);
    r.events.push(makeEvent(EventKind::Allocated, { b.start, n }, tag));
    r.hasPtr = true;
    r.ptr = b.start;
}

void Heap::release(const BlockNeighbourhood &block, OpResult &r)
{
    const BlockInfo &b = block.self;
    r.events.push(makeEvent(EventKind::Freed, spanOf(b), b.tag));
    --m_usedBlocks;
    m_liveBytes -= b.size;

    Event merged = makeEvent(EventKind::Merged, spanOf(b));
    BlockInfo run[3];
    int runCount = 0;
    if (block.prev && !block.prev->used) {
        run[runCount++] = *block.prev;
        removeFree(block.prev->start, block.prev->size);
    }
    run[runCount++] = b;
    if (block.next && !block.next->used) {
        run[runCount++] = *block.next;
        removeFree(block.next->start, block.next->size);
    }
    Span result { run[0].start, 0 };
    for (int i = 0; i < runCount; ++i) {
        touch(run[i].start);
        merged.parts[merged.partCount++] = spanOf(run[i]);
        result.size += run[i].size;
    }
    const BlockInfo joined { result.start, result.size, false, 0, m_step };
    m_tree.replace(run, runCount, &joined, 1);
    addFree(result.start, result.size);
    if (merged.partCount > 1) {
        merged.span = result;
        r.events.push(merged);
    }
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
    BlockInfo target;
    if (!placeFor(n, target)) {
        const HeapStats s = stats();
        return failure(ErrorCode::OutOfMemory,
                       "malloc(" + num(n) + "): out of memory, no free block of " + num(n)
                           + " bytes (largest free block " + num(s.largestFree) + " bytes, "
                           + num(s.freeBytes) + " bytes free in total)");
    }
    ++m_step;
    OpResult r;
    occupy(target, n, tag, r);
    m_rover = r.ptr + n;
    return r;
}

namespace {

    std::string whyNotLive(const BlockTree &tree, Addr p, Size heapSize)
    {
        if (p >= heapSize)
            return "address " + std::to_string(p) + " is outside the heap [0, " + std::to_string(heapSize)
                + ")";
        BlockInfo b;
        tree.floor(p, b);
        if (b.start != p)
            return "address " + std::to_string(p) + " is inside the " + (b.used ? "used" : "free")
                + " block at " + std::to_string(b.start) + ", not the start of a block";
        return "the block at " + std::to_string(p) + " is free, not allocated";
    }

} // namespace

OpResult Heap::free(Addr p)
{
    OpScope scope(*this);
    const std::optional<BlockNeighbourhood> block = m_tree.around(p);
    if (!block || !block->self.used)
        return failure(ErrorCode::InvalidPointer,
                       "free(" + num(p) + "): invalid pointer: " + whyNotLive(m_tree, p, m_heapSize));
    ++m_step;
    OpResult r;
    release(*block, r);
    return r;
}

OpResult Heap::realloc(Addr p, Size n, std::uint32_t newTag)
{
    OpScope scope(*this);
    BlockInfo b;
    if (!m_tree.find(p, b) || !b.used)
        return failure(ErrorCode::InvalidPointer,
                       "realloc(" + num(p) + ", " + num(n)
                           + "): invalid pointer: " + whyNotLive(m_tree, p, m_heapSize));
    if (n == 0)
        return free(p);
    BlockInfo nx;
    const bool nextFree = b.end() < m_heapSize && m_tree.find(b.end(), nx) && !nx.used;
    const bool growInPlace = n > b.size && nextFree && nx.size >= n - b.size;
    const std::uint32_t tag = newTag != 0 ? newTag : b.tag;

    if (n > b.size && !growInPlace) {
        BlockInfo target;
        if (!placeFor(n, target))
            return failure(ErrorCode::OutOfMemory,
                           "realloc(" + num(p) + ", " + num(n) + "): out of memory, no free block of "
                               + num(n) + " bytes; the block stays at " + num(p));
        ++m_step;
        OpResult r;
        occupy(target, n, tag, r);
        m_rover = r.ptr + n;
        Event moved = makeEvent(EventKind::Moved, { r.ptr, n }, tag);
        moved.parts[0] = spanOf(b);
        moved.partCount = 1;
        r.events.push(moved);
        release(*m_tree.around(p), r);
        r.hasPtr = true;
        return r;
    }

    ++m_step;
    OpResult r;
    r.hasPtr = true;
    r.ptr = p;
    Event resized = makeEvent(EventKind::Resized, { p, n }, tag);
    resized.parts[0] = spanOf(b);
    resized.partCount = 1;
    if (n == b.size && tag == b.tag) {
        r.events.push(resized);
        return r;
    }
    touch(p);
    m_tree.update({ p, n, true, tag, m_step });
    if (n == b.size) { // the same block under a new name
        r.events.push(resized);
        return r;
    }

    if (growInPlace) {
        const Size need = n - b.size;
        removeFree(nx.start, nx.size);
        touch(nx.start);
        m_tree.erase(nx.start);
        if (nx.size > need) {
            m_tree.insert({ nx.start + need, nx.size - need, false, 0, m_step });
            inserted(nx.start + need);
            addFree(nx.start + need, nx.size - need);
        }
        m_liveBytes += need;
        markUsed(p + n);
        resized.parts[1] = spanOf(nx);
        resized.partCount = 2;
        r.events.push(resized);
        return r;
    }

    // Shrink: the tail becomes a used block for an instant so that release()
    // frees and merges it exactly like any other free.
    r.events.push(resized);
    const BlockInfo tail { p + n, b.size - n, true, 0, m_step };
    m_tree.insert(tail);
    inserted(tail.start);
    ++m_usedBlocks;
    release(*m_tree.around(tail.start), r);
    return r;
}

} // namespace heapboard
