// SPDX-License-Identifier: MIT
#include "chartrenderer.h"

#include "numberformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

using heapboard::StepSeries;

namespace {

constexpr int kQuarters = 4; // gridlines: both y axes share them
constexpr double kMinTickSpacing = 90; // pixels between step labels, at least

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartRenderer", text);
}

// 1, 2 or 5 x 10^k, the smallest at least x (x >= 1).
double nice125(double x)
{
    double unit = 1;
    while (unit * 10 <= x)
        unit *= 10;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * unit >= x)
            return m * unit;
    }
    return 10 * unit;
}

// Plain digits, as the player's "Step 12 / 40" and the History list.
QString stepText(std::size_t step)
{
    return QString::number(step);
}

} // namespace

ChartRenderer::ChartRenderer(const HeapPalette &palette, const QFont &font)
    : m_palette(&palette)
    , m_font(font)
{ }

void ChartRenderer::setMeasureVisible(Measure measure, bool visible)
{
    m_visible = visible ? (m_visible | bit(measure)) : (m_visible & ~bit(measure));
}

QString ChartRenderer::measureName(Measure measure)
{
    switch (measure) {
    case Measure::LiveBytes:
        return tr("Live bytes");
    case Measure::FreeBytes:
        return tr("Free bytes");
    case Measure::LargestFree:
        return tr("Largest free block");
    case Measure::Fragmentation:
        return tr("External fragmentation");
    case Measure::FreeBlocks:
        return tr("Free blocks");
    }
    return {};
}

QColor ChartRenderer::measureColor(Measure measure, const HeapPalette &palette)
{
    // Colors of the palette's block scheme that stay apart (Tol's muted set
    // in the light theme), darkened or lightened until they read as lines
    // on the background (3:1, WCAG's figure for graphics).
    static constexpr int kIndex[] = { 0, 2, 3, 6, 4 };
    const QList<QColor> &used = palette.used;
    QColor c = used.isEmpty() ? palette.text : used[kIndex[int(measure)] % used.size()];
    for (double t = 0.2; HeapPalette::contrast(c, palette.background) < 3 && t <= 1.0; t += 0.2)
        c = HeapPalette::mix(c, palette.text, t);
    return c;
}

QColor ChartRenderer::curveColor(int series, Measure measure) const
{
    if (m_series.size() <= 1)
        return measureColor(measure, *m_palette);
    const QColor base = m_series[series].color;
    // Live bytes in the pane's own color; the others in shades of it.
    static constexpr int kShade[] = { 100, 150, 200, 70, 45 };
    const int shade = kShade[int(measure)];
    return shade >= 100 ? base.darker(shade)
                        : HeapPalette::mix(base, m_palette->background, 1 - shade / 100.0);
}

std::size_t ChartRenderer::stepCount() const
{
    std::size_t n = 0;
    for (const ChartSeries &s : m_series)
        n = std::max({ n, s.steps, s.data ? s.data->size() : 0 });
    return n;
}

bool ChartRenderer::anyVisible(bool bytes) const
{
    for (int m = 0; m < kMeasureCount; ++m) {
        if (isMeasureVisible(Measure(m)) && isBytes(Measure(m)) == bytes)
            return true;
    }
    return false;
}

double ChartRenderer::maxOf(Measure measure) const
{
    double max = 0;
    for (const ChartSeries &s : m_series) {
        if (s.data && !s.data->empty())
            max = std::max(max, s.data->range(measure, 0, s.data->size()).max);
    }
    return max;
}

double ChartRenderer::bytesTop(double max)
{
    double step = 1;
    while (step * kQuarters < max)
        step *= 2;
    return step * kQuarters;
}

double ChartRenderer::countTop(double max)
{
    return kQuarters * nice125(std::max(1.0, max / kQuarters));
}

double ChartRenderer::axisTop(Measure measure) const
{
    if (measure == Measure::Fragmentation)
        return 1;
    if (measure == Measure::FreeBlocks)
        return countTop(maxOf(measure));
    // One scale for every byte measure, visible or not, so that toggling
    // one does not rescale the others.
    double max = 0;
    for (Measure m : { Measure::LiveBytes, Measure::FreeBytes, Measure::LargestFree })
        max = std::max(max, maxOf(m));
    return bytesTop(max);
}

QString ChartRenderer::percentText(double fraction, int decimals)
{
    return tr("%1%").arg(QLocale().toString(fraction * 100, 'f', decimals));
}

QString ChartRenderer::leftLabel(int quarter) const
{
    return NumberFormat::size(heapboard::Size(axisTop(Measure::LiveBytes) * quarter / kQuarters));
}

