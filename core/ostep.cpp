// SPDX-License-Identifier: MIT
// heapboard-cli ostep: malloc.py's workload run on Heapboard's heap, and its
// printout (docs/ostep.md). The options are read in ostepoptions.cpp.
#include "ostep.h"

#include "pyrandom.h"
#include "searchcount.h"

#include <algorithm>
#include <map>

namespace heapboard {

namespace {

    // The list elements malloc.py's search examines (searchcount.h): the
    // block taken is found in the list as it was before the malloc.
    std::int64_t searched(Policy policy, const std::vector<BlockInfo> &list, const OpResult &r, Size header)
    {
        std::optional<std::uint64_t> chosen;
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const BlockInfo &b) { return r.ok() && b.start == r.ptr - header; });
        if (it != list.end())
            chosen = std::uint64_t(it - list.begin());
        return std::int64_t(searchedElements(policy, list.size(), chosen));
    }

    struct Runner {
        const OstepOptions &o;
        Heap heap;
        std::map<int, Addr> pointers; // malloc.py's p: index -> pointer
        int next = 0;
        OstepRun &run;

        void alloc(Size size, bool listMode)
        {
            OstepStep step;
            step.index = next++;
            step.size = size;
            const std::vector<BlockInfo> before = heap.freeList();
            const OpResult r = heap.malloc(size);
            step.searched = searched(heap.policy(), before, r, heap.settings().header);
            // malloc.py's quirk: in random mode it prints the block's start
            // plus the header, also -1 plus the header for a failure; in
            // list mode the block's start, or -1.
            const std::int64_t start = r.ok() ? std::int64_t(r.ptr - heap.settings().header) : -1;
            step.returned = start + (listMode ? 0 : o.header);
            if (r.ok())
                pointers[step.index] = r.ptr;
            step.freeList = heap.freeList();
            run.steps.push_back(std::move(step));
        }
        void release(int index)
        {
            OstepStep step;
            step.alloc = false;
            step.index = index;
            step.returned = heap.free(pointers.at(index)).ok() ? 0 : -1;
            step.freeList = heap.freeList();
            run.steps.push_back(std::move(step));
        }
    };

    bool runList(Runner &runner, std::string &error)
    {
        std::size_t from = 0;
        const std::string &list = runner.o.allocList;
        while (from <= list.size()) {
            const std::size_t comma = std::min(list.find(',', from), list.size());
            const std::string op = list.substr(from, comma - from);
            from = comma + 1;
            char sign = 0;
            std::int64_t value = 0;
            if (!parseListEntry(op, sign, value)) {
                error = "option -A: badly specified operand '" + op + "': must be +Size or -Index";
                return false;
            }
            if (sign == '+' && value <= 0) {
                error = "option -A: '" + op + "': an allocation must ask for at least 1 byte";
                return false;
            }
            if (sign == '+') {
                runner.alloc(Size(value), true);
            } else if (value < 0 || std::size_t(value) >= runner.pointers.size()) {
                OstepStep skip;
                skip.alloc = false;
                skip.skipped = true;
                skip.index = int(value);
                runner.run.steps.push_back(skip);
            } else if (!runner.pointers.count(int(value))) {
                error = "option -A: '" + op + "': ptr[" + std::to_string(value) + "] was never allocated";
                return false;
            } else {
                runner.release(int(value));
            }
        }
        return true;
    }

    void runRandom(Runner &runner)
    {
        PyRandom random;
        random.seed(runner.o.seed);
        const double percent = double(runner.o.percentAlloc) / 100.0;
        std::vector<int> live; // malloc.py's L
        for (std::int64_t j = 0; j < runner.o.numOps;) {
            if (random.random() < percent) {
                const Size size = Size(random.random() * double(runner.o.range)) + 1;
                runner.alloc(size, false);
                if (runner.pointers.count(runner.next - 1))
                    live.push_back(runner.next - 1);
                ++j;
            } else if (!runner.pointers.empty()) {
                const std::size_t d = std::size_t(random.random() * double(live.size()));
                runner.release(live[d]);
                runner.pointers.erase(live[d]);
                live.erase(live.begin() + std::ptrdiff_t(d));
                ++j;
            }
        }
    }

} // namespace

bool runOstep(const OstepOptions &o, OstepRun &out, std::string &error)
{
    out = OstepRun {};
    Runner runner { o, Heap(Size(o.size), o.heapPolicy(), o.heapSettings()), {}, 0, out };
    if (!o.allocList.empty())
        return runList(runner, error);
    runRandom(runner);
    return true;
}

std::string ostepOutput(const OstepOptions &o, const OstepRun &run)
{
    const auto flag = [](bool b) { return b ? "True" : "False"; };
    std::string out = "seed " + o.seed + "\nsize " + std::to_string(o.size) + "\nbaseAddr "
        + std::to_string(o.base) + "\nheaderSize " + std::to_string(o.header) + "\nalignment "
        + std::to_string(o.alignment) + "\npolicy " + o.policy + "\nlistOrder " + o.order + "\ncoalesce "
        + flag(o.coalesce) + "\nnumOps " + std::to_string(o.numOps) + "\nrange " + std::to_string(o.range)
        + "\npercentAlloc " + std::to_string(o.percentAlloc) + "\nallocList " + o.allocList + "\ncompute "
        + flag(o.compute) + "\n\n";
    const bool listMode = !o.allocList.empty();
    for (const OstepStep &s : run.steps) {
        if (s.skipped) {
            out += "Invalid Free: Skipping\n";
            continue;
        }
        if (s.alloc) {
            out += "ptr[" + std::to_string(s.index) + "] = Alloc(" + std::to_string(s.size) + ")";
            out += o.compute ? " returned " + std::to_string(s.returned) + " (searched "
                    + std::to_string(s.searched) + " elements)\n"
                             : std::string(" returned ?\n");
        } else {
            out += "Free(ptr[" + std::to_string(s.index) + "])\n";
            out += o.compute ? "returned " + std::to_string(s.returned) + "\n" : std::string("returned ?\n");
        }
        if (o.compute) {
            out += "Free List [ Size " + std::to_string(s.freeList.size()) + " ]: ";
            for (const BlockInfo &b : s.freeList)
                out += "[ addr:" + std::to_string(b.start) + " sz:" + std::to_string(b.size) + " ]";
            out += "\n";
        } else {
            out += listMode ? "List?\n" : "List? \n";
        }
        out += "\n";
    }
    return out;
}

} // namespace heapboard
