// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the .hrec reader (docs/hrec.md), and whatever it
// accepts to the conversion to a trace, the .rep writer and the trace reader:
// nothing may crash, hang or trip a sanitizer; a refusal names an offset
// inside the data; a conversion is a trace the trace reader reads back.
#include "hrec.h"
#include "trace.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace heapboard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    HrecLog log;
    std::string error;
    if (!readHrec(bytes, log, error)) {
        // "offset N: ...", N within the data.
        if (error.rfind("offset ", 0) != 0 || std::strtoull(error.c_str() + 7, nullptr, 10) > size)
            std::abort();
        return 0;
    }
    for (std::size_t i = 1; i < log.events.size(); ++i) {
        if (log.events[i].time < log.events[i - 1].time)
            std::abort();
    }
    const Trace trace = traceFromHrec(log);
    Trace back;
    ParseError parseError;
    if (!parseTrace(formatTrace(trace), back, parseError) || back.ops.size() != trace.ops.size())
        std::abort();
    return 0;
}
