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
// many blocks it holds. A block cut by row breaks reads as one block: one
// outline open at the breaks (solid when used, dashed and hatched when free,
// the dashes running on from row to row) and one label, on its widest
// piece. In a Strip layout the labels stand in lanes above and below the
// bar. Labels are elided or dropped where they do not fit. With a header
// (docs/settings.md) a used block's front is a band of its own shade,
// lined, ended by a divider, and its slack (alignment padding, a minimum
// block's surplus) a cross-hatch at its end; two free blocks that touch
// (coalescing none, deferred or a list pass) are parted by a gap between
// two solid lines.
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
    // The same for this heap: wider where a sparse heap's addresses need it.
    static QMarginsF rulerMargins(const QFont &font, const HeapLayout &layout);

    // The text of a block's label: "a · 96 B", "96 B", "free · 96 B"; for a
    // gap of a sparse heap, gapText().
    QString labelText(const heapboard::BlockInfo &block) const;
    // A gap's block (HeapSettings::gaps): drawn as a break, never as a block.
    static bool isGap(const heapboard::BlockInfo &block);
    // A break's label: "… 2.1 GiB …".
    static QString gapText(heapboard::Size bytes);
    // Whether a region of a sparse heap starts inside a visible row, past
    // a break: the top ruler's offsets would not count from its start.
    static bool regionStartsInsideRow(const HeapLayout &layout);
    // A header band on a used block of this fill: its fill, and the lines
    // across it, both toward the fill's text color so they show on light
    // and dark fills alike.
    QColor headerFill(const QColor &fill) const
    {
        return HeapPalette::mix(fill, m_palette.textOn(fill), 0.3);
    }
    QColor headerLines(const QColor &fill) const
    {
        return HeapPalette::mix(fill, m_palette.textOn(fill), 0.7);
    }

private:
    // Where a piece of a block sits among the block's pieces.
    struct Piece {
        bool openLeft = false; // the block goes on before this row
        bool openRight = false; // and after it
        bool labelled = false; // the widest piece: it carries the label
        double phase = 0; // pixels of the block before this piece, for the dashes
        double first = 0; // the address at the piece's left edge (a real one)
        double bytesPerPixel = 1;
    };
    void renderRow(QPainter &painter, const HeapLayout &layout, int row) const;
    void renderRulers(QPainter &painter, const HeapLayout &layout) const;
    void renderTopRuler(QPainter &painter, const HeapLayout &layout) const;
    void renderStripLabels(QPainter &painter, const HeapLayout &layout) const;
    void drawBlock(QPainter &painter, const QRectF &rect, const heapboard::BlockInfo &block,
                   const Piece &piece) const;
    void drawFree(QPainter &painter, const QRectF &r, const Piece &piece) const;
    // A used block's header band and slack hatch (heapsettings.h); returns
    // the right edge of the header band in this piece (r.left() if none).
    double drawParts(QPainter &painter, const QRectF &r, const heapboard::BlockInfo &block,
                     const Piece &piece, const QColor &fill) const;
    void drawSeam(QPainter &painter, const QRectF &rect, double bandLeft) const;
    void drawUntouched(QPainter &painter, const QRectF &inner, const HeapLayout &layout, double rowStart,
                       double rowEnd) const;
    void drawBreak(QPainter &painter, const QRectF &r, const heapboard::BlockInfo &gap, bool labelled) const;
    void drawLabel(QPainter &painter, const QRectF &r, const heapboard::BlockInfo &block,
                   const QColor &fill) const;
    // Whether the block that ends at start is free (a seam at start).
    bool freeBefore(heapboard::Addr start) const;
    static Piece pieceOf(const HeapLayout &layout, const heapboard::BlockInfo &block, double rowStart,
                         double rowEnd, int row);

    const heapboard::Heap &m_heap;
    const HeapPalette &m_palette;
    QFont m_font;
    Labeler m_labeler;
};
