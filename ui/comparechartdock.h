// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QList>

class CompareSession;
class HeapChart;
class StepSeriesBuilder;

// The compare view's Chart panel: one HeapChart with a curve per pane (each
// pane's StepSeries, computed by a StepSeriesBuilder of its own so a long
// trace never stalls the window), the current step marked; a click or drag
// on the chart moves every pane there. It starts with the largest free
// block and the fragmentation, the measures in which policies part ways;
// the chart's context menu shows the others.
class CompareChartDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CompareChartDock(CompareSession *session, QWidget *parent = nullptr);

    HeapChart *chart() const { return m_chart; }
    const QList<StepSeriesBuilder *> &builders() const { return m_builders; }
    bool isComputing() const;

private:
    void updateSeries();

    CompareSession *m_session;
    QList<StepSeriesBuilder *> m_builders;
    HeapChart *m_chart;
};
