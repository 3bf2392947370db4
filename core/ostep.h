// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace heapboard {

// OSTEP's free-space homework, malloc.py (docs/ostep.md): its options, its
// workload and its printout, reproduced byte for byte on Heapboard's heap.
struct OstepOptions {
    std::string seed = "0"; // decimal, any length, as Python prints it
    std::int64_t size = 100;
    std::int64_t base = 1000;
    std::int64_t header = 0;
    std::int64_t alignment = -1; // -1: none
    std::string policy = "BEST"; // BEST, WORST, FIRST
    std::string order = "ADDRSORT"; // ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK
    bool coalesce = false;
    std::int64_t numOps = 10;
    std::int64_t range = 10;
    std::int64_t percentAlloc = 50;
    std::string allocList; // "+10,-0,...": instead of the random workload
    bool compute = false;
    bool help = false; // -h: print ostepHelp() and stop
    std::string scenario; // --scenario FILE: Heapboard's own option

    // The heap malloc.py simulates, as Heapboard settings.
    Policy heapPolicy() const;
    HeapSettings heapSettings() const;
};

// Reads malloc.py's options, short and long, as Python's optparse does
// (-s3, -s 3, --seed=3, --seed 3, --se 3, -cC). False with an error in
// optparse's words ("option -s: invalid integer value: 'abc'") otherwise,
// also for values malloc.py would crash on.
bool parseOstepOptions(const std::vector<std::string> &args, OstepOptions &out, std::string &error);
// One entry of an -A list, "+10" or "-0", read with Python's int(); false
// when it is neither.
bool parseListEntry(const std::string &op, char &sign, std::int64_t &value);
// malloc.py's --help text.
std::string ostepHelp();
// The arguments that give these options back: seed and number of ops
// first (or the list), then only what differs from malloc.py's defaults.
std::vector<std::string> ostepArguments(const OstepOptions &options);

// One operation of the workload and what it did.
struct OstepStep {
    bool alloc = true;
    bool skipped = false; // a free of an index never handed out (list mode)
    int index = 0; // ptr[index]
    Size size = 0; // alloc: the request
    std::int64_t returned = 0; // alloc: the pointer as malloc.py prints it; free: 0 or -1
    std::int64_t searched = 0; // alloc: the list elements examined
    std::vector<BlockInfo> freeList; // after the step, in list order
};

struct OstepRun {
    std::vector<OstepStep> steps;
};

// Runs the workload on a Heap with the options' settings; false with an
// error when malloc.py would stop with one (a free of a pointer that was
// never returned in list mode, a bad list entry).
bool runOstep(const OstepOptions &options, OstepRun &out, std::string &error);
// What malloc.py prints for the run.
std::string ostepOutput(const OstepOptions &options, const OstepRun &run);

} // namespace heapboard
