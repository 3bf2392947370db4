// SPDX-License-Identifier: MIT
#include "heapchart.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>

HeapChart::HeapChart(QWidget *parent)
    : QWidget(parent)
    , m_palette(&HeapPalette::byId(QStringLiteral("light")))
    , m_renderer(*m_palette, font())
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setAccessibleName(tr("Chart over time"));
    createActions();
    updateAccessibleDescription();
}

void HeapChart::createActions()
{
    for (int m = 0; m < ChartRenderer::kMeasureCount; ++m) {
        const auto measure = Measure(m);
        auto *action = new QAction(ChartRenderer::measureName(measure), this);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
                [this, measure](bool on) { setMeasureVisible(measure, on); });
        m_actions[std::size_t(m)] = action;
        addAction(action);
    }
}

void HeapChart::setSeries(const QList<ChartSeries> &series)
{
    m_renderer.setSeries(series);
    invalidate();
}

void HeapChart::seriesChanged()
{
    invalidate();
}

void HeapChart::setHeapPalette(const HeapPalette &palette)
{
    m_palette = &palette;
    m_renderer.setPalette(palette);
    invalidate();
}

void HeapChart::setPosition(std::size_t step)
{
    if (step == m_position)
        return;
    m_position = step;
    // Only the overlays move: the cached picture stays.
    update();
}

void HeapChart::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    m_renderer.setNote(note);
    invalidate();
}

void HeapChart::setMeasureVisible(Measure measure, bool visible)
{
    if (visible == isMeasureVisible(measure))
        return;
    m_renderer.setMeasureVisible(measure, visible);
    m_actions[std::size_t(measure)]->setChecked(visible);
    invalidate();
    Q_EMIT measureToggled(measure, visible);
}

void HeapChart::invalidate()
{
    m_cache = QPixmap();
    updateAccessibleDescription();
    update();
}

void HeapChart::updateAccessibleDescription()
{
    QStringList shown;
    for (int m = 0; m < ChartRenderer::kMeasureCount; ++m) {
        if (isMeasureVisible(Measure(m)))
            shown << ChartRenderer::measureName(Measure(m));
    }
    const std::size_t n = m_renderer.stepCount();
    setAccessibleDescription(tr("%1 over %n step(s); click or drag to move to a step", nullptr,
                                int(std::min<std::size_t>(n, INT_MAX)))
                                 .arg(shown.isEmpty() ? tr("Nothing") : shown.join(QStringLiteral(", "))));
}

QString HeapChart::hoverText() const
{
    return m_hover ? m_renderer.valuesText(*m_hover) : QString();
}

QSize HeapChart::sizeHint() const
{
    return { 640, fontMetrics().height() * 12 };
}

QSize HeapChart::minimumSizeHint() const
{
    // The legend, four gridlines with room between them, the step labels.
    return { 200, fontMetrics().height() * 8 };
}

void HeapChart::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * dpr) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cachePainter(&m_cache);
        m_renderer.setFont(font());
        m_renderer.paintBase(cachePainter, rect());
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    m_renderer.setPosition(m_position);
    m_renderer.paintPosition(painter, rect());
    paintHover(painter);
}

void HeapChart::paintHover(QPainter &painter) const
{
    if (!m_hover)
        return;
    const QRectF plot = plotRect();
    const double x = std::round(xOf(*m_hover)) + 0.5;
    painter.setPen(QPen(m_palette->text, 1, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    // The values in a box at the top of the plot, on the side away from
    // the mouse so that it never hides the curve being read.
    const QString text = hoverText();
    const QFontMetrics fm(font());
    QRect box = fm.boundingRect(QRect(0, 0, int(plot.width()) - 8, 10000), Qt::TextWordWrap, text);
    box.adjust(-4, -2, 4, 2);
    const bool right = x < plot.center().x();
    box.moveTopLeft(
        QPoint(right ? int(plot.right()) - box.width() - 2 : int(plot.left()) + 2, int(plot.top()) + 2));
    QColor back = m_palette->background;
    back.setAlpha(230);
    painter.fillRect(box, back);
    painter.setPen(m_palette->rulerLine);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    painter.setPen(m_palette->text);
    painter.drawText(box.adjusted(4, 2, -4, -2), Qt::TextWordWrap, text);
}

void HeapChart::requestStepAt(double x)
{
    if (m_renderer.stepCount() == 0)
        return;
    const std::size_t step = stepAt(x);
    if (m_lastRequested == step)
        return;
    m_lastRequested = step;
    Q_EMIT stepRequested(step);
}

void HeapChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_lastRequested.reset();
    requestStepAt(event->position().x());
}

void HeapChart::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        requestStepAt(event->position().x());
    const QRectF plot = plotRect();
    std::optional<std::size_t> hover;
    if (m_renderer.stepCount() > 0 && plot.adjusted(0, 0, 1, 1).contains(event->position()))
        hover = stepAt(event->position().x());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void HeapChart::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void HeapChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        invalidate();
    QWidget::changeEvent(event);
}
