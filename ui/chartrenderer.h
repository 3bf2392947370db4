// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"
#include "stepseries.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

// One curve source of the chart: a pane's steps (compare view) or the
// window's own document. The series must outlive the renderer.
struct ChartSeries {
    QString name;
    QColor color;
    const heapboard::StepSeries *data = nullptr;
    // The steps the x axis spans when more than data has yet (a series
    // still being computed shows its beginning at the final scale).
    std::size_t steps = 0;
};

// The heap over time, drawn with QPainter in the heap view's palette: shared
// by the chart widget (HeapChart), its export and `heapboard-cli render
// --chart`, so that all three draw the same picture.
//
// x is the step: state k (after step k) spans [k, k + 1) of stepCount()
// equal slices of the plot's width. With more steps than pixel columns each
// column draws the min/max of its steps (StepSeries::range(), O(log n) a
// column), as massif-visualizer and heaptrack do; with fewer, each state is
// a flat segment (a staircase: the heap does not change between steps).
//
// y: bytes (live, free, largest free block) on the left axis. The right
// axis carries the two measures without a byte unit, fragmentation and the
// number of free blocks, on the same four gridlines: its top is 100 % for
// fragmentation and a round count (4 x 1, 2 or 5 x 10^k) for the free
// blocks, so each gridline reads "50 % · 60" and both stay exact. The left
// top is 4 x a power of two bytes, so that its labels are round in KiB and
// MiB as well.
//
// Curves: with one series each measure has its own color; with several
// (one a compare pane) each series has its color and the measures of one
// series are drawn in lighter and darker shades of it.
class ChartRenderer
{
public:
    using Measure = heapboard::StepSeries::Measure;
    static constexpr int kMeasureCount = heapboard::StepSeries::kMeasureCount;
    static constexpr int kMaxSeries = 4;

    ChartRenderer(const HeapPalette &palette, const QFont &font);

    // The palette must outlive the renderer (HeapPalette::byId() ones do).
    void setPalette(const HeapPalette &palette) { m_palette = &palette; }
    void setFont(const QFont &font) { m_font = font; }
    void setSeries(const QList<ChartSeries> &series) { m_series = series.mid(0, kMaxSeries); }
    const QList<ChartSeries> &series() const { return m_series; }
    void setMeasureVisible(Measure measure, bool visible);
    bool isMeasureVisible(Measure measure) const { return m_visible & bit(measure); }
    // The current step's vertical line; none when not set.
    void setPosition(std::optional<std::size_t> step) { m_position = step; }
    // A short line over the plot ("Computing…"); empty: none.
    void setNote(const QString &note) { m_note = note; }

    // The most steps of any series (states 0..n-1); 0 without data.
    std::size_t stepCount() const;
    // Where the curves go inside bounds (the rest holds axes and legend).
    QRectF plotRect(const QRectF &bounds) const;
    // The state under x (clamped to the steps), and the middle of a state.
    std::size_t stepAt(double x, const QRectF &plot) const;
    double xOf(std::size_t step, const QRectF &plot) const;
    // The y of a value of a measure in the plot, by its axis.
    double yOf(Measure measure, double value, const QRectF &plot) const;
    // The color a series' curve of a measure is drawn in.
    QColor curveColor(int series, Measure measure) const;

    // Everything but the position marker and a hover line: what a widget
    // may cache.
    void paintBase(QPainter &painter, const QRectF &bounds) const;
    // The current step's line.
    void paintPosition(QPainter &painter, const QRectF &bounds) const;
    void paint(QPainter &painter, const QRectF &bounds) const;

    // The values after a step, one line a series: what hovering shows.
    QString valuesText(std::size_t step) const;

    static QString measureName(Measure measure);
    static QColor measureColor(Measure measure, const HeapPalette &palette);
    static bool isBytes(Measure measure) { return measure <= Measure::LargestFree; }
    // The axis tops described above.
    static double bytesTop(double max);
    static double countTop(double max);
    static QString percentText(double fraction, int decimals);

private:
    static unsigned bit(Measure m) { return 1u << unsigned(m); }
    bool anyVisible(bool bytes) const;
    double maxOf(Measure measure) const;
    double axisTop(Measure measure) const;
    QString rightLabel(int quarter) const;
    QString leftLabel(int quarter) const;
    double legendHeight() const;
    void paintGrid(QPainter &painter, const QRectF &plot) const;
    void paintXAxis(QPainter &painter, const QRectF &plot) const;
    void paintLegend(QPainter &painter, const QRectF &bounds) const;
    void paintCurve(QPainter &painter, const QRectF &plot, int series, Measure measure) const;

    const HeapPalette *m_palette;
    QFont m_font;
    QList<ChartSeries> m_series;
    unsigned m_visible = (1u << kMeasureCount) - 1;
    std::optional<std::size_t> m_position;
    QString m_note;
};
