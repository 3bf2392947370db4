// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QWidget>

// The legend (HeapLegend) as a small box over a corner of another widget,
// the heap view: a child of it that keeps to its bottom right corner when it
// resizes, so showing or hiding the legend never moves the heap. The mouse
// goes through it to the heap. Its text follows the window's font, and so
// the presentation's text size.
class HeapLegendOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit HeapLegendOverlay(QWidget *anchor);

    void setHeapPalette(const HeapPalette &palette);
    const HeapPalette &heapPalette() const { return *m_palette; }

    // Space between the legend and the anchor's edges.
    static constexpr int kMargin = 8;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_anchor;
    const HeapPalette *m_palette;
};
