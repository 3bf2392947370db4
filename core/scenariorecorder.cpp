// SPDX-License-Identifier: MIT
#include "scenariorecorder.h"

#include "heap.h"
#include "tracerunner.h"

#include <algorithm>

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
    // Handles are added in the order statements first assign them, so the
    // ones only dropped statements used are the last ones. Dropping them
    // keeps tags as a saved and loaded copy numbers them (colors follow).
    int used = -1;
    const auto see = [&used](const std::vector<ScenarioExpect> &expects) {
        for (const ScenarioExpect &e : expects)
            used = std::max(used, e.handle);
    };
    see(m_scenario.startExpects);
    for (const ScenarioStep &step : m_scenario.steps) {
        used = std::max({used, step.result, step.operand});
        see(step.expects);
    }
    if (std::size_t(used + 1) < m_scenario.handles.size())
        m_scenario.handles.resize(std::size_t(used + 1));
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

namespace {

// Trace ids are whole numbers, maybe negative: "-1" becomes handle pm1.
std::string handleForId(std::string_view id)
{
    std::string name = "p";
    for (const char c : id)
        name += c == '-' ? 'm' : c;
    return name;
}

} // namespace

Scenario scenarioFromTrace(const Trace &trace, Size heapSize, Policy policy)
{
    Scenario s;
    s.heapSize = heapSize;
    s.policy = policy;
    for (std::uint32_t id = 0; id < trace.idCountSeen(); ++id)
        s.handles.push_back(handleForId(trace.idName(id)));
    // Whether a line fails (out of memory) depends on the heap, and a failed
    // `a ID` keeps ID's old block where `h = malloc` would empty h: so the
    // trace runs on a scratch heap, and each line becomes the statement
    // with its effect on the heap and on what the handles name.
    Heap heap(heapSize, policy);
    TraceRunner runner(trace);
    std::vector<bool> everAllocated(trace.idCountSeen(), false); // pID assigned
    std::vector<bool> live(trace.idCountSeen(), false);
    s.steps.reserve(trace.ops.size());
    for (const TraceOp &op : trace.ops) {
        const TraceStep done = runner.apply(heap, op);
        ScenarioStep step;
        step.line = op.line;
        const int handle = int(op.id);
        const bool wasLive = live[op.id];
        if (!op.sizeValid) {
            step.kind = ScenarioStep::Kind::Malloc; // malloc 0: invalid-size
        } else if (op.kind == TraceOp::Kind::Free) {
            step.kind = ScenarioStep::Kind::Free;
            if (everAllocated[op.id])
                step.operand = handle; // frees, or a double free
            else
                step.address = heapSize; // never a block: invalid-pointer
            live[op.id] = live[op.id] && !done.result.ok();
        } else if (op.kind == TraceOp::Kind::Realloc && everAllocated[op.id]) {
            // Live: moves, resizes or frees it; freed: invalid-pointer.
            step.kind = ScenarioStep::Kind::Realloc;
            step.operand = step.result = handle;
            step.size = op.size;
            live[op.id] = wasLive && (!done.result.ok() || done.result.hasPtr);
        } else {
            // A malloc, or C's realloc(NULL, n); one that fails leaves ID as
            // it was, so it assigns no handle.
            step.kind = ScenarioStep::Kind::Malloc;
            step.size = op.size;
            if (done.result.ok()) {
                step.result = handle;
                everAllocated[op.id] = live[op.id] = true;
            }
        }
        step.text = formatStatement(s, step);
        s.steps.push_back(std::move(step));
    }
    return s;
}

} // namespace heapboard
