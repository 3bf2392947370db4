// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

// heapboard-bench prints one figure a line: `NAME VALUE UNIT`.
void reportFigure(const char *name, double value, const char *unit);
// The middle of repeated timings: one slow run does not move it.
double median(std::vector<double> samples);

// Each area adds one function here and one call in bench_main.cpp.
void runReplayBench();
void runHistoryBench();
void runPaintBench();
void runStartupBench();
int runStartupChild(); // the process the startup figure times
void runLoadBench();
int runLoadChild(const QString &path, bool jumps); // the process the load figures measure
