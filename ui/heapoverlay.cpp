// SPDX-License-Identifier: MIT
#include "heapoverlay.h"

#include "heap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <optional>
#include <vector>

using namespace heapboard;
using Kind = StepMark::Kind;

namespace {

constexpr double kPad = 3;
// Half the width of the pin head on a marker's line.
constexpr double kPinHead = 7;
// Links closer than this (in pixels on average) are not drawn at all.
constexpr double kMinPixelsPerLink = 12;

struct Line {
    double width;
    Qt::PenStyle style;
    double inset; // nested marks (a freed block inside its merge) stay apart
};

Line lineOf(Kind kind)
{
    switch (kind) {
    case Kind::Merged:
        return { 4, Qt::SolidLine, 2 };
    case Kind::Allocated:
    case Kind::After:
        return { 3, Qt::SolidLine, 3 };
    case Kind::Remainder:
        return { 3, Qt::DashLine, 3 };
    case Kind::Grown:
        return { 4, Qt::DotLine, 0 };
    case Kind::Freed:
        return { 3, Qt::DotLine, 9 };
    case Kind::Before:
        return { 2, Qt::DashDotLine, 9 };
    case Kind::Ghost:
    case Kind::Placement:
        return { 3, Qt::DashLine, 2 };
    case Kind::BadPointer:
    case Kind::NoRoom:
        return { 3, Qt::SolidLine, 0 };
    }
    return { 3, Qt::SolidLine, 3 };
}

// A failure's or a ghost's caption says what happened, so it is shown in
// full; a block mark's text is a detail and is cut to its block.
bool captionInFull(Kind kind)
{
    return kind == Kind::Ghost || kind == Kind::BadPointer || kind == Kind::NoRoom || kind == Kind::Placement;
}

QFont captionFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    return f;
}

QRectF largestPiece(const QList<QRectF> &rects)
{
    QRectF best;
    for (const QRectF &r : rects) {
        if (r.width() > best.width())
            best = r;
    }
    return best;
}

// Where a marker stands for an address: the left edge of its byte, or the
// right edge of the heap's last byte for an address beyond it.
std::optional<QLineF> markerLine(const HeapLayout &layout, const StepMark &mark)
{
    const QList<QRectF> rects = layout.rectsOf(mark.span);
    if (mark.noAddress || rects.isEmpty())
        return std::nullopt;
    const QRectF r = rects.front();
    const double x = mark.atEdge ? r.right() : r.left();
    return QLineF(x, r.top(), x, r.bottom());
}

