// SPDX-License-Identifier: MIT
// The .hrec format (docs/hrec.md): a header, then chunks of one thread's
// events each, as record/recordlib.c writes them.
#include "hrec.h"

#include "hrecformat.h"

#include <algorithm>
#include <cstring>

namespace heapboard {

namespace {

    template<typename T> T load(std::string_view data, std::size_t at)
    {
        T value = 0; // little-endian in the file, as on every machine that records
        std::memcpy(&value, data.data() + at, sizeof value);
        return value;
    }

    template<typename T> void store(std::string &out, T value)
    {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        out.append(bytes, sizeof value);
    }

    std::string at(std::size_t offset, const std::string &what)
    {
        return "offset " + std::to_string(offset) + ": " + what;
    }

    enum class Read : std::uint8_t { Ok, End, TooLong };

    Read varint(std::string_view data, std::size_t &pos, std::size_t end, std::uint64_t &out)
    {
        out = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (pos >= end)
                return Read::End;
            const auto byte = std::uint8_t(data[pos++]);
            if (shift == 63 && byte > 1)
                return Read::TooLong;
            out |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return Read::Ok;
        }
        return Read::TooLong;
    }

    // The fields of one event after its kind byte.
    struct EventReader {
        std::string_view data;
        std::size_t pos;
        std::size_t end;
        std::uint64_t lastTime = 0;
        std::uint64_t lastAddress = 0;
        std::size_t badAt = 0;

        Read number(std::uint64_t &out)
        {
            badAt = pos;
            return varint(data, pos, end, out);
        }
        Read address(std::uint64_t &out)
        {
            std::uint64_t zigzag = 0;
            const Read r = number(zigzag);
            const std::uint64_t delta = (zigzag >> 1) ^ (~(zigzag & 1) + 1);
            lastAddress += delta;
            out = lastAddress;
            return r;
        }
        // shortTime: version 2's time in the kind byte (1 + ticks), or 0
        // when it follows as a number.
        Read event(unsigned kind, unsigned shortTime, HrecEvent &e)
        {
            std::uint64_t dt = shortTime - 1;
            Read r = shortTime ? Read::Ok : number(dt);
            lastTime += dt;
            e.time = lastTime;
            if (r == Read::Ok && hrecHasOldAddress(kind))
                r = address(e.oldAddress);
            if (r == Read::Ok)
                r = address(e.address);
            const int numbers = hrecNumberCount(kind);
            const bool alignment
                = kind == HREC_ALIGNED_ALLOC || kind == HREC_POSIX_MEMALIGN || kind == HREC_MEMALIGN;
            std::uint64_t first = 0;
            if (r == Read::Ok && numbers > 0)
                r = number(numbers == 2 ? first : e.size);
            if (r == Read::Ok && numbers > 1)
                r = number(e.size);
            if (numbers == 2)
                (alignment ? e.alignment : e.count) = first;
            return r;
        }
    };

    bool readHeader(std::string_view data, HrecHeader &h, std::size_t &headerSize, std::string &error)
    {
        if (!isHrec(data)) {
            error = at(0, "not an .hrec file: it does not begin with HBREC");
            return false;
        }
        if (data.size() < HREC_HEADER_FIXED) {
            error = at(data.size(), "the header ends early, after " + std::to_string(data.size()) + " bytes");
            return false;
        }
        h.version = load<std::uint16_t>(data, 8);
        h.wordSize = std::uint8_t(data[10]);
        headerSize = load<std::uint32_t>(data, 12);
        const std::uint32_t pathLength = load<std::uint32_t>(data, 44);
        if (h.version < HREC_OLDEST_VERSION || h.version > HREC_VERSION)
            error
                = at(8,
                     "version " + std::to_string(h.version) + " is not one this program reads ("
                         + std::to_string(HREC_OLDEST_VERSION) + " to " + std::to_string(HREC_VERSION) + ")");
        else if (h.wordSize != 4 && h.wordSize != 8)
            error = at(10, "a word size of " + std::to_string(h.wordSize) + " bytes (expected 4 or 8)");
        else if (data[11] != HREC_LITTLE_ENDIAN)
            error = at(11, "not a little-endian recording");
        else if (headerSize != std::uint64_t(HREC_HEADER_FIXED) + pathLength)
            error = at(12,
                       "a header of " + std::to_string(headerSize) + " bytes with a path of "
                           + std::to_string(pathLength) + " bytes");
        else if (headerSize > data.size())
            error = at(data.size(), "the header ends early, inside the program's path");
        if (!error.empty())
            return false;
        h.pid = load<std::uint32_t>(data, 16);
        h.parentPid = load<std::uint32_t>(data, 20);
        h.startRealNs = load<std::uint64_t>(data, 24);
        h.startMonotonicNs = load<std::uint64_t>(data, 32);
        h.origin = load<std::uint32_t>(data, 40);
        h.startTicks = load<std::uint64_t>(data, 48);
        h.program = std::string(data.substr(HREC_HEADER_FIXED, pathLength));
        return true;
    }

