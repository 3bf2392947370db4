// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the scenario parser. Whatever it accepts must
// format to text that parses again and formats to the same text, and must
// run with its expect lines checked. The heap keeps block metadata, never
// bytes, so running a scenario costs memory in proportion to its lines, not
// to the sizes written in it.
#include "scenario.h"
#include "scenariorunner.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace heapboard;

namespace {

[[noreturn]] void fail(const char *what, const std::string &text)
{
    std::fprintf(stderr, "fuzz_scenario: %s\n--- text ---\n%s\n---\n", what, text.c_str());
    std::abort();
}

// Every handle that a step or an expect uses was assigned by an earlier
// step, as the format requires; and every index is in range.
void checkHandles(const Scenario &scenario, const std::string &text)
{
    std::vector<bool> assigned(scenario.handles.size());
    const auto use = [&](int handle) {
        if (handle >= 0 && (std::size_t(handle) >= assigned.size() || !assigned[std::size_t(handle)]))
            fail("a handle used before any line assigns it", text);
    };
    for (const ScenarioExpect &e : scenario.startExpects)
        use(e.kind == ScenarioExpect::Kind::HandleAt ? e.handle : -1);
    for (const ScenarioStep &step : scenario.steps) {
        use(step.operand);
        if (step.result >= int(assigned.size()))
            fail("a result handle out of range", text);
        if (step.result >= 0)
            assigned[std::size_t(step.result)] = true;
        for (const ScenarioExpect &e : step.expects())
            use(e.kind == ScenarioExpect::Kind::HandleAt ? e.handle : -1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Scenario scenario;
    ParseError error;
    if (!parseScenario(text, scenario, error)) {
        // Line 0 only for an empty file, which has no line 1.
        const int lines = int(std::count(text.begin(), text.end(), '\n')) + 1;
        if (error.line < (text.empty() ? 0 : 1) || error.line > lines || error.column < 1
            || error.message.empty())
            fail("a parse error without a line, column or message", std::string(text));
        return 0;
    }
    checkHandles(scenario, std::string(text));
    const std::string formatted = formatScenario(scenario);
    Scenario again;
    if (!parseScenario(formatted, again, error))
        fail(("the formatted scenario does not parse: " + std::to_string(error.line) + ":"
              + std::to_string(error.column) + ": " + error.message)
                 .c_str(),
             formatted);
    if (formatScenario(again) != formatted)
        fail("formatting the reparsed scenario gives other text", formatted);
    if (again.steps.size() != scenario.steps.size() || again.handles != scenario.handles)
        fail("the reparsed scenario has other steps or handles", formatted);
    // Messages name lines and quote the expect as written (sizes with K, M
    // or G), which formatting changes; the same expects must fail.
    if (checkScenario(again).size() != checkScenario(scenario).size())
        fail("the reparsed scenario checks differently", formatted);
    return 0;
}
