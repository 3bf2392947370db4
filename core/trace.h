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
    Size size = 0;
    std::string id; // as written: an optional '-' and digits
    std::string sizeText; // as written, for messages
    int line = 0;
};

struct Trace {
    std::uint64_t suggestedHeapSize = 0;
    std::uint64_t idCount = 0;
    std::uint64_t opCount = 0;
    std::uint64_t weight = 0;
    std::vector<TraceOp> ops;
};

struct ParseError {
    int line = 0;
    int column = 0; // 0 when the message is about the whole line
    std::string message;
};

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
