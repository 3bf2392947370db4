// SPDX-License-Identifier: MIT
#include "scenariorecorder.h"

#include "heap.h"

#include <algorithm>

namespace heapboard {

ScenarioRecorder::ScenarioRecorder() = default;
ScenarioRecorder::~ScenarioRecorder() = default;

ScenarioRecorder::ScenarioRecorder(ScenarioRecorder &&other) noexcept
    : m_scenario(std::move(other.m_scenario))
    , m_runner(std::move(other.m_runner))
{
    if (m_runner)
        m_runner->rebind(m_scenario);
}

ScenarioRecorder &ScenarioRecorder::operator=(ScenarioRecorder &&other) noexcept
{
    m_scenario = std::move(other.m_scenario);
    m_runner = std::move(other.m_runner);
    if (m_runner)
        m_runner->rebind(m_scenario);
    return *this;
}

void ScenarioRecorder::start(Size heapSize, Policy policy, const HeapSettings &settings)
{
    Scenario s;
    s.heapSize = heapSize;
    s.policy = policy;
    s.settings = settings;
    load(std::move(s));
}

void ScenarioRecorder::load(Scenario scenario)
{
    m_runner.reset();
    m_scenario = std::move(scenario);
}

void ScenarioRecorder::load(Scenario scenario, std::vector<Binding> handles)
{
    load(std::move(scenario));
    m_runner = std::make_unique<ScenarioRunner>(m_scenario, std::move(handles), m_scenario.steps.size());
}

void ScenarioRecorder::setNarration(std::size_t step, std::string text)
{
    if (step >= 1 && step <= m_scenario.steps.size())
        m_scenario.steps[step - 1].setNarration(std::move(text));
}

ScenarioRecorder::Tail ScenarioRecorder::takeTail(std::size_t steps)
{
    Tail tail;
    if (steps >= m_scenario.steps.size())
        return tail;
    tail.steps.assign(std::make_move_iterator(m_scenario.steps.begin() + std::ptrdiff_t(steps)),
                      std::make_move_iterator(m_scenario.steps.end()));
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
        used = std::max({ used, step.result, step.operand });
        see(step.expects());
    }
    if (std::size_t(used + 1) < m_scenario.handles.size()) {
        tail.handles.assign(std::make_move_iterator(m_scenario.handles.begin() + used + 1),
                            std::make_move_iterator(m_scenario.handles.end()));
        m_scenario.handles.resize(std::size_t(used + 1));
    }
    m_runner.reset();
    return tail;
}

void ScenarioRecorder::restoreTail(Tail tail)
{
    if (tail.steps.empty())
        return;
    for (std::string &h : tail.handles)
        m_scenario.handles.push_back(std::move(h));
    for (ScenarioStep &step : tail.steps)
        m_scenario.steps.push_back(std::move(step));
    m_runner.reset();
}

ScenarioRunner &ScenarioRecorder::runner()
{
    if (!m_runner) {
        // Only what the handles name matters here; a plain heap replays it.
        Heap scratch(m_scenario.heapSize, m_scenario.policy, m_scenario.settings);
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

void ScenarioRecorder::renameHandle(int handle, std::string name)
{
    // Statements and expect lines refer to handles by index, and tags are
    // indices + 1: the name is all there is to change.
    if (handle >= 0 && std::size_t(handle) < m_scenario.handles.size())
        m_scenario.handles[std::size_t(handle)] = std::move(name);
}

void ScenarioRecorder::operandFor(Addr ptr, ScenarioStep &step)
{
    step.operand = runner().liveHandleAt(ptr);
    if (step.operand < 0)
        step.setAddress(ptr);
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

TraceStatements::TraceStatements(const Trace &trace, Size heapSize, Policy policy)
    : m_everAllocated(trace.idCountSeen(), false)
    , m_live(trace.idCountSeen(), false)
{
    m_scenario.heapSize = heapSize;
    m_scenario.policy = policy;
    for (std::uint32_t id = 0; id < trace.idCountSeen(); ++id)
        m_scenario.handles.push_back(handleForId(trace.idName(id)));
    m_scenario.steps.reserve(trace.ops.size());
}

void TraceStatements::add(const TraceOp &op, const TraceStep &done)
{
    // Whether a line fails (out of memory) depends on the heap, and a failed
    // `a ID` keeps ID's old block where `h = malloc` would empty h: so each
    // line becomes the statement with its effect on the heap and on what
    // the handles name, from what the run did.
    ScenarioStep step;
    step.line = op.line;
    const int handle = int(op.id);
    const bool wasLive = m_live[op.id];
    if (!op.sizeValid) {
        step.kind = ScenarioStep::Kind::Malloc; // malloc 0: invalid-size
    } else if (op.kind == TraceOp::Kind::Free) {
        step.kind = ScenarioStep::Kind::Free;
        if (m_everAllocated[op.id])
            step.operand = handle; // frees, or a double free
        else
            step.setAddress(m_scenario.heapSize); // never a block: invalid-pointer
        m_live[op.id] = wasLive && !done.result.ok();
    } else if (op.kind == TraceOp::Kind::Realloc && m_everAllocated[op.id]) {
        // Live: moves, resizes or frees it; freed: invalid-pointer.
        step.kind = ScenarioStep::Kind::Realloc;
        step.operand = step.result = handle;
        step.size = op.size;
        m_live[op.id] = wasLive && (!done.result.ok() || done.result.hasPtr);
    } else {
        // A malloc, or C's realloc(NULL, n); one that fails leaves ID as
        // it was, so it assigns no handle.
        step.kind = ScenarioStep::Kind::Malloc;
        step.size = op.size;
        if (done.result.ok()) {
            step.result = handle;
            m_everAllocated[op.id] = m_live[op.id] = true;
        }
    }
    m_scenario.steps.push_back(std::move(step));
}

void TraceStatements::shrinkHeap(Scenario &statements, Size heapSize)
{
    for (ScenarioStep &step : statements.steps) {
        if (step.kind == ScenarioStep::Kind::Free && step.operand < 0
            && step.address() == statements.heapSize)
            step.setAddress(heapSize);
    }
    statements.heapSize = heapSize;
}

Scenario scenarioFromTrace(const Trace &trace, Size heapSize, Policy policy)
{
    Heap heap(heapSize, policy);
    TraceStatements statements(trace, heapSize, policy);
    replay(trace, heap, [&statements](std::size_t, const TraceOp &op, const TraceStep &done) {
        statements.add(op, done);
    });
    return statements.take();
}

} // namespace heapboard
