// SPDX-License-Identifier: MIT
#include "steprecord.h"

#include <memory>

namespace heapboard::steprecord {

namespace {

    // First byte of a record.
    enum Flags : std::uint8_t {
        kIrregularSteps = 1, // the heap's step counter is not k - 1 -> k
        kRover = 2,
        kPeak = 4,
        kHighWater = 8,
        kPolicyChanged = 16,
        kPolicyShift = 5, // two bits: the policy after the step; 3: in a byte of its own
        kPolicyInByte = 3,
        kList = 128, // list keys changed (orders other than address)
    };

    // A block's tag, used flag and whether a slack follows, in one varint.
    std::uint64_t tagCode(const BlockInfo &b)
    {
        return std::uint64_t(b.tag) << 2 | (b.slack != 0 ? 2 : 0) | (b.used ? 1 : 0);
    }

    // An event's span is one of the delta's blocks (removed: 0-15, added:
    // 16-31) or written out.
    constexpr std::uint8_t kLiteralSpan = 0xff;
    constexpr std::size_t kMaxIndexed = 16;

    enum EventFlags : std::uint8_t {
        kPartShift = 3, // two bits: the number of parts
        kTagOfSpan = 32, // the event's tag is that of the block its span is
        kHasError = 64,
    };

    std::uint64_t zigzag(std::int64_t v)
    {
        return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
    }

    std::int64_t unzigzag(std::uint64_t z)
    {
        return std::int64_t(z >> 1) ^ -std::int64_t(z & 1);
    }

    // 0 stands for "to the end of the heap"; a block is never empty.
    std::uint64_t sizeCode(Addr start, Size size, Size heapSize)
    {
        return start + size == heapSize ? 0 : size;
    }

    Size sizeOf(std::uint64_t code, Addr start, Size heapSize)
    {
        return code == 0 ? heapSize - start : code;
    }

    // Where the next block of a delta is counted from: the end of the one
    // before, unless that one reached the end of the heap (its end would
    // depend on the heap size).
    Addr nextCursor(const BlockInfo &b, Size heapSize)
    {
        return b.end() == heapSize ? b.start : b.end();
    }

    // Writes varints into room made beforehand: a push_back a byte costs
    // more than the rest of recording a step.
    struct Writer {
        std::uint8_t *p;
        void put(std::uint64_t v)
        {
            while (v >= 0x80) {
                *p++ = std::uint8_t(v | 0x80);
                v >>= 7;
            }
            *p++ = std::uint8_t(v);
        }
        void byte(std::uint8_t b) { *p++ = b; }
    };

    struct Encoder {
        Writer out;
        std::size_t k;
        Size heapSize;
        Addr ref;

