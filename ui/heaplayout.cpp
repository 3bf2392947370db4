// SPDX-License-Identifier: MIT
#include "heaplayout.h"

#include <tuple>
#include <vector>

void HeapLayout::setHeap(heapboard::Addr heapBase, heapboard::Size heapExtent,
                         std::vector<heapboard::Span> heapGaps)
{
    base = heapBase;
    extent = heapExtent;
    gaps = std::move(heapGaps);
    mapGaps(1);
}

void HeapLayout::mapGaps(double align)
{
    if (gaps.empty()) {
        map = {};
        heapSize = extent;
        return;
    }
    double gapBytes = 0;
    for (const heapboard::Span &g : gaps)
        gapBytes += double(g.size);
    const double breakBytes = AddressMap::breakBytesFor(double(extent) - gapBytes);
    // Aligned breaks end their row with hatch anyway: a quarter is enough
    // to be seen where a region ends right at a row's end.
    // Zoomed in, a sixteenth of the row: the break stays a short stretch
    // of its row instead of rows of hatch.
    map = AddressMap(base, gaps, align > 1 ? std::min(breakBytes / 4, align / 16) : breakBytes, align);
    mapAlign = align;
    heapSize = heapboard::Size(map.toLayout(double(base) + double(extent)) - double(base));
}

double HeapLayout::chooseFit(const CutCounter &cuts)
{
    if (gaps.empty())
        return chooseRowBytes(cuts);
    mapGaps(1);
    double bytes = chooseRowBytes(cuts);
    if (mode != Mode::Rows)
        return bytes;
    // Aligning lengthens the breaks, which may call for longer rows: a few
    // rounds settle it (row lengths only grow, among a few candidates).
    for (int round = 0; round < 4; ++round) {
        mapGaps(bytes);
        fitHeapBytes = double(heapSize);
        const double again = chooseRowBytes(cuts);
        if (again == bytes)
            return bytes;
        bytes = again;
    }
    mapGaps(bytes); // unsettled: the rulers fall back to labelling region starts
    fitHeapBytes = double(heapSize);
    return bytes;
}

void HeapLayout::place(const QRectF &area, double lineHeight, double minRowHeight)
{
    if (mode == Mode::Rows) {
        content = area;
        rowsArea = area;
        laneHeight = 0;
        maxRows = std::max(1, int(area.height() / minRowHeight));
        // Few rows may grow tall: a lesson heap in one row fills a third
        // of the view instead of a thin line at the top.
        maxRowHeight = std::max(kMaxRowHeight, area.height() / 3);
        return;
    }
    laneHeight = lineHeight * 1.3;
    const double lanes = 2 * kStripLanes * laneHeight;
    const double bar = std::clamp(area.height() - lanes, std::min(24.0, area.height()),
                                  std::max(kMaxRowHeight, area.height() * 0.35));
    const double top = area.top() + std::max(0.0, (area.height() - bar - lanes) / 2);
    content = QRectF(area.left(), top + kStripLanes * laneHeight, area.width(), std::max(1.0, bar));
    maxRows = 1;
    maxRowHeight = content.height();
}

double HeapLayout::chooseRowBytes(const CutCounter &cuts) const
{
    const double heap = std::max(1.0, double(heapSize));
    if (mode == Mode::Strip)
        return heap;
    const double width = std::max(1.0, content.width());
    std::vector<double> candidates { heap };
    for (double p = kMinRowBytes; p < heap; p *= 2)
        candidates.push_back(p);
    // Round decimal lengths only where they are written out in full
    // (docs/number-format.md): lesson heaps of 400 or 720 bytes. Not in a
    // sparse heap, whose rows start far from 0: binary lengths keep its
    // row addresses whole multiples of a unit, written exactly.
    const double decimals = map.isIdentity() ? std::min(heap, 100000.0) : 0;
    for (double decade = 10; decade < decimals; decade *= 10) {
        for (double c : { 1.0, 2.0, 5.0 }) {
            if (c * decade < heap && c * decade >= kMinRowBytes)
                candidates.push_back(c * decade);
        }
    }
    // The longest row allowed: readable bytes per pixel, or the shortest
    // row that fits the heap in maxRows rows.
    double shortestFitting = heap;
    for (const double r : candidates) {
        if (std::ceil(heap / r) <= maxRows)
            shortestFitting = std::min(shortestFitting, r);
    }
    const double longest = std::max(width * kTargetBytesPerPixel, shortestFitting);
    double best = 0;
    std::tuple<double, double, double> bestCost;
    for (const double r : candidates) {
        const double rows = std::ceil(heap / r);
        if (rows > maxRows || r > longest)
            continue;
        const double cut = cuts ? cuts(r) : rows - 1;
        // The last row's empty part, in quarters of a row.
        const double waste = std::round(4 * (rows * r - heap) / r);
        const std::tuple<double, double, double> cost { cut, waste, rows };
        if (best == 0 || cost < bestCost) {
            best = r;
            bestCost = cost;
        }
    }
    return best > 0 ? best : powerOfTwoAtLeast(heap / std::max(1, maxRows));
}

void HeapLayout::clamp()
{
    // bytesPerPixel may have been scaled by a zoom: round to a power of two,
    // or the fitted row length when that is no power of two.
    const double fitted = fitRowBytes();
    setRowBytes(std::clamp(powerOfTwoAtLeast(content.width() * bytesPerPixel * 0.999),
                           std::min(kMinRowBytes, fitted), fitted));
    const bool aligned = mode == Mode::Rows && !gaps.empty();
    if (aligned && mapAlign != rowBytes()) {
        const double address = map.toAddress(viewStart);
        mapGaps(rowBytes());
        viewStart = map.toLayout(address);
    }
    // Zooming magnifies the fitted picture: as many rows as the fit, no
    // more, so a zoom in shows fewer bytes instead of reflowing them.
    // (A sparse heap's breaks are shorter in rows shorter than the fit's.)
    const double fitHeap = gaps.empty() ? double(heapSize) : fitHeapBytes;
    const double fitRows = std::clamp(std::ceil(fitHeap / fitted), 1.0, double(maxRows));
    rows = int(std::clamp(std::ceil(double(heapSize) / rowBytes()), 1.0, fitRows));
    const double first = double(base);
    viewStart = std::clamp(viewStart, first, first + std::max(0.0, double(heapSize) - visibleBytes()));
    // Rows start at whole bytes, and at round offsets from the base where
    // a pixel holds many bytes: a zoom at the cursor stays within a pixel.
    // A sparse heap's rows start at whole rows from the base, as its
    // regions do (mapGaps): the top ruler's offsets hold in every region.
    const double grain = aligned ? rowBytes() : std::max(1.0, powerOfTwoAtLeast(rowBytes() / 2048));
    viewStart = first + std::floor((viewStart - first) / grain) * grain;
    // Rows that leave room below them stand in the middle of the view, as
    // the strip does: a lesson's one row is not a line at the top.
    if (mode == Mode::Rows && rowsArea.isValid()) {
        const double used = rows * std::min(rowsArea.height() / rows, maxRowHeight);
        content.moveTop(rowsArea.top() + std::floor(std::max(0.0, rowsArea.height() - used) / 2));
    }
}
