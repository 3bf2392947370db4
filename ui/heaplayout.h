// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <optional>

// Where addresses go on screen: the visible part of the heap laid out as
// rows of equal byte length that fill the content rectangle, like a memory
// map read left to right, top to bottom.
struct HeapLayout {
    QRectF content; // the block area, without rulers
    int maxRows = 1; // as many rows as fit the height
    int rows = 1; // rows in use: fewer when the whole heap needs fewer
    double viewStart = 0; // address at the top-left corner
    double bytesPerPixel = 1; // follows rowBytes / content width
    double rowBytesExact = 1; // a power of two, kept exact: row addresses read whole
    heapboard::Size heapSize = 1;

    static constexpr double kMaxRowHeight = 120;
    double rowHeight() const { return std::min(content.height() / rows, kMaxRowHeight); }
    double rowBytes() const { return rowBytesExact; }
    double visibleBytes() const { return rowBytes() * rows; }
    double viewEnd() const { return viewStart + visibleBytes(); }

    // The byte under a point, if the point is on the heap.
    std::optional<heapboard::Addr> addressAt(QPointF p) const
    {
        if (!content.contains(p))
            return std::nullopt;
        const int row = std::min(rows - 1, int((p.y() - content.top()) / rowHeight()));
        const double a = viewStart + row * rowBytes() + (p.x() - content.left()) * bytesPerPixel;
        if (a < 0 || a >= double(heapSize))
            return std::nullopt;
        return heapboard::Addr(a);
    }

    // The rectangles of a span, one per row it crosses, clipped to the view.
    QList<QRectF> rectsOf(heapboard::Span span) const
    {
        QList<QRectF> out;
        const double start = std::max(double(span.start), viewStart);
        const double end = std::min(double(span.end()), viewEnd());
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

    // Rows hold a power of two of bytes, so that row addresses read well
    // (0, 128, 256, ...); zooming halves or doubles it.
    static double powerOfTwoAtLeast(double bytes)
    {
        double p = 1;
        while (p < bytes)
            p *= 2;
        return p;
    }
    double fitRowBytes() const { return powerOfTwoAtLeast(double(heapSize) / maxRows); }
    static constexpr double kMinRowBytes = 8;

    void setRowBytes(double bytes)
    {
        rowBytesExact = bytes;
        bytesPerPixel = bytes / content.width();
    }

    // Shows the whole heap.
    void fit()
    {
        viewStart = 0;
        setRowBytes(fitRowBytes());
        clamp();
    }

    // Keeps the view inside the heap and the zoom between a few bytes a
    // row and the whole heap.
    void clamp()
    {
        // bytesPerPixel may have been scaled by a zoom: round to a power of two.
        setRowBytes(std::clamp(powerOfTwoAtLeast(content.width() * bytesPerPixel * 0.999),
                               std::min(kMinRowBytes, fitRowBytes()), fitRowBytes()));
        rows = int(std::clamp(std::ceil(double(heapSize) / rowBytes()), 1.0, double(maxRows)));
        viewStart = std::clamp(viewStart, 0.0, std::max(0.0, double(heapSize) - visibleBytes()));
        // Rows start at whole bytes, and at round numbers where a pixel
        // holds many bytes: a zoom at the cursor stays within a pixel.
        const double grain = std::max(1.0, powerOfTwoAtLeast(rowBytes() / 2048));
        viewStart = std::floor(viewStart / grain) * grain;
    }
};
