// SPDX-License-Identifier: MIT
#pragma once

#include "heaplayout.h"
#include "heappalette.h"
#include "stepmarks.h"

#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRegion>

class QPainter;
namespace heapboard {
class Heap;
}

// Draws what HeapView lays over the heap: the marks of the current step
// (StepMarks), the hover ghost and the free list's links; HeapView outlines
// hover and selection with outlineStroke(). Everything goes through HeapLayout::rectsOf() and
// addressAt(), so it follows whatever layout the view uses.
//
// A mark reads without color: each kind has its own line style and a badge
// with its glyph (+, ÷, −, ⋈, ←, →, ×), ghosts are hatched, and failures
// carry their reason as a caption.
namespace HeapOverlay {

struct Style {
    const HeapPalette &palette;
    QFont font;
};

void drawMarks(QPainter &painter, const HeapLayout &layout, const Style &style, const QList<StepMark> &marks);
// What drawMarks() paints, for a partial repaint.
QRegion marksRegion(const HeapLayout &layout, const Style &style, const QList<StepMark> &marks);
// Where a mark's caption (its badge and text) is drawn, if it has one.
QRectF captionRect(const HeapLayout &layout, const Style &style, const StepMark &mark);
// The outline of a span as one closed path: its pieces on consecutive rows
// are joined where they overlap, so a block over three rows is one shape.
QPainterPath outline(const HeapLayout &layout, heapboard::Span span, double inset);
// The lines to stroke for that outline: the same shape, except that a span
// cut by one row break into two pieces that do not overlap (the end of one
// row, the start of the next) is two brackets open at the break, as the
// renderer draws such a block, rather than two closed boxes.
QPainterPath outlineStroke(const HeapLayout &layout, heapboard::Span span, double inset);

// An arrow from each free block to the next one in the free list (address
// order, docs/semantics.md §1; or the heap's list order, docs/settings.md),
// for the free blocks in view. Stops, drawing
// nothing more, once the arrows would average under a few pixels: the cost
// is bounded by the view's size, not by the heap's.
void drawFreeLinks(QPainter &painter, const HeapLayout &layout, const Style &style,
                   const heapboard::Heap &heap);

} // namespace HeapOverlay
