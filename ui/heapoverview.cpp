// SPDX-License-Identifier: MIT
#include "heapoverview.h"

#include "heapmodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using namespace heapboard;

namespace {
constexpr int kMargin = 3; // room for the frame around the visible part
constexpr double kMinFrameWidth = 6; // a tiny visible part stays findable
constexpr int kDimAlpha = 150;
} // namespace

HeapOverview::HeapOverview(HeapModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_palette(&HeapPalette::byId(QStringLiteral("light")))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Heap overview"));
    setToolTip(tr("The whole heap, with the part shown framed: click or drag to move there, "
                  "turn the wheel to scroll"));
    // A step updates the columns under its blocks; anything bigger is only
    // marked stale, and the walk over the blocks happens at the next paint,
    // once however many came in between.
    connect(model, &HeapModel::blocksChanged, this, &HeapOverview::applyStep);
    connect(model, &HeapModel::blocksReset, this, &HeapOverview::invalidate);
    connect(model, &HeapModel::historyReset, this, &HeapOverview::invalidate);
    connect(model, &HeapModel::changed, this, [this] {
        if (m_builtFor != m_model->heap().extent() || m_builtBase != m_model->heap().base())
            invalidate();
    });
}

void HeapOverview::setHeapPalette(const HeapPalette &palette)
{
    m_palette = &palette;
    redrawAll();
}

void HeapOverview::setVisibleRange(double start, double bytes)
{
    if (start == m_visibleStart && bytes == m_visibleBytes)
        return;
    m_visibleStart = start;
    m_visibleBytes = bytes;
    update();
}

QSize HeapOverview::sizeHint() const
{
    return { 400, minimumSizeHint().height() };
}

QSize HeapOverview::minimumSizeHint() const
{
    // A line and a half of text: tall enough to read the bars, and it grows
    // with the text size when presenting.
    return { 60, fontMetrics().height() * 3 / 2 + 2 * kMargin };
}

QRectF HeapOverview::strip() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

void HeapOverview::setAddressMap(const AddressMap &map)
{
    if (map == m_map)
        return;
    m_map = map;
    invalidate();
}

double HeapOverview::heapSize() const
{
    const Heap &heap = m_model->heap();
    const double end = m_map.toLayout(double(heap.base()) + double(heap.extent()));
    return std::max(1.0, end - double(heap.base()));
}

double HeapOverview::addressAt(double x) const
{
    const QRectF s = strip();
    const double t = std::clamp((x - s.left()) / std::max(1.0, s.width()), 0.0, 1.0);
    return double(m_model->heap().base()) + t * heapSize();
}

double HeapOverview::xOf(double address) const
{
    const QRectF s = strip();
    return s.left() + (address - double(m_model->heap().base())) / heapSize() * s.width();
}

QRectF HeapOverview::visibleRect() const
{
    const QRectF s = strip();
    double left = xOf(m_visibleStart);
    const double end = double(m_model->heap().base()) + heapSize();
    double right = xOf(std::min(end, m_visibleStart + m_visibleBytes));
    if (right - left < kMinFrameWidth) {
        const double center = (left + right) / 2;
        left = std::clamp(center - kMinFrameWidth / 2, s.left(), s.right() - kMinFrameWidth);
        right = left + kMinFrameWidth;
    }
    return QRectF(left, s.top(), right - left, s.height());
}

void HeapOverview::invalidate()
{
    m_usedValid = false;
    update();
}

void HeapOverview::redrawAll()
{
    m_dirtyFirst = 0;
    m_dirtyLast = int(m_used.size()) - 1;
    update();
}

void HeapOverview::applyStep(const std::vector<BlockInfo> &removed, const std::vector<BlockInfo> &added)
{
    if (!m_usedValid || m_builtFor != m_model->heap().extent() || m_builtBase != m_model->heap().base())
        return invalidate();
    // The removed blocks were counted; what they leave is then counted again.
    for (const BlockInfo &b : removed) {
        if (b.used && b.tag != kGapTag)
            spread(b, false);
    }
    for (const BlockInfo &b : added) {
        if (b.used && b.tag != kGapTag)
            spread(b, true);
    }
    update();
}

void HeapOverview::spread(const BlockInfo &block, bool add)
{
    // Scaled by the number of columns n, column c is [c * H, (c + 1) * H)
    // and the block [start * n, end * n): whole numbers (in 128 bits, as
    // start * n may not fit in 64), and a column's share at most H.
    __extension__ typedef unsigned __int128 Wide;
    // In layout bytes (AddressMap): whole numbers, as blocks lie in the
    // regions between gaps, which the map only shifts.
    const auto n = Wide(m_used.size());
    const Wide heap = std::max<Size>(1, m_builtLayout);
    const Wide start = Wide(Size(m_map.toLayout(double(block.start))) - m_builtBase) * n;
    const Wide end = Wide(Size(m_map.toLayout(double(block.end()))) - m_builtBase) * n;
    if (n == 0 || end <= start)
        return;
    const int first = int(start / heap);
    const int last = int(std::min(n - 1, (end - 1) / heap));
    for (int c = first; c <= last; ++c) {
        const Wide from = std::max(start, Wide(c) * heap);
        const Wide to = std::min(end, Wide(c + 1) * heap);
        const auto share = quint64(to - from);
        quint64 &used = m_used[std::size_t(c)];
        used = add ? used + share : used - std::min(used, share);
    }
    m_dirtyFirst = m_dirtyFirst <= m_dirtyLast ? std::min(m_dirtyFirst, first) : first;
    m_dirtyLast = std::max(m_dirtyLast, last);
}