QString ChartRenderer::rightLabel(int quarter) const
{
    const bool percent = isMeasureVisible(Measure::Fragmentation);
    const bool count = isMeasureVisible(Measure::FreeBlocks);
    const QString p = percentText(double(quarter) / kQuarters, 0);
    const QString c = NumberFormat::number(quint64(axisTop(Measure::FreeBlocks) * quarter / kQuarters));
    if (percent && count)
        return tr("%1 · %2").arg(p, c);
    return percent ? p : count ? c : QString();
}

double ChartRenderer::legendHeight() const
{
    return QFontMetricsF(m_font).height() * 1.5;
}

QRectF ChartRenderer::plotRect(const QRectF &bounds) const
{
    const QFontMetricsF fm(m_font);
    const double pad = fm.height() / 2;
    double left = 0, right = 0;
    for (int q = 0; q <= kQuarters; ++q) {
        if (anyVisible(true))
            left = std::max(left, fm.horizontalAdvance(leftLabel(q)));
        if (anyVisible(false))
            right = std::max(right, fm.horizontalAdvance(rightLabel(q)));
    }
    QRectF plot = bounds.adjusted(pad + left + (left > 0 ? pad : 0), legendHeight() + pad / 2,
                                  -(pad + right + (right > 0 ? pad : 0)), -(fm.height() + pad));
    plot.setWidth(std::max(1.0, plot.width()));
    plot.setHeight(std::max(1.0, plot.height()));
    return plot;
}

std::size_t ChartRenderer::stepAt(double x, const QRectF &plot) const
{
    const std::size_t n = stepCount();
    if (n == 0)
        return 0;
    const double t = (x - plot.left()) / plot.width();
    return std::size_t(std::clamp(std::floor(t * double(n)), 0.0, double(n - 1)));
}

double ChartRenderer::xOf(std::size_t step, const QRectF &plot) const
{
    const std::size_t n = std::max<std::size_t>(1, stepCount());
    return plot.left() + (double(step) + 0.5) * plot.width() / double(n);
}

double ChartRenderer::yOf(Measure measure, double value, const QRectF &plot) const
{
    return plot.bottom() - value / axisTop(measure) * plot.height();
}

void ChartRenderer::paintGrid(QPainter &painter, const QRectF &plot) const
{
    const QFontMetricsF fm(m_font);
    const double pad = fm.height() / 2;
    painter.setFont(m_font);
    for (int q = 0; q <= kQuarters; ++q) {
        const double y = std::round(plot.bottom() - plot.height() * q / kQuarters) + 0.5;
        painter.setPen(m_palette->rulerLine);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_palette->rulerText);
        const QRectF row(0, y - fm.height() / 2, 0, fm.height());
        if (anyVisible(true))
            painter.drawText(row.adjusted(0, 0, plot.left() - pad, 0), Qt::AlignRight | Qt::AlignVCenter,
                             leftLabel(q));
        if (anyVisible(false))
            painter.drawText(QRectF(plot.right() + pad, row.top(), 1e4, row.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, rightLabel(q));
    }
}

void ChartRenderer::paintXAxis(QPainter &painter, const QRectF &plot) const
{
    const std::size_t n = stepCount();
    if (n == 0)
        return;
    const QFontMetricsF fm(m_font);
    const double spacing = std::max(kMinTickSpacing, fm.horizontalAdvance(stepText(n)) * 2);
    const auto every = std::size_t(nice125(std::max(1.0, double(n) * spacing / plot.width())));
    painter.setFont(m_font);
    for (std::size_t k = 0; k < n; k += every) {
        const double x = xOf(k, plot);
        painter.setPen(m_palette->rulerLine);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fm.height() / 4));
        painter.setPen(m_palette->rulerText);
        painter.drawText(QRectF(x - 200, plot.bottom() + fm.height() / 4, 400, fm.height()), Qt::AlignHCenter,
                         stepText(k));
    }
}

void ChartRenderer::paintLegend(QPainter &painter, const QRectF &bounds) const
{
    const QFontMetricsF fm(m_font);
    const double swatch = fm.height() * 0.8;
    double x = bounds.left() + fm.height() / 2;
    const double y = bounds.top() + (legendHeight() - swatch) / 2;
    painter.setFont(m_font);
    const auto entry = [&](const QColor &color, const QString &text) {
        painter.fillRect(QRectF(x, y, swatch, swatch), color);
        painter.setPen(m_palette->text);
        const QRectF textRect(x + swatch * 1.4, bounds.top(), fm.horizontalAdvance(text) + 1, legendHeight());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        x = textRect.right() + fm.height();
    };
    if (m_series.size() > 1) {
        for (int s = 0; s < m_series.size(); ++s)
            entry(m_series[s].color, m_series[s].name);
    }
    for (int m = 0; m < kMeasureCount; ++m) {
        if (isMeasureVisible(Measure(m)))
            entry(curveColor(0, Measure(m)), measureName(Measure(m)));
    }
}

