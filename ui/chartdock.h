// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class HeapChart;
class HeapModel;
class StepSeriesBuilder;

// The Chart panel of the window: the model's statistics over time
// (HeapChart over a StepSeriesBuilder) in a dock under the heap, following
// the model's position. Which measures are shown is remembered in
// QSettings. The window connects HeapChart::stepRequested to the player.
class ChartDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChartDock(HeapModel *model, QWidget *parent = nullptr);

    HeapChart *chart() const { return m_chart; }
    StepSeriesBuilder *builder() const { return m_builder; }

private:
    void updateSeries();
    void restoreMeasures();

    HeapModel *m_model;
    StepSeriesBuilder *m_builder;
    HeapChart *m_chart;
};
