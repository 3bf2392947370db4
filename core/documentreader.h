// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"
#include "trace.h"

#include <string>
#include <string_view>

namespace heapboard {

enum class DocumentKind : std::uint8_t { Scenario, Trace };

// What a file holds, told by its content, never by its name: a malloclab
// trace begins with a number (its header), a scenario with a word, a
// comment or a narration. Anything else (a minus sign, binary data, nothing
// at all) is read as a trace, whose header then says what is wrong. A
// heapboard-record recording (.hrec) is a trace too.
DocumentKind documentKind(std::string_view text);

// A document as read from a file, before it runs: a scenario or a trace.
struct ParsedDocument {
    DocumentKind kind = DocumentKind::Scenario;
    Scenario scenario; // when kind is Scenario
    Trace trace; // when kind is Trace
    // A trace made from a heapboard-record recording (.hrec, told by its
    // magic number; docs/hrec.md): traceFromHrec() of it.
    bool recorded = false;
    // "FILE: offset N: ..." when a recording was cut short and read up to
    // its last whole event; empty otherwise.
    std::string warning;
};

// Reads text as documentKind() says. False, with `error` set to "FILE:LINE:
// COLUMN: what is wrong" for a scenario and "FILE:LINE: what is wrong" for a
// trace (FILE being `file`), or "FILE: offset N: what is wrong" for a
// recording, when it cannot be read; out.kind says which it
// was taken for either way. The one reader of documents: the window and
// heapboard-cli both go through it, so they always decide alike.
bool parseDocument(std::string_view text, std::string_view file, ParsedDocument &out, std::string &error);

} // namespace heapboard
