// SPDX-License-Identifier: MIT
#include "heapview.h"

#include "heapaccessible.h"
#include "heapmodel.h"
#include "heapoverlay.h"
#include "heaprenderer.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

using namespace heapboard;

namespace {
constexpr int kAnimationMs = 300;
constexpr double kMinRowHeight = 44;
constexpr quint64 kMaxCountedBlocks = 20000;
} // namespace

HeapView::HeapView(HeapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_palette(&HeapPalette::byId(QStringLiteral("light")))
    , m_marks(new StepMarks(model, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Before anything asks for this widget's interface (setAccessibleName
    // does), or it would be a plain QAccessibleWidget for good.
    static const bool accessible = (QAccessible::installFactory(&HeapAccessible::factory), true);
    Q_UNUSED(accessible);
    setAccessibleName(tr("Heap"));
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setDuration(kAnimationMs);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this] {
        QRegion region;
        for (const Flash &f : std::as_const(m_flashes))
            region += rowsRegion(f.span.size ? f.span : Span { f.span.start, 1 });
        update(region);
    });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] {
        m_flashes.clear();
        update();
    });
    connectModel();
    m_shownMarks = m_marks->marks();
    connect(m_marks, &StepMarks::marksChanged, this, &HeapView::marksChanged);
    connect(m_model, &HeapModel::changed, this, [this] {
        // Links and the hover ghost follow the free list anywhere in view.
        if (m_showLinks || m_hover)
            update();
    });
    setLayoutHeap();
    relayout();
    m_layout.fit(cutCounter());
    new HeapAnnouncer(this, model);
}

void HeapView::connectModel()
{
    connect(m_model, &HeapModel::allocated, this, [this](Span s) {
        m_dirty.append(s);
        flash(Flash::Grow, s);
    });
    connect(m_model, &HeapModel::split, this, [this](Span whole, Span, Span rest) {
        m_dirty.append(whole);
        flash(Flash::Seam, { rest.start, 0 });
    });
    connect(m_model, &HeapModel::freed, this, [this](Span s) {
        m_dirty.append(s);
        flash(Flash::Vanish, s);
    });
    connect(m_model, &HeapModel::merged, this, [this](Span result, const QList<Span> &) {
        m_dirty.append(result);
        flash(Flash::Merge, result);
    });
    connect(m_model, &HeapModel::resized, this, [this](Span before, Span after) {
        m_dirty.append({ before.start, std::max(before.size, after.size) });
        flash(Flash::Grow, after);
    });
    connect(m_model, &HeapModel::moved, this, [this](Span from, Span to) {
        m_dirty.append(from);
        m_dirty.append(to);
    });
    connect(m_model, &HeapModel::historyReset, this, [this] {
        setLayoutHeap();
        relayout(); // a sparse heap's rulers need more room
        m_hover.reset();
        if (std::exchange(m_selected, std::nullopt))
            Q_EMIT selectionChanged(std::nullopt);
        fit();
    });
    connect(m_model, &HeapModel::changed, this, [this] {
        if (m_layout.extent != m_model->heap().extent() || m_layout.base != m_model->heap().base()) {
            setLayoutHeap();
            m_layout.fit(cutCounter());
            m_dirtyAll = true;
        }
        if (m_dirty.isEmpty())
            m_dirtyAll = true; // a jump: no events say what changed
        // A selected block that merged or moved: select what is there now.
        BlockInfo b;
        QRegion region = overlayRegion();
        const std::optional<Addr> before = m_selected;
        if (m_selected && m_model->heap().blockAt(*m_selected, b))
            m_selected = b.start;
        else
            m_selected.reset();
        if (m_selected != before)
            Q_EMIT selectionChanged(m_selected);
        if (m_dirtyAll) {
            m_lastUpdate = rect();
        } else {
            for (const Span &s : std::as_const(m_dirty))
                region += rowsRegion(s);
            m_lastUpdate = region + overlayRegion();
        }
        update(m_lastUpdate);
        noteViewChange();
    });
}

void HeapView::setHeapPalette(const HeapPalette &palette)
{
    m_palette = &palette;
    invalidate();
}

void HeapView::setLayoutHeap()
{
    const Heap &heap = m_model->heap();
    m_layout.setHeap(heap.base(), heap.extent(), heap.settings().gaps);
}

void HeapView::relayout()
{
    // The map may change with the row length (HeapLayout::chooseFit): keep
    // the same address at the top-left corner.
    const double startAddress = m_layout.map.toAddress(m_layout.viewStart);
    const QMarginsF margins = HeapRenderer::rulerMargins(font(), m_layout);
    const QRectF area = QRectF(rect()).marginsRemoved(margins);
    const double oldRowBytes = m_layout.rowBytes();
    const bool wasFit = oldRowBytes >= m_layout.fitRowBytes();
    m_layout.place(area.isValid() ? area : QRectF(margins.left(), margins.top(), 1, 1),
                   QFontMetricsF(font()).height(), kMinRowHeight);
    // Keep the bytes shown per row across a resize, or keep fitting.
    m_layout.fitBytes = m_layout.chooseFit(cutCounter());
    m_layout.viewStart = m_layout.map.toLayout(startAddress);
    m_layout.setRowBytes(wasFit ? m_layout.fitRowBytes() : oldRowBytes);
    m_layout.clamp();
}

