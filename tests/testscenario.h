// SPDX-License-Identifier: MIT
#pragma once
// Scenarios written out in a test.

#include "scenario.h"

#include <QtGlobal>
#include <string_view>

namespace heapboard::test {

// The scenario in text, which the test expects to be good: a parse error
// is printed with the text, and the scenario is then empty or partial.
inline Scenario parsed(std::string_view text)
{
    Scenario s;
    ParseError e;
    if (!parseScenario(text, s, e))
        qWarning("%d:%d: %s\n%.*s", e.line, e.column, e.message.c_str(), int(text.size()), text.data());
    return s;
}

} // namespace heapboard::test
