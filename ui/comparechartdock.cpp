// SPDX-License-Identifier: MIT
#include "comparechartdock.h"

#include "comparesession.h"
#include "heapchart.h"
#include "heapmodel.h"
#include "stepseriesbuilder.h"

#include <QAction>

namespace {

// Okabe and Ito's colors, told apart with any color vision; the legend and
// the hover text name each pane as well.
const QColor kPaneColors[] = { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                               QColor(0xcc, 0x79, 0xa7) };

} // namespace

CompareChartDock::CompareChartDock(CompareSession *session, QWidget *parent)
    : QDockWidget(tr("Chart"), parent)
    , m_session(session)
    , m_chart(new HeapChart(this))
{
    setObjectName(QStringLiteral("compareChartDock"));
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setAccessibleName(tr("The panes' heaps over time"));
    setWidget(m_chart);
    toggleViewAction()->setShortcut(QKeySequence(Qt::Key_C));
    toggleViewAction()->setToolTip(tr("The panes' statistics over time, one curve per pane (C)"));
    for (int m = 0; m < ChartRenderer::kMeasureCount; ++m) {
        const auto measure = HeapChart::Measure(m);
        m_chart->setMeasureVisible(measure,
                                   measure == HeapChart::Measure::LargestFree
                                       || measure == HeapChart::Measure::Fragmentation);
    }
    for (int pane = 0; pane < session->paneCount(); ++pane) {
        auto *builder = new StepSeriesBuilder(session->model(pane), this);
        connect(builder, &StepSeriesBuilder::seriesChanged, this, &CompareChartDock::updateSeries);
        connect(builder, &StepSeriesBuilder::computingChanged, this,
                [this] { m_chart->setNote(isComputing() ? tr("Computing…") : QString()); });
        m_builders.append(builder);
    }
    connect(session, &CompareSession::positionChanged, m_chart, &HeapChart::setPosition);
    connect(m_chart, &HeapChart::stepRequested, session, &CompareSession::jumpTo);
    m_chart->setNote(isComputing() ? tr("Computing…") : QString());
    m_chart->setPosition(session->position());
    updateSeries();
}

bool CompareChartDock::isComputing() const
{
    return std::any_of(m_builders.begin(), m_builders.end(),
                       [](const StepSeriesBuilder *b) { return b->isComputing(); });
}

void CompareChartDock::updateSeries()
{
    QList<ChartSeries> series;
    for (int pane = 0; pane < m_builders.size(); ++pane) {
        const StepSeriesBuilder *builder = m_builders[pane];
        series.append(ChartSeries { m_session->paneName(pane), kPaneColors[pane % std::size(kPaneColors)],
                                    &builder->series(), builder->targetSize() });
    }
    m_chart->setSeries(series);
}
