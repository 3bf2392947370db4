// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

// heapboard-bench prints one figure a line: `NAME VALUE UNIT`.
void reportFigure(const char *name, double value, const char *unit);
// The middle of repeated timings: one slow run does not move it.
double median(std::vector<double> samples);

// A malloclab trace: `live` mallocs, then pairs of a free of a random live
// block and a new malloc (8..4095 bytes) up to `operations`: `live` blocks
// stay live. The seed makes it the same trace every run.
QByteArray makeChurnTrace(quint32 seed, int live, int operations);

// Each area adds one function here and one call in bench_main.cpp.
void runReplayBench();
void runHistoryBench();
void runPaintBench();
void runStartupBench();
int runStartupChild(); // the process the startup figure times
void runLoadBench();
void runSettingsBench();
void runCompareBench();
void runChartBench();
void runRecordBench(); // recordbench alone and under heapboard-record
int runLoadChild(const QString &path, bool jumps); // the process the load figures measure