void ChartRenderer::paintCurve(QPainter &painter, const QRectF &plot, int series, Measure measure) const
{
    const StepSeries &data = *m_series[series].data;
    const std::size_t n = stepCount();
    if (data.empty())
        return;
    const double top = axisTop(measure);
    const auto y = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    // Thicker with larger text: an exported slide's curves read from afar.
    QPen pen(curveColor(series, measure), std::max(2.0, QFontMetricsF(m_font).height() / 12));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    const auto columns = std::size_t(std::max(1.0, std::floor(plot.width())));
    if (n <= columns) {
        // A staircase: each state flat over its slice, joined at the steps.
        QPolygonF line;
        line.reserve(qsizetype(data.size()) * 2);
        const double w = plot.width() / double(n);
        for (std::size_t k = 0; k < data.size(); ++k) {
            const double v = y(data.value(measure, k));
            line << QPointF(plot.left() + double(k) * w, v) << QPointF(plot.left() + double(k + 1) * w, v);
        }
        painter.drawPolyline(line);
        return;
    }
    // Min/max per pixel column, widened to the previous column's last value
    // so that the curve has no gaps where it jumps.
    QVector<QLineF> lines;
    lines.reserve(qsizetype(columns));
    for (std::size_t c = 0; c < columns; ++c) {
        const std::size_t from = c * n / columns;
        const std::size_t to = std::min(data.size(), (c + 1) * n / columns);
        if (from >= to)
            break;
        StepSeries::Range r = data.range(measure, from, to);
        if (from > 0) {
            const double before = data.value(measure, from - 1);
            r.min = std::min(r.min, before);
            r.max = std::max(r.max, before);
        }
        const double x = plot.left() + double(c) + 0.5;
        // As tall as the pen is wide on a flat value, as the staircase is.
        const double half = pen.widthF() / 2;
        lines.append(QLineF(x, y(r.min) + half, x, y(r.max) - half));
    }
    painter.drawLines(lines);
}

void ChartRenderer::paintBase(QPainter &painter, const QRectF &bounds) const
{
    painter.save();
    painter.fillRect(bounds, m_palette->background);
    const QRectF plot = plotRect(bounds);
    paintLegend(painter, bounds);
    paintGrid(painter, plot);
    paintXAxis(painter, plot);
    painter.setClipRect(plot.adjusted(-1, -2, 1, 2));
    for (int s = 0; s < m_series.size(); ++s) {
        if (!m_series[s].data)
            continue;
        for (int m = 0; m < kMeasureCount; ++m) {
            if (isMeasureVisible(Measure(m)))
                paintCurve(painter, plot, s, Measure(m));
        }
    }
    painter.setClipping(false);
    if (!m_note.isEmpty()) {
        painter.setPen(m_palette->text);
        painter.setFont(m_font);
        painter.drawText(plot, Qt::AlignCenter, m_note);
    }
    painter.restore();
}

void ChartRenderer::paintPosition(QPainter &painter, const QRectF &bounds) const
{
    if (!m_position || stepCount() == 0)
        return;
    const QRectF plot = plotRect(bounds);
    const double x = std::round(xOf(std::min(*m_position, stepCount() - 1), plot));
    painter.save();
    painter.setPen(QPen(m_palette->selection, std::max(2.0, QFontMetricsF(m_font).height() / 12),
                        Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.restore();
}

void ChartRenderer::paint(QPainter &painter, const QRectF &bounds) const
{
    paintBase(painter, bounds);
    paintPosition(painter, bounds);
}

QString ChartRenderer::valuesText(std::size_t step) const
{
    QStringList lines;
    for (const ChartSeries &s : m_series) {
        if (!s.data || step >= s.data->size())
            continue;
        const heapboard::HeapStats st = s.data->at(step);
        QString line = tr("Step %1: live %2 · free %3 · largest free %4 · fragmentation %5 · %6 free blocks")
                           .arg(stepText(step), NumberFormat::size(st.liveBytes),
                                NumberFormat::size(st.freeBytes), NumberFormat::size(st.largestFree),
                                percentText(st.fragmentation(), 1), NumberFormat::number(st.freeBlocks));
        lines << (m_series.size() > 1 ? tr("%1: %2").arg(s.name, line) : line);
    }
    return lines.join(QLatin1Char('\n'));
}
