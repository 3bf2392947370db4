// SPDX-License-Identifier: MIT
#include "ostepscenario.h"

#include "scenariosettings.h"

namespace heapboard {

namespace {

    std::string freeListText(const std::vector<BlockInfo> &list)
    {
        std::string out;
        for (const BlockInfo &b : list)
            out += " " + std::to_string(b.start) + "+" + std::to_string(b.size);
        return out;
    }

    std::string printedList(const std::vector<BlockInfo> &list)
    {
        std::string out = "Free List [ Size " + std::to_string(list.size()) + " ]: ";
        for (const BlockInfo &b : list)
            out += "[ addr:" + std::to_string(b.start) + " sz:" + std::to_string(b.size) + " ]";
        return out;
    }

    // "OSTEP malloc.py -s 3 -n 10 -H 4 -p FIRST": the run, as a teacher hands it out.
    std::string title(const OstepOptions &o)
    {
        std::string t = "OSTEP malloc.py";
        for (const std::string &arg : ostepArguments(o))
            t += " " + arg;
        return t;
    }

} // namespace

std::string ostepScenario(const OstepOptions &o, const OstepRun &run)
{
    std::string out = "title " + title(o) + "\n";
    out += "# Written by heapboard-cli ostep; malloc.py's settings:\n";
    out += "heap " + std::to_string(o.size) + "\n";
    out += "policy " + std::string(policyName(o.heapPolicy())) + "\n";
    out += formatSettings(o.heapSettings());
    const Size header = Size(o.header);
    const bool listMode = !o.allocList.empty();
    for (const OstepStep &s : run.steps) {
        const std::string name = "ptr" + std::to_string(s.index);
        if (s.skipped) {
            out += "# -" + std::to_string(s.index) + ": Invalid Free: Skipping\n";
            continue;
        }
        out += "\n";
        if (s.alloc) {
            // The pointer a program sees; malloc.py prints it in random mode.
            const std::int64_t pointer = s.returned + (listMode ? std::int64_t(header) : 0);
            const bool ok = s.returned != (listMode ? -1 : -1 + std::int64_t(header));
            // The homework's questions, asked before each step in quiz mode.
            out += "? What will it return, how many elements will it search, and what will the free list "
                   "be?\n";
            out += "> ptr[" + std::to_string(s.index) + "] = Alloc(" + std::to_string(s.size) + ") returned "
                + (ok ? std::to_string(pointer) : std::string("-1 (no block is large enough)"))
                + " (searched " + std::to_string(s.searched) + " elements). " + printedList(s.freeList)
                + "\n";
            out += name + " = malloc " + std::to_string(s.size) + "\n";
            out += ok ? "expect " + name + " at " + std::to_string(pointer) + "\n"
                      : std::string("expect error out-of-memory\n");
        } else {
            out += "? What will the free list be?\n";
            out += "> Free(ptr[" + std::to_string(s.index) + "]) returned " + std::to_string(s.returned)
                + ". " + printedList(s.freeList) + "\n";
            out += "free " + name + "\n";
            if (s.returned != 0)
                out += "expect error double-free\n";
        }
        out += "expect free" + freeListText(s.freeList) + "\n";
    }
    return out;
}

} // namespace heapboard
