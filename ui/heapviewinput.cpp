// SPDX-License-Identifier: MIT
// HeapView: what the mouse, the wheel and the keyboard do. Clicks and keys
// become intents (freeRequested, allocateRequested, contextMenuRequested);
// the view itself only changes what is shown and selected.
#include "heapmodel.h"
#include "heaprenderer.h"
#include "heapview.h"
#include "numberformat.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <cmath>

using namespace heapboard;

std::optional<BlockInfo> HeapView::blockAt(QPointF point) const
{
    const std::optional<Addr> a = m_layout.addressAt(point);
    BlockInfo b;
    if (!a || !m_model->heap().blockAt(*a, b) || HeapRenderer::isGap(b))
        return std::nullopt; // a gap is no block to hover, click or free
    return b;
}

void HeapView::selectBlock(std::optional<Addr> start)
{
    if (m_selected == start)
        return;
    const QRegion before = overlayRegion();
    m_selected = start;
    update(before + overlayRegion());
    Q_EMIT selectionChanged(m_selected);
}

void HeapView::setRequestSize(Size bytes)
{
    if (m_requestSize == bytes)
        return;
    const QRegion before = overlayRegion();
    m_requestSize = bytes;
    update(before + overlayRegion());
}

std::optional<StepMark> HeapView::hoverGhost() const
{
    // Only over free space: that is where a click allocates, and where the
    // block may well not land.
    BlockInfo hovered;
    if (m_requestSize == 0 || !m_hover || !m_model->heap().blockAt(*m_hover, hovered) || hovered.used)
        return std::nullopt;
    StepMark ghost = StepMarks::placement(m_model->heap(), m_requestSize);
    if (ghost.kind == StepMark::Kind::NoRoom)
        ghost.span = { hovered.start, hovered.size };
    return ghost;
}

void HeapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPoint = event->position();
    m_pressViewStart = m_layout.viewStart;
}

void HeapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->position() - m_pressPoint).manhattanLength() > 6)
        m_dragging = true;
    if (m_dragging) {
        // Dragging moves the heap under the pointer: sideways by bytes,
        // up and down by rows.
        const QPointF d = event->position() - m_pressPoint;
        const double cells = d.x() + std::round(d.y() / m_layout.rowHeight()) * m_layout.content.width();
        m_layout.viewStart = m_pressViewStart - cells * m_layout.bytesPerPixel;
        m_layout.clamp();
        setCursor(Qt::ClosedHandCursor);
        invalidate();
        return;
    }
    const std::optional<BlockInfo> b = blockAt(event->position());
    const std::optional<Addr> hover = b ? std::optional<Addr>(b->start) : std::nullopt;
    if (hover != m_hover) {
        const QRegion before = overlayRegion();
        m_hover = hover;
        update(before + overlayRegion());
    }
}

void HeapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const std::optional<BlockInfo> b = blockAt(event->position());
    if (!b)
        return;
    selectBlock(b->start);
    if (b->used && !m_editable) // presenting: a click shows, it does not free
        QToolTip::showText(mapToGlobal(event->position().toPoint()), toolTipFor(*b), this);
    else if (b->used)
        Q_EMIT freeRequested(b->start);
    else
        Q_EMIT allocateRequested();
}

void HeapView::leaveEvent(QEvent *)
{
    m_hover.reset();
    update();
}

void HeapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(kZoomStep, -steps));
    event->accept();
}

void HeapView::moveSelection(int key)
{
    const Heap &heap = m_model->heap();
    BlockInfo current;
    const AddressMap &map = m_layout.map;
    if (!m_selected || !heap.blockAt(*m_selected, current)) {
        heap.blockAt(Addr(m_layout.rowAddress(m_layout.viewStart)), current);
        selectBlock(current.start);
        return;
    }
    double target = double(current.start);
    switch (key) {
    case Qt::Key_Left:
        target = double(current.start) - 1;
        break;
    case Qt::Key_Right:
        target = double(current.end());
        break;
    case Qt::Key_Up: // a row up and down the layout, not the address space
        target = map.toAddress(map.toLayout(double(current.start)) - m_layout.rowBytes());
        break;
    case Qt::Key_Down:
        target = map.toAddress(map.toLayout(double(current.start)) + m_layout.rowBytes());
        break;
    }
    BlockInfo next;
    if (target < double(heap.base()) || target >= double(heap.end()) || !heap.blockAt(Addr(target), next))
        return;
    // A gap is never selected: step over it to the block beyond.
    if (HeapRenderer::isGap(next)
        && !heap.blockAt(key == Qt::Key_Left || key == Qt::Key_Up ? next.start - 1 : next.end(), next))
        return;
    selectBlock(next.start);
    // Keep the selection in view.
    const double at = map.toLayout(double(next.start));
    if (at < m_layout.viewStart || at >= m_layout.viewEnd()) {
        m_layout.viewStart = at - m_layout.visibleBytes() / 2;
        m_layout.clamp();
        invalidate();
    }
}

void HeapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(event->key());
        return;
    case Qt::Key_Delete: {
        BlockInfo b;
        if (m_selected && m_model->heap().blockAt(*m_selected, b) && b.used)
            Q_EMIT freeRequested(b.start);
        return;
    }
    case Qt::Key_Insert:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT allocateRequested();
        return;
    case Qt::Key_F10:
        // The Menu key comes as a context menu event; Shift+F10 does not.
        if (event->modifiers() != Qt::ShiftModifier)
            break;
        requestKeyboardMenu();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void HeapView::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    if (event->reason() != QContextMenuEvent::Mouse)
        return requestKeyboardMenu();
    // A right click selects what it opens the menu for, so that the menu's
    // block is the one marked, and does nothing else (no free, no malloc).
    const std::optional<BlockInfo> b = blockAt(event->pos());
    if (b)
        selectBlock(b->start);
    Q_EMIT contextMenuRequested(event->globalPos(), b ? std::optional<Addr>(b->start) : std::nullopt);
}

void HeapView::requestKeyboardMenu()
{
    // On the selected block where it shows, else the middle of the view.
    QPoint at = rect().center();
    BlockInfo b;
    std::optional<Addr> block;
    if (m_selected && m_model->heap().blockAt(*m_selected, b)) {
        block = b.start;
        const QList<QRectF> rects = m_layout.rectsOf({ b.start, b.size });
        if (!rects.isEmpty())
            at = rects.front().center().toPoint();
    }
    Q_EMIT contextMenuRequested(mapToGlobal(at), block);
}

bool HeapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<BlockInfo> b = blockAt(help->pos());
        const std::optional<Addr> at = m_layout.addressAt(help->pos());
        const Heap &heap = m_model->heap();
        if (const AddressMap::Break *gap = m_layout.breakAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipForGap(gap->gap), this);
        else if (b)
            QToolTip::showText(help->globalPos(), toolTipFor(*b), this);
        else if (at && *at >= heap.end()) // past the break of a heap that grows
            QToolTip::showText(help->globalPos(),
                               tr("Past the break at %1: space the heap may still take, up to %2")
                                   .arg(NumberFormat::address(double(heap.end())),
                                        NumberFormat::address(double(heap.base() + heap.extent()))),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString HeapView::toolTipForGap(Span gap) const
{
    return QStringLiteral("<b>%1</b><br>%2 – %3 (%4)")
               .arg(tr("Not part of the heap"), NumberFormat::address(double(gap.start)),
                    NumberFormat::address(double(gap.end())), NumberFormat::roughSize(gap.size))
        + QStringLiteral("<br><i>%1</i>").arg(tr("Address space the program never used, drawn shortened"));
}

QString HeapView::toolTipFor(const BlockInfo &b) const
{
    const QString label = m_model->labelFor(b.tag);
    QString text = QStringLiteral("<b>%1</b>").arg(b.used ? tr("Used block") : tr("Free block"));
    if (!label.isEmpty())
        text += QStringLiteral(" <b>%1</b>").arg(label.toHtmlEscaped());
    text += QStringLiteral("<br>%1 – %2 (%3)<br>%4")
                .arg(NumberFormat::address(b.start), NumberFormat::address(b.end()),
                     NumberFormat::size(b.size))
                .arg(b.step == 0 ? tr("there from the start") : tr("made by step %1").arg(b.step));
    if (const QString call = m_model->recordedCallText(b.step); b.used && !call.isEmpty())
        text += QStringLiteral("<br>%1").arg(call.toHtmlEscaped()); // a recording's: who and when
    const HeapSettings &s = m_model->heap().settings();
    if (b.used && (s.header > 0 || s.alignment > 1 || s.minBlock > 0)) {
        // The block as the program sees it (docs/settings.md).
        const Size payload = b.size - std::min<Size>(b.size, s.header + b.slack);
        text += QStringLiteral("<br>%1<br>%2")
                    .arg(tr("pointer %1 · header %2")
                             .arg(NumberFormat::address(double(m_model->heap().pointerOf(b))),
                                  NumberFormat::size(s.header)),
                         tr("payload %1 · slack %2")
                             .arg(NumberFormat::size(payload), NumberFormat::size(b.slack)));
    }
    // As recorded, only the recording places blocks (MainWindow::allocate).
    if (b.used || m_model->heap().policy() != Policy::AsRecorded)
        text += QStringLiteral("<br><i>%1</i>").arg(b.used ? tr("Click to free") : tr("Click to allocate"));
    return text;
}
