// SPDX-License-Identifier: MIT
#include "heaprenderer.h"

#include "heap.h"
#include "numberformat.h"
#include "numberwidth.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <cmath>

using namespace heapboard;

namespace {

// Blocks at least this wide are drawn as blocks; narrower ones are summed
// into their pixel column.
constexpr double kMinBlockWidth = 1.5;

// Ruler steps: powers of two along rows of a power of two, else 1, 2 or 5
// times a power of ten, so that the ticks of a 720-byte row read 0, 100, 200.
double rulerStep(double rowBytes, double bytesPerPixel, double minGap)
{
    const bool binary = HeapLayout::powerOfTwoAtLeast(rowBytes) == rowBytes;
    static constexpr double kDecimal[] = { 1, 2, 5 };
    for (double decade = 1;; decade *= binary ? 2 : 10) {
        for (int i = 0; i < (binary ? 1 : 3); ++i) {
            if (kDecimal[i] * decade / bytesPerPixel >= minGap)
                return kDecimal[i] * decade;
        }
    }
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

QMarginsF HeapRenderer::rulerMargins(const QFont &font, const HeapLayout &layout)
{
    QMarginsF margins = rulerMargins(font);
    if (layout.map.isIdentity() && layout.base == 0)
        return margins;
    // A recording's rows (sparse or not) start at addresses far from 0,
    // written exactly (docs/number-format.md): room for the widest of them.
    const QStringList widest = NumberFormat::widestAddresses(layout.base + layout.extent);
    margins.setLeft(std::max(margins.left(), widestNumberWidth(QFontMetricsF(font), widest) + 12));
    return margins;
}

QString HeapRenderer::labelText(const BlockInfo &block) const
{
    const QString size = NumberFormat::size(block.size);
    if (isGap(block))
        return gapText(block.size);
    if (!block.used)
        return QCoreApplication::translate("HeapRenderer", "free · %1").arg(size);
    const QString label = m_labeler ? m_labeler(block.tag) : QString();
    return label.isEmpty() ? size : label + QStringLiteral(" · ") + size;
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
    if (layout.mode == HeapLayout::Mode::Strip)
        painter.fillRect(layout.rowsRect(0, 0).adjusted(0, 0, 0, 1), m_palette.background);
    for (int row = std::max(0, first); row <= std::min(last, layout.rows - 1); ++row)
        renderRow(painter, layout, row);
    if (layout.mode == HeapLayout::Mode::Strip)
        renderStripLabels(painter, layout);
}

HeapRenderer::Piece HeapRenderer::pieceOf(const HeapLayout &layout, const BlockInfo &block, double rowStart,
                                          double rowEnd, int row)
{
    Piece piece;
    const double start = layout.map.toLayout(double(block.start));
    piece.openLeft = start < rowStart;
    piece.openRight = layout.map.toLayout(double(block.end())) > rowEnd;
    piece.phase = std::max(0.0, rowStart - start) / layout.bytesPerPixel;
    if (!piece.openLeft && !piece.openRight) {
        piece.labelled = true;
        return piece;
    }
    // The widest visible piece carries the label; the first of equals.
    const QList<QRectF> rects = layout.rectsOf({ block.start, block.size });
    qsizetype widest = 0;
    for (qsizetype i = 1; i < rects.size(); ++i) {
        if (rects[i].width() > rects[widest].width() + 0.5)
            widest = i;
    }
    const double rowTop = layout.content.top() + row * layout.rowHeight();
    piece.labelled = !rects.isEmpty() && std::abs(rects[widest].top() - rowTop) < 0.5;
    return piece;
}

void HeapRenderer::renderRow(QPainter &painter, const HeapLayout &layout, int row) const
{
    const double rb = layout.rowBytes();
    const double rowStart = layout.viewStart + row * rb;
    const double rowEnd = std::min(rowStart + rb, layout.heapEnd());
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
        const QColor c = usedBytes > 0 ? HeapPalette::mix(m_palette.freeHatch, usedColor, std::max(t, 0.35))
                                       : m_palette.freeHatch;
        columns[column] = c.rgb();
        anyColumn = true;
        usedBytes = freeBytes = biggestUsed = 0;
    };

    // The block before the one being drawn: a free one right before a free
    // one is a seam to show.
    bool lastFree = false;
    double lastEnd = -1;
    const AddressMap &map = layout.map;
    m_heap.forEachBlockFrom(Addr(map.toAddress(rowStart)), [&](const BlockInfo &b) {
        // Layout coordinates (AddressMap): addresses themselves without gaps.
        const double bStart = map.toLayout(double(b.start));
        const double bEnd = map.toLayout(double(b.end()));
        if (bStart >= rowEnd)
            return false;
        const bool seam = !b.used
            && (lastEnd < 0 ? bStart >= rowStart && freeBefore(b.start) : lastFree && lastEnd == bStart);
        lastFree = !b.used;
        lastEnd = bEnd;
        const double s = std::max(bStart, rowStart);
        const double e = std::min(bEnd, rowEnd);
        const double x1 = (s - rowStart) / layout.bytesPerPixel;
        const double x2 = (e - rowStart) / layout.bytesPerPixel;
        if (isGap(b)) {
            // A gap is a break however narrow: never summed as used bytes.
            flush();
            column = -1;
            // Labelled once, on its widest piece, where it crosses a row end.
            const bool labelled
                = layout.mode == HeapLayout::Mode::Rows && pieceOf(layout, b, rowStart, rowEnd, row).labelled;
            drawBreak(painter, QRectF(inner.left() + x1, inner.top(), std::max(1.0, x2 - x1), inner.height()),
                      b, labelled);
            return true;
        }
        if (x2 - x1 >= kMinBlockWidth) {
            flush();
            column = -1;
            const QRectF rect(inner.left() + x1, inner.top(), x2 - x1, inner.height());
            Piece piece = pieceOf(layout, b, rowStart, rowEnd, row);
            piece.labelled = piece.labelled && layout.mode == HeapLayout::Mode::Rows;
            piece.first = map.toAddress(s);
            piece.bytesPerPixel = layout.bytesPerPixel;
            drawBlock(painter, rect, b, piece);
            if (seam)
                drawSeam(painter, rect, inner.left());
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
    drawUntouched(painter, inner, layout, rowStart, rowEnd);
}

void HeapRenderer::drawUntouched(QPainter &painter, const QRectF &inner, const HeapLayout &layout,
                                 double rowStart, double rowEnd) const
{
    // A heap that grows: past the break lies space it may still take, drawn
    // as a sparse dot pattern, with the break itself a solid bar.
    const double brk = layout.map.toLayout(double(m_heap.end()));
    const double bytesPerPixel = layout.bytesPerPixel;
    if (brk >= rowEnd)
        return;
    const double from = std::max(brk, rowStart);
    const QRectF r(inner.left() + (from - rowStart) / bytesPerPixel, inner.top(),
                   (rowEnd - from) / bytesPerPixel, inner.height());
    painter.fillRect(
        r, QBrush(HeapPalette::mix(m_palette.background, m_palette.rulerText, 0.45), Qt::Dense6Pattern));
    if (brk < rowStart)
        return;
    painter.fillRect(QRectF(r.left() - 1, inner.top() - 2, 3, inner.height() + 4), m_palette.text);
}

void HeapRenderer::drawBlock(QPainter &painter, const QRectF &rect, const BlockInfo &block,
                             const Piece &piece) const
{
    // Open edges reach the row's end, so that a block's pieces meet the
    // rulers' row ends rather than stopping half a pixel short.
    const QRectF r = rect.adjusted(piece.openLeft ? 0 : 0.5, 0.5, piece.openRight ? 0 : -0.5, -0.5);
    if (!block.used) {
        drawFree(painter, r, piece);
        if (piece.labelled)
            drawLabel(painter, r, block, m_palette.freeFill);
        return;
    }
    const QColor fill = m_palette.usedColor(block.tag);
    painter.fillRect(r, fill);
    const double payloadLeft = drawParts(painter, r, block, piece, fill);
    if (rect.width() >= 3) {
        painter.setPen(QPen(m_palette.usedOutline, 1));
        painter.drawLine(r.topLeft(), r.topRight());
        painter.drawLine(r.bottomLeft(), r.bottomRight());
        if (!piece.openLeft)
            painter.drawLine(r.topLeft(), r.bottomLeft());
        if (!piece.openRight)
            painter.drawLine(r.topRight(), r.bottomRight());
    }
    if (piece.labelled)
        drawLabel(painter, r.adjusted(std::min(payloadLeft - r.left(), r.width() / 2), 0, 0, 0), block, fill);
}

double HeapRenderer::drawParts(QPainter &painter, const QRectF &r, const BlockInfo &block, const Piece &piece,
                               const QColor &fill) const
{
    const Size header = m_heap.settings().header;
    const auto xOf = [&](double address) {
        return std::clamp(r.left() + (address - piece.first) / piece.bytesPerPixel, r.left(), r.right());
    };
    double headerRight = r.left();
    if (header > 0) {
        // The header: a band of its own shade, lined so that it reads without color,
        // ended by a divider where the program's pointer points.
        const double x2 = xOf(double(block.start + std::min(header, block.size)));
        const QRectF band(r.left(), r.top(), x2 - r.left(), r.height());
        if (band.width() > 0) {
            painter.fillRect(band, headerFill(fill));
            if (band.width() >= 3)
                painter.fillRect(band, QBrush(headerLines(fill), Qt::HorPattern));
            headerRight = x2;
            if (x2 < r.right() && r.width() >= 3)
                painter.fillRect(QRectF(x2, r.top(), 2, r.height()), m_palette.usedOutline);
        }
    }
    if (block.slack > 0) {
        // The slack: bytes the program did not ask for, cross-hatched at
        // the payload's end (internal fragmentation).
        const double x1 = xOf(double(block.end() - block.slack));
        const QRectF part(x1, r.top(), r.right() - x1, r.height());
        if (part.width() >= 1) {
            QColor hatch = m_palette.textOn(fill);
            hatch.setAlphaF(0.45f);
            painter.fillRect(part, QBrush(hatch, Qt::DiagCrossPattern));
            if (x1 > r.left() + 1 && r.width() >= 3) {
                painter.setPen(QPen(hatch, 1, Qt::DotLine));
                painter.drawLine(QPointF(x1, r.top()), QPointF(x1, r.bottom()));
            }
        }
    }
    return headerRight;
}

void HeapRenderer::drawSeam(QPainter &painter, const QRectF &rect, double bandLeft) const
{
    // Where two free blocks meet: a gap of the background between two solid
    // lines, so that they read as two blocks and not one.
    if (rect.width() < 4)
        return;
    const double x = std::round(rect.left());
    const double left = std::max(bandLeft, x - 3);
    painter.fillRect(QRectF(left, rect.top(), x + 3 - left, rect.height()), m_palette.background);
    if (left == x - 3)
        painter.fillRect(QRectF(left, rect.top(), 1, rect.height()), m_palette.freeOutline);
    painter.fillRect(QRectF(x + 2, rect.top(), 1, rect.height()), m_palette.freeOutline);
}

bool HeapRenderer::freeBefore(Addr start) const
{
    BlockInfo before;
    return start > m_heap.base() && m_heap.blockAt(start - 1, before) && !before.used;
}

void HeapRenderer::drawFree(QPainter &painter, const QRectF &r, const Piece &piece) const
{
    painter.fillRect(r, m_palette.freeFill);
    if (r.width() >= 4)
        painter.fillRect(r, QBrush(m_palette.freeHatch, Qt::BDiagPattern));
    if (r.width() < 3)
        return;
    // One dashed outline for the whole block: the top and bottom dashes
    // run on from the piece before, and there is no edge at a row break.
    QPen pen(m_palette.freeOutline, 1, Qt::DashLine);
    pen.setDashOffset(piece.phase);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(r.topLeft(), r.topRight());
    painter.drawLine(r.bottomLeft(), r.bottomRight());
    pen.setDashOffset(0);
    painter.setPen(pen);
    if (!piece.openLeft)
        painter.drawLine(r.topLeft(), r.bottomLeft());
    if (!piece.openRight)
        painter.drawLine(r.topRight(), r.bottomRight());
}

void HeapRenderer::drawLabel(QPainter &painter, const QRectF &r, const BlockInfo &block,
                             const QColor &fill) const
{
    const QFontMetricsF fm(m_font);
    const QRectF textRect = r.adjusted(4, 0, -4, 0);
    if (textRect.width() < fm.averageCharWidth() * 2)
        return;
    const QString full = labelText(block);
    // Too narrow for all of it: the handle alone, or the size alone.
    const QString label = block.used && m_labeler ? m_labeler(block.tag) : QString();
    const QString brief = label.isEmpty() ? NumberFormat::size(block.size) : label;
    QString text = fm.horizontalAdvance(full) <= textRect.width() ? full : brief;
    // A handle may be elided; a number never is ("3…" would read as 3).
    if (fm.horizontalAdvance(text) > textRect.width())
        text = label.isEmpty() ? QString() : fm.elidedText(text, Qt::ElideRight, textRect.width());
    if (text.isEmpty() || text == QStringLiteral("…"))
        return;
    if (!block.used) {
        // Text over the hatch: on a plate of the free fill, to stay legible.
        const QRectF plate(textRect.left() - 2, r.center().y() - fm.height() / 2 - 1,
                           fm.horizontalAdvance(text) + 4, fm.height() + 2);
        painter.fillRect(plate, fill);
    }
    painter.setPen(m_palette.textOn(fill));
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
}

void HeapRenderer::renderRulers(QPainter &painter, const HeapLayout &layout) const
{
    painter.setFont(m_font);
    painter.setPen(m_palette.rulerText);
    // Left: the address each row starts at.
    for (int row = 0; row < layout.rows; ++row) {
        const double start = layout.viewStart + row * layout.rowBytes();
        if (start >= layout.heapEnd())
            break;
        if (layout.map.breakAt(start))
            continue; // no address starts there: the break says where the next region does
        const QRectF cell(0, layout.content.top() + row * layout.rowHeight(), layout.content.left() - 8,
                          layout.rowHeight());
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                         NumberFormat::address(layout.rowAddress(start)));
    }
    renderTopRuler(painter, layout);
}

void HeapRenderer::renderTopRuler(QPainter &painter, const HeapLayout &layout) const
{
    // Offsets within a row, at a step that leaves room for the labels, so
    // the ticks adapt to the zoom. The row's last offset always has its
    // tick, its label inside the ruler's right end.
    const QFontMetricsF fm(m_font);
    const double minGap = fm.horizontalAdvance(QStringLiteral("+0000.0M")) + 10;
    const double step = rulerStep(layout.rowBytes(), layout.bytesPerPixel, minGap);
    const double top = layout.rowsRect(0, 0).top() - 4;
    const double right = layout.content.right() + rulerMargins(m_font).right();
    const QRectF lane(layout.content.left(), top - fm.height() - 6, 0, fm.height() + 4);
    painter.setPen(m_palette.rulerLine);
    painter.drawLine(QPointF(layout.content.left(), top), QPointF(layout.content.right(), top));
    const double end = layout.rowBytes();
    const double endX = layout.content.right();
    const QString endText = QStringLiteral("+") + NumberFormat::address(end);
    const double endLeft = std::min(endX + 2, right - fm.horizontalAdvance(endText));
    // A region that starts inside a row (after a break) does not start at
    // the row's address: offsets from that would mislead there, so only the
    // regions' starts are labelled, at their breaks (drawBreak).
    const bool offsets = !regionStartsInsideRow(layout);
    for (double off = 0; offsets && off < end - 0.5; off += step) {
        const double x = layout.content.left() + off / layout.bytesPerPixel;
        const QString text = QStringLiteral("+") + NumberFormat::address(off);
        if (x + 2 + fm.horizontalAdvance(text) + 6 > endLeft)
            break; // the end's label goes there
        painter.setPen(m_palette.rulerLine);
        painter.drawLine(QPointF(x, top - 4), QPointF(x, top));
        painter.setPen(m_palette.rulerText);
        painter.drawText(QRectF(x + 2, lane.top(), minGap, lane.height()), Qt::AlignLeft | Qt::AlignBottom,
                         text);
    }
    painter.setPen(m_palette.rulerLine);
    painter.drawLine(QPointF(endX, top - 4), QPointF(endX, top));
    if (!offsets)
        return;
    painter.setPen(m_palette.rulerText);
    painter.drawText(QRectF(endLeft, lane.top(), right - endLeft, lane.height()),
                     Qt::AlignLeft | Qt::AlignBottom, endText);
}
