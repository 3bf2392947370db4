// SPDX-License-Identifier: MIT
#include "chartdock.h"

#include "heapchart.h"
#include "heapmodel.h"
#include "stepseriesbuilder.h"

#include <QAction>
#include <QSettings>

namespace {

QString measureKey(HeapChart::Measure measure)
{
    static const char *const kKeys[] = { "live", "free", "largest", "fragmentation", "freeBlocks" };
    return QStringLiteral("chart/show/") + QLatin1String(kKeys[int(measure)]);
}

} // namespace

ChartDock::ChartDock(HeapModel *model, QWidget *parent)
    : QDockWidget(tr("Chart"), parent)
    , m_model(model)
    , m_builder(new StepSeriesBuilder(model, this))
    , m_chart(new HeapChart(this))
{
    setObjectName(QStringLiteral("chartDock"));
    setWidget(m_chart);
    // A key as well as the View menu: presenting hides the menu bar.
    toggleViewAction()->setShortcut(QKeySequence(Qt::Key_C));
    toggleViewAction()->setToolTip(tr("The heap's statistics over time, under the heap (C)"));
    restoreMeasures();
    connect(m_chart, &HeapChart::measureToggled, this, [](HeapChart::Measure measure, bool visible) {
        QSettings().setValue(measureKey(measure), visible);
    });
    connect(m_builder, &StepSeriesBuilder::seriesChanged, this, &ChartDock::updateSeries);
    connect(m_builder, &StepSeriesBuilder::computingChanged, this,
            [this](bool computing) { m_chart->setNote(computing ? tr("Computing…") : QString()); });
    connect(model, &HeapModel::positionChanged, m_chart, &HeapChart::setPosition);
    m_chart->setNote(m_builder->isComputing() ? tr("Computing…") : QString());
    m_chart->setPosition(model->position());
    updateSeries();
}

void ChartDock::restoreMeasures()
{
    const QSettings settings;
    for (int m = 0; m < ChartRenderer::kMeasureCount; ++m) {
        const auto measure = HeapChart::Measure(m);
        m_chart->setMeasureVisible(measure, settings.value(measureKey(measure), true).toBool());
    }
}

void ChartDock::updateSeries()
{
    // The x axis spans every step at once, also while the series is still
    // being computed.
    m_chart->setSeries({ ChartSeries { m_model->title(), m_chart->heapPalette().selection,
                                       &m_builder->series(), m_builder->targetSize() } });
}
