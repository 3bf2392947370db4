// SPDX-License-Identifier: MIT
// HeapRenderer's label lanes around a Strip layout's bar.
#include "heap.h"
#include "heaprenderer.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVarLengthArray>

using namespace heapboard;

namespace {

struct Lane {
    QRectF rect;
    double barEdge = 0; // where a leader line leaves the bar
    double end = -1e9; // right end of the last label placed in the lane
};

struct Placed {
    QRectF text;
    QString label;
    double anchor = 0; // x of the leader on the block
    double barEdge = 0;
};

// Leader lines first, then the labels on plates of the background, so a
// leader to the outer lane passes behind a label of the inner one.
void drawPlaced(QPainter &painter, const QList<Placed> &placed, const HeapPalette &palette,
                const QFontMetricsF &fm)
{
    painter.setPen(QPen(palette.rulerLine, 1));
    for (const Placed &p : std::as_const(placed)) {
        const double textEdge = p.barEdge < p.text.center().y() ? p.text.top() + 2 : p.text.bottom() - 2;
        painter.drawLine(QPointF(p.anchor, p.barEdge), QPointF(p.anchor, textEdge));
    }
    for (const Placed &p : std::as_const(placed)) {
        const QRectF plate(p.text.left() - 2, p.text.center().y() - fm.height() / 2, p.text.width() + 4,
                           fm.height());
        painter.fillRect(plate, palette.background);
        painter.setPen(palette.text);
        painter.drawText(p.text, Qt::AlignCenter | Qt::TextDontClip, p.label);
    }
}

} // namespace

void HeapRenderer::renderStripLabels(QPainter &painter, const HeapLayout &layout) const
{
    const QFontMetricsF fm(m_font);
    const double gap = fm.averageCharWidth() * 1.5;
    const QRectF bar = layout.content;
    // Lanes in the order they are tried: nearest the bar first, above and
    // below alternating from block to block, so neighbours face away.
    QVarLengthArray<Lane, 2 * HeapLayout::kStripLanes> lanes;
    for (int k = 0; k < HeapLayout::kStripLanes; ++k) {
        lanes.append(
            { QRectF(bar.left(), bar.top() - (k + 1) * layout.laneHeight, bar.width(), layout.laneHeight),
              bar.top() });
        lanes.append(
            { QRectF(bar.left(), bar.bottom() + k * layout.laneHeight, bar.width(), layout.laneHeight),
              bar.bottom() });
    }
    QList<Placed> placed;
    int nth = 0;
    const AddressMap &map = layout.map;
    m_heap.forEachBlockFrom(Addr(map.toAddress(layout.viewStart)), [&](const BlockInfo &b) {
        const double start = map.toLayout(double(b.start)); // layout coordinates
        const double end = map.toLayout(double(b.end()));
        if (start >= layout.viewEnd())
            return false;
        // One row: the block's piece is its clipped extent along the bar.
        const double x1
            = bar.left() + (std::max(start, layout.viewStart) - layout.viewStart) / layout.bytesPerPixel;
        const double x2
            = bar.left() + (std::min(end, layout.viewEnd()) - layout.viewStart) / layout.bytesPerPixel;
        if (x2 - x1 < 3)
            return true;
        const QRectF block(x1, bar.top(), x2 - x1, bar.height());
        // A break's label is its size; a block's its handle or its size.
        const QString label = isGap(b) ? gapText(b.size) : b.used && m_labeler ? m_labeler(b.tag) : QString();
        const int first = nth++ % 2; // above first for even blocks, below for odd
        for (const QString &text : { labelText(b), label.isEmpty() ? NumberFormat::size(b.size) : label }) {
            const double w = fm.horizontalAdvance(text);
            const double x
                = std::clamp(block.center().x() - w / 2, bar.left(), std::max(bar.left(), bar.right() - w));
            for (int i = 0; i < lanes.size(); ++i) {
                Lane &lane = lanes[(i / 2) * 2 + ((i + first) % 2)];
                if (x < lane.end + gap)
                    continue;
                lane.end = x + w;
                placed.append({ QRectF(x, lane.rect.top(), w, lane.rect.height()), text,
                                std::clamp(x + w / 2, block.left() + 1, block.right() - 1), lane.barEdge });
                return true;
            }
        }
        return true; // no room: the block goes without a label
    });
    drawPlaced(painter, placed, m_palette, fm);
}
