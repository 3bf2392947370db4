// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"
#include "heaplayout.h"
#include "heappalette.h"

#include <QFont>
#include <QString>
#include <functional>

class QPainter;
namespace heapboard {
class Heap;
}

// Draws the heap for a layout: blocks, labels and the address rulers. One
// in-order walk over the visible blocks; blocks narrower than a pixel and a
// half are summed per pixel column into a single bar whose color mixes used
// and free, so a row costs a bounded number of primitives per column however
// many blocks it holds. Labels are elided or dropped where they do not fit.
class HeapRenderer
{
public:
    using Labeler = std::function<QString(quint32 tag)>;

    HeapRenderer(const heapboard::Heap &heap, const HeapPalette &palette, const QFont &font, Labeler labeler);

    // The rulers and every row of blocks.
    void renderAll(QPainter &painter, const HeapLayout &layout) const;
    // Rows first..last only (after a change within them).
    void renderRows(QPainter &painter, const HeapLayout &layout, int first, int last) const;

    // Space the rulers need around the block area, for this font.
    static QMarginsF rulerMargins(const QFont &font);

private:
    void renderRow(QPainter &painter, const HeapLayout &layout, int row) const;
    void renderRulers(QPainter &painter, const HeapLayout &layout) const;
    void drawBlock(QPainter &painter, const QRectF &rect, const heapboard::BlockInfo &block, bool openLeft,
                   bool openRight) const;

    const heapboard::Heap &m_heap;
    const HeapPalette &m_palette;
    QFont m_font;
    Labeler m_labeler;
};
