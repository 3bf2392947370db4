// SPDX-License-Identifier: MIT
#include "focusring.h"

#include <QEvent>
#include <QPainter>

FocusRing *FocusRing::install(QWidget *target)
{
    return new FocusRing(target);
}

FocusRing::FocusRing(QWidget *target)
    : QFocusFrame(target)
    , m_target(target)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    target->installEventFilter(this);
    follow();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::FontChange:
            follow();
            break;
        default:
            break;
        }
    }
    return false;
}

void FocusRing::follow()
{
    setGeometry(m_target->rect());
    // As the style's own focus rectangles: once the keyboard moved the
    // focus in this window, so that a click (a teacher's mouse on the
    // projected heap) draws no ring.
    setVisible(m_target->hasFocus() && m_target->window()->testAttribute(Qt::WA_KeyboardFocusChange));
    if (isVisible())
        raise(); // over children the target made after the ring
    update();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Thicker with larger text (presenting), so it reads from the back row.
    const int width = std::max(2, m_target->fontMetrics().height() / 8);
    QPen pen(palette().color(QPalette::Highlight), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}
