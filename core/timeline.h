// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"
#include "scenariorecorder.h"
#include "trace.h"

#include <functional>
#include <string>
#include <string_view>

namespace heapboard {

// An open document as one timeline: the scenario (title, heap, handles, one
// statement and narration a step) and the history that ran it, with a
// position. The scenario's statements and the history's steps are the same
// steps: every change to one is made here, to both.
//
// Edits append a step at the end. An editor that edits at position k first
// takes the steps after k out with takeTail() and keeps them; restoreTail()
// puts them back exactly (undo). No step is run again to undo or redo.
class Timeline
{
public:
    explicit Timeline(Size heapSize = 1024, Policy policy = Policy::FirstFit,
                      const HeapSettings &settings = {});

    // Called now and then while a long document loads, with the share done
    // (0 to 1, never decreasing); returning false cancels the load. Called
    // on the thread that loads.
    using Progress = std::function<bool(double done)>;

    // The scenario's steps, at step 0 (or `at`); false, and out unchanged,
    // on a bad heap size or when progress cancels.
    static bool fromScenario(const Scenario &scenario, Timeline &out, std::size_t at = 0,
                             const Progress &progress = {});
    // The trace replayed by its own rules on a heap of that size and policy,
    // with statements of the same effect; at its last step. A heap size of 0
    // is suggestedHeapSize(trace): under first fit, found by the same run
    // (on a heap as large as the probe's, shrunk afterwards). Other
    // settings than the defaults (headers, other orders) take a second run
    // on the size the first one needed.
    static Timeline fromTrace(const Trace &trace, Size heapSize, Policy policy,
                              const HeapSettings &settings = {});
    // The same; false, and out unchanged, when progress cancels.
    static bool fromTrace(const Trace &trace, Size heapSize, Policy policy, const HeapSettings &settings,
                          Timeline &out, const Progress &progress);

    const Heap &heap() const { return m_history.heap(); }
    const History &history() const { return m_history; }
    const Scenario &scenario() const { return m_recorder.scenario(); }
    std::size_t size() const { return m_history.size(); }
    std::size_t position() const { return m_history.position(); }
    bool jumpTo(std::size_t step) { return m_history.jumpTo(step); }

    // Steps 1..loadedSteps() came from the file that was opened; the rest
    // were made by edits since.
    std::size_t loadedSteps() const { return m_loaded; }
    // A recording's step k (1..loadedSteps()): who made the call and when;
    // null for a step that came from no recording or was made since.
    const RecordedCall *recordedCall(std::size_t step) const
    {
        return step >= 1 && step <= m_loaded && step <= m_calls.size() ? &m_calls[step - 1] : nullptr;
    }

    // Each appends one step at the end (the caller took any steps after the
    // position first) and returns what the core reported. A malloc names
    // its block: `name = malloc n`. A realloc names its block `name`
    // (`c = realloc b 80`); empty: the handle that names the block now, or
    // nextAutoLabel() when none does, so that every realloc says what it
    // returns.
    OpResult malloc(Size n, std::string_view name);
    OpResult free(Addr ptr);
    OpResult realloc(Addr ptr, Size n, std::string_view name = {});
    OpResult setPolicy(Policy policy);
    // `free NAME`: frees through a handle, which may be dangling (a double
    // free). A name that no handle has adds no step and reports
    // invalid-pointer (a scenario cannot use a handle no line assigns).
    OpResult freeHandle(std::string_view name);

    // Handle `from` is called `to` in every statement that uses it; the
    // blocks it labelled keep their colors. False, and nothing changes,
    // when `from` names no handle, `to` is not a handle name
    // (isHandleName()) or another handle has it.
    bool renameHandle(std::string_view from, std::string_view to);

    // Step 0's text is the title; step k's, its narration. One line each.
    std::string text(std::size_t step) const;
    void setText(std::size_t step, std::string text);
    // Step k's statement as a scenario writes it, k in 1..size().
    std::string statement(std::size_t step) const;

    // The first of a, b, ..., z, aa, ab, ... that names no handle yet.
    std::string nextAutoLabel() const;

    struct Tail {
        History::Tail history;
        ScenarioRecorder::Tail statements;
        std::size_t loaded = 0;
    };
    Tail takeTail(std::size_t step);
    void restoreTail(Tail tail);

private:
    void toEnd();
    struct TraceRun {
        Scenario statements;
        std::vector<Binding> handles; // what they name at the end
    };
    bool runTrace(const Trace &trace, TraceRun &out, const Progress &progress, double from, double to);

    History m_history;
    ScenarioRecorder m_recorder;
    std::size_t m_loaded = 0;
    std::vector<RecordedCall> m_calls; // a recording's, by step (Trace::calls)
    mutable int m_autoHint = 0; // no name before it is free
};

} // namespace heapboard
