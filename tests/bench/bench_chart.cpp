// SPDX-License-Identifier: MIT
// Chart figures (issue 14): computing the series of a 1,000,000-step trace
// (what StepSeriesBuilder does on its worker), painting the chart of it at
// 1920 px wide without its cache (what a resize, a theme or an appended
// step costs), and the repaint when only the position moves.
#include "bench.h"
#include "chartrenderer.h"
#include "heapchart.h"
#include "stepseries.h"
#include "timeline.h"
#include "trace.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <vector>

using namespace heapboard;

void runChartBench()
{
    constexpr int kSteps = 1000000;
    const QByteArray text = makeChurnTrace(20261126, 20000, kSteps);
    Trace trace;
    ParseError error;
    if (!parseTrace(std::string_view(text.constData(), std::size_t(text.size())), trace, error)) {
        std::fprintf(stderr, "heapboard-bench: the chart trace does not parse\n");
        return;
    }
    const Timeline timeline = Timeline::fromTrace(trace, 0, Policy::FirstFit);
    QElapsedTimer timer;
    timer.start();
    const StepSeries series = StepSeries::compute(timeline.history());
    reportFigure("chart_series_compute_1M_steps", double(timer.nsecsElapsed()) / 1e6, "ms");

    // The full picture, uncached: axes, legend and five curves of min/max
    // per pixel column.
    const HeapPalette &palette = HeapPalette::byId(QStringLiteral("light"));
    ChartRenderer renderer(palette, QFont());
    renderer.setSeries({ ChartSeries { {}, {}, &series } });
    renderer.setPosition(series.size() / 2);
    QImage target(1920, 300, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> full;
    for (int i = 0; i < 15; ++i) {
        QPainter painter(&target);
        timer.restart();
        renderer.paint(painter, QRectF(target.rect()));
        full.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportFigure("chart_paint_1920px_1M_steps", median(full), "ms");

    // The widget while the player runs: the cached picture and the marker.
    HeapChart chart;
    chart.resize(1920, 300);
    chart.setSeries({ ChartSeries { {}, {}, &series } });
    chart.render(&target); // builds the cache
    std::vector<double> moved;
    for (int i = 0; i < 40; ++i) {
        chart.setPosition(std::size_t(i) * 20000);
        timer.restart();
        chart.render(&target);
        moved.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportFigure("chart_repaint_after_step_1920px_1M_steps", median(moved), "ms");
}