        void put(std::uint64_t v) { out.put(v); }
        void putSigned(std::int64_t v) { put(zigzag(v)); }
        void blocks(const std::vector<BlockInfo> &blocks)
        {
            Addr cursor = ref;
            for (const BlockInfo &b : blocks) {
                putSigned(std::int64_t(b.start - cursor));
                put(sizeCode(b.start, b.size, heapSize));
                put(tagCode(b));
                if (b.slack != 0)
                    put(b.slack);
                putSigned(std::int64_t(k) - std::int64_t(b.step));
                cursor = nextCursor(b, heapSize);
            }
        }
        void list(const std::vector<ListEntry> &entries)
        {
            put(entries.size());
            for (const ListEntry &e : entries) {
                putSigned(std::int64_t(e.start - ref));
                put(e.key.major);
                putSigned(e.key.minor);
            }
        }
        void scalars(std::uint8_t flags, const StepDelta &d)
        {
            if (flags & kIrregularSteps) {
                put(d.stepBefore);
                put(d.stepAfter);
            }
            if (flags & kRover) {
                put(d.roverBefore);
                putSigned(std::int64_t(d.roverAfter - ref));
            }
            if (flags & kPeak) {
                put(d.peakBefore);
                putSigned(std::int64_t(d.peakAfter - d.peakBefore));
            }
            if (flags & kHighWater) {
                put(d.highWaterBefore);
                putSigned(std::int64_t(d.highWaterAfter - d.highWaterBefore));
            }
            if (((flags >> kPolicyShift) & 3) == kPolicyInByte) // worst fit, as recorded
                out.byte(std::uint8_t(d.policyAfter));
            if (flags & kPolicyChanged)
                out.byte(std::uint8_t(d.policyBefore));
            if (heapSize == kNoEnd) {
                put(d.heapSizeBefore);
                putSigned(std::int64_t(d.heapSizeAfter - d.heapSizeBefore));
            }
        }
        void info(const StepInfo &i)
        {
            out.byte(std::uint8_t(std::uint8_t(i.kind) | std::uint8_t(i.error) << 3 | (i.hasPtr ? 64 : 0)));
            if (i.kind == StepKind::Free || i.kind == StepKind::Realloc)
                putSigned(std::int64_t(i.arg - ref));
            if (i.kind == StepKind::Malloc || i.kind == StepKind::Realloc) {
                put(i.size);
                put(i.tag);
            }
            if (i.hasPtr)
                putSigned(std::int64_t(i.ptr - ref));
        }
        // The index of the delta block that is exactly span, or -1.
        static int blockIndex(const StepDelta &d, const Span &s)
        {
            for (std::size_t i = 0; i < d.removed.size() && i < kMaxIndexed; ++i) {
                if (d.removed[i].start == s.start && d.removed[i].size == s.size)
                    return int(i);
            }
            for (std::size_t i = 0; i < d.added.size() && i < kMaxIndexed; ++i) {
                if (d.added[i].start == s.start && d.added[i].size == s.size)
                    return int(kMaxIndexed + i);
            }
            return -1;
        }
        static const BlockInfo &blockAt(const StepDelta &d, int index)
        {
            return index < int(kMaxIndexed) ? d.removed[std::size_t(index)]
                                            : d.added[std::size_t(index) - kMaxIndexed];
        }
        void span(const StepDelta &d, const Span &s)
        {
            const int index = s.size == 0 ? -1 : blockIndex(d, s);
            if (index >= 0) {
                out.byte(std::uint8_t(index));
                return;
            }
            out.byte(kLiteralSpan);
            putSigned(std::int64_t(s.start - ref));
            // Spans may be empty (a failure's): 0 is the end, the rest + 1.
            put(s.size > 0 && s.end() == heapSize ? 0 : s.size + 1);
        }
        void event(const StepDelta &d, const Event &e)
        {
            const int index = e.span.size == 0 ? -1 : blockIndex(d, e.span);
            const bool tagOfSpan = index >= 0 && blockAt(d, index).tag == e.tag;
            out.byte(std::uint8_t(std::uint8_t(e.kind) | e.partCount << kPartShift
                                  | (tagOfSpan ? kTagOfSpan : 0)
                                  | (e.error != ErrorCode::None ? kHasError : 0)));
            if (e.error != ErrorCode::None)
                out.byte(std::uint8_t(e.error));
            if (!tagOfSpan)
                put(e.tag);
            span(d, e.span);
            for (std::size_t i = 0; i < e.partCount; ++i)
                span(d, e.parts[i]);
        }
    };

} // namespace

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

std::size_t maxSize(const StepDelta &d, const EventList &events)
{
    // Varints take at most 10 bytes: flags, counts and scalars; 4 a block;
    // 4 for the info; 3 and 4 spans of 2 an event.
    return 160 + 40 * (d.removed.size() + d.added.size()) + 128 * events.size();
}

std::size_t encode(std::uint8_t *out, std::size_t k, Size heapSize, const StepInfo &info, const StepDelta &d,
                   const EventList &events)
{
    std::uint8_t flags
        = std::uint8_t(std::min<std::uint8_t>(std::uint8_t(d.policyAfter), kPolicyInByte) << kPolicyShift);
    if (d.stepBefore + 1 != k || d.stepAfter != k)
        flags |= kIrregularSteps;
    if (d.roverBefore != d.roverAfter)
        flags |= kRover;
    if (d.peakBefore != d.peakAfter)
        flags |= kPeak;
    if (d.highWaterBefore != d.highWaterAfter)
        flags |= kHighWater;
    if (d.policyBefore != d.policyAfter)
        flags |= kPolicyChanged;
    if (!d.listRemoved.empty() || !d.listAdded.empty())
        flags |= kList;
    Encoder e { { out }, k, heapSize, 0 };
    e.out.byte(flags);
    e.put(d.removed.size());
    e.put(d.added.size());
    if (!d.removed.empty() || !d.added.empty()) {
        e.ref = d.removed.empty() ? d.added.front().start : d.removed.front().start;
        e.put(e.ref);
    }
    e.blocks(d.removed);
    e.blocks(d.added);
    e.scalars(flags, d);
    if (flags & kList) {
        e.list(d.listRemoved);
        e.list(d.listAdded);
    }
    e.info(info);
    e.out.byte(std::uint8_t(events.size()));
    for (const Event &event : events)
        e.event(d, event);
    return std::size_t(e.out.p - out);
}

Reader::Reader(const std::uint8_t *record, std::size_t k, Size heapSize, StepDelta &delta)
    : m_p(record)
    , m_step(k)
    , m_heapSize(heapSize)
    , m_delta(delta)
{
    readDelta();
}

bool Reader::raisedPeak(const std::uint8_t *record)
{
    // Walking forwards, the peak only ever rises.
    return record[0] & kPeak;
}

void Reader::readDelta()
{
    StepDelta &d = m_delta;
    const std::uint8_t flags = *m_p++;
    const std::size_t removed = getVarint(m_p);
    const std::size_t added = getVarint(m_p);
    m_ref = removed + added > 0 ? getVarint(m_p) : 0;
    d.removed.clear();
    d.added.clear();
    Addr cursor = m_ref;
    for (std::size_t i = 0; i < removed + added; ++i) {
        if (i == removed)
            cursor = m_ref;
        BlockInfo b;
        b.start = cursor + Addr(unzigzag(getVarint(m_p)));
        b.size = sizeOf(getVarint(m_p), b.start, m_heapSize);
        const std::uint64_t tagUsed = getVarint(m_p);
        b.used = tagUsed & 1;
        b.tag = std::uint32_t(tagUsed >> 2);
        if (tagUsed & 2)
            b.slack = std::uint32_t(getVarint(m_p));
        b.step = std::uint32_t(std::int64_t(m_step) - unzigzag(getVarint(m_p)));
        cursor = nextCursor(b, m_heapSize);
        (i < removed ? d.removed : d.added).push_back(b);
    }
    d.stepBefore = std::uint32_t(m_step - 1);
    d.stepAfter = std::uint32_t(m_step);
    if (flags & kIrregularSteps) {
        d.stepBefore = std::uint32_t(getVarint(m_p));
        d.stepAfter = std::uint32_t(getVarint(m_p));
    }
    // Unchanged scalars are not stored: before and after read back as 0.
    d.roverBefore = d.roverAfter = d.peakBefore = d.peakAfter = d.highWaterBefore = d.highWaterAfter = 0;
    if (flags & kRover) {
        d.roverBefore = getVarint(m_p);
        d.roverAfter = m_ref + Addr(unzigzag(getVarint(m_p)));
    }
    if (flags & kPeak) {
        d.peakBefore = getVarint(m_p);
        d.peakAfter = d.peakBefore + Size(unzigzag(getVarint(m_p)));
    }
    if (flags & kHighWater) {
        d.highWaterBefore = getVarint(m_p);
        d.highWaterAfter = d.highWaterBefore + Addr(unzigzag(getVarint(m_p)));
    }
    d.policyAfter = Policy((flags >> kPolicyShift) & 3);
    if (std::uint8_t(d.policyAfter) == kPolicyInByte)
        d.policyAfter = Policy(*m_p++);
    d.policyBefore = flags & kPolicyChanged ? Policy(*m_p++) : d.policyAfter;
    d.heapSizeBefore = d.heapSizeAfter = 0;
    if (m_heapSize == kNoEnd) {
        d.heapSizeBefore = getVarint(m_p);
        d.heapSizeAfter = d.heapSizeBefore + Size(unzigzag(getVarint(m_p)));
    }
    d.listRemoved.clear();
    d.listAdded.clear();
    if (flags & kList) {
        for (std::vector<ListEntry> *list : { &d.listRemoved, &d.listAdded }) {
            const std::size_t count = getVarint(m_p);
            for (std::size_t i = 0; i < count; ++i) {
                ListEntry e;
                e.start = m_ref + Addr(unzigzag(getVarint(m_p)));
                e.key.major = getVarint(m_p);
                e.key.minor = unzigzag(getVarint(m_p));
                list->push_back(e);
            }
        }
    }
}

StepInfo Reader::info()
{
    StepInfo i;
    const std::uint8_t head = *m_p++;
    i.kind = StepKind(head & 7);
    i.error = ErrorCode((head >> 3) & 7);
    i.hasPtr = head & 64;
    if (i.kind == StepKind::SetPolicy)
        i.policy = m_delta.policyAfter;
    if (i.kind == StepKind::Free || i.kind == StepKind::Realloc)
        i.arg = m_ref + Addr(unzigzag(getVarint(m_p)));
    if (i.kind == StepKind::Malloc || i.kind == StepKind::Realloc) {
        i.size = getVarint(m_p);
        i.tag = std::uint32_t(getVarint(m_p));
    }
    if (i.hasPtr)
        i.ptr = m_ref + Addr(unzigzag(getVarint(m_p)));
    m_infoRead = true;
    return i;
}

const BlockInfo &Reader::block(std::uint8_t code) const
{
    return code < kMaxIndexed ? m_delta.removed[code] : m_delta.added[code - kMaxIndexed];
}

Span Reader::span()
{
    const std::uint8_t code = *m_p++;
    if (code != kLiteralSpan) {
        const BlockInfo &b = block(code);
        return { b.start, b.size };
    }
    Span s;
    s.start = m_ref + Addr(unzigzag(getVarint(m_p)));
    const std::uint64_t size = getVarint(m_p);
    s.size = size == 0 ? m_heapSize - s.start : size - 1;
    return s;
}

EventList Reader::events()
{
    if (!m_infoRead)
        info();
    EventList events;
    const std::size_t count = *m_p++;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint8_t head = *m_p++;
        Event e;
        e.kind = EventKind(head & 7);
        e.partCount = std::uint8_t((head >> kPartShift) & 3);
        if (head & kHasError)
            e.error = ErrorCode(*m_p++);
        if (!(head & kTagOfSpan))
            e.tag = std::uint32_t(getVarint(m_p));
        const std::uint8_t code = *m_p;
        e.span = span();
        if (head & kTagOfSpan)
            e.tag = block(code).tag;
        for (std::size_t j = 0; j < e.partCount; ++j)
            e.parts[j] = span();
        events.push(e);
    }
    return events;
}