void strokeWithHalo(QPainter &painter, const QPainterPath &path, const HeapOverlay::Style &style, Line line)
{
    // A halo in the background color keeps the line readable on any fill.
    painter.strokePath(
        path, QPen(style.palette.background, line.width + 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.strokePath(path, QPen(style.palette.text, line.width, line.style, Qt::FlatCap, Qt::MiterJoin));
}

void drawCaption(QPainter &painter, const HeapLayout &layout, const HeapOverlay::Style &style,
                 const StepMark &mark)
{
    const QRectF box = HeapOverlay::captionRect(layout, style, mark);
    if (box.isEmpty())
        return;
    const QFont font = captionFont(style.font);
    const QFontMetricsF fm(font);
    const double side = box.height();
    QColor fill = style.palette.background;
    fill.setAlphaF(0.92f);
    painter.setFont(font);
    if (box.width() > side + 1) {
        painter.setPen(QPen(style.palette.text, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
        const QRectF textRect = box.adjusted(side + kPad, 0, -kPad, 0);
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(mark.text, Qt::ElideRight, textRect.width() + 1));
    }
    const QRectF badge(box.topLeft(), QSizeF(side, side));
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.palette.text);
    painter.drawRoundedRect(badge, 3, 3);
    painter.setPen(style.palette.background);
    painter.drawText(badge, Qt::AlignCenter, mark.glyph());
}

void drawMarker(QPainter &painter, const HeapLayout &layout, const HeapOverlay::Style &style,
                const StepMark &mark)
{
    const std::optional<QLineF> line = markerLine(layout, mark);
    if (!line)
        return;
    QPainterPath path;
    path.moveTo(line->p1());
    path.lineTo(line->p2());
    strokeWithHalo(painter, path, style, lineOf(mark.kind));
    // A pin head pointing at the address.
    const double s = kPinHead;
    QPolygonF head(
        { line->p1() + QPointF(-s, 0), line->p1() + QPointF(s, 0), line->p1() + QPointF(0, s * 1.4) });
    painter.setPen(QPen(style.palette.background, 2));
    painter.setBrush(style.palette.text);
    painter.drawPolygon(head);
}

void drawSpanMark(QPainter &painter, const HeapLayout &layout, const HeapOverlay::Style &style,
                  const StepMark &mark)
{
    const Line line = lineOf(mark.kind);
    const QPainterPath path = HeapOverlay::outline(layout, mark.span, line.inset);
    if (path.isEmpty())
        return;
    if (mark.kind == Kind::Ghost || mark.kind == Kind::Placement) {
        // Hatched across the free space's own hatch: clearly not a block,
        // while the labels of the blocks under a failed request still read.
        QColor hatch = style.palette.text;
        hatch.setAlphaF(0.5f);
        painter.fillPath(path,
                         QBrush(hatch, mark.kind == Kind::Ghost ? Qt::DiagCrossPattern : Qt::FDiagPattern));
    }
    strokeWithHalo(painter, HeapOverlay::outlineStroke(layout, mark.span, line.inset), style, line);
}

QPointF linkPoint(const QRectF &r, bool atEnd)
{
    // Links run along the upper part of the rows, clear of centered labels.
    // The head sits inside the block it points to.
    const double inset = std::min(atEnd ? 8.0 : 14.0, r.width() / 2);
    return { atEnd ? r.right() - inset : r.left() + inset, r.top() + std::min(r.height() * 0.22, 14.0) };
}

void drawLink(QPainter &painter, const HeapLayout &layout, const HeapOverlay::Style &style,
              const BlockInfo &from, const BlockInfo &to)
{
    const QList<QRectF> a = layout.rectsOf({ from.start, from.size });
    const QList<QRectF> b = layout.rectsOf({ to.start, to.size });
    if (a.isEmpty() || b.isEmpty())
        return;
    const QPointF p1 = linkPoint(a.back(), true);
    const QPointF p2 = linkPoint(b.front(), false);
    const QPointF d = p2 - p1;
    if (std::hypot(d.x(), d.y()) < 3)
        return; // sub-pixel: nothing to see
    // Along a row: an arc over the blocks between. To a later row: a curve
    // that leaves to the right and comes in from the left, as the list is
    // read, rather than a line straight through the rows.
    const double lift = std::min(layout.rowHeight() * 0.35, 10 + std::abs(d.x()) / 6);
    const bool sameRow = std::abs(d.y()) < 1;
    const double bow = std::max(48.0, std::abs(d.y()) * 0.5);
    const QPointF c1 = sameRow ? p1 + QPointF(d.x() / 3, -lift) : p1 + QPointF(bow, 0);
    const QPointF c2 = sameRow ? p2 - QPointF(d.x() / 3, lift) : p2 - QPointF(bow, 0);
    QPainterPath path(p1);
    path.cubicTo(c1, c2, p2);
    painter.setBrush(Qt::NoBrush);
    painter.strokePath(path, QPen(style.palette.background, 4.5, Qt::SolidLine, Qt::RoundCap));
    painter.strokePath(path, QPen(style.palette.text, 2, Qt::SolidLine, Qt::RoundCap));
    const double angle = std::atan2(p2.y() - c2.y(), p2.x() - c2.x()); // the way it arrives
    const double s = 13;
    const QPointF left = p2 - QPointF(std::cos(angle - 0.4) * s, std::sin(angle - 0.4) * s);
    const QPointF right = p2 - QPointF(std::cos(angle + 0.4) * s, std::sin(angle + 0.4) * s);
    painter.setPen(QPen(style.palette.background, 1.5));
    painter.setBrush(style.palette.text);
    painter.drawPolygon(QPolygonF({ p2, left, right }));
}

void drawListLinks(QPainter &painter, const HeapLayout &layout, const HeapOverlay::Style &style,
                   const Heap &heap, std::size_t budget)
{
    // A list in another order (docs/settings.md) jumps about the heap: the
    // whole list is read, O(n), so only while it is short enough to draw.
    if (heap.stats().freeBlocks > budget)
        return;
    const std::vector<BlockInfo> list = heap.freeList();
    const auto inView = [&layout](const BlockInfo &b) {
        return layout.map.toLayout(double(b.end())) > layout.viewStart
            && layout.map.toLayout(double(b.start)) < layout.viewEnd();
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (std::size_t i = 0; i + 1 < list.size(); ++i) {
        if (inView(list[i]) && inView(list[i + 1]))
            drawLink(painter, layout, style, list[i], list[i + 1]);
    }
    painter.restore();
}

} // namespace

QPainterPath HeapOverlay::outline(const HeapLayout &layout, Span span, double inset)
{
    const QList<QRectF> rects = layout.rectsOf(span);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF r = rects[i].adjusted(inset, inset, -inset, -inset);
        if (r.width() > 0 && r.height() > 0)
            path.addRect(r);
        if (i + 1 == rects.size())
            continue;
        // Join this piece to the next row's where they overlap, across the
        // gap the insets (or the layout) leave between them.
        const QRectF next = rects[i + 1].adjusted(inset, inset, -inset, -inset);
        const double left = std::max(r.left(), next.left());
        const double right = std::min(r.right(), next.right());
        if (right > left)
            path.addRect(QRectF(left, r.bottom() - 1, right - left, next.top() - r.bottom() + 2));
    }
    return path.simplified();
}

QPainterPath HeapOverlay::outlineStroke(const HeapLayout &layout, Span span, double inset)
{
    const QList<QRectF> rects = layout.rectsOf(span);
    if (rects.size() != 2)
        return outline(layout, span, inset); // one piece, or joined through a full row
    const QRectF tail = rects[0].adjusted(inset, inset, -inset, -inset);
    const QRectF head = rects[1].adjusted(inset, inset, -inset, -inset);
    if (std::min(tail.right(), head.right()) > std::max(tail.left(), head.left()) || tail.width() <= 0
        || head.width() <= 0 || tail.height() <= 0)
        return outline(layout, span, inset); // they overlap: one joined shape
    // No edge where the block runs on past the row's end or in from its start.
    QPainterPath path;
    path.moveTo(tail.topRight());
    path.lineTo(tail.topLeft());
    path.lineTo(tail.bottomLeft());
    path.lineTo(tail.bottomRight());
    path.moveTo(head.topLeft());
    path.lineTo(head.topRight());
    path.lineTo(head.bottomRight());
    path.lineTo(head.bottomLeft());
    return path;
}

QRectF HeapOverlay::captionRect(const HeapLayout &layout, const Style &style, const StepMark &mark)
{
    const QFontMetricsF fm(captionFont(style.font));
    const double side = std::ceil(fm.height()) + 2;
    const double full = side + 2 * kPad + fm.horizontalAdvance(mark.text);
    const QRectF content = layout.content;
    QRectF box;
    if (mark.kind == Kind::NoRoom || (mark.kind == Kind::BadPointer && mark.noAddress)) {
        const QList<QRectF> rects = layout.rectsOf(mark.span);
        const QPointF at = rects.isEmpty() ? content.topLeft() : rects.front().topLeft();
        box = QRectF(at + QPointF(4, 4), QSizeF(full, side));
    } else if (mark.kind == Kind::BadPointer) {
        const std::optional<QLineF> line = markerLine(layout, mark);
        if (!line)
            return {};
        const double x = line->x1() + full + 12 <= content.right() ? line->x1() + 10 : line->x1() - 10 - full;
        box = QRectF(QPointF(x, line->y1() + 4), QSizeF(full, side));
    } else {
        const QList<QRectF> rects = layout.rectsOf(mark.span);
        if (rects.isEmpty())
            return {};
        const double inset = lineOf(mark.kind).inset + 3;
        const QRectF piece = captionInFull(mark.kind) ? rects.front() : largestPiece(rects);
        // Merges and old blocks take the bottom corner: the top one is for
        // the freed or the new block that may share the same piece.
        const bool bottom = mark.kind == Kind::Merged || mark.kind == Kind::Before;
        const double y = bottom ? piece.bottom() - inset - side : piece.top() + inset;
        const double room = captionInFull(mark.kind) ? content.width() : piece.width() - 2 * inset;
        const double width = std::max(side, std::min(full, room));
        // Text that cannot show at least a few characters is left out.
        box = QRectF(piece.left() + inset, y, width < side + fm.averageCharWidth() * 4 ? side : width, side);
    }
    // Keep it on the heap: slide it back from the right edge.
    if (box.right() > content.right())
        box.moveRight(content.right());
    if (box.left() < content.left())
        box.moveLeft(content.left());
    return box;
}

void HeapOverlay::drawMarks(QPainter &painter, const HeapLayout &layout, const Style &style,
                            const QList<StepMark> &marks)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The merged block's outline first, captions last: inner marks and
    // text stay on top.
    for (const bool outer : { true, false }) {
        for (const StepMark &m : marks) {
            if ((m.kind == Kind::Merged) != outer)
                continue;
            if (m.kind == Kind::BadPointer)
                drawMarker(painter, layout, style, m);
            else if (m.kind != Kind::NoRoom)
                drawSpanMark(painter, layout, style, m);
        }
    }
    for (const StepMark &m : marks)
        drawCaption(painter, layout, style, m);
    painter.restore();
}

