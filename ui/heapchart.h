// SPDX-License-Identifier: MIT
#pragma once

#include "chartrenderer.h"

#include <QPixmap>
#include <QWidget>
#include <array>
#include <optional>

class QAction;

// The heap over time under the heap view: live bytes, free bytes, the
// largest free block, external fragmentation and the number of free blocks
// after every step, with the current step marked (ChartRenderer draws it).
// Shows 1 to 4 series (ChartSeries: a name, a color and a StepSeries), one
// curve per series and measure: the window's document, or the panes of the
// compare view.
//
// The widget emits intent: a click or a drag asks for a step
// (stepRequested); the window moves the model. Hovering shows the values at
// the step under the mouse in a label over the plot. Each measure is
// toggled by a checkable action of the context menu (measureAction());
// whoever owns the widget remembers them.
//
// Painting draws a cached picture of axes and curves (rebuilt when the
// data, size, palette or measures change: seriesChanged() after the data
// grew or shrank) and overlays the position and hover lines, so a step of
// the player repaints only those.
class HeapChart : public QWidget
{
    Q_OBJECT
public:
    using Measure = ChartRenderer::Measure;

    explicit HeapChart(QWidget *parent = nullptr);

    // 1 to 4 series; the StepSeries must outlive the chart or be replaced.
    void setSeries(const QList<ChartSeries> &series);
    const QList<ChartSeries> &series() const { return m_renderer.series(); }
    // Call after a series grew, shrank or was recomputed in place.
    void seriesChanged();
    void setHeapPalette(const HeapPalette &palette);
    const HeapPalette &heapPalette() const { return *m_palette; }
    void setPosition(std::size_t step);
    std::size_t position() const { return m_position; }
    // A short note over the plot ("Computing…"); empty: none.
    void setNote(const QString &note);
    QString note() const { return m_note; }

    bool isMeasureVisible(Measure measure) const { return m_renderer.isMeasureVisible(measure); }
    void setMeasureVisible(Measure measure, bool visible);
    QAction *measureAction(Measure measure) const { return m_actions[std::size_t(measure)]; }

    // The drawing, for tests and exports: where the curves go, the step
    // under x, the middle of a step.
    const ChartRenderer &renderer() const { return m_renderer; }
    QRectF plotRect() const { return m_renderer.plotRect(rect()); }
    std::size_t stepAt(double x) const { return m_renderer.stepAt(x, plotRect()); }
    double xOf(std::size_t step) const { return m_renderer.xOf(step, plotRect()); }
    // What the hover label says now; empty when the mouse is not over a step.
    QString hoverText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A click or drag over the plot asks for this step.
    void stepRequested(std::size_t step);
    void measureToggled(HeapChart::Measure measure, bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void invalidate();
    void updateAccessibleDescription();
    void requestStepAt(double x);
    void paintHover(QPainter &painter) const;

    const HeapPalette *m_palette;
    ChartRenderer m_renderer;
    std::array<QAction *, ChartRenderer::kMeasureCount> m_actions {};
    std::size_t m_position = 0;
    std::optional<std::size_t> m_hover;
    std::optional<std::size_t> m_lastRequested;
    QString m_note;
    QPixmap m_cache;
};
