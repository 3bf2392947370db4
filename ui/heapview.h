// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"
#include "heaplayout.h"
#include "heappalette.h"
#include "stepmarks.h"

#include <QImage>
#include <QList>
#include <QRegion>
#include <QVariantAnimation>
#include <QWidget>
#include <optional>

class HeapModel;
class StepMarks;

// Draws the heap of a HeapModel as rows of colored spans (see HeapLayout and
// HeapRenderer) and turns clicks and keys into intents: it never changes the
// heap itself. paintEvent draws a cached, device-pixel-ratio aware image
// and overlays (hover, selection, a short animation of the last change).
class HeapView : public QWidget
{
    Q_OBJECT
public:
    explicit HeapView(HeapModel *model, QWidget *parent = nullptr);

    HeapModel *model() const { return m_model; }
    void setHeapPalette(const HeapPalette &palette);
    const HeapPalette &heapPalette() const { return *m_palette; }
    void setAnimationsEnabled(bool on) { m_animate = on; }
    // Not editable (presenting): a click on a used block selects it and shows
    // its tooltip instead of asking to free it.
    void setEditable(bool on) { m_editable = on; }
    bool animationsEnabled() const { return m_animate; }

    const HeapLayout &layoutState() const { return m_layout; }
    // Rows or Strip (HeapLayout); a change fits the heap anew.
    HeapLayout::Mode layoutMode() const { return m_layout.mode; }
    void setLayoutMode(HeapLayout::Mode mode);
    std::optional<heapboard::Addr> addressAt(QPointF point) const { return m_layout.addressAt(point); }
    std::optional<heapboard::Addr> selectedBlock() const { return m_selected; }
    void selectBlock(std::optional<heapboard::Addr> start);

    // Shows [start, end) as large as it fits; layout coordinates (HeapLayout),
    // the addresses themselves unless the heap has gaps.
    void showRange(double start, double end);
    double zoomFactor() const; // 1 when the whole heap is shown
    // Moves the view so that it starts at `start` (layout coordinates),
    // keeping the zoom.
    void scrollTo(double start);

    // The size of the next malloc: hovering free space shows where the
    // policy would put it (0: no hover ghost).
    void setRequestSize(heapboard::Size bytes);
    heapboard::Size requestSize() const { return m_requestSize; }
    // Arrows from each free block to the next in the free list.
    void setFreeListLinksVisible(bool on);
    bool freeListLinksVisible() const { return m_showLinks; }
    // What the step at the model's position changed, as drawn.
    const StepMarks &stepMarks() const { return *m_marks; }

    // What the last change of the model asked to repaint.
    QRegion lastUpdateRegion() const { return m_lastUpdate; }

    QSize sizeHint() const override { return { 900, 480 }; }
    QSize minimumSizeHint() const override { return { 240, 120 }; }

public Q_SLOTS:
    void fit();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void freeRequested(heapboard::Addr start);
    // A click on free space, Insert or Enter: allocate. The policy decides
    // where, so the intent carries no address.
    void allocateRequested();
    // A context menu is wanted at globalPos (a right click, the Menu key,
    // Shift+F10) for the block starting at `block`, used or free; none: no
    // block there. From the keyboard it is the selected block.
    void contextMenuRequested(const QPoint &globalPos, std::optional<heapboard::Addr> block);
    // The selected block changed (a click, a key, selectBlock()).
    void selectionChanged(std::optional<heapboard::Addr> start);
    // What is shown changed: layoutState()'s viewStart, visibleBytes() or
    // heapSize (zoom, fit, showRange, scrollTo, a drag, a resize, a load).
    void viewChanged();
    void layoutModeChanged(HeapLayout::Mode mode);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr double kZoomStep = 2; // one wheel notch, one zoom action

    struct Flash {
        enum Kind { Grow, Seam, Merge, Vanish } kind;
        heapboard::Span span;
    };

    void connectModel();
    void setLayoutHeap();
    void relayout();
    HeapLayout::CutCounter cutCounter() const;
    void invalidate();
    void noteViewChange();
    void rebuildCache();
    void updateRows(heapboard::Span span);
    void zoomAt(QPointF point, double factor);
    void flash(Flash::Kind kind, heapboard::Span span);
    void drawOverlays(QPainter &painter) const;
    QRegion rowsRegion(heapboard::Span span) const;
    QRegion overlayRegion() const;
    void moveSelection(int key);
    void requestKeyboardMenu();
    std::optional<heapboard::BlockInfo> blockAt(QPointF point) const;
    QString toolTipFor(const heapboard::BlockInfo &block) const;
    QString toolTipForGap(heapboard::Span gap) const;
    std::optional<StepMark> hoverGhost() const;
    void marksChanged();

    HeapModel *m_model;
    const HeapPalette *m_palette;
    HeapLayout m_layout;
    QImage m_cache;
    QRegion m_lastUpdate;
    bool m_cacheValid = false;
    QList<heapboard::Span> m_dirty; // changed since the cache was drawn
    bool m_dirtyAll = false;
    std::optional<heapboard::Addr> m_hover;
    std::optional<heapboard::Addr> m_selected;
    bool m_editable = true;
    QPointF m_pressPoint;
    double m_pressViewStart = 0;
    bool m_dragging = false;
    bool m_pressed = false;
    bool m_animate = true;
    QVariantAnimation m_animation;
    QList<Flash> m_flashes;
    struct ViewKey {
        double start, bytes, heapSize; // what viewChanged() announces
        bool operator==(const ViewKey &) const = default;
    } m_shown {};
    StepMarks *m_marks;
    QList<StepMark> m_shownMarks; // the marks on screen, to repaint where they were
    heapboard::Size m_requestSize = 0;
    bool m_showLinks = false;
};
