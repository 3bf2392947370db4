// SPDX-License-Identifier: MIT
#pragma once

#include "ostep.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>

// A malloc.py workload (docs/ostep.md) ready for the window: its options,
// its run and the scenario the window opens. `heapboard --ostep` and the
// New OSTEP Workload dialog both build one here, so that a command line a
// teacher hands out and the dialog's fields give the very same workload.
struct OstepWorkload {
    Q_DECLARE_TR_FUNCTIONS(OstepWorkload)
public:
    heapboard::OstepOptions options;
    std::string scenario; // ostepScenario() of the run

    // Builds the workload of options; false with malloc.py's error (a bad
    // option value, a bad -A list) in error.
    static bool fromOptions(const heapboard::OstepOptions &options, OstepWorkload &out, QString *error);
    // The same from malloc.py's arguments, split like a shell splits them
    // (QProcess::splitCommand): "-s 3 -n 10 -H 4 -p FIRST". -h and
    // --scenario are heapboard-cli's and rejected here.
    static bool fromCommandLine(const QString &arguments, OstepWorkload &out, QString *error);
    static bool fromArguments(const QStringList &arguments, OstepWorkload &out, QString *error);
    // True when the options say to start in quiz mode: without -c the class
    // predicts each answer before it is revealed.
    bool isQuiz() const { return !options.compute; }

    // The arguments malloc.py needs for options: first the seed and the
    // number of operations, always (they name a random workload; an alloc
    // list replaces both), then the other options where they differ from
    // malloc.py's defaults, in malloc.py's order, -c last.
    static QStringList arguments(const heapboard::OstepOptions &options);
    // "malloc.py -s 3 -n 10 -H 4 -p FIRST": the arguments as a shell line,
    // values quoted where a shell would split or expand them.
    static QString commandLine(const heapboard::OstepOptions &options);
};
