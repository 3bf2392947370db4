// SPDX-License-Identifier: MIT
#pragma once

#include "scenariorunner.h"
#include "tracerunner.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <type_traits>

namespace heapboard {

// The one replay loop: runs a document's steps, a scenario's statements or
// a trace's lines, one at a time on target (a Heap or a History) with the
// runner of its kind, and calls onStep(index, step, result) after each,
// index counting from 0, and result what the runner returned (onStep may
// take it, or change it). What a caller does besides replaying (JSON lines,
// expect checks, statements, progress) is onStep's. An onStep that returns
// bool stops the run when it returns false; replay() then returns false.
//
// A runner given explicitly carries on from where it was: it runs steps
// runner.steps() up to `end`, and keeps the handles it built for later use.
inline constexpr std::size_t kAllSteps = std::numeric_limits<std::size_t>::max();

namespace detail {

    template<typename OnStep, typename Step, typename Result>
    bool stepDone(OnStep &onStep, std::size_t index, const Step &step, Result &result)
    {
        if constexpr (std::is_void_v<std::invoke_result_t<OnStep &, std::size_t, const Step &, Result &>>) {
            onStep(index, step, result);
            return true;
        } else {
            return onStep(index, step, result);
        }
    }

    template<typename Runner, typename Steps, typename Target, typename OnStep>
    bool replaySteps(Runner &runner, const Steps &steps, Target &target, OnStep &onStep, std::size_t end)
    {
        end = std::min(end, steps.size());
        for (std::size_t i = runner.steps(); i < end; ++i) {
            auto result = runner.apply(target, steps[i]);
            if (!stepDone(onStep, i, steps[i], result))
                return false;
        }
        return true;
    }

} // namespace detail

template<typename Target, typename OnStep>
bool replay(ScenarioRunner &runner, const Scenario &scenario, Target &target, OnStep &&onStep,
            std::size_t end = kAllSteps)
{
    return detail::replaySteps(runner, scenario.steps, target, onStep, end);
}

template<typename Target, typename OnStep>
bool replay(TraceRunner &runner, const Trace &trace, Target &target, OnStep &&onStep,
            std::size_t end = kAllSteps)
{
    return detail::replaySteps(runner, trace.ops, target, onStep, end);
}

// An onStep for a run that wants only the target's final state.
inline constexpr auto ignoreSteps = [](const auto &...) {};

// The same with a runner of its own, from the document's first step.
template<typename Document, typename Target, typename OnStep>
bool replay(const Document &document, Target &target, OnStep &&onStep, std::size_t end = kAllSteps)
{
    std::conditional_t<std::is_same_v<Document, Scenario>, ScenarioRunner, TraceRunner> runner(document);
    return replay(runner, document, target, onStep, end);
}

} // namespace heapboard
