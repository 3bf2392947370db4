// SPDX-License-Identifier: MIT
// Compare figures (issue 14): the 300,000-operation trace of the replay
// figures under all four policies, each on a thread of its own, as
// `heapboard-cli compare` runs it (docs/compare.md): in process, and as a
// whole heapboard-cli process.
#include "bench.h"
#include "comparisonrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <ctime>
#include <vector>

using namespace heapboard;

void runCompareBench()
{
    const QByteArray text = makeChurnTrace(20261125, 150000, 300000);
    ParsedDocument document;
    std::string error;
    if (!parseDocument(std::string_view(text.constData(), std::size_t(text.size())), "bench.rep", document,
                       error))
        qFatal("bench trace: %s", error.c_str());
    const std::vector<PaneConfig> panes = {
        { Policy::FirstFit, {} }, { Policy::NextFit, {} }, { Policy::BestFit, {} }, { Policy::WorstFit, {} }
    };

    // What heapboard-cli compare runs: the summaries alone, each pane's heap
    // summarized as it runs; then what the compare view builds: every
    // pane's timeline, summarized afterwards.
    // The CPU time too: on a machine shared with other work the wall time
    // says little about what the threads needed.
    std::vector<double> summaries, cpu, timelines;
    for (int run = 0; run < 5; ++run) {
        std::vector<PaneSummary> out;
        QElapsedTimer timer;
        const std::clock_t start = std::clock();
        timer.start();
        summarizeComparison(document, 0, panes, out, error);
        summaries.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    for (int run = 0; run < 3; ++run) {
        std::vector<ComparedPane> out;
        QElapsedTimer timer;
        timer.start();
        runComparison(document, 0, panes, out, error);
        timelines.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportFigure("compare_4_policies_in_process", median(summaries), "ms");
    reportFigure("compare_4_policies_in_process_cpu", median(cpu), "ms");
    reportFigure("compare_4_policies_timelines", median(timelines), "ms");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rep"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    file.close();
    std::vector<double> whole;
    for (int run = 0; run < 5; ++run) {
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(HEAPBOARD_CLI), { QStringLiteral("compare"), path });
        cli.waitForFinished(60000);
        whole.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportFigure("compare_4_policies_process", median(whole), "ms");
    reportFigure("compare_trace_operations", 300000, "ops");
}
