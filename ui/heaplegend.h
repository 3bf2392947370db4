// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

// The key to the heap's picture: one row per kind of thing the heap draws,
// a small sample drawn the way the heap draws it beside what it means. Free
// space is hatched inside a dashed outline, a used block is colored and
// labelled, a block the step changed is marked by a thick outline and a
// badge (so the legend, like the heap, never relies on color alone).
//
// One painter function, paint(), serves the window's overlay
// (HeapLegendOverlay) and the exported pictures (HeapExport): both show the
// same legend in the current HeapPalette and in the font they pass.
class HeapLegend
{
    Q_DECLARE_TR_FUNCTIONS(HeapLegend)
public:
    // Draws a sample of one kind of block into a rect of the legend.
    using SampleDrawer = std::function<void(QPainter &, const QRectF &, const HeapPalette &)>;
    struct Entry {
        QString text;
        SampleDrawer sample;
    };

    HeapLegend(const HeapPalette &palette, const QFont &font);

    // Free, used and changed: what the heap view draws today, in that order.
    static QList<Entry> standardEntries();
    const QList<Entry> &entries() const { return m_entries; }
    // The extension point for further kinds of drawing: block header parts,
    // once the renderer draws them, add their row here with a SampleDrawer
    // that draws them as the renderer does.
    void addEntry(Entry entry) { m_entries.append(std::move(entry)); }

    // The whole legend's size in the painter's units, for the font.
    QSizeF size() const;
    // Draws the legend with its top left corner at topLeft: a framed box in
    // the palette's background, one row per entry.
    void paint(QPainter &painter, const QPointF &topLeft) const;
    // Where entry index's sample goes, and its text, for a legend at topLeft.
    QRectF sampleRect(int index, const QPointF &topLeft) const;
    QRectF textRect(int index, const QPointF &topLeft) const;

    // The samples, each in one function so that it can follow the heap's
    // drawing when that changes. drawChangedSample follows the step marks:
    // a thick outline in the selection color and a "+" badge.
    static void drawFreeSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette);
    static void drawUsedSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette);
    static void drawChangedSample(QPainter &painter, const QRectF &rect, const HeapPalette &palette);

private:
    double padding() const;
    double rowHeight() const;
    QSizeF sampleSize() const;
    double textWidth() const;

    const HeapPalette &m_palette;
    QFont m_font;
    QList<Entry> m_entries;
};