HeapLayout::CutCounter HeapView::cutCounter() const
{
    // Counting walks every block for each row length tried: for heaps of
    // many blocks the whole heap counts as one block instead.
    const HeapStats stats = m_model->heap().stats();
    if (stats.usedBlocks + stats.freeBlocks > kMaxCountedBlocks)
        return {};
    const Heap &heap = m_model->heap();
    const HeapLayout &layout = m_layout; // its map as it is when counting
    return [&heap, &layout](double rowBytes) {
        double cuts = 0;
        const double base = double(heap.base()); // rows start at the base
        heap.forEachBlock([&](const BlockInfo &b) {
            if (b.used && b.tag == kGapTag)
                return true; // a break is no block
            const double start = layout.map.toLayout(double(b.start));
            const double end = layout.map.toLayout(double(b.end()));
            cuts += std::floor((end - 1 - base) / rowBytes) - std::floor((start - base) / rowBytes);
            return true;
        });
        return cuts;
    };
}

void HeapView::setLayoutMode(HeapLayout::Mode mode)
{
    if (mode == m_layout.mode)
        return;
    m_layout.mode = mode;
    relayout();
    fit();
    Q_EMIT layoutModeChanged(mode);
}

void HeapView::invalidate()
{
    m_cacheValid = false;
    update();
    noteViewChange();
}

void HeapView::noteViewChange()
{
    // Every change of what is shown passes here (through invalidate() or a
    // heap of a new size); only a real one is announced.
    const ViewKey now { m_layout.viewStart, m_layout.visibleBytes(), double(m_layout.heapSize) };
    if (std::exchange(m_shown, now) != now)
        Q_EMIT viewChanged();
}

void HeapView::fit()
{
    m_layout.fit(cutCounter());
    invalidate();
}

void HeapView::zoomIn()
{
    zoomAt(m_layout.content.center(), 1 / kZoomStep);
}

void HeapView::zoomOut()
{
    zoomAt(m_layout.content.center(), kZoomStep);
}

double HeapView::zoomFactor() const
{
    return double(m_layout.heapSize) / std::max(1.0, m_layout.visibleBytes());
}

void HeapView::showRange(double start, double end)
{
    const double bytes = std::max(1.0, end - start);
    m_layout.setRowBytes(HeapLayout::powerOfTwoAtLeast(bytes / m_layout.maxRows));
    m_layout.viewStart = start;
    m_layout.clamp();
    invalidate();
}

void HeapView::scrollTo(double start)
{
    m_layout.viewStart = start;
    m_layout.clamp();
    invalidate();
}

void HeapView::zoomAt(QPointF point, double factor)
{
    // Keep the byte under the point where it is.
    const QPointF p(std::clamp(point.x(), m_layout.content.left(), m_layout.content.right()),
                    std::clamp(point.y(), m_layout.content.top(), m_layout.content.bottom() - 1));
    const int row = std::min(m_layout.rows - 1, int((p.y() - m_layout.content.top()) / m_layout.rowHeight()));
    const double cells = row * m_layout.content.width() + (p.x() - m_layout.content.left());
    // By address: a new row length may map a sparse heap's breaks anew.
    const double anchor = m_layout.map.toAddress(m_layout.viewStart + cells * m_layout.bytesPerPixel);
    m_layout.bytesPerPixel *= factor;
    m_layout.clamp();
    m_layout.viewStart = m_layout.map.toLayout(anchor) - cells * m_layout.bytesPerPixel;
    m_layout.clamp();
    invalidate();
}

void HeapView::rebuildCache()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    const bool full = !m_cacheValid || m_dirtyAll || m_cache.size() != pixels;
    if (full) {
        m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
    }
    QPainter painter(&m_cache);
    const HeapRenderer renderer(m_model->heap(), *m_palette, font(),
                                [this](quint32 tag) { return m_model->labelFor(tag); });
    if (full) {
        renderer.renderAll(painter, m_layout);
    } else {
        // Only the rows a change touched: an operation costs the blocks of
        // a row or two, not the whole view.
        const double rb = m_layout.rowBytes();
        for (const Span &s : std::as_const(m_dirty)) {
            const int first = int((m_layout.map.toLayout(double(s.start)) - m_layout.viewStart) / rb);
            const int last = int((m_layout.map.toLayout(double(s.end())) - m_layout.viewStart) / rb);
            if (last >= 0 && first < m_layout.rows)
                renderer.renderRows(painter, m_layout, first, last);
        }
    }
    m_dirty.clear();
    m_dirtyAll = false;
    m_cacheValid = true;
}

