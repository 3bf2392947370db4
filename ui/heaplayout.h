// SPDX-License-Identifier: MIT
#pragma once

#include "addressmap.h"
#include "events.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <vector>

// Where addresses go on screen: the visible part of the heap laid out as
// rows of equal byte length that fill the content rectangle, like a memory
// map read left to right, top to bottom (Rows); or as one horizontal bar
// with the labels in lanes above and below it, the figure of a textbook
// (Strip: one row, content is the bar).
struct HeapLayout {
    enum class Mode { Rows, Strip };
    Mode mode = Mode::Rows;
    QRectF content; // the block area, without rulers (Strip: the bar)
    QRectF rowsArea; // Rows: where the rows may go; content is centred in it
    int maxRows = 1; // as many rows as fit the height
    int rows = 1; // rows in use: fewer when the whole heap needs fewer
    double viewStart = 0; // layout coordinate at the top-left corner
    double bytesPerPixel = 1; // follows rowBytes / content width
    double rowBytesExact = 1; // kept exact: row addresses read whole
    double fitBytes = 1; // the row length that shows the whole heap (chooseRowBytes)
    double maxRowHeight = kMaxRowHeight;
    double laneHeight = 0; // Strip: one lane of labels above or below the bar
    heapboard::Size heapSize = 1; // in layout bytes: the heap's bytes with each gap a break
    heapboard::Addr base = 0; // the heap is [base, base + heapSize), base the same in both
    AddressMap map; // addresses to layout coordinates; the identity without gaps
    std::vector<heapboard::Span> gaps; // the heap's gaps (HeapSettings::gaps), addresses
    heapboard::Size extent = 1; // the heap's bytes, gaps included
    double mapAlign = 1; // the row length the breaks are aligned to (mapGaps)
    double fitHeapBytes = 1; // with gaps: heapSize as the fit mapped it, for the fit's rows

    static constexpr double kMaxRowHeight = 120;
    static constexpr int kStripLanes = 2; // label lanes on each side of the bar
    static constexpr double kMinRowBytes = 8;
    // The coarsest resolution a fit picks while the heap fits at it.
    static constexpr double kTargetBytesPerPixel = 2;

    double rowHeight() const { return std::min(content.height() / rows, maxRowHeight); }
    double rowBytes() const { return rowBytesExact; }
    double visibleBytes() const { return rowBytes() * rows; }
    double viewEnd() const { return viewStart + visibleBytes(); }
    double fitRowBytes() const { return fitBytes; }
    double heapEnd() const { return double(base) + double(heapSize); }

    // Rows first..last on screen, with the label lanes around a strip.
    QRectF rowsRect(int first, int last) const
    {
        const double h = rowHeight();
        QRectF r(content.left(), content.top() + first * h, content.width(), (last - first + 1) * h);
        if (mode == Mode::Strip)
            r.adjust(0, -kStripLanes * laneHeight, 0, kStripLanes * laneHeight);
        return r;
    }

    // The heap with its gaps: sets map, heapSize, base and extent. Without
    // gaps the map is the identity and heapSize the heap's size.
    void setHeap(heapboard::Addr heapBase, heapboard::Size heapExtent, std::vector<heapboard::Span> heapGaps);
    // Builds the map anew so that regions start at multiples of align layout
    // bytes from the base (AddressMap); Rows align to the row shown, so a
    // break is the rest of its region's last row (and at most one row more)
    // at any zoom, and every region starts a row.
    void mapGaps(double align);

    // The layout coordinate under a point, if the point is on the heap.
    std::optional<double> layoutAt(QPointF p) const
    {
        if (!content.contains(p) || p.y() >= content.top() + rows * rowHeight())
            return std::nullopt;
        const int row = std::min(rows - 1, int((p.y() - content.top()) / rowHeight()));
        const double a = viewStart + row * rowBytes() + (p.x() - content.left()) * bytesPerPixel;
        if (a < double(base) || a >= heapEnd())
            return std::nullopt;
        return a;
    }

    // The byte under a point, if the point is on the heap and not on a break.
    std::optional<heapboard::Addr> addressAt(QPointF p) const
    {
        const std::optional<double> x = layoutAt(p);
        if (!x || map.breakAt(*x))
            return std::nullopt;
        return heapboard::Addr(map.toAddress(*x));
    }

    // The break under a point (a gap of a sparse heap), or null.
    const AddressMap::Break *breakAt(QPointF p) const
    {
        const std::optional<double> x = layoutAt(p);
        return x ? map.breakAt(*x) : nullptr;
    }

    // The address a row starts at: past a break where the row starts on one.
    double rowAddress(double layoutStart) const
    {
        const AddressMap::Break *b = map.breakAt(layoutStart);
        return b ? double(b->gap.end()) : map.toAddress(layoutStart);
    }

    // The rectangles of a span, one per row it crosses, clipped to the view.
    QList<QRectF> rectsOf(heapboard::Span span) const
    {
        return layoutRectsOf(map.toLayout(double(span.start)), map.toLayout(double(span.end())));
    }

    // The same for layout coordinates [from, to).
    QList<QRectF> layoutRectsOf(double from, double to) const
    {
        QList<QRectF> out;
        const double start = std::max(from, viewStart);
        const double end = std::min(to, viewEnd());
        if (end <= start)
            return out;
        const double rb = rowBytes();
        int row = int((start - viewStart) / rb);
        for (double at = start; at < end && row < rows; ++row) {
            const double rowStart = viewStart + row * rb;
            const double rowEnd = std::min(end, rowStart + rb);
            const double x1 = content.left() + (at - rowStart) / bytesPerPixel;
            const double x2 = content.left() + (rowEnd - rowStart) / bytesPerPixel;
            out.append(QRectF(x1, content.top() + row * rowHeight(), x2 - x1, rowHeight()));
            at = rowEnd;
        }
        return out;
    }

    // Places the layout in area: Rows fill it with rows at least
    // minRowHeight high; Strip centers a bar with kStripLanes lanes of
    // lineHeight text above and below it.
    void place(const QRectF &area, double lineHeight, double minRowHeight);

    // How many more pieces than blocks a row length cuts the blocks into.
    using CutCounter = std::function<double(double rowBytes)>;
    // The row length that shows the whole heap: readable (the heap size, a
    // power of two, or 1, 2 or 5 times a power of ten), at most
    // kTargetBytesPerPixel unless the heap needs more, then the fewest cut
    // blocks, the fullest last row and the fewest rows. Without a counter
    // the whole heap counts as one block.
    double chooseRowBytes(const CutCounter &cuts = {}) const;

    static double powerOfTwoAtLeast(double bytes)
    {
        double p = 1;
        while (p < bytes)
            p *= 2;
        return p;
    }

    void setRowBytes(double bytes)
    {
        rowBytesExact = bytes;
        bytesPerPixel = bytes / content.width();
    }

    // Shows the whole heap, choosing the row length anew.
    void fit(const CutCounter &cuts = {})
    {
        fitBytes = chooseFit(cuts);
        viewStart = double(base);
        setRowBytes(fitBytes);
        clamp();
    }

    // chooseRowBytes(), with the breaks aligned to the row it chooses
    // (mapGaps) in Rows: a region then starts a row at the fitted zoom and
    // at every zoom in by powers of two.
    double chooseFit(const CutCounter &cuts = {});

    // Keeps the view inside the heap and the zoom between a few bytes a
    // row and the whole heap. Rows of a sparse heap: maps the breaks anew
    // for a new row length, keeping the address at the top-left corner, and
    // starts the view at a row of the base, where the regions start.
    void clamp();
};
