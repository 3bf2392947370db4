// SPDX-License-Identifier: MIT
// Settings figures (issue 13): one step's model and view update on a heap
// of 100,000 blocks with a header, an alignment and a list order other than
// address (O(n) scans in the core, the Free List read anew each step), with
// the heap view, the Free List and the Blocks table following the model as
// in the window.
#include "bench.h"
#include "blocktablemodel.h"
#include "freelistmodel.h"
#include "heapmodel.h"
#include "heapview.h"

#include <QElapsedTimer>
#include <QImage>
#include <algorithm>
#include <random>
#include <vector>

using namespace heapboard;

namespace {

void stepFigures(ListOrder order, Coalescing coalescing, const char *name)
{
    constexpr int kBlocks = 100000;
    HeapSettings settings;
    settings.header = 8;
    settings.alignment = 16;
    settings.order = order;
    settings.coalescing = coalescing;
    HeapModel model;
    model.reset(Size(kBlocks) * 4200, Policy::FirstFit, settings);
    std::mt19937_64 rng(7);
    std::vector<Addr> live;
    for (int i = 0; i < kBlocks; ++i)
        live.push_back(model.allocate(16 + rng() % 4096).ptr);
    // Every other block freed: 50,000 free blocks between used ones, the
    // last one the rest of the heap.
    for (std::size_t i = 0; i < live.size(); i += 2)
        model.freeBlock(live[i]);
    std::erase_if(live, [&, i = 0](Addr) mutable { return i++ % 2 == 0; });
    // The core alone, on a copy of the heap: what the step costs before any
    // view hears of it.
    Heap core(model.heap().heapSize(), Policy::FirstFit, settings);
    core.restore(model.heap().state());
    std::vector<double> coreSteps;
    {
        std::mt19937_64 coreRng(11);
        std::vector<Addr> coreLive = live;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (i % 2 == 0) {
                const std::size_t k = coreRng() % coreLive.size();
                core.free(coreLive[k]);
                coreLive[k] = coreLive.back();
                coreLive.pop_back();
            } else {
                const OpResult r = core.malloc(16 + coreRng() % 4096);
                if (r.hasPtr)
                    coreLive.push_back(r.ptr);
            }
            coreSteps.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    FreeListModel freeList(&model);
    BlockTableModel table(&model);
    HeapView view(&model);
    view.setAnimationsEnabled(false);
    view.resize(1920, 1080);
    view.fit();
    QImage target(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    view.render(&target);

    std::vector<double> steps;
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (i % 2 == 0) {
            const std::size_t k = rng() % live.size();
            model.freeBlock(live[k]);
            live[k] = live.back();
            live.pop_back();
        } else {
            const OpResult r = model.allocate(16 + rng() % 4096);
            if (r.hasPtr)
                live.push_back(r.ptr);
        }
        view.render(&target, {}, view.lastUpdateRegion());
        steps.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> back;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.jumpTo(model.position() - 1);
        view.render(&target, {}, view.lastUpdateRegion());
        back.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const QByteArray base = QByteArray("settings_step_100k_blocks_") + name;
    reportFigure(base.constData(), median(steps), "ms");
    reportFigure((base + "_max").constData(), *std::max_element(steps.begin(), steps.end()), "ms");
    reportFigure((base + "_back").constData(), median(back), "ms");
    reportFigure((base + "_core_only").constData(), median(coreSteps), "ms");
    reportFigure((base + "_free_rows").constData(), freeList.rowCount(), "rows");
}

} // namespace

void runSettingsBench()
{
    stepFigures(ListOrder::Address, Coalescing::Neighbours, "address");
    stepFigures(ListOrder::InsertFront, Coalescing::None, "lifo_none");
    stepFigures(ListOrder::SizeAscending, Coalescing::ListPass, "size_ascending_list_pass");
}
