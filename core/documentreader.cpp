// SPDX-License-Identifier: MIT
#include "documentreader.h"

namespace heapboard {

DocumentKind documentKind(std::string_view text)
{
    return looksLikeScenario(text) ? DocumentKind::Scenario : DocumentKind::Trace;
}

bool parseDocument(std::string_view text, std::string_view file, ParsedDocument &out, std::string &error)
{
    out = ParsedDocument {};
    out.kind = documentKind(text);
    ParseError e;
    const bool ok = out.kind == DocumentKind::Scenario ? parseScenario(text, out.scenario, e)
                                                       : parseTrace(text, out.trace, e);
    if (ok)
        return true;
    error = parseErrorMessage(file, e, out.kind == DocumentKind::Scenario);
    return false;
}

} // namespace heapboard
