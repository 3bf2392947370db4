// SPDX-License-Identifier: MIT
// Record figures (issue 15): tests/bench/recordbench.c, a malloc-heavy
// program (one thread doing 4 million malloc/free pairs; four threads doing
// 10 million), timed alone and under heapboard-record, whole process and
// log written; the ratio is what recording costs. The issue asks for at
// most 3.
#include "bench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

constexpr int kRuns = 5;

// Wall milliseconds of one run, or a negative number when it failed.
double runOnce(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

void figures(const char *name, const QString &threads, const QString &log)
{
    std::vector<double> alone, recorded;
    const QString bench = QStringLiteral(HEAPBOARD_RECORD_BENCH);
    for (int i = 0; i < kRuns; ++i) {
        alone.push_back(runOnce(bench, { threads }));
        // The previous run's log goes first, untimed: emptying tens of MiB
        // of it inside the launcher is not what recording costs.
        QFile::remove(log);
        recorded.push_back(runOnce(QStringLiteral(HEAPBOARD_RECORD),
                                   { QStringLiteral("-o"), log, QStringLiteral("--"), bench, threads }));
        if (alone.back() < 0 || recorded.back() < 0) {
            std::fprintf(stderr, "heapboard-bench record: %s did not run\n", name);
            return;
        }
    }
    const double a = median(alone), r = median(recorded);
    const std::string prefix = std::string("record_") + name;
    reportFigure((prefix + "_alone").c_str(), a, "ms");
    reportFigure((prefix + "_recorded").c_str(), r, "ms");
    reportFigure((prefix + "_ratio").c_str(), r / a, "x");
    reportFigure((prefix + "_log").c_str(), double(QFileInfo(log).size()) / 1048576.0, "MiB");
}

} // namespace

void runRecordBench()
{
    QTemporaryDir dir;
    figures("1_thread_4M_pairs", QStringLiteral("1"), dir.filePath(QStringLiteral("one.hrec")));
    figures("4_threads_10M_pairs", QStringLiteral("4"), dir.filePath(QStringLiteral("four.hrec")));
}
