// SPDX-License-Identifier: MIT
#include "scenariorecorder.h"

#include "heap.h"

namespace heapboard {

ScenarioRecorder::ScenarioRecorder() = default;
ScenarioRecorder::~ScenarioRecorder() = default;

void ScenarioRecorder::start(Size heapSize, Policy policy)
{
    Scenario s;
    s.heapSize = heapSize;
    s.policy = policy;
    load(std::move(s));
}

void ScenarioRecorder::load(Scenario scenario)
{
    m_runner.reset();
    m_scenario = std::move(scenario);
}

void ScenarioRecorder::setNarration(std::size_t step, std::string text)
{
    if (step >= 1 && step <= m_scenario.steps.size())
        m_scenario.steps[step - 1].narration = std::move(text);
}

void ScenarioRecorder::truncate(std::size_t steps)
{
    if (steps >= m_scenario.steps.size())
        return;
    m_scenario.steps.resize(steps);
    m_runner.reset();
}

ScenarioRunner &ScenarioRecorder::runner()
{
    if (!m_runner) {
        // Only what the handles name matters here; a plain heap replays it.
        Heap scratch(m_scenario.heapSize, m_scenario.policy);
        runAll(scratch);
    }
    return *m_runner;
}

int ScenarioRecorder::handleFor(std::string_view name)
{
    const int existing = m_scenario.handleIndex(name);
    if (existing >= 0)
        return existing;
    m_scenario.handles.emplace_back(name);
    return int(m_scenario.handles.size()) - 1;
}

void ScenarioRecorder::operandFor(Addr ptr, ScenarioStep &step)
{
    step.operand = runner().liveHandleAt(ptr);
    step.address = ptr;
}

Scenario scenarioFromTrace(const Trace &trace, Size heapSize, Policy policy)
{
    Scenario s;
    s.heapSize = heapSize;
    s.policy = policy;
    for (std::uint32_t id = 0; id < trace.idCountSeen(); ++id)
        s.handles.push_back("p" + std::string(trace.idName(id)));
    std::vector<bool> assigned(trace.idCountSeen(), false);
    s.steps.reserve(trace.ops.size());
    for (const TraceOp &op : trace.ops) {
        ScenarioStep step;
        step.line = op.line;
        const int handle = int(op.id);
        const bool known = assigned[op.id];
        if (op.kind == TraceOp::Kind::Free && !known) {
            step.kind = ScenarioStep::Kind::Free;
            step.address = heapSize; // never a block: invalid-pointer
        } else if (op.kind == TraceOp::Kind::Free) {
            step.kind = ScenarioStep::Kind::Free;
            step.operand = handle;
        } else {
            // realloc of an id that never had a block is C's realloc(NULL, n).
            const bool isRealloc = op.kind == TraceOp::Kind::Realloc && known;
            step.kind = isRealloc ? ScenarioStep::Kind::Realloc : ScenarioStep::Kind::Malloc;
            step.operand = isRealloc ? handle : -1;
            step.size = op.sizeValid ? op.size : 0;
            step.result = handle;
            assigned[op.id] = true;
        }
        step.text = formatStatement(s, step);
        s.steps.push_back(std::move(step));
    }
    return s;
}

} // namespace heapboard
