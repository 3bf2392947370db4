// SPDX-License-Identifier: MIT
#include "heaprenderer.h"

#include "heap.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <cmath>

using namespace heapboard;

namespace {

// Blocks at least this wide are drawn as blocks; narrower ones are summed
// into their pixel column.
constexpr double kMinBlockWidth = 1.5;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

HeapRenderer::HeapRenderer(const Heap &heap, const HeapPalette &palette, const QFont &font, Labeler labeler)
    : m_heap(heap)
    , m_palette(palette)
    , m_font(font)
    , m_labeler(std::move(labeler))
{ }

QMarginsF HeapRenderer::rulerMargins(const QFont &font)
{
    const QFontMetricsF fm(font);
    return { fm.horizontalAdvance(QStringLiteral("0000.0M")) + 12, fm.height() + 10, 8, 4 };
}

void HeapRenderer::renderAll(QPainter &painter, const HeapLayout &layout) const
{
    painter.fillRect(painter.window(), m_palette.background);
    renderRulers(painter, layout);
    renderRows(painter, layout, 0, layout.rows - 1);
}

void HeapRenderer::renderRows(QPainter &painter, const HeapLayout &layout, int first, int last) const
{
    painter.setFont(m_font);
    for (int row = std::max(0, first); row <= std::min(last, layout.rows - 1); ++row)
        renderRow(painter, layout, row);
}

void HeapRenderer::renderRow(QPainter &painter, const HeapLayout &layout, int row) const
{
    const double rb = layout.rowBytes();
    const double rowStart = layout.viewStart + row * rb;
    const double rowEnd = std::min(rowStart + rb, double(layout.heapSize));
    const double h = layout.rowHeight();
    const QRectF band(layout.content.left(), layout.content.top() + row * h, layout.content.width(), h);
    painter.fillRect(band.adjusted(0, 0, 0, 1), m_palette.background);
    const QRectF inner = band.adjusted(0, 2, 0, -2);
    if (rowEnd <= rowStart)
        return;

    // Blocks too narrow to draw are summed per pixel column: bytes used
    // and free, and the color of the largest used piece. The columns go
    // into a one-pixel-high strip that is drawn once, stretched to the row:
    // a row costs one image however many blocks it holds.
    QImage strip(int(std::ceil(inner.width())), 1, QImage::Format_ARGB32_Premultiplied);
    strip.fill(Qt::transparent);
    auto *columns = reinterpret_cast<QRgb *>(strip.scanLine(0));
    bool anyColumn = false;
    int column = -1;
    double usedBytes = 0;
    double freeBytes = 0;
    double biggestUsed = 0;
    QColor usedColor;
    const auto flush = [&] {
        if (column < 0 || column >= strip.width() || usedBytes + freeBytes <= 0)
            return;
        const double t = usedBytes / (usedBytes + freeBytes);
        const QColor c
            = usedBytes > 0 ? mix(m_palette.freeHatch, usedColor, std::max(t, 0.35)) : m_palette.freeHatch;
        columns[column] = c.rgb();
        anyColumn = true;
        usedBytes = freeBytes = biggestUsed = 0;
    };

    m_heap.forEachBlockFrom(Addr(rowStart), [&](const BlockInfo &b) {
        if (double(b.start) >= rowEnd)
            return false;
        const double s = std::max(double(b.start), rowStart);
        const double e = std::min(double(b.end()), rowEnd);
        const double x1 = (s - rowStart) / layout.bytesPerPixel;
        const double x2 = (e - rowStart) / layout.bytesPerPixel;
        if (x2 - x1 >= kMinBlockWidth) {
            flush();
            column = -1;
            const QRectF rect(inner.left() + x1, inner.top(), x2 - x1, inner.height());
            drawBlock(painter, rect, b, double(b.start) < rowStart, double(b.end()) > rowEnd);
            return true;
        }
        const int col = int(x1);
        if (col != column) {
            flush();
            column = col;
        }
        const double bytes = e - s;
        if (b.used) {
            usedBytes += bytes;
            if (bytes > biggestUsed) {
                biggestUsed = bytes;
                usedColor = m_palette.usedColor(b.tag);
            }
        } else {
            freeBytes += bytes;
        }
        return true;
    });
    flush();
    if (anyColumn)
        painter.drawImage(QRectF(inner.left(), inner.top(), strip.width(), inner.height()), strip);
}

void HeapRenderer::drawBlock(QPainter &painter, const QRectF &rect, const BlockInfo &block, bool openLeft,
                             bool openRight) const
{
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (block.used) {
        const QColor fill = m_palette.usedColor(block.tag);
        painter.fillRect(r, fill);
        if (rect.width() >= 3) {
            painter.setPen(QPen(m_palette.usedOutline, 1));
            painter.drawLine(r.topLeft(), r.topRight());
            painter.drawLine(r.bottomLeft(), r.bottomRight());
            if (!openLeft)
                painter.drawLine(r.topLeft(), r.bottomLeft());
            if (!openRight)
                painter.drawLine(r.topRight(), r.bottomRight());
        }
        const QString label = m_labeler ? m_labeler(block.tag) : QString();
        const QFontMetricsF fm(m_font);
        const QRectF textRect = r.adjusted(4, 0, -4, 0);
        if (textRect.width() < fm.averageCharWidth() * 2)
            return;
        const QString full = label.isEmpty() ? NumberFormat::size(block.size)
                                             : label + QStringLiteral(" · ") + NumberFormat::size(block.size);
        QString text = fm.horizontalAdvance(full) <= textRect.width() ? full : label;
        if (fm.horizontalAdvance(text) > textRect.width())
            text = fm.elidedText(text, Qt::ElideRight, textRect.width());
        if (text.isEmpty() || text == QStringLiteral("…"))
            return;
        painter.setPen(m_palette.textOn(fill));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
        return;
    }
    painter.fillRect(r, m_palette.freeFill);
    if (rect.width() >= 4)
        painter.fillRect(r, QBrush(m_palette.freeHatch, Qt::BDiagPattern));
    painter.setPen(QPen(m_palette.freeOutline, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    if (rect.width() >= 3)
        painter.drawRect(r);
}

void HeapRenderer::renderRulers(QPainter &painter, const HeapLayout &layout) const
{
    painter.setFont(m_font);
    const QFontMetricsF fm(m_font);
    painter.setPen(m_palette.rulerText);
    // Left: the address each row starts at.
    for (int row = 0; row < layout.rows; ++row) {
        const double start = layout.viewStart + row * layout.rowBytes();
        if (start >= double(layout.heapSize))
            break;
        const QRectF cell(0, layout.content.top() + row * layout.rowHeight(), layout.content.left() - 8,
                          layout.rowHeight());
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, NumberFormat::address(start));
    }
    // Top: offsets within a row, at a power-of-two step that leaves room
    // for the labels, so the ticks adapt to the zoom.
    const double minGap = fm.horizontalAdvance(QStringLiteral("+0000.0M")) + 10;
    double step = 1;
    while (step / layout.bytesPerPixel < minGap)
        step *= 2;
    const double top = layout.content.top() - 4;
    painter.setPen(m_palette.rulerLine);
    painter.drawLine(QPointF(layout.content.left(), top), QPointF(layout.content.right(), top));
    for (double off = 0; off <= layout.rowBytes() + 0.5; off += step) {
        const double x = layout.content.left() + off / layout.bytesPerPixel;
        painter.setPen(m_palette.rulerLine);
        painter.drawLine(QPointF(x, top - 4), QPointF(x, top));
        painter.setPen(m_palette.rulerText);
        const QString text = QStringLiteral("+") + NumberFormat::address(off);
        painter.drawText(QRectF(x + 2, 0, minGap, top - 2), Qt::AlignLeft | Qt::AlignBottom, text);
    }
}
