// SPDX-License-Identifier: MIT
#include "jsonl.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace heapboard::jsonl {

namespace {

    void appendNumber(std::string &out, std::uint64_t v)
    {
        char buf[24];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, end);
    }

    void appendKey(std::string &out, std::string_view key)
    {
        out += ",\"";
        out += key;
        out += "\":";
    }

    bool needsEscape(char c)
    {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    }

    void appendString(std::string &out, std::string_view s)
    {
        out += '"';
        if (std::none_of(s.begin(), s.end(), needsEscape)) {
            out += s;
            out += '"';
            return;
        }
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
        out += '"';
    }

    // A size as written in a trace when it was not usable: kept as a JSON
    // number when it is one (-5, 99999999999999999999), else null.
    void appendRawSize(std::string &out, std::string_view text)
    {
        const std::string_view digits = !text.empty() && text.front() == '-' ? text.substr(1) : text;
        bool ok = !digits.empty() && (digits.size() == 1 || digits.front() != '0');
        for (char c : digits)
            ok = ok && c >= '0' && c <= '9';
        if (ok)
            out += text;
        else
            out += "null";
    }

    void appendStates(std::string &out, const Heap &heap)
    {
        // "[start,size]," is at most 2 * 20 + 4 characters.
        const std::size_t perBlock = 44;
        std::string used;
        used.reserve(perBlock * heap.blockCount() + 16);
        out.reserve(out.size() + perBlock * heap.blockCount() + 32);
        out += ",\"free\":[";
        used += ",\"used\":[";
        bool firstFree = true;
        bool firstUsed = true;
        heap.forEachBlock([&](const BlockInfo &b) {
            if (b.used && b.tag == kGapTag)
                return; // a sparse heap's gap is neither free nor used
            std::string &to = b.used ? used : out;
            bool &first = b.used ? firstUsed : firstFree;
            if (!first)
                to += ',';
            first = false;
            to += '[';
            appendNumber(to, b.start);
            to += ',';
            appendNumber(to, b.size);
            to += ']';
        });
        out += ']';
        out += used;
        out += ']';
    }

    void appendResult(std::string &out, const OpResult &result, bool hasPtr, Addr ptr, const Heap *statesOf)
    {
        appendKey(out, "ptr");
        if (hasPtr)
            appendNumber(out, ptr);
        else
            out += "null";
        appendKey(out, "error");
        if (result.ok())
            out += "null";
        else
            appendString(out, errorCodeName(result.error));
        if (statesOf)
            appendStates(out, *statesOf);
        out += "}\n";
    }

    // An empty id is null: a scenario's malloc with no handle (a trace's ids
    // are never empty).
    void appendHead(std::string &out, std::size_t step, std::string_view op, std::string_view id)
    {
        out += "{\"step\":";
        appendNumber(out, step);
        appendKey(out, "op");
        appendString(out, op);
        appendKey(out, "id");
        if (id.empty())
            out += "null";
        else
            appendString(out, id);
    }

} // namespace

void appendStep(std::string &out, std::size_t step, const Trace &trace, const TraceOp &op,
                const TraceStep &result, const Heap *statesOf)
{
    static constexpr std::string_view names[] = { "malloc", "free", "realloc" };
    appendHead(out, step, names[int(op.kind)], trace.idName(op.id));
    if (op.kind != TraceOp::Kind::Free) {
        appendKey(out, "size");
        if (op.sizeValid)
            appendNumber(out, op.size);
        else
            appendRawSize(out, trace.rawSize(op.rawSize));
    }
    appendResult(out, result.result, result.hasPtr, result.ptr, statesOf);
}

void appendOperation(std::string &out, std::size_t step, const Operation &operation, const OpResult &result,
                     const Heap *statesOf)
{
    appendHead(out, step, operation.op, operation.id);
    if (operation.hasSize) {
        appendKey(out, "size");
        appendNumber(out, operation.size);
    }
    if (!operation.policy.empty()) {
        appendKey(out, "policy");
        appendString(out, operation.policy);
    }
    appendResult(out, result, result.hasPtr, result.ptr, statesOf);
}

namespace {

    // The allocator's settings, only when they are not the defaults (so
    // that a default run prints what it always printed).
    void appendSettings(std::string &out, const HeapSettings &s)
    {
        if (s.isDefault())
            return;
        appendKey(out, "settings");
        out += '{';
        const std::pair<std::string_view, std::uint64_t> numbers[] = {
            { "base", s.base },
            { "header", s.header },
            { "alignment", s.alignment },
            { "min_block", s.minBlock },
        };
        for (const auto &[key, value] : numbers) {
            appendString(out, key);
            out += ':';
            appendNumber(out, value);
            out += ',';
        }
        appendString(out, "order");
        out += ':';
        appendString(out, listOrderName(s.order));
        out += ',';
        appendString(out, "coalesce");
        out += ':';
        appendString(out, coalescingName(s.coalescing));
        if (s.grows()) {
            appendKey(out, "grow");
            appendNumber(out, s.growStep);
            appendKey(out, "max_heap");
            appendNumber(out, s.growMax);
        }
        out += '}';
    }

} // namespace

void appendFinal(std::string &out, const Heap &heap)
{
    out += "{\"final\":true";
    appendStates(out, heap);
    const HeapStats s = heap.stats();
    const std::pair<std::string_view, std::uint64_t> fields[] = {
        { "live_bytes", s.liveBytes },     { "free_bytes", s.freeBytes },
        { "used_blocks", s.usedBlocks },   { "free_blocks", s.freeBlocks },
        { "largest_free", s.largestFree }, { "peak_live_bytes", s.peakLiveBytes },
        { "high_water", s.highWater },
    };
    out += ",\"stats\":{";
    for (const auto &[key, value] : fields) {
        appendString(out, key);
        out += ':';
        appendNumber(out, value);
        out += ',';
    }
    out.pop_back();
    if (heap.settings().grows()) { // where the break ended up
        appendKey(out, "heap_size");
        appendNumber(out, s.heapSize);
    }
    appendKey(out, "fragmentation");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", s.fragmentation());
    out += buf;
    // Peak utilization, as CS:APP 9.9.3 defines it (docs/semantics.md).
    appendKey(out, "peak_utilization");
    std::snprintf(buf, sizeof buf, "%.6f", s.peakUtilization());
    out += buf;
    out += '}';
    appendSettings(out, heap.settings());
    out += "}\n";
}

} // namespace heapboard::jsonl
