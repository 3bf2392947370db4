// SPDX-License-Identifier: MIT
// HeapRenderer's label lanes around a Strip layout's bar.
#include "heap.h"
#include "heaprenderer.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVarLengthArray>
#include <algorithm>
#include <vector>

using namespace heapboard;

namespace {

struct Lane {
    QRectF rect;
    double barEdge = 0; // where a leader line leaves the bar
    double end = -1e9; // right end of the last label placed in the lane
    std::vector<std::pair<double, double>> breaks; // where breaks' labels are in it
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
              bar.top(),
              -1e9,
              {} });
        lanes.append(
            { QRectF(bar.left(), bar.bottom() + k * layout.laneHeight, bar.width(), layout.laneHeight),
              bar.bottom(),
              -1e9,
              {} });
    }
    QList<Placed> placed;
    // Tries the texts in turn, in the lanes in turn from the first: a
    // label goes where it clears the lane's labels and the breaks'. Sweep:
    // a block's, placed left to right; else a break's, placed beforehand.
    const auto place = [&](const QRectF &block, std::initializer_list<QString> texts, int first, bool sweep) {
        for (const QString &text : texts) {
            const double w = fm.horizontalAdvance(text);
            const double x
                = std::clamp(block.center().x() - w / 2, bar.left(), std::max(bar.left(), bar.right() - w));
            for (int i = 0; i < lanes.size(); ++i) {
                Lane &lane = lanes[(i / 2) * 2 + ((i + first) % 2)];
                const bool clear = x >= lane.end + gap
                    && std::none_of(lane.breaks.begin(), lane.breaks.end(), [&](const auto &r) {
                                       return x < r.second + gap && x + w + gap > r.first;
                                   });
                if (!clear)
                    continue;
                if (sweep)
                    lane.end = x + w; // blocks come in address order
                else
                    lane.breaks.emplace_back(x, x + w);
                placed.append({ QRectF(x, lane.rect.top(), w, lane.rect.height()), text,
                                std::clamp(x + w / 2, block.left() + 1, block.right() - 1), lane.barEdge });
                return;
            }
        }
    };
    const AddressMap &map = layout.map;
    const auto xOf = [&](double at) {
        return bar.left()
            + (std::clamp(at, layout.viewStart, layout.viewEnd()) - layout.viewStart) / layout.bytesPerPixel;
    };
    // The breaks first: where the regions lie apart matters more than a
    // block's label, which the crowd of small blocks before a break would
    // otherwise take the lanes for. The size alone where the whole is too wide.
    for (const AddressMap::Break &b : map.breaks()) {
        if (b.layoutEnd() > layout.viewStart && b.layoutStart < layout.viewEnd()) {
            const QRectF r(xOf(b.layoutStart), bar.top(), xOf(b.layoutEnd()) - xOf(b.layoutStart),
                           bar.height());
            place(r, { gapText(b.gap.size), NumberFormat::roughSize(b.gap.size) }, 0, false);
        }
    }
    int nth = 0;
    m_heap.forEachBlockFrom(Addr(map.toAddress(layout.viewStart)), [&](const BlockInfo &b) {
        const double start = map.toLayout(double(b.start)); // layout coordinates
        if (start >= layout.viewEnd())
            return false;
        // One row: the block's piece is its clipped extent along the bar.
        const double x1 = xOf(start);
        const double x2 = xOf(map.toLayout(double(b.end())));
        if (x2 - x1 < 3 || isGap(b))
            return true;
        // A block's short label is its handle, or its size.
        const QString label = b.used && m_labeler ? m_labeler(b.tag) : QString();
        const int first = nth++ % 2; // above first for even blocks, below for odd
        place(QRectF(x1, bar.top(), x2 - x1, bar.height()),
              { labelText(b), label.isEmpty() ? NumberFormat::size(b.size) : label }, first, true);
        return true; // placed, or no room: the block goes without a label
    });
    drawPlaced(painter, placed, m_palette, fm);
}