    // One chunk at pos: its events appended to out. False with error for a
    // damaged one; a chunk cut by the end of the file sets warning.
    // The latest (ticks, nanoseconds) pair of the chunks, for the reader's
    // conversion of ticks to nanoseconds.
    struct ClockPair {
        std::uint64_t ticks = 0;
        std::uint64_t ns = 0;
    };

    bool readChunk(std::string_view data, std::size_t pos, HrecLog &out, ClockPair &clock, std::string &error)
    {
        if (const auto ticks = load<std::uint64_t>(data, pos + 16); ticks > clock.ticks)
            clock = { ticks, load<std::uint64_t>(data, pos + 24) };
        const auto tid = load<std::uint32_t>(data, pos + 4);
        const auto length = load<std::uint32_t>(data, pos + 8);
        const auto count = load<std::uint32_t>(data, pos + 12);
        const std::size_t start = pos + HREC_CHUNK_HEADER;
        const bool cut = length > data.size() - start;
        EventReader reader { data, start, cut ? data.size() : start + length };
        const bool packedTimes = out.header.version >= 2;
        std::uint32_t read = 0;
        while (reader.pos < reader.end) {
            const std::size_t eventAt = reader.pos;
            const auto byte = unsigned(std::uint8_t(data[reader.pos++]));
            const unsigned kind = packedTimes ? byte & HREC_KIND_BITS : byte;
            if (kind == 0 || kind >= HREC_KIND_END) {
                error = at(eventAt, "unknown event kind " + std::to_string(kind));
                return false;
            }
            HrecEvent e;
            e.kind = HrecKind(kind);
            e.thread = tid;
            const Read r = reader.event(kind, packedTimes ? byte >> 4 : 0, e);
            if (r == Read::TooLong) {
                error = at(reader.badAt, "a number longer than 64 bits");
                return false;
            }
            if (r == Read::End && !cut) {
                error = at(eventAt, "an event runs past the end of its chunk");
                return false;
            }
            if (r == Read::End) {
                out.warning = at(eventAt,
                                 "the file ends inside an event (a recording cut short); "
                                 "read the events before it");
                return true;
            }
            out.events.push_back(e);
            ++read;
        }
        if (cut)
            out.warning = at(data.size(),
                             "the file ends inside the chunk at offset " + std::to_string(pos)
                                 + " (a recording cut short); read its whole events");
        else if (read != count)
            error = at(pos + 12,
                       "the chunk promises " + std::to_string(count) + " events but holds "
                           + std::to_string(read));
        return error.empty();
    }

} // namespace

bool HrecEvent::requested(std::uint64_t &bytes) const
{
    if (count != 0 && size > UINT64_MAX / count)
        return false;
    bytes = count * size;
    return true;
}

bool isHrec(std::string_view data)
{
    return data.substr(0, HREC_MAGIC_SIZE) == std::string_view(HREC_MAGIC, HREC_MAGIC_SIZE);
}

