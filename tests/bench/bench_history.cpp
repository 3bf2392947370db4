// SPDX-License-Identifier: MIT
// History figures (issue 5): memory of a 100,000-step history over a heap
// with 50,000 live blocks, time to jump to any step, time of one undo/redo.
#include "bench.h"
#include "history.h"

#include <algorithm>
#include <chrono>
#include <malloc.h>
#include <random>
#include <vector>

using namespace heapboard;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::size_t heapInUse()
{
    return mallinfo2().uordblks;
}

// 50,000 mallocs, then 50,000 steps that free a random live block or
// allocate a new one, keeping about 50,000 blocks live.
template<typename Target> void buildHistory(Target &target)
{
    std::mt19937_64 rng(42);
    std::vector<Addr> live;
    live.reserve(60000);
    for (int i = 0; i < 50000; ++i)
        live.push_back(target.malloc(16 + rng() % 2048, std::uint32_t(i + 1)).ptr);
    for (int i = 0; i < 50000; ++i) {
        if (i % 2 == 0) {
            const std::size_t k = rng() % live.size();
            target.free(live[k]);
            live[k] = live.back();
            live.pop_back();
        } else {
            const OpResult r = target.malloc(16 + rng() % 2048, std::uint32_t(50001 + i));
            if (r.hasPtr)
                live.push_back(r.ptr);
        }
    }
}

} // namespace

void runHistoryBench()
{
    // Memory: the same operations with and without a history; the
    // difference is what the history costs on top of the current state.
    const std::size_t before = heapInUse();
    std::size_t plainBytes = 0;
    {
        Heap plain(Size { 1 } << 32);
        buildHistory(plain);
        plainBytes = heapInUse() - before;
    }
    const std::size_t base = heapInUse();
    History history(Size { 1 } << 32);
    buildHistory(history);
    const std::size_t withHistory = heapInUse() - base;
    reportFigure("history_steps", double(history.size()), "steps");
    reportFigure("history_live_blocks", double(history.heap().stats().usedBlocks), "blocks");
    reportFigure("history_memory_accounted", double(history.memoryBytes()) / 1048576.0, "MiB");
    reportFigure("history_memory_measured",
                 double(withHistory - std::min(withHistory, plainBytes)) / 1048576.0, "MiB");

    std::mt19937_64 rng(7);
    std::vector<double> jumps;
    for (int i = 0; i < 300; ++i) {
        const std::size_t k = rng() % (history.size() + 1);
        const auto start = Clock::now();
        history.jumpTo(k);
        jumps.push_back(msSince(start));
    }
    reportFigure("history_jump_median", median(jumps), "ms");
    reportFigure("history_jump_max", *std::max_element(jumps.begin(), jumps.end()), "ms");

    std::vector<double> steps;
    for (int i = 0; i < 300; ++i) {
        history.jumpTo(1 + rng() % (history.size() - 1));
        auto start = Clock::now();
        history.undo();
        steps.push_back(msSince(start));
        start = Clock::now();
        history.redo();
        steps.push_back(msSince(start));
    }
    reportFigure("history_undo_redo_median", median(steps), "ms");
    reportFigure("history_undo_redo_max", *std::max_element(steps.begin(), steps.end()), "ms");
}
