// SPDX-License-Identifier: MIT
// Replay figures (issue 3): a 300,000-operation trace with 150,000 live
// blocks, per policy, in process and as a whole heapboard-cli process.
#include "bench.h"
#include "replay.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <vector>

using namespace heapboard;

void runReplayBench()
{
    const QByteArray trace = makeChurnTrace(20261125, 150000, 300000);
    const std::string_view text(trace.constData(), std::size_t(trace.size()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rep"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(trace);
    file.close();

    for (Policy policy : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit }) {
        const std::string name(policyName(policy));
        std::vector<double> inProcess;
        std::size_t bytes = 0;
        for (int run = 0; run < 5; ++run) {
            ReplayOptions options;
            options.policy = policy;
            ParseError error;
            bytes = 0;
            QElapsedTimer timer;
            timer.start();
            replayTrace(
                text, options, [&bytes](std::string_view chunk) { bytes += chunk.size(); }, error);
            inProcess.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        reportFigure(("replay_in_process_" + name).c_str(), median(inProcess), "ms");

        std::vector<double> whole;
        for (int run = 0; run < 5; ++run) {
            QProcess cli;
            cli.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            cli.start(
                QStringLiteral(HEAPBOARD_CLI),
                { QStringLiteral("replay"), path, QStringLiteral("--policy"), QString::fromStdString(name) });
            cli.waitForFinished(60000);
            whole.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        reportFigure(("replay_process_" + name).c_str(), median(whole), "ms");
    }
    reportFigure("replay_trace_operations", 300000, "ops");
}
