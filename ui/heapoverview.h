// SPDX-License-Identifier: MIT
#pragma once

#include "addressmap.h"
#include "blocktree.h"
#include "heappalette.h"

#include <QImage>
#include <QWidget>
#include <vector>

class HeapModel;
class QPainter;

// The whole heap in one thin strip: how much of each pixel column is in use
// (a bar from the bottom, so it does not rest on color alone), with the part
// the heap view shows framed and the rest dimmed. A click or a drag asks to
// center the view on the address under the pointer; the wheel asks to
// scroll. The bytes in use per column are kept up to date from each step's
// removed and added blocks, and only those columns are redrawn: a walk over
// every block happens only when the heap is reset or the strip resized.
class HeapOverview : public QWidget
{
    Q_OBJECT
public:
    explicit HeapOverview(HeapModel *model, QWidget *parent = nullptr);

    void setHeapPalette(const HeapPalette &palette);
    const HeapPalette &heapPalette() const { return *m_palette; }
    // Where addresses go (the view's map: a sparse heap's gaps as breaks).
    // Positions along the strip, the visible range and the requests are in
    // its layout coordinates, as the view's.
    void setAddressMap(const AddressMap &map);
    const AddressMap &addressMap() const { return m_map; }
    // The part of the heap the view shows, in layout bytes.
    void setVisibleRange(double start, double bytes);
    double visibleStart() const { return m_visibleStart; }
    double visibleBytes() const { return m_visibleBytes; }

    // Where the visible part is drawn, in widget coordinates.
    QRectF visibleRect() const;
    // The address at x, clamped to the heap.
    double addressAt(double x) const;
    double xOf(double address) const;
    // How often the density picture was rebuilt by a walk over every block:
    // tests check that painting and stepping never walk.
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
    void redrawAll();
    void rebuild();
    void applyStep(const std::vector<heapboard::BlockInfo> &removed,
                   const std::vector<heapboard::BlockInfo> &added);
    // Adds (or takes away) a used block's bytes to the columns it covers
    // and marks them for redrawing.
    void spread(const heapboard::BlockInfo &block, bool add);
    void drawColumns(int first, int last);
    void drawBreaks(QPainter &painter) const;

    HeapModel *m_model;
    const HeapPalette *m_palette;
    QImage m_density;
    // Bytes in use per pixel column, counted in 1/columns of a byte so that
    // a block's share of a column is a whole number: adding and taking
    // away are exact, and the kept counts stay equal to a fresh walk's.
    std::vector<quint64> m_used;
    bool m_usedValid = false;
    heapboard::Size m_builtFor = 0; // the heap size m_used was counted for
    heapboard::Addr m_builtBase = 0; // and its base address
    heapboard::Size m_builtLayout = 1; // and its layout bytes
    AddressMap m_map;
    int m_dirtyFirst = 0; // columns to redraw, none when first > last
    int m_dirtyLast = -1;
    int m_rebuilds = 0;
    double m_visibleStart = 0;
    double m_visibleBytes = 0;
    bool m_dragging = false;
    double m_grabOffset = 0; // bytes between the pointer and the frame's center
};
