// SPDX-License-Identifier: MIT
#include "heappane.h"

#include "heapoverview.h"
#include "heapview.h"

#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// One wheel notch on the overview scrolls this much of what is shown.
constexpr double kWheelFraction = 0.25;
// Arrow clicks on the scroll bar move this much of what is shown.
constexpr double kStepFraction = 0.125;
} // namespace

HeapPane::HeapPane(HeapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new HeapView(model, this))
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
    , m_overview(new HeapOverview(model, this))
{
    m_scrollBar->setAccessibleName(tr("Heap position"));
    // Hidden while the whole heap is shown, but its room is kept: the heap
    // does not move or change its rows when zooming shows the bar.
    // The overview likewise: with the whole heap in view it would only
    // repeat the heap, so it shows when zoomed in.
    for (QWidget *w : { static_cast<QWidget *>(m_scrollBar), static_cast<QWidget *>(m_overview) }) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_scrollBar);
    layout->addWidget(m_overview);
    setFocusProxy(m_view);

    connect(m_view, &HeapView::viewChanged, this, &HeapPane::sync);
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int value) { m_view->scrollTo(double(m_view->layoutState().base) + value * m_unit); });
    connect(m_overview, &HeapOverview::centerRequested, this,
            [this](double address) { m_view->scrollTo(address - m_view->layoutState().visibleBytes() / 2); });
    connect(m_overview, &HeapOverview::scrollRequested, this, [this](double notches) {
        const HeapLayout &l = m_view->layoutState();
        m_view->scrollTo(l.viewStart - notches * kWheelFraction * l.visibleBytes());
    });
    sync();
}

void HeapPane::setHeapPalette(const HeapPalette &palette)
{
    m_view->setHeapPalette(palette);
    m_overview->setHeapPalette(palette);
}

void HeapPane::sync()
{
    const HeapLayout &l = m_view->layoutState();
    m_overview->setAddressMap(l.map); // layout coordinates, as the view's
    const double heap = double(l.heapSize);
    const double visible = std::min(heap, l.visibleBytes());
    m_overview->setVisibleRange(l.viewStart, visible);
    m_scrollBar->setHidden(visible >= heap);
    m_overview->setHidden(visible >= heap);
    // Whole bytes per unit, as few as keep the range inside an int.
    m_unit = std::max(1.0, std::ceil(heap / std::numeric_limits<int>::max()));
    const QSignalBlocker blocker(m_scrollBar); // a sync is no request to move
    m_scrollBar->setRange(0, int(std::ceil((heap - visible) / m_unit)));
    m_scrollBar->setPageStep(std::max(1, int(visible / m_unit)));
    m_scrollBar->setSingleStep(std::max(1, int(visible * kStepFraction / m_unit)));
    m_scrollBar->setValue(int(std::lround((l.viewStart - double(l.base)) / m_unit)));
}