QRegion HeapView::rowsRegion(Span span) const
{
    // Whole rows: a change can move labels anywhere along them.
    const double rb = m_layout.rowBytes();
    const double start = m_layout.map.toLayout(double(span.start));
    const double end = m_layout.map.toLayout(double(span.end()));
    const int first = std::max(0, int((start - m_layout.viewStart) / rb));
    const int last = std::min(m_layout.rows - 1, int((end - m_layout.viewStart) / rb));
    if (last < first)
        return {};
    return m_layout.rowsRect(first, last).adjusted(-1, -1, 1, 1).toAlignedRect();
}

void HeapView::marksChanged()
{
    // Where the old marks are in today's layout (a zoom may have moved them).
    const HeapOverlay::Style style { *m_palette, font() };
    update(HeapOverlay::marksRegion(m_layout, style, m_shownMarks)
           + HeapOverlay::marksRegion(m_layout, style, m_marks->marks()));
    m_shownMarks = m_marks->marks();
}

void HeapView::setFreeListLinksVisible(bool on)
{
    if (m_showLinks == on)
        return;
    m_showLinks = on;
    update();
}

QRegion HeapView::overlayRegion() const
{
    QRegion region;
    if (const std::optional<StepMark> ghost = hoverGhost())
        region += HeapOverlay::marksRegion(m_layout, { *m_palette, font() }, { *ghost });
    BlockInfo b;
    for (const std::optional<Addr> &a : { m_hover, m_selected }) {
        if (a && m_model->heap().blockAt(*a, b))
            region += rowsRegion({ b.start, b.size });
    }
    return region;
}

void HeapView::paintEvent(QPaintEvent *event)
{
    if (!m_cacheValid || m_dirtyAll || !m_dirty.isEmpty()
        || m_cache.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        rebuildCache();
    QPainter painter(this);
    // Only the exposed part of the cache: after one operation a row or two.
    const qreal dpr = m_cache.devicePixelRatio();
    for (const QRect &r : event->region()) {
        const QRectF source(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr);
        painter.drawImage(QRectF(r), m_cache, source);
    }
    painter.setClipRegion(event->region());
    drawOverlays(painter);
}

void HeapView::drawOverlays(QPainter &painter) const
{
    const HeapOverlay::Style style { *m_palette, font() };
    if (m_showLinks)
        HeapOverlay::drawFreeLinks(painter, m_layout, style, m_model->heap());
    // The hover ghost with the step's marks, so that every caption is drawn
    // over every outline.
    QList<StepMark> marks = m_marks->marks();
    if (const std::optional<StepMark> ghost = hoverGhost())
        marks.append(*ghost);
    HeapOverlay::drawMarks(painter, m_layout, style, marks);
    painter.setRenderHint(QPainter::Antialiasing);
    // One outline per block, as the marks: no line where its rows meet.
    BlockInfo b;
    if (m_hover && m_model->heap().blockAt(*m_hover, b))
        painter.strokePath(HeapOverlay::outlineStroke(m_layout, { b.start, b.size }, 2),
                           QPen(m_palette->hover, 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    if (m_selected && m_model->heap().blockAt(*m_selected, b))
        painter.strokePath(HeapOverlay::outlineStroke(m_layout, { b.start, b.size }, 1.5),
                           QPen(m_palette->selection, 3, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    if (m_flashes.isEmpty() || m_animation.state() != QAbstractAnimation::Running)
        return;
    const double t = m_animation.currentValue().toDouble();
    QColor glow = m_palette->flash;
    for (const Flash &f : m_flashes) {
        if (f.kind == Flash::Seam) {
            for (const QRectF &r : m_layout.rectsOf({ f.span.start, 1 })) {
                painter.setPen(QPen(m_palette->selection, 3 * (1 - t) + 1));
                painter.drawLine(r.topLeft(), r.bottomLeft());
            }
            continue;
        }
        for (const QRectF &r : m_layout.rectsOf(f.span)) {
            switch (f.kind) {
            case Flash::Grow: // a new block sweeps in from its start
                glow.setAlphaF(float(0.8 * (1 - t)));
                painter.fillRect(QRectF(r.left() + r.width() * t, r.top(), r.width() * (1 - t), r.height()),
                                 glow);
                break;
            case Flash::Vanish:
                glow.setAlphaF(float(0.7 * (1 - t)));
                painter.fillRect(r, glow);
                break;
            case Flash::Merge: // the merged block's outline pulls together
                painter.setPen(QPen(m_palette->selection, 2 + 3 * (1 - t)));
                painter.drawRect(r.adjusted(2 * (1 - t), 2, -2 * (1 - t), -2));
                break;
            case Flash::Seam:
                break;
            }
        }
    }
}

void HeapView::flash(Flash::Kind kind, Span span)
{
    if (!m_animate || !isVisible())
        return;
    if (m_animation.state() != QAbstractAnimation::Running)
        m_flashes.clear();
    m_flashes.append({ kind, span });
    m_animation.stop();
    m_animation.start();
}

void HeapView::resizeEvent(QResizeEvent *)
{
    relayout();
    invalidate();
}

void HeapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        relayout();
        invalidate();
    }
    QWidget::changeEvent(event);
}