bool readHrec(std::string_view data, HrecLog &out, std::string &error)
{
    out = HrecLog {};
    std::size_t pos = 0;
    if (!readHeader(data, out.header, pos, error))
        return false;
    ClockPair clock;
    while (pos < data.size() && out.warning.empty()) {
        if (data.size() - pos < HREC_CHUNK_HEADER) {
            out.warning = at(pos, "the file ends inside a chunk's header (a recording cut short)");
            break;
        }
        if (load<std::uint32_t>(data, pos) != HREC_CHUNK_TAG) {
            error = at(pos, "expected a chunk (HBCK), found something else");
            return false;
        }
        if (!readChunk(data, pos, out, clock, error))
            return false;
        pos += HREC_CHUNK_HEADER + std::size_t(load<std::uint32_t>(data, pos + 8));
    }
    // Chunks are written as threads fill them: time puts the threads'
    // events together again, each thread's in its own order.
    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const HrecEvent &a, const HrecEvent &b) { return a.time < b.time; });
    // Ticks to nanoseconds: a straight line through the header's pair and
    // the latest chunk's (ticks are nanoseconds when there is no such line).
    const HrecHeader &h = out.header;
    double nsPerTick = 1;
    if (clock.ticks > h.startTicks && clock.ns > h.startMonotonicNs)
        nsPerTick = double(clock.ns - h.startMonotonicNs) / double(clock.ticks - h.startTicks);
    for (HrecEvent &e : out.events) {
        const double ns = double(e.time) * nsPerTick; // monotone, and kept in range
        e.time = ns < 1.8e19 ? std::uint64_t(ns) : UINT64_MAX;
    }
    return true;
}

namespace {

    void putVarint(std::string &out, std::uint64_t v)
    {
        while (v >= 0x80) {
            out += char(v | 0x80);
            v >>= 7;
        }
        out += char(v);
    }

    void putAddress(std::string &out, std::uint64_t address, std::uint64_t &last)
    {
        const auto delta = std::int64_t(address - last);
        last = address;
        putVarint(out, (std::uint64_t(delta) << 1) ^ std::uint64_t(delta >> 63));
    }

    void putEvent(std::string &out, const HrecEvent &e, unsigned version, std::uint64_t &lastTime,
                  std::uint64_t &lastAddress)
    {
        const auto kind = unsigned(e.kind);
        const std::uint64_t dt = e.time >= lastTime ? e.time - lastTime : 0;
        lastTime = e.time;
        if (version >= 2 && dt < HREC_SHORT_TIMES) {
            out += char(kind | (dt + 1) << 4);
        } else {
            out += char(kind);
            putVarint(out, dt);
        }
        if (hrecHasOldAddress(kind))
            putAddress(out, e.oldAddress, lastAddress);
        putAddress(out, e.address, lastAddress);
        const int numbers = hrecNumberCount(kind);
        const bool alignment
            = kind == HREC_ALIGNED_ALLOC || kind == HREC_POSIX_MEMALIGN || kind == HREC_MEMALIGN;
        if (numbers == 2)
            putVarint(out, alignment ? e.alignment : e.count);
        if (numbers > 0)
            putVarint(out, e.size);
    }

} // namespace

std::string writeHrec(const HrecHeader &h, const std::vector<HrecEvent> &events)
{
    std::string out(HREC_MAGIC, HREC_MAGIC_SIZE);
    store(out, h.version);
    out += char(h.wordSize);
    out += char(HREC_LITTLE_ENDIAN);
    store(out, std::uint32_t(HREC_HEADER_FIXED + h.program.size()));
    store(out, h.pid);
    store(out, h.parentPid);
    store(out, h.startRealNs);
    store(out, h.startMonotonicNs);
    store(out, h.origin);
    store(out, std::uint32_t(h.program.size()));
    store(out, h.startTicks);
    out += h.program;
    for (std::size_t i = 0; i < events.size();) {
        std::string body;
        std::uint64_t lastTime = 0, lastAddress = 0;
        std::size_t j = i;
        for (; j < events.size() && events[j].thread == events[i].thread; ++j)
            putEvent(body, events[j], h.version, lastTime, lastAddress);
        store(out, std::uint32_t(HREC_CHUNK_TAG));
        store(out, events[i].thread);
        store(out, std::uint32_t(body.size()));
        store(out, std::uint32_t(j - i));
        store(out, h.startTicks + lastTime); // one tick a nanosecond
        store(out, h.startMonotonicNs + lastTime);
        out += body;
        i = j;
    }
    return out;
}

} // namespace heapboard
