// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heapboard {

// One line of a CS:APP malloclab trace.
struct TraceOp {
    enum class Kind : std::uint8_t { Malloc, Free, Realloc };
    Kind kind = Kind::Malloc;
    // Numeric but unusable sizes (negative, above 2^62) are kept as data so
    // that the replay reports them as invalid-size operations.
    bool sizeValid = true;
    std::uint32_t id = 0; // Trace::idName(id)
    int line = 0;
    std::uint32_t rawSize = 0; // Trace::rawSize(rawSize) when !sizeValid
    Size size = 0;
    // A recording's (heapboard-record): the address the real allocator
    // returned for a or r, which "as recorded" places the block at; 0 for
    // none (a plain trace, a call that failed).
    Addr address = 0;
};

// Who made a recording's call, and when: for what a view shows of a block.
struct RecordedCall {
    std::uint32_t thread = 0; // the recording's thread number, from 1
    std::uint64_t time = 0; // nanoseconds since the recording began
};

struct Trace {
    std::uint64_t suggestedHeapSize = 0;
    std::uint64_t idCount = 0;
    std::uint64_t opCount = 0;
    std::uint64_t weight = 0;
    std::vector<TraceOp> ops;
    // A recording's trace: the call each line of ops came from, by index;
    // empty for a plain trace.
    std::vector<RecordedCall> calls;

    std::size_t idCountSeen() const { return m_idEnds.size(); }
    std::string_view idName(std::uint32_t id) const { return slice(m_idText, m_idEnds, id); }
    std::string_view rawSize(std::uint32_t i) const { return slice(m_rawText, m_rawEnds, i); }
    std::uint32_t addId(std::string_view text) { return append(m_idText, m_idEnds, text); }
    std::uint32_t addRawSize(std::string_view text) { return append(m_rawText, m_rawEnds, text); }

private:
    // Strings packed end to end: one allocation for all of them.
    static std::string_view slice(const std::string &text, const std::vector<std::uint32_t> &ends,
                                  std::uint32_t i)
    {
        const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(text).substr(begin, ends[i] - begin);
    }
    static std::uint32_t append(std::string &text, std::vector<std::uint32_t> &ends, std::string_view s)
    {
        text += s;
        ends.push_back(std::uint32_t(text.size()));
        return std::uint32_t(ends.size() - 1);
    }
    std::string m_idText;
    std::vector<std::uint32_t> m_idEnds;
    std::string m_rawText;
    std::vector<std::uint32_t> m_rawEnds;
};

struct ParseError {
    int line = 0;
    int column = 0; // 0 when the message is about the whole line
    std::string message;
};

// "FILE:LINE: what is wrong", or with the column "FILE:LINE:COLUMN: what is
// wrong": how the CLI and the window report a file they cannot read
// (scenarios name the column, traces the line).
std::string parseErrorMessage(std::string_view fileName, const ParseError &error, bool withColumn);

// Reads the malloclab format: four header numbers (suggested heap size, ids,
// operations, weight), then `a ID SIZE`, `f ID`, `r ID SIZE` lines. Blank
// lines, CRLF and surrounding blanks are accepted. The operation count must
// match the header. Nothing is reserved from numbers in the file, so memory
// grows only with the text itself. Returns false and fills error otherwise.
bool parseTrace(std::string_view text, Trace &out, ParseError &error);

// Parses a size: digits only, optional K/M/G suffix (powers of 1024), at
// most kMaxHeapSize. Used for command-line and scenario sizes too.
bool parseSize(std::string_view text, Size &out);

} // namespace heapboard
