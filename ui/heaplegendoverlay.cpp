// SPDX-License-Identifier: MIT
#include "heaplegendoverlay.h"

#include "heaplegend.h"

#include <QEvent>
#include <QPainter>
#include <cmath>

HeapLegendOverlay::HeapLegendOverlay(QWidget *anchor)
    : QWidget(anchor)
    , m_anchor(anchor)
    , m_palette(&HeapPalette::byId(QStringLiteral("light")))
{
    setObjectName(QStringLiteral("heapLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Legend"));
    anchor->installEventFilter(this);
    place();
}

void HeapLegendOverlay::setHeapPalette(const HeapPalette &palette)
{
    m_palette = &palette;
    update();
}

QSize HeapLegendOverlay::sizeHint() const
{
    const QSizeF size = HeapLegend(*m_palette, font()).size();
    return { int(std::ceil(size.width())), int(std::ceil(size.height())) };
}

void HeapLegendOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    HeapLegend(*m_palette, font()).paint(painter, QPointF(0, 0));
}

void HeapLegendOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        place(); // a new text size: a new box
    QWidget::changeEvent(event);
}

bool HeapLegendOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_anchor && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void HeapLegendOverlay::place()
{
    const QSize size = sizeHint();
    const QRect area = m_anchor->rect();
    move(std::max(0, area.right() + 1 - kMargin - size.width()),
         std::max(0, area.bottom() + 1 - kMargin - size.height()));
    resize(size);
    raise();
}
