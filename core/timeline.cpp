// SPDX-License-Identifier: MIT
#include "timeline.h"

#include "recordedspace.h"
#include "replayer.h"
#include "trace.h"

#include <algorithm>

namespace heapboard {

Timeline::Timeline(Size heapSize, Policy policy, const HeapSettings &settings)
    : m_history(heapSize, policy, settings)
{
    m_recorder.start(heapSize, policy, m_history.heap().settings());
}

namespace {

    // How many operations run between two calls of a Progress.
    constexpr std::size_t kProgressEvery = 8192;

    // Calls progress for `done` of `total` mapped into [from, to].
    bool report(const Timeline::Progress &progress, std::size_t done, std::size_t total, double from,
                double to)
    {
        return !progress || progress(from + (to - from) * (total == 0 ? 1.0 : double(done) / double(total)));
    }

} // namespace

bool Timeline::fromScenario(const Scenario &scenario, Timeline &out, std::size_t at, const Progress &progress)
{
    Timeline t;
    if (!t.m_history.reset(scenario.heapSize, scenario.policy, scenario.settings))
        return false;
    t.m_recorder.load(scenario);
    std::function<bool(std::size_t)> each;
    if (progress) {
        each = [&progress, total = scenario.steps.size()](std::size_t done) {
            return done % kProgressEvery != 0 || report(progress, done, total, 0, 1);
        };
    }
    if (!t.m_recorder.runAll(t.m_history, each) || !report(progress, 1, 1, 0, 1))
        return false;
    t.m_loaded = t.m_history.size();
    t.m_history.jumpTo(std::min(at, t.m_history.size()));
    out = std::move(t);
    return true;
}

Timeline Timeline::fromTrace(const Trace &trace, Size heapSize, Policy policy, const HeapSettings &settings)
{
    Timeline t;
    fromTrace(trace, heapSize, policy, settings, t, {});
    return t;
}

bool Timeline::fromTrace(const Trace &trace, Size heapSize, Policy policy, const HeapSettings &settings,
                         Timeline &out, const Progress &progress)
{
    // The suggested size is the one that holds what the trace allocates
    // under first fit. First fit places every block where it would on a
    // heap of any size that holds them all, so one run on the probe's heap
    // finds the size and, shrunk to it, is that size's run. Only a trace
    // that exactly fills its power of two (no free block left at the end)
    // or fails for lack of memory needs a second run.
    // As recorded, the heap is the recording's address space.
    RecordedSpace space;
    if (policy == Policy::AsRecorded && heapSize == 0 && recordedSpace(trace, space))
        return fromTrace(trace, space.heapSize, Policy::AsRecorded, space.settings, out, progress);
    const bool probe = heapSize == 0 && (policy == Policy::FirstFit || !settings.isDefault());
    const bool oneRun = probe && settings.isDefault();
    Size size = heapSize != 0 ? heapSize : probe ? kProbeHeapSize : suggestedHeapSize(trace);
    Timeline t(size, policy, settings);
    TraceRun run;
    if (!t.runTrace(trace, run, progress, 0, oneRun ? 0.9 : 1))
        return false;
    if (probe) {
        size = heapSizeHolding(t.heap().stats().highWater - settings.base);
        if (oneRun && t.m_history.shrinkHeap(size)) {
            TraceStatements::shrinkHeap(run.statements, size);
        } else {
            t = Timeline(size, policy, settings);
            if (!t.runTrace(trace, run, progress, 0.9, 1))
                return false;
        }
    }
    if (!report(progress, 1, 1, 0, 1))
        return false;
    // Trace id i is handle i, naming the same block: the first edit takes
    // the load's table instead of running every statement again.
    t.m_recorder.load(std::move(run.statements), std::move(run.handles));
    t.m_loaded = t.m_history.size();
    t.m_calls = trace.calls;
    out = std::move(t);
    return true;
}

bool Timeline::runTrace(const Trace &trace, TraceRun &out, const Progress &progress, double from, double to)
{
    // The history runs the trace's own rules; the statements have the same
    // effect, so that the session saves as a scenario.
    TraceStatements statements(trace, heap().heapSize(), heap().policy());
    TraceRunner runner(trace);
    const std::size_t total = trace.ops.size();
    const auto add = [&](std::size_t i, const TraceOp &op, const TraceStep &done) {
        statements.add(op, done);
        return (i + 1) % kProgressEvery != 0 || report(progress, i + 1, total, from, to);
    };
    if (!report(progress, 0, total, from, to) || !replay(runner, trace, m_history, add))
        return false;
    out.statements = statements.take();
    out.handles = runner.takeBindings();
    return true;
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

OpResult Timeline::realloc(Addr ptr, Size n, std::string_view name)
{
    toEnd();
    std::string chosen(name);
    if (chosen.empty()) {
        const int handle = m_recorder.liveHandleAt(ptr);
        chosen = handle >= 0 ? scenario().handles[std::size_t(handle)] : nextAutoLabel();
    }
    return m_recorder.realloc(m_history, ptr, n, chosen);
}

OpResult Timeline::freeHandle(std::string_view name)
{
    const int handle = scenario().handleIndex(name);
    if (handle < 0) {
        OpResult refused;
        refused.error = ErrorCode::InvalidPointer;
        refused.message = "free " + std::string(name) + ": no handle has that name";
        return refused;
    }
    toEnd();
    return m_recorder.freeHandle(m_history, handle);
}

bool Timeline::renameHandle(std::string_view from, std::string_view to)
{
    const int handle = scenario().handleIndex(from);
    if (handle < 0 || !isHandleName(to))
        return false;
    if (from == to)
        return true;
    if (scenario().handleIndex(to) >= 0)
        return false;
    m_recorder.renameHandle(handle, std::string(to));
    m_autoHint = 0; // `from` may be an automatic name, free again
    return true;
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