void encodeState(std::vector<std::uint8_t> &out, const Heap &heap)
{
    const HeapStats s = heap.stats();
    const std::uint32_t step = heap.step();
    // Room for the header and three varints a block, filled, then copied
    // once into a vector of the exact size.
    const auto room = std::make_unique_for_overwrite<std::uint8_t[]>(64 + 30 * heap.blockCount());
    Writer w { room.get() };
    w.byte(std::uint8_t(heap.policy()));
    w.put(heap.rover());
    w.put(step);
    w.put(s.peakLiveBytes);
    w.put(s.highWater);
    w.put(heap.blockCount());
    heap.forEachBlock([&](const BlockInfo &b) {
        w.put(sizeCode(b.start, b.size, heap.end()));
        w.put(tagCode(b));
        if (b.slack != 0)
            w.put(b.slack);
        w.put(step - b.step);
    });
    out.assign(room.get(), w.p);
    const std::vector<ListEntry> list = heap.listEntries();
    Writer count { room.get() };
    count.put(list.size());
    out.insert(out.end(), room.get(), count.p);
    for (const ListEntry &e : list) {
        Writer entry { room.get() };
        entry.put(e.start - heap.base());
        entry.put(e.key.major);
        entry.put(zigzag(e.key.minor));
        out.insert(out.end(), room.get(), entry.p);
    }
}

