// SPDX-License-Identifier: MIT
#include "comparesession.h"

#include "documentreader.h"
#include "heapmodel.h"
#include "timeline.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

using namespace heapboard;

CompareWorkload CompareWorkload::fromScenario(const Scenario &scenario, const QString &name)
{
    CompareWorkload out;
    out.kind = Kind::Scenario;
    out.scenario = scenario;
    out.name = name;
    return out;
}

bool CompareWorkload::fromFile(const QString &path, CompareWorkload &out, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    ParsedDocument document;
    std::string problem;
    if (!parseDocument(std::string_view(text.constData(), std::size_t(text.size())), path.toStdString(),
                       document, problem)) {
        error = QString::fromStdString(problem);
        return false;
    }
    out = {};
    out.name = QFileInfo(path).fileName();
    out.kind = document.kind == DocumentKind::Trace ? Kind::Trace : Kind::Scenario;
    out.scenario = std::move(document.scenario);
    out.trace = std::move(document.trace);
    return true;
}

CompareSession::CompareSession(const CompareWorkload &workload, const std::vector<PaneConfig> &configs,
                               QObject *parent)
    : QObject(parent)
    , m_workload(workload)
{
    m_traceHeapSize = workload.traceHeapSize;
    for (std::size_t i = 0; i < configs.size() && i < std::size_t(kMaxPanes); ++i)
        build(configs[i]);
    std::vector<const History *> histories;
    for (const HeapModel *model : m_models)
        histories.push_back(&model->history());
    m_divergences = divergentSteps(histories);
    connect(lead(), &HeapModel::positionChanged, this, &CompareSession::follow);
}

std::vector<PaneConfig> CompareSession::allPolicies(const HeapSettings &settings)
{
    std::vector<PaneConfig> out;
    for (Policy policy : { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit })
        out.push_back(PaneConfig { policy, settings });
    return out;
}

void CompareSession::build(const PaneConfig &config)
{
    Timeline timeline;
    if (m_workload.kind == CompareWorkload::Kind::Trace) {
        // As recorded, a recording's own address space is the heap; every
        // other pane gets the heap the first of them was given (a size of 0
        // is chosen by the first run), so that only the policy differs.
        const bool recorded = config.policy == Policy::AsRecorded;
        timeline = Timeline::fromTrace(m_workload.trace, recorded ? 0 : m_traceHeapSize, config.policy,
                                       recorded ? HeapSettings {} : config.settings);
        if (!recorded)
            m_traceHeapSize = timeline.heap().stats().heapSize;
    } else {
        // The pane's policy throughout: a `policy` step of the scenario
        // stays a step (the steps line up across panes) but keeps it.
        Scenario scenario = m_workload.scenario;
        scenario.policy = config.policy;
        scenario.settings = config.settings;
        for (ScenarioStep &step : scenario.steps) {
            if (step.kind == ScenarioStep::Kind::SetPolicy)
                step.policy = config.policy;
        }
        // A document that ran in the window runs here too; should its
        // heap be refused, the pane still shows its own policy, empty.
        if (!Timeline::fromScenario(scenario, timeline))
            timeline = Timeline(1024, config.policy, config.settings);
    }
    timeline.jumpTo(0);
    auto *model = new HeapModel(this);
    model->load(std::move(timeline));
    const History &history = model->history();
    std::vector<std::uint32_t> failures(history.size() + 1, 0);
    for (std::size_t k = 1; k <= history.size(); ++k)
        failures[k] = failures[k - 1] + (history.info(k).error != ErrorCode::None ? 1 : 0);
    m_failures.push_back(std::move(failures));
    m_summaries.push_back(summarize(history));
    m_configs.push_back(config);
    m_models.push_back(model);
}

QString CompareSession::paneName(int pane) const
{
    return QString::fromStdString(paneConfigName(config(pane)));
}

std::size_t CompareSession::stepCount() const
{
    return lead()->stepCount();
}

std::size_t CompareSession::position() const
{
    return lead()->position();
}

bool CompareSession::inStep() const
{
    return std::all_of(m_models.begin(), m_models.end(),
                       [this](const HeapModel *model) { return model->position() == position(); });
}

bool CompareSession::isDivergent(std::size_t step) const
{
    return std::binary_search(m_divergences.begin(), m_divergences.end(), step);
}

std::optional<std::size_t> CompareSession::nextDivergence(std::size_t step) const
{
    const auto it = std::upper_bound(m_divergences.begin(), m_divergences.end(), step);
    if (it == m_divergences.end())
        return std::nullopt;
    return *it;
}

std::optional<std::size_t> CompareSession::previousDivergence(std::size_t step) const
{
    const auto it = std::lower_bound(m_divergences.begin(), m_divergences.end(), step);
    if (it == m_divergences.begin())
        return std::nullopt;
    return *(it - 1);
}

std::size_t CompareSession::failuresUpTo(int pane, std::size_t step) const
{
    const std::vector<std::uint32_t> &failures = m_failures.at(std::size_t(pane));
    return failures[std::min(step, failures.size() - 1)];
}

std::optional<Span> CompareSession::outcomeSpan(int pane, std::size_t step) const
{
    const History &history = model(pane)->history();
    if (step == 0 || step > history.size())
        return std::nullopt;
    const EventList events = history.events(step);
    for (std::size_t i = 0; i < events.size(); ++i) {
        switch (events[i].kind) {
        case EventKind::Allocated:
        case EventKind::Resized:
        case EventKind::Moved:
        case EventKind::Freed:
            return events[i].span;
        default:
            break;
        }
    }
    return std::nullopt;
}

void CompareSession::jumpTo(std::size_t step)
{
    if (step <= stepCount())
        lead()->jumpTo(step);
}

void CompareSession::nextDivergence()
{
    if (const auto step = nextDivergence(position()))
        jumpTo(*step);
}

void CompareSession::previousDivergence()
{
    if (const auto step = previousDivergence(position()))
        jumpTo(*step);
}

void CompareSession::follow(std::size_t step)
{
    for (HeapModel *model : m_models) {
        if (model != lead())
            model->jumpTo(std::min(step, model->stepCount()));
    }
    Q_EMIT positionChanged(step);
}
