// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QListView>
#include <QVariantAnimation>
#include <optional>

class FreeListModel;
class HeapView;

// The free list of a heap view as a chain of cells `start · size` linked by
// arrows, in the allocator's order, wrapping to the width. It shares the
// heap view's selection (a click on a cell selects that block in the heap;
// a free block selected in the heap is the current cell), its palette and
// its animation switch. Under next fit the rover's cell carries a "rover"
// tag and a pointer above it. The cells of the last step are drawn bold
// with a solid outline until the next step; a short highlight grows them in
// when the heap view animates.
//
// Cells are all the same size, from the widget's font (which the window
// scales for presenting) and the widest number the heap can hold, so the
// list lays out without measuring its rows.
class FreeListView : public QListView
{
    Q_OBJECT
public:
    // The geometry of one cell, from the font.
    struct Metrics {
        int band = 0; // above the box: the rover's tag (0 unless next fit)
        int pad = 0;
        int swatch = 0; // the hatched strip at the box's left
        QSize box; // the cell proper
        int arrow = 0; // right of the box: the link to the next cell
        QSize item; // all of it, the gap below included
    };

    FreeListView(FreeListModel *model, HeapView *heapView, QWidget *parent = nullptr);

    FreeListModel *freeList() const { return m_model; }
    HeapView *heapView() const { return m_heapView; }
    const Metrics &metrics() const { return m_metrics; }
    // 1 at rest; from 0 to 1 while the last step's cells are highlighted.
    double animationProgress() const;
    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateMetrics();
    void followHeapSelection(std::optional<heapboard::Addr> start);
    void selectInHeap(const QModelIndex &index);
    void stepTaken();

    FreeListModel *m_model;
    HeapView *m_heapView;
    Metrics m_metrics;
    heapboard::Size m_heapSize = 0; // what m_metrics were made for
    bool m_roverBand = false;
    QVariantAnimation m_animation;
};
