// SPDX-License-Identifier: MIT
#pragma once

#include "replayer.h"
#include "scenario.h"
#include "trace.h"

#include <functional>
#include <memory>
#include <string_view>

namespace heapboard {

// The scenario behind a session: one statement for each step of the history
// it runs on, so that whatever the user clicks can be saved as a scenario and
// loaded back to the same steps. User actions become statements with handles
// where a handle names the block (`free a`), addresses where none does
// (`free 96`). Statements are added at the end; acting after going back first
// drops the statements after that point, as the history drops its steps.
class ScenarioRecorder
{
public:
    ScenarioRecorder();
    ~ScenarioRecorder();
    // The runner refers to the scenario: a moved recorder rebinds it.
    ScenarioRecorder(ScenarioRecorder &&other) noexcept;
    ScenarioRecorder &operator=(ScenarioRecorder &&other) noexcept;

    // An empty scenario over a fresh heap.
    void start(Size heapSize, Policy policy, const HeapSettings &settings = {});
    // Takes a scenario as it is (its statements are the steps).
    void load(Scenario scenario);
    // The same, with what its handles name after all its statements (as a
    // run of them leaves it, e.g. TraceRunner::takeBindings() of the trace
    // the statements mirror), so that the first edit does not run them.
    void load(Scenario scenario, std::vector<Binding> handles);
    const Scenario &scenario() const { return m_scenario; }
    void setTitle(std::string title) { m_scenario.title = std::move(title); }
    void setNarration(std::size_t step, std::string text);

    // The statements after the first `steps`, and the handles only they
    // use, taken out; restoreTail() puts them back on a recorder that has
    // exactly `steps` statements again.
    struct Tail {
        std::vector<ScenarioStep> steps;
        std::vector<std::string> handles;
    };
    Tail takeTail(std::size_t steps);
    void restoreTail(Tail tail);
    // Drops the statements after the first `steps`.
    void truncate(std::size_t steps) { takeTail(steps); }

    // Each builds the statement for an action after the last statement,
    // appends it, runs it on target (a Heap or History at that point) and
    // returns what it did. A malloc names its block `name`: a handle.
    template<typename Target> OpResult malloc(Target &target, Size n, std::string_view name);
    template<typename Target> OpResult free(Target &target, Addr ptr);
    // A realloc names its block `name`; empty: the handle of the block.
    template<typename Target> OpResult realloc(Target &target, Addr ptr, Size n, std::string_view name = {});
    // `free NAME` through handle index `handle`, dangling or not (a double
    // free is told as one only through the name that freed the block).
    template<typename Target> OpResult freeHandle(Target &target, int handle);
    template<typename Target> OpResult setPolicy(Target &target, Policy policy);
    // The handle that names the live block at ptr after the last
    // statement, or -1.
    int liveHandleAt(Addr ptr) { return runner().liveHandleAt(ptr); }
    // Handle `handle` is called `name` in every statement; the caller
    // checked that name is a handle name no other handle has.
    void renameHandle(int handle, std::string name);

    // Runs every statement on target from the start; target must be fresh.
    // `each`, if given, is called after each step with the number run so
    // far and stops the run, returning false, when it returns false.
    template<typename Target> bool runAll(Target &target, const std::function<bool(std::size_t)> &each = {});

private:
    template<typename Target> OpResult run(Target &target, ScenarioStep step);
    ScenarioRunner &runner();
    int handleFor(std::string_view name);
    void operandFor(Addr ptr, ScenarioStep &step);

    Scenario m_scenario;
    // The handles after the last statement; rebuilt on demand after a load
    // or a truncation, by a run on a scratch heap.
    std::unique_ptr<ScenarioRunner> m_runner;
};

// The statements a malloclab trace runs on a heap of that size and policy,
// with handle pID for trace id ID (pm1 for -1). Lines with no statement of
// the same effect (a free of an id that never had a block; an unusable
// size) become a free of an address outside the heap and a malloc of 0
// bytes: the same error, nothing changed. A malloc that fails (out of
// memory) assigns no handle, since the trace's id keeps its block.
// Runs the trace once on a scratch heap to know which lines fail.
Scenario scenarioFromTrace(const Trace &trace, Size heapSize, Policy policy);

// The same statements, built beside a run of the trace that the caller
// makes anyway (a History that loads it): add() each line with what
// TraceRunner did for it, in order, then take() the scenario.
class TraceStatements
{
public:
    TraceStatements(const Trace &trace, Size heapSize, Policy policy);
    void add(const TraceOp &op, const TraceStep &done);
    Scenario take() { return std::move(m_scenario); }
    // Statements taken for one heap size, for a smaller one that the run
    // would have gone the same on (History::shrinkHeap()): the frees of ids
    // that never had a block name the new end of the heap.
    static void shrinkHeap(Scenario &statements, Size heapSize);

private:
    Scenario m_scenario;
    std::vector<bool> m_everAllocated; // by trace id: pID was assigned
    std::vector<bool> m_live; // by trace id: pID names a live block
};

template<typename Target> OpResult ScenarioRecorder::run(Target &target, ScenarioStep step)
{
    ScenarioRunner &r = runner();
    m_scenario.steps.push_back(std::move(step));
    return r.apply(target, m_scenario.steps.back());
}

template<typename Target> OpResult ScenarioRecorder::malloc(Target &target, Size n, std::string_view name)
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Malloc;
    step.size = n;
    step.result = name.empty() ? -1 : handleFor(name);
    return run(target, std::move(step));
}

template<typename Target> OpResult ScenarioRecorder::free(Target &target, Addr ptr)
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Free;
    operandFor(ptr, step);
    return run(target, std::move(step));
}

template<typename Target>
OpResult ScenarioRecorder::realloc(Target &target, Addr ptr, Size n, std::string_view name)
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Realloc;
    step.size = n;
    operandFor(ptr, step);
    // Without a name the handle follows its block (`b = realloc b 80`).
    step.result = name.empty() ? step.operand : handleFor(name);
    return run(target, std::move(step));
}

template<typename Target> OpResult ScenarioRecorder::freeHandle(Target &target, int handle)
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Free;
    step.operand = handle;
    return run(target, std::move(step));
}

template<typename Target> OpResult ScenarioRecorder::setPolicy(Target &target, Policy policy)
{
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::SetPolicy;
    step.policy = policy;
    return run(target, std::move(step));
}

template<typename Target>
bool ScenarioRecorder::runAll(Target &target, const std::function<bool(std::size_t)> &each)
{
    m_runner = std::make_unique<ScenarioRunner>(m_scenario);
    const bool ran = replay(
        *m_runner, m_scenario, target,
        [&each](std::size_t i, const ScenarioStep &, const OpResult &) { return !each || each(i + 1); });
    if (!ran)
        m_runner.reset(); // it ran only part of the steps
    return ran;
}

} // namespace heapboard