QRegion HeapOverlay::marksRegion(const HeapLayout &layout, const Style &style, const QList<StepMark> &marks)
{
    QRegion region;
    for (const StepMark &m : marks) {
        QRectF bounds = captionRect(layout, style, m);
        for (const QRectF &r : layout.rectsOf(m.span))
            bounds = bounds.united(r);
        // Halos reach a few pixels out; a marker's pin head further.
        const double pad = m.kind == Kind::BadPointer ? kPinHead + 3 : 6;
        region += bounds.adjusted(-pad, -pad, pad, pad).toAlignedRect();
    }
    return region;
}

void HeapOverlay::drawFreeLinks(QPainter &painter, const HeapLayout &layout, const Style &style,
                                const Heap &heap)
{
    // The free blocks in view, in list order, starting with the one the view
    // starts in; at most one per kMinPixelsPerLink pixels of rows.
    const std::size_t budget
        = std::size_t(std::max(4.0, layout.content.width() * layout.rows / kMinPixelsPerLink));
    if (heap.settings().order != ListOrder::Address)
        return drawListLinks(painter, layout, style, heap, budget);
    std::vector<BlockInfo> chain;
    BlockInfo b;
    const Addr viewStart = Addr(std::max(0.0, layout.map.toAddress(layout.viewStart)));
    bool found = (heap.blockAt(viewStart, b) && !b.used) || heap.firstFreeFrom(viewStart, 1, b);
    while (found && layout.map.toLayout(double(b.start)) < layout.viewEnd()) {
        if (chain.size() == budget)
            return; // too dense to see: draw none rather than a misleading few
        chain.push_back(b);
        found = heap.firstFreeFrom(b.end(), 1, b);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (std::size_t i = 0; i + 1 < chain.size(); ++i)
        drawLink(painter, layout, style, chain[i], chain[i + 1]);
    painter.restore();
}
