// SPDX-License-Identifier: MIT
// heapboard-cli compare: the same workload under several policies, summed
// up in one table (docs/compare.md).
#include "clicompare.h"

#include "cliworkload.h"
#include "comparisonrun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace heapboard {

namespace {

    // --policies first-fit,best-fit: an empty string, or what is wrong.
    QString readPolicies(const QString &text, std::vector<Policy> &out)
    {
        out.clear();
        for (const QString &name : text.split(u',')) {
            Policy policy = Policy::FirstFit;
            if (!parsePolicy(name.trimmed().toStdString(), policy))
                return Cli::tr("--policies: unknown policy '%1' (first-fit, next-fit, best-fit, worst-fit, "
                               "as-recorded)")
                    .arg(name.trimmed());
            if (std::find(out.begin(), out.end(), policy) != out.end())
                return Cli::tr("--policies: '%1' is named twice").arg(name.trimmed());
            out.push_back(policy);
        }
        return {};
    }

    QString percent(double ratio)
    {
        return QString::number(ratio * 100.0, 'f', 1) + u'%';
    }

    // One row a pane, the columns right-aligned under their headings but
    // the first; two spaces between columns.
    std::string table(const std::vector<PaneConfig> &panes, const std::vector<PaneSummary> &summaries)
    {
        std::vector<QStringList> rows
            = { { Cli::tr("policy"), Cli::tr("failed"), Cli::tr("peak frag"), Cli::tr("final frag"),
                  Cli::tr("largest free"), Cli::tr("high-water"), Cli::tr("searched"), Cli::tr("steps"),
                  Cli::tr("heap size") } };
        for (std::size_t i = 0; i < panes.size(); ++i) {
            const PaneSummary &s = summaries[i];
            rows.push_back({ QString::fromStdString(paneConfigName(panes[i])),
                             QString::number(s.failedAllocations), percent(s.peakFragmentation),
                             percent(s.finalFragmentation), QString::number(s.largestFreeAtEnd),
                             QString::number(s.highWater), QString::number(s.meanSearched, 'f', 2),
                             QString::number(s.steps), QString::number(s.heapSize) });
        }
        std::vector<qsizetype> widths(rows.front().size(), 0);
        for (const QStringList &row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[std::size_t(c)] = std::max(widths[std::size_t(c)], row[c].size());
        }
        QString out;
        for (const QStringList &row : rows) {
            QString line = row[0].leftJustified(widths[0]);
            for (qsizetype c = 1; c < row.size(); ++c)
                line += QStringLiteral("  ") + row[c].rightJustified(widths[std::size_t(c)]);
            out += line + u'\n';
        }
        return out.toStdString();
    }

    std::string json(const QString &file, const std::vector<PaneConfig> &panes,
                     const std::vector<PaneSummary> &summaries)
    {
        QJsonArray rows;
        for (std::size_t i = 0; i < panes.size(); ++i) {
            const PaneSummary &s = summaries[i];
            const HeapSettings &settings = panes[i].settings;
            rows.append(QJsonObject {
                { QStringLiteral("name"), QString::fromStdString(paneConfigName(panes[i])) },
                { QStringLiteral("policy"), QString::fromUtf8(policyName(panes[i].policy)) },
                { QStringLiteral("settings"),
                  QJsonObject { { QStringLiteral("base"), double(settings.base) },
                                { QStringLiteral("header"), double(settings.header) },
                                { QStringLiteral("align"), double(settings.alignment) },
                                { QStringLiteral("min_block"), double(settings.minBlock) },
                                { QStringLiteral("order"), QString::fromUtf8(listOrderName(settings.order)) },
                                { QStringLiteral("coalesce"),
                                  QString::fromUtf8(coalescingName(settings.coalescing)) } } },
                { QStringLiteral("heap_size"), double(s.heapSize) },
                { QStringLiteral("steps"), double(s.steps) },
                { QStringLiteral("mallocs"), double(s.mallocs) },
                { QStringLiteral("failed_allocations"), double(s.failedAllocations) },
                { QStringLiteral("peak_fragmentation"), s.peakFragmentation },
                { QStringLiteral("final_fragmentation"), s.finalFragmentation },
                { QStringLiteral("largest_free_at_end"), double(s.largestFreeAtEnd) },
                { QStringLiteral("high_water"), double(s.highWater) },
                { QStringLiteral("mean_searched"), s.meanSearched },
            });
        }
        const QJsonObject root { { QStringLiteral("file"), file }, { QStringLiteral("panes"), rows } };
        return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
    }

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run a trace (.rep) or scenario (.heap) under several policies and print\n"
                "one summary row per policy (docs/compare.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("compare"), Cli::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The trace or scenario to compare."));
    parser.addOptions({
        { QStringLiteral("policies"),
          Cli::tr("Comma-separated policies, one row each (default: "
                  "first-fit,next-fit,best-fit,worst-fit)."),
          QStringLiteral("LIST") },
        { QStringLiteral("json"), Cli::tr("Print JSON instead of a table.") },
    });
    CliWorkload workload;
    workload.command = QStringLiteral("compare");
    CliWorkload::addOptions(parser);
    if (const std::optional<int> done = workload.parse(parser, arguments))
        return *done;
    std::vector<Policy> policies = { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit };
    const bool chosen = parser.isSet(QStringLiteral("policies"));
    if (chosen) {
        if (const QString error = readPolicies(parser.value(QStringLiteral("policies")), policies);
            !error.isEmpty())
            return workload.fail(error);
    }
    if (const std::optional<int> failed = workload.load())
        return *failed;
    // A scenario with a `compare` line (docs/scenarios.md) names its own panes.
    if (!chosen && workload.document.kind == DocumentKind::Scenario
        && !workload.document.scenario.compare.empty())
        policies = workload.document.scenario.compare;
    std::vector<PaneConfig> panes;
    for (Policy policy : policies)
        panes.push_back(workload.pane(policy));
    std::vector<PaneSummary> summaries;
    std::string error;
    if (!summarizeComparison(workload.document, workload.heapSize, panes, summaries, error))
        return workload.fail(QString::fromStdString(error));
    return writeOutput(parser.isSet(QStringLiteral("json")) ? json(workload.file, panes, summaries)
                                                            : table(panes, summaries));
}

} // namespace heapboard
