// SPDX-License-Identifier: MIT
// HeapRenderer: the breaks of a sparse heap, its gaps collapsed
// (docs/hrec.md, "As recorded"; ui/addressmap.h).
#include "heaprenderer.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

using namespace heapboard;

bool HeapRenderer::regionStartsInsideRow(const HeapLayout &layout)
{
    for (const AddressMap::Break &b : layout.map.breaks()) {
        const double at = b.layoutEnd() - layout.viewStart;
        if (b.layoutEnd() >= layout.heapEnd() || at >= layout.visibleBytes())
            break;
        if (at > 0 && std::fmod(at, layout.rowBytes()) != 0)
            return true;
    }
    return false;
}

bool HeapRenderer::isGap(const BlockInfo &block)
{
    return block.used && block.tag == kGapTag;
}

QString HeapRenderer::gapText(Size bytes)
{
    return QCoreApplication::translate("HeapRenderer", "… %1 …").arg(NumberFormat::roughSize(bytes));
}

void HeapRenderer::drawBreak(QPainter &painter, const QRectF &r, const BlockInfo &gap, bool labelled) const
{
    // A neutral hatch between two zig-zag edges: torn out, not a block.
    const QColor line = HeapPalette::mix(m_palette.background, m_palette.rulerText, 0.55);
    painter.fillRect(r, m_palette.background);
    painter.fillRect(
        r, QBrush(HeapPalette::mix(m_palette.background, m_palette.rulerText, 0.35), Qt::FDiagPattern));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(line, 1.5));
    const double tooth = std::clamp(r.width() / 4, 1.0, 4.0);
    for (const double x : { r.left() + tooth, r.right() - tooth }) {
        QPolygonF zigzag;
        for (int i = 0; r.top() + i * 2 * tooth <= r.bottom() + 2 * tooth; ++i)
            zigzag << QPointF(x + (i % 2 ? tooth : -tooth), std::min(r.bottom(), r.top() + i * 2 * tooth));
        painter.drawPolyline(zigzag);
    }
    painter.restore();
    if (!labelled)
        return;
    // The gap's size, and where the next region starts (the rulers' label
    // for a region that starts inside a row), where they fit.
    // Too narrow for that: the size alone, between the zig-zags or over
    // them; narrower still, the tooltip says it.
    const QFontMetricsF fm(m_font);
    QRectF text = r.adjusted(2 * tooth + 3, 0, -2 * tooth - 3, 0);
    QStringList lines { gapText(gap.size) };
    if (fm.horizontalAdvance(lines.front()) > text.width()) {
        lines = { NumberFormat::roughSize(gap.size) };
        if (fm.horizontalAdvance(lines.front()) > text.width())
            text = r.adjusted(2, 0, -2, 0);
    } else if (text.height() >= 2.4 * fm.height()) {
        lines << QCoreApplication::translate("HeapRenderer", "→ %1").arg(NumberFormat::address(gap.end()));
    }
    double y = text.center().y() - lines.size() * fm.height() / 2;
    for (const QString &l : std::as_const(lines)) {
        const double w = fm.horizontalAdvance(l);
        if (w > text.width())
            break;
        const QRectF plate(text.center().x() - w / 2 - 2, y, w + 4, fm.height());
        painter.fillRect(plate, m_palette.background);
        painter.setPen(m_palette.rulerText);
        painter.drawText(plate, Qt::AlignCenter, l);
        y += fm.height();
    }
}
