// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class HeapModel;
class HeapOverview;
class HeapView;
class QScrollBar;
struct HeapPalette;

// The heap view with what keeps a zoomed view findable: a scroll bar along
// the address axis (hidden, its room kept, while the whole heap is shown, so
// the heap never jumps) and an overview strip of the whole heap with the
// visible part framed. All three follow the view's viewChanged(); the scroll
// bar and the overview only ask the view to scroll.
class HeapPane : public QWidget
{
    Q_OBJECT
public:
    explicit HeapPane(HeapModel *model, QWidget *parent = nullptr);

    HeapView *view() const { return m_view; }
    QScrollBar *scrollBar() const { return m_scrollBar; }
    HeapOverview *overview() const { return m_overview; }

    void setHeapPalette(const HeapPalette &palette);

    // Bytes per scroll bar unit: the bar counts in ints, heaps may not fit.
    double scrollUnit() const { return m_unit; }

private:
    void sync();

    HeapView *m_view;
    QScrollBar *m_scrollBar;
    HeapOverview *m_overview;
    double m_unit = 1;
};
