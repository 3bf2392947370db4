// SPDX-License-Identifier: MIT
// ScenarioStep's out-of-line notes, and handle lookups.
#include "scenario.h"

#include <algorithm>

namespace heapboard {

ScenarioStep::ScenarioStep(const ScenarioStep &other)
    : kind(other.kind)
    , policy(other.policy)
    , line(other.line)
    , result(other.result)
    , operand(other.operand)
    , size(other.size)
    , m_notes(other.m_notes ? std::make_unique<Notes>(*other.m_notes) : nullptr)
{ }

ScenarioStep &ScenarioStep::operator=(const ScenarioStep &other)
{
    if (this != &other)
        *this = ScenarioStep(other);
    return *this;
}

ScenarioStep::~ScenarioStep() = default;

void ScenarioStep::setAddress(Addr address)
{
    if (m_notes || address != 0)
        notes().address = address;
}

const std::string &ScenarioStep::narration() const
{
    static const std::string none;
    return m_notes ? m_notes->narration : none;
}

void ScenarioStep::setNarration(std::string text)
{
    if (m_notes || !text.empty())
        notes().narration = std::move(text);
}

const std::vector<ScenarioExpect> &ScenarioStep::expects() const
{
    static const std::vector<ScenarioExpect> none;
    return m_notes ? m_notes->expects : none;
}

void ScenarioStep::addExpect(ScenarioExpect expect)
{
    notes().expects.push_back(std::move(expect));
}

const std::string &ScenarioStep::question() const
{
    static const std::string none;
    return m_notes ? m_notes->question : none;
}

void ScenarioStep::setQuestion(std::string text)
{
    if (m_notes || !text.empty())
        notes().question = std::move(text);
}

const std::string &ScenarioStep::groupTitle() const
{
    static const std::string none;
    return m_notes ? m_notes->groupTitle : none;
}

void ScenarioStep::startGroup(std::string title)
{
    notes().startsGroup = true;
    notes().groupTitle = std::move(title);
}

void ScenarioStep::setJoinsGroup()
{
    notes().joinsGroup = true;
}

ScenarioStep::Notes &ScenarioStep::notes()
{
    if (!m_notes)
        m_notes = std::make_unique<Notes>();
    return *m_notes;
}

int Scenario::handleIndex(std::string_view name) const
{
    const auto it = std::find(handles.begin(), handles.end(), name);
    return it == handles.end() ? -1 : int(it - handles.begin());
}

} // namespace heapboard

namespace heapboard {

ScenarioGroupRange groupRange(const Scenario &scenario, std::size_t index)
{
    const std::vector<ScenarioStep> &steps = scenario.steps;
    ScenarioGroupRange range { index, index };
    if (index >= steps.size())
        return range;
    while (range.first > 0 && steps[range.first].joinsGroup())
        --range.first;
    // A step that joins a group only belongs to one that a step started.
    if (!steps[range.first].startsGroup())
        return { index, index };
    while (range.last + 1 < steps.size() && steps[range.last + 1].joinsGroup())
        ++range.last;
    return range;
}

bool hasQuestions(const Scenario &scenario)
{
    return std::any_of(scenario.steps.begin(), scenario.steps.end(),
                       [](const ScenarioStep &step) { return !step.question().empty(); });
}

} // namespace heapboard