void decodeState(const std::uint8_t *p, Size heapSize, const HeapSettings &settings, HeapState &state)
{
    state.heapSize = heapSize;
    state.settings = settings;
    const Addr end = settings.base + heapSize;
    state.policy = Policy(*p++);
    state.rover = getVarint(p);
    state.step = std::uint32_t(getVarint(p));
    state.peakLiveBytes = getVarint(p);
    state.highWater = getVarint(p);
    const std::size_t count = getVarint(p);
    state.blocks.clear();
    state.blocks.reserve(count);
    Addr start = settings.base;
    for (std::size_t i = 0; i < count; ++i) {
        BlockInfo b;
        b.start = start;
        b.size = sizeOf(getVarint(p), start, end);
        const std::uint64_t tagUsed = getVarint(p);
        b.used = tagUsed & 1;
        b.tag = std::uint32_t(tagUsed >> 2);
        if (tagUsed & 2)
            b.slack = std::uint32_t(getVarint(p));
        b.step = state.step - std::uint32_t(getVarint(p));
        state.blocks.push_back(b);
        start = b.end();
    }
    state.list.resize(getVarint(p));
    for (ListEntry &e : state.list) {
        e.start = settings.base + getVarint(p);
        e.key.major = getVarint(p);
        e.key.minor = unzigzag(getVarint(p));
    }
}

} // namespace heapboard::steprecord
