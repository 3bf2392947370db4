// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "heapsettings.h"
#include "trace.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapboard {

// A scenario (.heap): plain UTF-8 text, one statement a line, `#` comments
// (at the start of a line or after a blank). The statements:
//
//   title TEXT               once
//   layout rows|strip        once, before the first operation: how a
//                            viewer draws the heap (docs/scenarios.md)
//   heap SIZE                once, before the first operation (required)
//   policy NAME              the first one before any operation: the
//                            starting policy; any later one (after heap and
//                            the starting policy, or after an operation or
//                            a narration): a step that changes policy
//   compare NAME NAME [NAME [NAME]]
//                            once, before the first operation: the
//                            scenario is a comparison, opened in the
//                            compare view with a pane per policy (2 to 4,
//                            each once); its own run (check, the explorer)
//                            keeps the `policy` line, else the first
//                            of these
//   base ADDR | header SIZE | align SIZE | min-block SIZE
//   order NAME | coalesce NAME
//                            each at most once, before the first
//                            operation: the allocator's settings
//                            (heapsettings.h, docs/settings.md)
//   > TEXT                   narration of the step that follows
//   ? TEXT                   a question the class answers before the step
//                            that follows runs (quiz mode asks it)
//   group [TITLE] ... end    the steps between run as one stop of the
//                            player (setup the class need not watch)
//   [NAME =] malloc SIZE
//   free NAME | free ADDR
//   [NAME =] realloc NAME|ADDR SIZE
//   expect free [START+SIZE ...]   the free list, exactly, in its order
//                                  (address order unless `order` says)
//   expect NAME at ADDR            NAME holds a live block at ADDR
//   expect error CODE              the step's error code (or `none`)
//
// SIZE and ADDR are decimal with an optional K, M or G suffix (1024^n).
// Handles are identifiers; using one that no earlier line assigned is an
// error. `expect` lines check the state after the step before them (before
// any step: the empty heap).
struct ScenarioExpect {
    enum class Kind : std::uint8_t { FreeList, HandleAt, Error };
    Kind kind = Kind::FreeList;
    int line = 0;
    std::vector<Span> spans; // FreeList
    int handle = -1; // HandleAt
    Addr address = 0; // HandleAt
    ErrorCode error = ErrorCode::None; // Error
    std::string text; // the statement as written, for messages
};

// One statement that is a step. A trace imports a million of them, so a step
// is 32 bytes: its text is formatted when asked for (formatStatement()), and
// what few steps have (an address operand, a narration, expect lines) is
// kept out of line, allocated only for the steps that have it.
struct ScenarioStep {
    enum class Kind : std::uint8_t { Malloc, Free, Realloc, SetPolicy };
    Kind kind = Kind::Malloc;
    Policy policy = Policy::FirstFit;
    int line = 0;
    int result = -1; // handle the new block is assigned to, or -1
    int operand = -1; // handle freed or reallocated; -1: by address()
    Size size = 0;

    ScenarioStep() = default;
    ScenarioStep(const ScenarioStep &other);
    ScenarioStep &operator=(const ScenarioStep &other);
    ScenarioStep(ScenarioStep &&) noexcept = default;
    ScenarioStep &operator=(ScenarioStep &&) noexcept = default;
    ~ScenarioStep();

    // The block freed or reallocated when operand is -1.
    Addr address() const { return m_notes ? m_notes->address : 0; }
    void setAddress(Addr address);
    // The narration shown for this step; empty for none.
    const std::string &narration() const;
    void setNarration(std::string text);
    // The expect lines checked after this step.
    const std::vector<ScenarioExpect> &expects() const;
    void addExpect(ScenarioExpect expect);
    // The question asked before this step runs; empty for none.
    const std::string &question() const;
    void setQuestion(std::string text);
    // Grouped steps (`group TITLE` ... `end`): the first step of a group
    // starts it and holds its title; each later one joins the step before.
    bool startsGroup() const { return m_notes && m_notes->startsGroup; }
    const std::string &groupTitle() const;
    void startGroup(std::string title);
    bool joinsGroup() const { return m_notes && m_notes->joinsGroup; }
    void setJoinsGroup();

private:
    struct Notes {
        Addr address = 0;
        std::string narration;
        std::vector<ScenarioExpect> expects;
        std::string question;
        std::string groupTitle;
        bool startsGroup = false;
        bool joinsGroup = false;
    };
    Notes &notes();
    std::unique_ptr<Notes> m_notes; // null while there is nothing to note
};

// How a viewer draws the heap: Default leaves it to the viewer's setting.
enum class ScenarioLayout : std::uint8_t { Default, Rows, Strip };

struct Scenario {
    std::string title;
    ScenarioLayout layout = ScenarioLayout::Default;
    Size heapSize = 0;
    Policy policy = Policy::FirstFit;
    HeapSettings settings;
    std::vector<Policy> compare; // `compare`: the panes' policies, or empty
    std::vector<std::string> handles; // tag of handle i is i + 1
    std::vector<ScenarioExpect> startExpects;
    std::vector<ScenarioStep> steps;

    int handleIndex(std::string_view name) const;
};

// The steps that run as one stop with steps[index]: [first, last], 0-based;
// [index, index] for a step in no group.
struct ScenarioGroupRange {
    std::size_t first = 0;
    std::size_t last = 0;
};
ScenarioGroupRange groupRange(const Scenario &scenario, std::size_t index);

// True when some step of the scenario has a question (`? TEXT`).
bool hasQuestions(const Scenario &scenario);

// Fills error (line, column, message) and returns false on the first
// problem; out is then unspecified.
bool parseScenario(std::string_view text, Scenario &out, ParseError &error);

// The scenario as text that parses back to an equivalent scenario.
std::string formatScenario(const Scenario &scenario);

// One step's statement as a scenario writes it: "a = malloc 32".
std::string formatStatement(const Scenario &scenario, const ScenarioStep &step);

// True when name can be a handle: an identifier that is not a keyword.
bool isHandleName(std::string_view name);

// True when text looks like a scenario rather than a malloclab trace: its
// first character that is not blank is a letter, '_', '#', '>' or '?'.
bool looksLikeScenario(std::string_view text);

} // namespace heapboard
