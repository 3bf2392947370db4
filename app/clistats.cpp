// SPDX-License-Identifier: MIT
// heapboard-cli stats: the per-step series the chart draws, for
// spreadsheets and notebooks (docs/compare.md).
#include "clistats.h"

#include "cliworkload.h"
#include "comparisonrun.h"
#include "stepseries.h"

#include <algorithm>

namespace heapboard {

namespace {

    // The columns, as the CSV header names them.
    constexpr const char *kColumns[]
        = { "step", "live_bytes", "free_bytes", "largest_free", "fragmentation", "free_blocks", "heap_size" };

    std::vector<std::string> row(const StepSeries &series, std::size_t k)
    {
        const HeapStats s = series.at(k);
        char fragmentation[32];
        std::snprintf(fragmentation, sizeof fragmentation, "%.6f", s.fragmentation());
        return { std::to_string(k),
                 std::to_string(s.liveBytes),
                 std::to_string(s.freeBytes),
                 std::to_string(s.largestFree),
                 fragmentation,
                 std::to_string(s.freeBlocks),
                 std::to_string(s.heapSize) };
    }

    // Steps 0, N, 2N, ... and the last.
    std::vector<std::size_t> chosenSteps(std::size_t count, std::size_t every)
    {
        std::vector<std::size_t> steps;
        for (std::size_t k = 0; k < count; k += every)
            steps.push_back(k);
        if (steps.back() != count - 1)
            steps.push_back(count - 1);
        return steps;
    }

    std::string csv(const StepSeries &series, const std::vector<std::size_t> &steps)
    {
        std::string out;
        for (const char *column : kColumns)
            out += std::string(out.empty() ? "" : ",") + column;
        out += '\n';
        for (std::size_t k : steps) {
            const std::vector<std::string> cells = row(series, k);
            for (std::size_t c = 0; c < cells.size(); ++c)
                out += (c == 0 ? "" : ",") + cells[c];
            out += '\n';
        }
        return out;
    }

    // The same columns, right-aligned under their names.
    std::string text(const StepSeries &series, const std::vector<std::size_t> &steps)
    {
        std::vector<std::vector<std::string>> rows(
            1, std::vector<std::string>(std::begin(kColumns), std::end(kColumns)));
        for (std::size_t k : steps)
            rows.push_back(row(series, k));
        std::vector<std::size_t> widths(rows.front().size(), 0);
        for (const auto &r : rows) {
            for (std::size_t c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths[c], r[c].size());
        }
        std::string out;
        for (const auto &r : rows) {
            for (std::size_t c = 0; c < r.size(); ++c)
                out += (c == 0 ? "" : "  ") + std::string(widths[c] - r[c].size(), ' ') + r[c];
            out += '\n';
        }
        return out;
    }

} // namespace

int statsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print the heap's statistics after every N-th step of a trace (.rep) or\n"
                "scenario (.heap), and after the last (docs/compare.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("stats"), Cli::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The trace or scenario to run."));
    parser.addOptions({
        { QStringLiteral("policy"),
          Cli::tr("Placement policy: first-fit, next-fit, best-fit, worst-fit or as-recorded (a "
                  "recording's own addresses) (default: %1).")
              .arg(Cli::tr("first-fit, or a scenario's own")),
          QStringLiteral("NAME") },
        { QStringLiteral("every"), Cli::tr("Print every N-th step (default 1: all)."), QStringLiteral("N") },
        { QStringLiteral("csv"), Cli::tr("Print CSV with a header row instead of aligned columns.") },
    });
    CliWorkload workload;
    workload.command = QStringLiteral("stats");
    CliWorkload::addOptions(parser);
    if (const std::optional<int> done = workload.parse(parser, arguments))
        return *done;
    std::optional<Policy> policy;
    if (parser.isSet(QStringLiteral("policy"))) {
        const QString name = parser.value(QStringLiteral("policy"));
        Policy p = Policy::FirstFit;
        if (!parsePolicy(name.toStdString(), p))
            return workload.fail(
                Cli::tr("unknown policy '%1' (first-fit, next-fit, best-fit, worst-fit, as-recorded)")
                    .arg(name));
        policy = p;
    }
    std::size_t every = 1;
    if (parser.isSet(QStringLiteral("every"))) {
        const QString text = parser.value(QStringLiteral("every"));
        bool ok = false;
        every = std::size_t(text.toULongLong(&ok));
        if (!ok || every == 0 || !text.front().isDigit())
            return workload.fail(Cli::tr("--every '%1' is not a step count (1, 2, ...)").arg(text));
    }
    if (const std::optional<int> failed = workload.load())
        return *failed;
    const Policy start
        = policy.value_or(workload.document.kind == DocumentKind::Scenario ? workload.document.scenario.policy
                                                                           : Policy::FirstFit);
    Timeline timeline;
    std::string error;
    if (!paneTimeline(workload.document, workload.heapSize, workload.pane(start), timeline, error))
        return workload.fail(QString::fromStdString(error));
    const StepSeries series = StepSeries::compute(timeline.history());
    const std::vector<std::size_t> steps = chosenSteps(series.size(), every);
    return writeOutput(parser.isSet(QStringLiteral("csv")) ? csv(series, steps) : text(series, steps));
}

} // namespace heapboard
