// SPDX-License-Identifier: MIT
#pragma once

#include "binding.h"
#include "heap.h"
#include "scenario.h"

#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace heapboard {

// Runs scenario steps on a Heap or a History (anything with malloc, free,
// realloc, setPolicy and reject), keeping what each handle names:
//  - `h = malloc n` / `h = realloc ...` make h name the block returned;
//  - freeing a handle frees its block; a handle whose block was freed (or
//    moved away by realloc) is dangling: freeing it again is a double free,
//    reported as such and naming the block that now lives at its old
//    address, if any; it never frees that block;
//  - a handle whose malloc failed names no block: freeing it is an invalid
//    pointer;
//  - `free ADDR` frees whatever starts there (invalid-pointer otherwise).
// Every statement is one step of the target, failed or not. Handle i tags
// its blocks with i + 1.
class ScenarioRunner
{
public:
    explicit ScenarioRunner(const Scenario &scenario);
    // A runner that has already run the first `steps` statements of
    // scenario, leaving its handles as `handles` says (by handle index):
    // e.g. the table of a TraceRunner whose trace the statements mirror.
    ScenarioRunner(const Scenario &scenario, std::vector<Binding> handles, std::size_t steps);
    // The same runner over the same scenario, moved to another address.
    void rebind(const Scenario &scenario) { m_scenario = &scenario; }

    template<typename Target> OpResult apply(Target &target, const ScenarioStep &step);

    // The expect lines that do not hold on heap after a step whose result
    // was last, one message each: "LINE: expect ...: found ...".
    std::vector<std::string> check(const Heap &heap, const std::vector<ScenarioExpect> &expects,
                                   const OpResult &last) const;

    // The handle that names the live block starting at ptr, or -1. At most
    // one does: a new block never starts where a live one does.
    int liveHandleAt(Addr ptr) const;
    // How many statements this runner has run.
    std::size_t steps() const { return m_steps; }

private:
    std::string danglingMessage(const char *what, int handle, const Heap &heap) const;
    void released(Addr ptr, std::size_t step);
    void assigned(int handle, Addr ptr);
    void unassigned(int handle);
    template<typename Target>
    OpResult freeOrRealloc(Target &target, const ScenarioStep &step, std::size_t number);

    const Scenario *m_scenario; // never null
    std::vector<Binding> m_handles; // grows with the scenario's handles
    std::unordered_map<Addr, int> m_liveAt; // block start -> live handle
    std::size_t m_steps = 0;
};

// Runs a whole scenario on a fresh heap and checks every expect line; the
// messages of those that fail, prefixed with "LINE: ".
std::vector<std::string> checkScenario(const Scenario &scenario);

template<typename Target> OpResult ScenarioRunner::apply(Target &target, const ScenarioStep &step)
{
    const std::size_t number = ++m_steps;
    if (m_handles.size() < m_scenario->handles.size())
        m_handles.resize(m_scenario->handles.size()); // a recording added handles
    const std::uint32_t tag = step.result >= 0 ? std::uint32_t(step.result + 1) : 0;
    switch (step.kind) {
    case ScenarioStep::Kind::Malloc: {
        OpResult r = target.malloc(step.size, tag);
        if (step.result >= 0) {
            if (r.ok()) {
                assigned(step.result, r.ptr);
            } else {
                // Like C's p = malloc(n): p is now null, not dangling.
                unassigned(step.result);
                m_handles[std::size_t(step.result)].everLive = false;
            }
        }
        return r;
    }
    case ScenarioStep::Kind::SetPolicy:
        if constexpr (std::is_void_v<decltype(target.setPolicy(step.policy))>) {
            target.setPolicy(step.policy);
            return {};
        } else {
            return target.setPolicy(step.policy);
        }
    case ScenarioStep::Kind::Free:
    case ScenarioStep::Kind::Realloc:
        return freeOrRealloc(target, step, number);
    }
    return {};
}

template<typename Target>
OpResult ScenarioRunner::freeOrRealloc(Target &target, const ScenarioStep &step, std::size_t number)
{
    const bool isFree = step.kind == ScenarioStep::Kind::Free;
    const char *what = isFree ? "free" : "realloc";
    Addr ptr = step.address();
    if (step.operand >= 0) {
        const Binding &h = m_handles[std::size_t(step.operand)];
        if (!h.live) {
            const Heap &heap = [&]() -> const Heap & {
                if constexpr (requires { target.heap(); })
                    return target.heap();
                else
                    return target;
            }();
            return target.reject(h.everLive && isFree ? ErrorCode::DoubleFree : ErrorCode::InvalidPointer,
                                 danglingMessage(what, step.operand, heap));
        }
        ptr = h.ptr;
    }
    // `c = realloc b n` hands the block to c: it carries c's tag (label).
    const std::uint32_t tag = step.result >= 0 ? std::uint32_t(step.result + 1) : 0;
    OpResult r = isFree ? target.free(ptr) : target.realloc(ptr, step.size, tag);
    if (!r.ok())
        return r;
    released(ptr, number);
    if (!isFree && r.hasPtr && step.result >= 0)
        assigned(step.result, r.ptr);
    return r;
}

} // namespace heapboard
