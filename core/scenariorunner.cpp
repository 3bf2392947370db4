// SPDX-License-Identifier: MIT
#include "scenariorunner.h"

#include "replayer.h"

#include <algorithm>

namespace heapboard {

ScenarioRunner::ScenarioRunner(const Scenario &scenario)
    : m_scenario(&scenario)
    , m_handles(scenario.handles.size())
{ }

ScenarioRunner::ScenarioRunner(const Scenario &scenario, std::vector<Binding> handles, std::size_t steps)
    : m_scenario(&scenario)
    , m_handles(std::move(handles))
    , m_steps(steps)
{
    m_handles.resize(scenario.handles.size());
    // Room for the live ones only: a trace has many more ids than blocks.
    m_liveAt.reserve(std::size_t(
        std::count_if(m_handles.begin(), m_handles.end(), [](const Binding &b) { return b.live; })));
    for (std::size_t i = 0; i < m_handles.size(); ++i) {
        if (m_handles[i].live)
            m_liveAt[m_handles[i].ptr] = int(i);
    }
}

void ScenarioRunner::assigned(int handle, Addr ptr)
{
    unassigned(handle);
    m_handles[std::size_t(handle)].assign(ptr);
    m_liveAt[ptr] = handle;
}

void ScenarioRunner::unassigned(int handle)
{
    Binding &h = m_handles[std::size_t(handle)];
    if (h.live) {
        m_liveAt.erase(h.ptr);
        h.live = false;
    }
}

void ScenarioRunner::released(Addr ptr, std::size_t step)
{
    // The handle that named the block is dangling now.
    const auto it = m_liveAt.find(ptr);
    if (it == m_liveAt.end())
        return;
    m_handles[std::size_t(it->second)].release(step);
    m_liveAt.erase(it);
}

int ScenarioRunner::liveHandleAt(Addr ptr) const
{
    const auto it = m_liveAt.find(ptr);
    return it == m_liveAt.end() ? -1 : it->second;
}

std::string ScenarioRunner::danglingMessage(const char *what, int handle, const Heap &heap) const
{
    const Binding &h = m_handles[std::size_t(handle)];
    const std::string &name = m_scenario->handles[std::size_t(handle)];
    std::string text = std::string(what) + " " + name + ": ";
    if (!h.everLive)
        return text + "invalid pointer: " + name + " holds no block (its allocation failed)";
    text += std::string(what) == std::string("free") ? "double free: " : "dangling pointer: ";
    text += name + "'s block at " + std::to_string(h.ptr) + " was freed by step " + std::to_string(h.freedAt);
    BlockInfo now;
    if (heap.blockAt(h.ptr, now) && now.used && now.start == h.ptr) {
        const std::size_t owner = now.tag;
        text += "; address " + std::to_string(h.ptr) + " now belongs to another block";
        if (owner >= 1 && owner <= m_scenario->handles.size())
            text += ", " + m_scenario->handles[owner - 1];
        text += ", which is left alone";
    }
    return text;
}

std::vector<std::string> ScenarioRunner::check(const Heap &heap, const std::vector<ScenarioExpect> &expects,
                                               const OpResult &last) const
{
    std::vector<std::string> failures;
    for (const ScenarioExpect &e : expects) {
        std::string found;
        switch (e.kind) {
        case ScenarioExpect::Kind::FreeList: {
            // In the list's order, which is address order unless the
            // scenario's `order` says otherwise.
            std::vector<Span> spans;
            for (const BlockInfo &b : heap.freeList())
                spans.push_back({ b.start, b.size });
            if (spans == e.spans)
                continue;
            found = "free";
            for (const Span &s : spans)
                found += " " + std::to_string(s.start) + "+" + std::to_string(s.size);
            break;
        }
        case ScenarioExpect::Kind::HandleAt: {
            const Binding &h = m_handles[std::size_t(e.handle)];
            if (h.live && h.ptr == e.address)
                continue;
            const std::string &name = m_scenario->handles[std::size_t(e.handle)];
            found = h.live ? name + " at " + std::to_string(h.ptr) : name + " holds no live block";
            break;
        }
        case ScenarioExpect::Kind::Error:
            if (last.error == e.error)
                continue;
            found = "error " + std::string(errorCodeName(last.error));
            break;
        }
        failures.push_back(std::to_string(e.line) + ": " + e.text + ": found " + found);
    }
    return failures;
}

std::vector<std::string> checkScenario(const Scenario &scenario)
{
    Heap heap(scenario.heapSize, scenario.policy, scenario.settings);
    ScenarioRunner runner(scenario);
    std::vector<std::string> failures = runner.check(heap, scenario.startExpects, OpResult());
    replay(runner, scenario, heap, [&](std::size_t, const ScenarioStep &step, const OpResult &r) {
        for (std::string &f : runner.check(heap, step.expects(), r))
            failures.push_back(std::move(f));
    });
    return failures;
}

} // namespace heapboard
