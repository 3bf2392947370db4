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

void TimelineSlider::setTicks(const QList<int> &steps, const QString &what)
{
    m_ticks = steps;
    if (!steps.isEmpty())
        setToolTip(tr("Drag to move through every step of the history; ticks above mark %1 (%2)")
                       .arg(what)
                       .arg(steps.size()));
    update();
}

int TimelineSlider::xOf(int step) const
{
    const Track track = this->track();
    return track.left + QStyle::sliderPositionFromValue(minimum(), maximum(), step, track.span);
}

TimelineSlider::Track TimelineSlider::track() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    return { groove.left() + handle.width() / 2, groove.width() - handle.width() };
}

void TimelineSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    QPainter painter(this);
    drawTicks(painter);
    if (m_marker < minimum() || m_marker > maximum())
        return;
    const int x = xOf(m_marker);
    const int size = std::max(4, height() / 4);
    QPainterPath triangle;
    triangle.moveTo(x, height() - size);
    triangle.lineTo(x - size, height());
    triangle.lineTo(x + size, height());
    triangle.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(triangle, palette().color(QPalette::Highlight));
}

void TimelineSlider::drawTicks(QPainter &painter) const
{
    // One line per pixel column at most, however many steps are ticked.
    const int length = std::max(4, height() / 3);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    const Track track = this->track();
    int last = -1;
    for (int step : m_ticks) {
        if (step < minimum() || step > maximum())
            continue;
        const int x = track.left + QStyle::sliderPositionFromValue(minimum(), maximum(), step, track.span);
        if (x == last)
            continue;
        painter.drawLine(x, 0, x, length);
        last = x;
    }
}
