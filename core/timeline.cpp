// SPDX-License-Identifier: MIT
#include "timeline.h"

#include "trace.h"
#include "tracerunner.h"

#include <algorithm>

namespace heapboard {

Timeline::Timeline(Size heapSize, Policy policy)
    : m_history(heapSize, policy)
{
    m_recorder.start(heapSize, policy);
}

bool Timeline::fromScenario(const Scenario &scenario, Timeline &out, std::size_t at)
{
    Timeline t;
    if (!t.m_history.reset(scenario.heapSize, scenario.policy))
        return false;
    t.m_recorder.load(scenario);
    t.m_recorder.runAll(t.m_history);
    t.m_loaded = t.m_history.size();
    t.m_history.jumpTo(std::min(at, t.m_history.size()));
    out = std::move(t);
    return true;
}

Timeline Timeline::fromTrace(const Trace &trace, Size heapSize, Policy policy)
{
    Timeline t(heapSize, policy);
    // The history runs the trace's own rules; the statements have the same
    // effect, so that the session saves as a scenario.
    TraceStatements statements(trace, heapSize, policy);
    TraceRunner runner(trace);
    for (const TraceOp &op : trace.ops)
        statements.add(op, runner.apply(t.m_history, op));
    t.m_recorder.load(statements.take());
    t.m_loaded = t.m_history.size();
    return t;
}

void Timeline::toEnd()
{
    // Edits append: whatever stands after the position is dropped here only
    // when the caller did not take it first.
    if (position() < size())
        takeTail(position());
}

OpResult Timeline::malloc(Size n, std::string_view name)
{
    toEnd();
    return m_recorder.malloc(m_history, n, name);
}

OpResult Timeline::free(Addr ptr)
{
    toEnd();
    return m_recorder.free(m_history, ptr);
}

OpResult Timeline::realloc(Addr ptr, Size n)
{
    toEnd();
    return m_recorder.realloc(m_history, ptr, n);
}

OpResult Timeline::setPolicy(Policy policy)
{
    toEnd();
    return m_recorder.setPolicy(m_history, policy);
}

std::string Timeline::text(std::size_t step) const
{
    const Scenario &s = scenario();
    if (step == 0)
        return s.title;
    return step <= s.steps.size() ? s.steps[step - 1].narration() : std::string();
}

void Timeline::setText(std::size_t step, std::string text)
{
    if (step == 0)
        m_recorder.setTitle(std::move(text));
    else
        m_recorder.setNarration(step, std::move(text));
}

std::string Timeline::statement(std::size_t step) const
{
    const Scenario &s = scenario();
    return step >= 1 && step <= s.steps.size() ? formatStatement(s, s.steps[step - 1]) : std::string();
}

std::string Timeline::nextAutoLabel() const
{
    // Skips names the scenario already uses and keywords (`at`), so that
    // the recording saves and loads back. Only takeTail() removes handles
    // (and resets the hint); otherwise the names before the hint stay taken.
    for (int k = m_autoHint;; ++k) {
        std::string label;
        for (int n = k;; n = n / 26 - 1) {
            label.insert(label.begin(), char('a' + n % 26));
            if (n < 26)
                break;
        }
        if (isHandleName(label) && scenario().handleIndex(label) < 0) {
            m_autoHint = k;
            return label;
        }
    }
}

Timeline::Tail Timeline::takeTail(std::size_t step)
{
    Tail tail;
    tail.loaded = m_loaded;
    tail.history = m_history.takeTail(step);
    tail.statements = m_recorder.takeTail(m_history.size());
    m_loaded = std::min(m_loaded, m_history.size());
    if (!tail.statements.handles.empty())
        m_autoHint = 0; // names were given back
    return tail;
}

void Timeline::restoreTail(Tail tail)
{
    if (tail.history.from != size())
        return;
    m_history.restoreTail(std::move(tail.history));
    m_recorder.restoreTail(std::move(tail.statements));
    m_loaded = tail.loaded;
}

} // namespace heapboard
