// SPDX-License-Identifier: MIT
// Heap: "as recorded" placement, a recording's blocks at the addresses the
// real allocator returned (docs/hrec.md, "As recorded").
#include "heapinternal.h"

namespace heapboard {

bool Heap::freeRunAt(Addr at, Size need, BlockInfo &out) const
{
    return at >= base() && at < end() && m_tree.floor(at, out) && !out.used && need <= out.end() - at;
}

std::string Heap::whyNotFree(Addr p, Size need) const
{
    const Addr at = p - std::min(p, m_settings.header);
    BlockInfo b;
    if (p < m_settings.header || at < base() || at >= end() || !m_tree.floor(at, b))
        return "address " + num(p) + " is outside the heap [" + num(base()) + ", " + num(end()) + ")";
    if (b.used && b.tag == kGapTag)
        return "address " + num(p) + " is in a gap of the address space, not the heap's";
    if (b.used)
        return "the used block at " + num(b.start) + " holds address " + num(at);
    BlockInfo next;
    const bool blocked = b.end() < end() && m_tree.find(b.end(), next);
    const char *what = !blocked ? "the end of the heap at "
        : next.tag == kGapTag   ? "a gap of the address space at "
                                : "the used block at ";
    return "only " + num(b.end() - at) + " of the " + num(need) + " bytes from " + num(at)
        + " are free, up to " + what + num(b.end());
}

void Heap::splitFront(BlockInfo &b, Addr at, OpResult &r)
{
    Event split = makeEvent(EventKind::Split, spanOf(b));
    split.parts[0] = { b.start, at - b.start };
    split.parts[1] = { at, b.end() - at };
    split.partCount = 2;
    r.events.push(split);
    touch(b.start);
    const BlockInfo parts[2]
        = { { b.start, at - b.start, false, 0, m_step }, { at, b.end() - at, false, 0, m_step } };
    m_tree.replace(&b, 1, parts, 2);
    inserted(at);
    m_list->replace(b, parts[0]);
    m_list->add(parts[1]);
    b = parts[1];
}

void Heap::moveTo(BlockInfo target, Addr at, const BlockInfo &b, Size need, Size n, std::uint32_t tag,
                  OpResult &r)
{
    if (at > target.start)
        splitFront(target, at, r);
    occupy(target, need, n, tag, r);
    Event moved = makeEvent(EventKind::Moved, r.events[r.events.size() - 1].span, tag);
    moved.parts[0] = spanOf(b);
    moved.partCount = 1;
    r.events.push(moved);
    release(*m_tree.around(b.start), r);
    r.hasPtr = true;
}

OpResult Heap::mallocAt(Addr p, Size n, std::uint32_t tag)
{
    OpScope scope(*this);
    if (n == 0)
        return failure(ErrorCode::InvalidSize, "malloc(0): a request must be at least 1 byte");
    Size need = 0;
    BlockInfo target;
    if (!m_settings.blockSize(n, need) || p < m_settings.header
        || !freeRunAt(p - m_settings.header, need, target))
        return failure(ErrorCode::OutOfMemory,
                       "malloc(" + num(n) + ") at its recorded address " + num(p)
                           + ": the bytes there are not free: " + whyNotFree(p, need));
    ++m_step;
    OpResult r;
    if (p - m_settings.header > target.start)
        splitFront(target, p - m_settings.header, r);
    occupy(target, need, n, tag, r);
    return r;
}

OpResult Heap::reallocAt(Addr p, Addr to, Size n, std::uint32_t newTag)
{
    const std::optional<BlockNeighbourhood> live = liveAt(p);
    if (to == p || n == 0 || !live)
        return realloc(p, n, newTag);
    OpScope scope(*this);
    Size need = 0;
    BlockInfo target;
    if (!m_settings.blockSize(n, need) || to < m_settings.header
        || !freeRunAt(to - m_settings.header, need, target))
        return failure(ErrorCode::OutOfMemory,
                       "realloc(" + num(p) + ", " + num(n) + ") to its recorded address " + num(to)
                           + ": the bytes there are not free: " + whyNotFree(to, need)
                           + "; the block stays at " + num(p));
    ++m_step;
    OpResult r;
    moveTo(target, to - m_settings.header, live->self, need, n, newTag != 0 ? newTag : live->self.tag, r);
    return r;
}

} // namespace heapboard
