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

// Draws what HeapView lays over the heap besides hover and selection: the
// marks of the current step (StepMarks), the hover ghost and the free
// list's links. Everything goes through HeapLayout::rectsOf() and
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

// An arrow from each free block to the next one in the free list (address
// order, docs/semantics.md §1), for the free blocks in view. Stops, drawing
// nothing more, once the arrows would average under a few pixels: the cost
// is bounded by the view's size, not by the heap's.
void drawFreeLinks(QPainter &painter, const HeapLayout &layout, const Style &style,
                   const heapboard::Heap &heap);

} // namespace HeapOverlay
