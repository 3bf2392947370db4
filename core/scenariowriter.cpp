// SPDX-License-Identifier: MIT
// Writing a scenario back as text (formatScenario(), formatStatement()):
// what parseScenario() in scenario.cpp reads, so that the round trip is
// exact.
#include "scenario.h"
#include "scenariosettings.h"

#include <string>

namespace heapboard {

namespace {

    std::string spanText(const Span &s)
    {
        return std::to_string(s.start) + "+" + std::to_string(s.size);
    }

    // `? TEXT` and `group TITLE` before step i.
    void formatQuestionAndGroup(const Scenario &s, std::size_t i, std::string &out)
    {
        const ScenarioStep &step = s.steps[i];
        if (!step.question().empty())
            out += "? " + step.question() + "\n";
        const ScenarioGroupRange group = groupRange(s, i);
        if (group.first == i && step.startsGroup())
            out += step.groupTitle().empty() ? std::string("group\n") : "group " + step.groupTitle() + "\n";
    }

    // `end` after the last step of a group.
    void formatGroupEnd(const Scenario &s, std::size_t i, std::string &out)
    {
        const ScenarioGroupRange group = groupRange(s, i);
        if (group.last == i && s.steps[group.first].startsGroup())
            out += "end\n";
    }

} // namespace

std::string formatScenario(const Scenario &s)
{
    std::string out;
    if (!s.title.empty())
        out += "title " + s.title + "\n";
    out += "heap " + std::to_string(s.heapSize) + "\n";
    out += "policy " + std::string(policyName(s.policy)) + "\n";
    if (!s.compare.empty()) {
        out += "compare";
        for (Policy p : s.compare)
            out += " " + std::string(policyName(p));
        out += "\n";
    }
    if (s.layout != ScenarioLayout::Default)
        out += std::string("layout ") + (s.layout == ScenarioLayout::Strip ? "strip" : "rows") + "\n";
    out += formatSettings(s.settings);
    const auto writeExpects = [&](const std::vector<ScenarioExpect> &expects) {
        for (const ScenarioExpect &e : expects) {
            switch (e.kind) {
            case ScenarioExpect::Kind::FreeList:
                out += "expect free";
                for (const Span &span : e.spans)
                    out += " " + spanText(span);
                break;
            case ScenarioExpect::Kind::HandleAt:
                out += "expect " + s.handles[std::size_t(e.handle)] + " at " + std::to_string(e.address);
                break;
            case ScenarioExpect::Kind::Error:
                out += "expect error " + std::string(errorCodeName(e.error));
                break;
            }
            out += "\n";
        }
    };
    writeExpects(s.startExpects);
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
        const ScenarioStep &step = s.steps[i];
        formatQuestionAndGroup(s, i, out);
        if (!step.narration().empty())
            out += "> " + step.narration() + "\n";
        out += formatStatement(s, step) + "\n";
        writeExpects(step.expects());
        formatGroupEnd(s, i, out);
    }
    return out;
}

std::string formatStatement(const Scenario &s, const ScenarioStep &step)
{
    // Appends only: a history list formats a statement for every row shown.
    std::string out;
    out.reserve(32);
    if (step.result >= 0) {
        out += s.handles[std::size_t(step.result)];
        out += " = ";
    }
    const auto operand = [&] {
        if (step.operand >= 0)
            out += s.handles[std::size_t(step.operand)];
        else
            out += std::to_string(step.address());
    };
    switch (step.kind) {
    case ScenarioStep::Kind::Malloc:
        out += "malloc ";
        out += std::to_string(step.size);
        break;
    case ScenarioStep::Kind::Free:
        out += "free ";
        operand();
        break;
    case ScenarioStep::Kind::Realloc:
        out += "realloc ";
        operand();
        out += ' ';
        out += std::to_string(step.size);
        break;
    case ScenarioStep::Kind::SetPolicy:
        out += "policy ";
        out += policyName(step.policy);
        break;
    }
    return out;
}

} // namespace heapboard
