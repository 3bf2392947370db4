// SPDX-License-Identifier: MIT
#include "heaplegend.h"

#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

// The used sample's label: a size, as the heap labels blocks.
constexpr heapboard::Size kSampleBytes = 32;

// The block color that stands out most against color, so that a sample's
// mark in that color shows in every theme (high contrast's first block color
// is nearly its selection blue).
QColor farthestUsedColor(const HeapPalette &palette, const QColor &color)
{
    const auto distance = [&color](const QColor &c) {
        return std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
            + std::abs(c.blue() - color.blue());
    };
    QColor best = palette.unnamed;
    for (const QColor &c : palette.used) {
        if (distance(c) > distance(best))
            best = c;
    }
    return best;
}

} // namespace

HeapLegend::HeapLegend(const HeapPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
    , m_entries(standardEntries())
{ }

QList<HeapLegend::Entry> HeapLegend::standardEntries()
{
    return {
        { tr("Free space"), &HeapLegend::drawFreeSample },
        { tr("Used block (name, size)"), &HeapLegend::drawUsedSample },
        { tr("Changed at this step"), &HeapLegend::drawChangedSample },
    };
}

double HeapLegend::padding() const
{
    return QFontMetricsF(m_font).height() / 2;
}

QSizeF HeapLegend::sampleSize() const
{
    const QFontMetricsF fm(m_font);
    // Room for the used sample's label, and the changed sample's badge.
    return { fm.horizontalAdvance(NumberFormat::size(kSampleBytes)) + 1.5 * fm.height(), fm.height() * 1.25 };
}

double HeapLegend::rowHeight() const
{
    return sampleSize().height() + padding() / 2;
}

double HeapLegend::textWidth() const
{
    const QFontMetricsF fm(m_font);
    double width = 0;
    for (const Entry &e : m_entries)
        width = std::max(width, fm.horizontalAdvance(e.text));
    return width;
}

QSizeF HeapLegend::size() const
{
    const double pad = padding();
    return { pad + sampleSize().width() + pad + textWidth() + pad,
             pad + m_entries.size() * rowHeight() - padding() / 2 + pad };
}

QRectF HeapLegend::sampleRect(int index, const QPointF &topLeft) const
{
    const double pad = padding();
    return { topLeft + QPointF(pad, pad + index * rowHeight()), sampleSize() };
}

QRectF HeapLegend::textRect(int index, const QPointF &topLeft) const
{
    const QRectF sample = sampleRect(index, topLeft);
    return { sample.right() + padding(), sample.top(), textWidth(), sample.height() };
}

void HeapLegend::paint(QPainter &painter, const QPointF &topLeft) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF box(topLeft, size());
    painter.setPen(QPen(m_palette.rulerLine, 1));
    painter.setBrush(m_palette.background);
    painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setFont(m_font);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRectF sample = sampleRect(i, topLeft);
        painter.save();
        if (m_entries[i].sample)
            m_entries[i].sample(painter, sample, m_palette);
        painter.restore();
        painter.setPen(m_palette.text);
        painter.drawText(textRect(i, topLeft), Qt::AlignLeft | Qt::AlignVCenter, m_entries[i].text);
    }
    painter.restore();
}

void HeapLegend::drawFreeSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette)
{
    // As HeapRenderer draws free space: fill, hatch, dashed outline.
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(r, palette.freeFill);
    painter.fillRect(r, QBrush(palette.freeHatch, Qt::BDiagPattern));
    painter.setPen(QPen(palette.freeOutline, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
}

void HeapLegend::drawUsedSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette)
{
    // As HeapRenderer draws a named block: its color, an outline, the label.
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor fill = palette.usedColor(1);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(r, fill);
    painter.setPen(QPen(palette.usedOutline, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
    painter.setPen(palette.textOn(fill));
    const double inset = QFontMetricsF(painter.font()).averageCharWidth() / 2;
    painter.drawText(r.adjusted(inset, 0, -inset, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     NumberFormat::size(kSampleBytes));
}

void HeapLegend::drawChangedSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette)
{
    // A used block marked as the step marks are: a thick outline in the
    // selection color and a "+" badge in its corner, so the mark reads
    // without telling colors apart.
    const QColor fill = farthestUsedColor(palette, palette.selection);
    const double thick = std::max(2.0, rect.height() / 8);
    const QRectF r = rect.adjusted(thick / 2, thick / 2, -thick / 2, -thick / 2);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(r, fill);
    painter.setPen(QPen(palette.selection, thick, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);

    painter.setRenderHint(QPainter::Antialiasing);
    const double badge = rect.height() * 0.6;
    const QRectF disc(rect.right() - badge - thick, rect.top() + (rect.height() - badge) / 2, badge, badge);
    painter.setPen(QPen(palette.background, std::max(1.0, thick / 2)));
    painter.setBrush(palette.selection);
    painter.drawEllipse(disc);
    const double arm = badge * 0.28;
    const QPointF c = disc.center();
    painter.setPen(
        QPen(palette.textOn(palette.selection), std::max(1.5, badge / 8), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()));
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm));
}
