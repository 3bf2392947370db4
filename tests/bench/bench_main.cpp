// SPDX-License-Identifier: MIT
// heapboard-bench: the performance figures of the README's "Benchmarks".
// Run a Release build; `heapboard-bench replay` runs one area, no argument
// runs all.
#include "bench.h"

#include <QApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

void reportFigure(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

QByteArray makeChurnTrace(quint32 seed, int live, int operations)
{
    QRandomGenerator rng(seed);
    QByteArray body;
    body.reserve(qsizetype(operations) * 14);
    std::vector<int> ids;
    ids.reserve(std::size_t(live));
    int next = 0;
    const auto malloc = [&] {
        body += "a " + QByteArray::number(next) + ' ' + QByteArray::number(rng.bounded(8, 4096)) + '\n';
        ids.push_back(next++);
    };
    for (int i = 0; i < live; ++i)
        malloc();
    for (int i = 0; i < (operations - live) / 2; ++i) {
        const std::size_t k = rng.bounded(quint32(ids.size()));
        body += "f " + QByteArray::number(ids[k]) + '\n';
        ids[k] = ids.back();
        ids.pop_back();
        malloc();
    }
    return "0\n" + QByteArray::number(next) + '\n' + QByteArray::number(operations) + "\n1\n" + body;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

int main(int argc, char *argv[])
{
    // Figures do not depend on a display: draw offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "startup-child") == 0)
        return runStartupChild();
    if (argc > 2 && std::strcmp(argv[1], "load-child") == 0)
        return runLoadChild(QString::fromLocal8Bit(argv[2]), argc > 3 && std::strcmp(argv[3], "jumps") == 0);
    const std::pair<const char *, std::function<void()>> areas[] = {
        { "replay", runReplayBench },   { "history", runHistoryBench }, { "paint", runPaintBench },
        { "startup", runStartupBench }, { "load", runLoadBench },       { "settings", runSettingsBench },
        { "compare", runCompareBench }, { "chart", runChartBench },     { "record", runRecordBench },
    };
    const char *only = argc > 1 ? argv[1] : nullptr;
    bool ran = false;
    for (const auto &[name, run] : areas) {
        if (!only || std::strcmp(only, name) == 0) {
            run();
            ran = true;
        }
    }
    if (!ran) {
        std::fprintf(
            stderr,
            "heapboard-bench: unknown area '%s' (replay, history, paint, startup, load, settings, compare, "
            "chart, record)\n",
            only);
        return 2;
    }
    return 0;
}
