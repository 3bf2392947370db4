// SPDX-License-Identifier: MIT
#include "documentreader.h"

#include "hrec.h"

namespace heapboard {

DocumentKind documentKind(std::string_view text)
{
    return !isHrec(text) && looksLikeScenario(text) ? DocumentKind::Scenario : DocumentKind::Trace;
}

namespace {

    bool parseRecording(std::string_view data, std::string_view file, ParsedDocument &out, std::string &error)
    {
        HrecLog log;
        std::string message;
        if (!readHrec(data, log, message)) {
            error = std::string(file) + ": " + message;
            return false;
        }
        out.recorded = true;
        out.trace = traceFromHrec(log);
        if (!log.warning.empty())
            out.warning = std::string(file) + ": " + log.warning;
        return true;
    }

} // namespace

bool parseDocument(std::string_view text, std::string_view file, ParsedDocument &out, std::string &error)
{
    out = ParsedDocument {};
    out.kind = documentKind(text);
    if (isHrec(text))
        return parseRecording(text, file, out, error);
    ParseError e;
    const bool ok = out.kind == DocumentKind::Scenario ? parseScenario(text, out.scenario, e)
                                                       : parseTrace(text, out.trace, e);
    if (ok)
        return true;
    error = parseErrorMessage(file, e, out.kind == DocumentKind::Scenario);
    return false;
}

} // namespace heapboard
