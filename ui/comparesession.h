// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "scenario.h"
#include "trace.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

class HeapModel;

// The workload a compare view runs under every pane's policy: a scenario's
// statements or a malloclab trace (docs/scenarios.md, docs/traces.md).
struct CompareWorkload {
    enum class Kind { Scenario, Trace };
    Kind kind = Kind::Scenario;
    heapboard::Scenario scenario;
    heapboard::Trace trace;
    heapboard::Size traceHeapSize = 0; // 0: the trace's suggested size
    QString name; // the file or document, for the window title

    static CompareWorkload fromScenario(const heapboard::Scenario &scenario, const QString &name);
    // What the file holds decides (core/documentreader.h), as everywhere
    // else; false with "FILE:LINE: what" in error on a bad file.
    static bool fromFile(const QString &path, CompareWorkload &out, QString &error);
};

// The panes of a compare view: one HeapModel per PaneConfig, each running
// the same workload, and one position for all of them. Pane 0 leads: the
// player and the slider move it, and every other pane follows its
// positionChanged(), so that however the lead moves (a step, a jump,
// playing) the panes stand at the same step before positionChanged() of the
// session is emitted. The divergent steps (core/comparison.h) and each
// pane's summary are computed once, when the session is built.
class CompareSession : public QObject
{
    Q_OBJECT
public:
    // At most kMaxPanes configs are used; the steps start at step 0.
    CompareSession(const CompareWorkload &workload, const std::vector<heapboard::PaneConfig> &configs,
                   QObject *parent = nullptr);

    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 4;
    // The four policies with the same settings, in the order of the policy menu.
    static std::vector<heapboard::PaneConfig> allPolicies(const heapboard::HeapSettings &settings = {});

    const CompareWorkload &workload() const { return m_workload; }
    int paneCount() const { return int(m_models.size()); }
    HeapModel *model(int pane) const { return m_models.at(std::size_t(pane)); }
    HeapModel *lead() const { return m_models.front(); }
    const heapboard::PaneConfig &config(int pane) const { return m_configs.at(std::size_t(pane)); }
    QString paneName(int pane) const;
    const heapboard::PaneSummary &summary(int pane) const { return m_summaries.at(std::size_t(pane)); }

    std::size_t stepCount() const;
    std::size_t position() const;
    // True when every pane stands at position().
    bool inStep() const;

    const std::vector<std::size_t> &divergences() const { return m_divergences; }
    bool isDivergent(std::size_t step) const;
    // The first divergent step after `step` / the last one before it.
    std::optional<std::size_t> nextDivergence(std::size_t step) const;
    std::optional<std::size_t> previousDivergence(std::size_t step) const;
    // Failed steps of the pane in steps 1..step.
    std::size_t failuresUpTo(int pane, std::size_t step) const;
    // The block step k left or touched in the pane (the allocated, moved,
    // resized or freed block); none for a failed step or step 0.
    std::optional<heapboard::Span> outcomeSpan(int pane, std::size_t step) const;

public Q_SLOTS:
    void jumpTo(std::size_t step);
    // Both do nothing when there is no divergence that way.
    void nextDivergence();
    void previousDivergence();

Q_SIGNALS:
    // Every pane stands at `step`.
    void positionChanged(std::size_t step);

private:
    void build(const heapboard::PaneConfig &config);
    void follow(std::size_t step);

    CompareWorkload m_workload;
    std::vector<heapboard::PaneConfig> m_configs;
    std::vector<HeapModel *> m_models;
    std::vector<heapboard::PaneSummary> m_summaries;
    std::vector<std::vector<std::uint32_t>> m_failures; // failures in steps 1..k, per pane
    std::vector<std::size_t> m_divergences;
    heapboard::Size m_traceHeapSize = 0;
};
