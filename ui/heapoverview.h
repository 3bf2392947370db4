// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"

#include <QImage>
#include <QWidget>

class HeapModel;

// The whole heap in one thin strip: how much of each pixel column is in use
// (a bar from the bottom, so it does not rest on color alone), with the part
// the heap view shows framed and the rest dimmed. A click or a drag asks to
// center the view on the address under the pointer; the wheel asks to
// scroll. The density picture is cached and rebuilt lazily, once per change
// of the heap, by one walk over the blocks.
class HeapOverview : public QWidget
{
    Q_OBJECT
public:
    explicit HeapOverview(HeapModel *model, QWidget *parent = nullptr);

    void setHeapPalette(const HeapPalette &palette);
    const HeapPalette &heapPalette() const { return *m_palette; }
    // The part of the heap the view shows, in bytes.
    void setVisibleRange(double start, double bytes);
    double visibleStart() const { return m_visibleStart; }
    double visibleBytes() const { return m_visibleBytes; }

    // Where the visible part is drawn, in widget coordinates.
    QRectF visibleRect() const;
    // The address at x, clamped to the heap.
    double addressAt(double x) const;
    double xOf(double address) const;
    // How often the density picture was rebuilt (each costs a walk over
    // every block): tests check that painting alone never walks.
    int rebuildCount() const { return m_rebuilds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Show the heap around this address.
    void centerRequested(double address);
    // The wheel turned by this many notches (positive: towards the start).
    void scrollRequested(double notches);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF strip() const;
    double heapSize() const;
    void invalidate();
    void rebuild();
    std::vector<double> usedPerColumn(int columns) const;

    HeapModel *m_model;
    const HeapPalette *m_palette;
    QImage m_density;
    bool m_densityValid = false;
    double m_builtFor = 0; // the heap size the picture was drawn for
    int m_rebuilds = 0;
    double m_visibleStart = 0;
    double m_visibleBytes = 0;
    bool m_dragging = false;
    double m_grabOffset = 0; // bytes between the pointer and the frame's center
};
