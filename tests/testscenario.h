// SPDX-License-Identifier: MIT
#pragma once
// Scenarios written out in a test.

#include "scenario.h"

#include <QtGlobal>
#include <string_view>

namespace heapboard::test {

// A short lesson: a hole made by a free and reused by a smaller malloc.
inline constexpr char kReuseScenario[] = "title Reuse\n"
                                         "heap 256\n"
                                         "policy first-fit\n"
                                         "> First a block.\n"
                                         "a = malloc 32\n"
                                         "> Then a bigger one.\n"
                                         "b = malloc 64\n"
                                         "free a\n"
                                         "> The hole is reused.\n"
                                         "c = malloc 16\n";

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
