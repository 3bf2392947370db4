// SPDX-License-Identifier: MIT
#include "timelineslider.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionSlider>

TimelineSlider::TimelineSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Drag to move through every step of the history"));
}

void TimelineSlider::setMarker(int step, const QString &what)
{
    m_marker = step;
    m_what = what;
    setToolTip(
        step < 0
            ? tr("Drag to move through every step of the history")
            : tr("Drag to move through every step of the history; ▲ marks step %1 (%2)").arg(step).arg(what));
    update();
}

void TimelineSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_marker < minimum() || m_marker > maximum())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    const int x = groove.left() + handle.width() / 2
        + QStyle::sliderPositionFromValue(minimum(), maximum(), m_marker, span);
    const int size = std::max(4, height() / 4);
    QPainterPath triangle;
    triangle.moveTo(x, height() - size);
    triangle.lineTo(x - size, height());
    triangle.lineTo(x + size, height());
    triangle.closeSubpath();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(triangle, palette().color(QPalette::Highlight));
}