void HeapOverview::rebuild()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (strip().size() * dpr).toSize().expandedTo({ 1, 1 });
    m_density = QImage(pixels, QImage::Format_RGB32);
    m_density.setDevicePixelRatio(dpr);
    m_builtFor = m_model->heap().extent();
    m_builtBase = m_model->heap().base();
    m_builtLayout = Size(heapSize());
    m_used.assign(std::size_t(pixels.width()), 0);
    // One in-order walk; a block adds to the columns it covers, and blocks
    // do not overlap, so the cost is blocks + columns however the heap looks.
    m_model->heap().forEachBlock([&](const BlockInfo &b) {
        if (b.used && b.tag != kGapTag)
            spread(b, true);
    });
    m_usedValid = true;
    ++m_rebuilds;
    drawColumns(0, pixels.width() - 1);
}

void HeapOverview::drawColumns(int first, int last)
{
    const QColor free = m_palette->freeFill;
    const QColor usedColor = m_palette->unnamed;
    const auto mix = [&](double t) { return HeapPalette::mix(free, usedColor, t).rgb(); };
    const int h = m_density.height();
    const double heap = double(std::max<Size>(1, m_builtLayout));
    for (int x = std::max(0, first); x <= last && x < m_density.width(); ++x) {
        // A column in use grows a bar from the bottom; any use shows as at
        // least one pixel, so a lone small block is not lost.
        const double f = std::clamp(double(m_used[std::size_t(x)]) / heap, 0.0, 1.0);
        const double bar = f > 0 ? std::max(1.0, f * h) : 0.0;
        const int full = int(bar);
        for (int y = 0; y < h; ++y) {
            const int fromBottom = h - 1 - y;
            const double cover = fromBottom < full ? 1.0 : fromBottom == full ? bar - full : 0.0;
            reinterpret_cast<QRgb *>(m_density.scanLine(y))[x] = mix(cover);
        }
    }
    m_dirtyFirst = 0;
    m_dirtyLast = -1;
}

void HeapOverview::paintEvent(QPaintEvent *)
{
    const QSize pixels = (strip().size() * devicePixelRatioF()).toSize().expandedTo({ 1, 1 });
    if (!m_usedValid || m_density.size() != pixels)
        rebuild();
    else if (m_dirtyFirst <= m_dirtyLast)
        drawColumns(m_dirtyFirst, m_dirtyLast);
    QPainter painter(this);
    painter.fillRect(rect(), m_palette->background);
    const QRectF s = strip();
    painter.drawImage(s, m_density);
    drawBreaks(painter);
    painter.setPen(QPen(m_palette->freeOutline, 1));
    painter.drawRect(s.adjusted(-0.5, -0.5, 0.5, 0.5));
    // The part not shown is dimmed, the part shown framed.
    const QRectF shown = visibleRect();
    QColor dim = m_palette->background;
    dim.setAlpha(kDimAlpha);
    painter.fillRect(QRectF(s.left(), s.top(), shown.left() - s.left(), s.height()), dim);
    painter.fillRect(QRectF(shown.right(), s.top(), s.right() - shown.right(), s.height()), dim);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_palette->selection, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(shown.adjusted(-1, -2, 1, 2));
}

void HeapOverview::drawBreaks(QPainter &painter) const
{
    // The gaps of a sparse heap as in the view: a neutral hatch between
    // two lines, at least a few pixels wide to stay findable.
    const QRectF s = strip();
    const QColor line = HeapPalette::mix(m_palette->background, m_palette->rulerText, 0.55);
    for (const AddressMap::Break &b : m_map.breaks()) {
        const double x1 = xOf(b.layoutStart);
        const double x2 = std::max(x1 + 3, xOf(b.layoutEnd()));
        const QRectF r(x1, s.top(), x2 - x1, s.height());
        painter.fillRect(r, m_palette->background);
        painter.fillRect(r, QBrush(line, Qt::FDiagPattern));
        painter.fillRect(QRectF(r.left(), r.top(), 1, r.height()), line);
        painter.fillRect(QRectF(r.right() - 1, r.top(), 1, r.height()), line);
    }
}

void HeapOverview::resizeEvent(QResizeEvent *)
{
    invalidate();
}

void HeapOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void HeapOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    // A press on the frame holds it where it was grabbed; elsewhere the view
    // jumps to center on the address under the pointer.
    const double x = event->position().x();
    const QRectF shown = visibleRect();
    m_grabOffset = shown.contains(QPointF(x, shown.center().y()))
        ? addressAt(x) - (m_visibleStart + m_visibleBytes / 2)
        : 0.0;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    Q_EMIT centerRequested(addressAt(x) - m_grabOffset);
}

void HeapOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        Q_EMIT centerRequested(addressAt(event->position().x()) - m_grabOffset);
}

void HeapOverview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::PointingHandCursor);
}

void HeapOverview::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double notches = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
    if (notches != 0)
        Q_EMIT scrollRequested(notches);
    event->accept();
}
