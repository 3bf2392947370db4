// SPDX-License-Identifier: MIT
// Drawing figures (issue 4): a full paint of the heap view at 1920x1080 with
// 50,000 and 150,000 blocks, the repaint after one operation, and the time
// from starting the program to a shown, painted main window.
#include "bench.h"
#include "heapmodel.h"
#include "heapview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <random>
#include <vector>

using namespace heapboard;

namespace {

// blocks blocks in all: half used, and every other one freed, so that free
// blocks never touch and none merge; the heap is the power of two that
// holds them, as when a trace is opened.
void fill(HeapModel &model, int blocks)
{
    Size heapSize = 1;
    while (heapSize < Size(blocks) * 2100)
        heapSize *= 2;
    model.reset(heapSize, Policy::FirstFit);
    std::mt19937_64 rng(7);
    std::vector<Addr> starts;
    starts.reserve(std::size_t(blocks));
    for (int i = 0; i < blocks; ++i)
        starts.push_back(model.allocate(16 + rng() % 4096).ptr);
    for (int i = 0; i < blocks; i += 2)
        model.freeBlock(starts[std::size_t(i)]);
}

double renderMs(HeapView &view, QImage &target, const QRegion &region = {})
{
    QElapsedTimer timer;
    timer.start();
    view.render(&target, {}, region);
    return double(timer.nsecsElapsed()) / 1e6;
}

void paintFigures(int blocks)
{
    HeapModel model;
    fill(model, blocks);
    HeapView view(&model);
    view.setAnimationsEnabled(false);
    view.resize(1920, 1080);
    view.fit();
    QImage target(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    renderMs(view, target); // warm up fonts and caches

    std::vector<double> full;
    for (int i = 0; i < 15; ++i) {
        view.setHeapPalette(view.heapPalette()); // drops the cached image
        full.push_back(renderMs(view, target));
    }
    const QByteArray name = "paint_full_1920x1080_" + QByteArray::number(blocks) + "_blocks";
    reportFigure(name.constData(), median(full), "ms");

    // One operation at a time, each followed by a repaint.
    std::vector<double> one;
    std::mt19937_64 rng(11);
    const std::vector<BlockInfo> all = model.heap().blocks();
    for (int i = 0; i < 40; ++i) {
        const BlockInfo &b = all[rng() % all.size()];
        if (b.used)
            model.freeBlock(b.start);
        else
            model.allocate(std::max<Size>(1, b.size / 2));
        // What the widget itself asks the window system to repaint.
        one.push_back(renderMs(view, target, view.lastUpdateRegion()));
    }
    const QByteArray opName = "paint_after_one_op_" + QByteArray::number(blocks) + "_blocks";
    reportFigure(opName.constData(), median(one), "ms");
    reportFigure((opName + "_max").constData(), *std::max_element(one.begin(), one.end()), "ms");
}

} // namespace

void runPaintBench()
{
    paintFigures(50000);
    paintFigures(150000);
}

// The whole program start as a user sees it: a new process (this one, in
// its startup-child role) creates the application and the main window and
// exits once the window is exposed and painted.
void runStartupBench()
{
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("startup-child") });
        if (!child.waitForFinished(30000) || child.exitCode() != 0) {
            std::fprintf(stderr, "heapboard-bench: the startup child failed: %s\n",
                         child.readAllStandardError().constData());
            return;
        }
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportFigure("startup_to_shown_window", median(runs), "ms");
}

int runStartupChild()
{
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    return 0;
}
