// SPDX-License-Identifier: MIT
#include "freelistview.h"

#include "freelistmodel.h"
#include "heapmodel.h"
#include "heappalette.h"
#include "heapview.h"
#include "numberformat.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <algorithm>

using namespace heapboard;

namespace {

constexpr int kAnimationMs = 300;

QFont cellFont(const QFont &font, bool bold)
{
    QFont f = font;
    f.setBold(bold);
    return f;
}

QString zeroed(QString text)
{
    // Digits may be proportional: measure the widest.
    for (QChar &c : text) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    return text;
}

// The widest cell text any free block of a heap of heapSize bytes can have:
// NumberFormat's widest address and size for that heap, in this font.
QString widestText(const QFontMetrics &fm, Size heapSize)
{
    const auto widest = [&fm](const QStringList &texts) {
        QString best;
        for (const QString &t : texts) {
            if (fm.horizontalAdvance(zeroed(t)) > fm.horizontalAdvance(best))
                best = zeroed(t);
        }
        return best;
    };
    return FreeListView::tr("%1 · %2").arg(widest(NumberFormat::widestAddresses(heapSize)),
                                           widest(NumberFormat::widestSizes(heapSize)));
}

// Draws one cell: the box like a free block of the heap (its fill, a
// hatched strip, a dashed outline), the text, the rover's tag, the arrow.
class CellDelegate : public QStyledItemDelegate
{
public:
    explicit CellDelegate(FreeListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return m_view->metrics().item;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const FreeListView::Metrics &m = m_view->metrics();
        const auto change = FreeListModel::Change(index.data(FreeListModel::ChangeRole).toInt());
        const QRect box(option.rect.left(), option.rect.top() + m.band, m.box.width(), m.box.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (index.data(FreeListModel::RoverRole).toBool())
            drawRover(painter, box, option);
        drawBox(painter, box, change, option.state.testFlag(QStyle::State_Selected),
                index.data(Qt::DisplayRole).toString());
        if (index.row() + 1 < index.model()->rowCount())
            drawArrow(painter, box, option);
        painter->restore();
    }

private:
    void drawBox(QPainter *painter, QRect box, FreeListModel::Change change, bool selected,
                 const QString &text) const
    {
        const HeapPalette &pal = m_view->heapView()->heapPalette();
        const FreeListView::Metrics &m = m_view->metrics();
        const double t = m_view->animationProgress();
        const bool changed = change != FreeListModel::Change::None;
        if (changed && t < 1) {
            // Grow in (a new or merged block) or settle from larger (a split).
            const double scale = change == FreeListModel::Change::Shrunk ? 1.15 - 0.15 * t : 0.6 + 0.4 * t;
            const QPointF c = QRectF(box).center();
            box = QRectF(c.x() - box.width() * scale / 2, c.y() - box.height() * scale / 2,
                         box.width() * scale, box.height() * scale)
                      .toRect();
        }
        const QRectF r = QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5);
        const double radius = m.pad / 2.0;
        QPainterPath outline;
        outline.addRoundedRect(r, radius, radius);
        painter->fillPath(outline, pal.freeFill);
        if (changed && t < 1) {
            QColor flash = pal.flash;
            flash.setAlphaF(float(0.7 * (1 - t)));
            painter->fillPath(outline, flash);
        }
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(QRectF(r.left(), r.top(), m.swatch, r.height()),
                          QBrush(pal.freeHatch, Qt::BDiagPattern));
        painter->restore();
        // Not by color alone: selected is a thick solid outline, changed a
        // solid one and bold text, at rest the dashed outline of free space.
        if (selected)
            painter->setPen(QPen(pal.selection, std::max(3, m.pad / 2)));
        else if (changed)
            painter->setPen(QPen(pal.freeOutline, 2));
        else
            painter->setPen(QPen(pal.freeOutline, 1, Qt::DashLine));
        painter->drawPath(outline);
        painter->setFont(cellFont(m_view->font(), changed));
        painter->setPen(pal.textOn(pal.freeFill));
        const QRectF textArea = r.adjusted(m.swatch + m.pad, 0, -m.pad, 0);
        painter->drawText(textArea, Qt::AlignCenter | Qt::TextSingleLine, text);
    }

    void drawRover(QPainter *painter, const QRect &box, const QStyleOptionViewItem &option) const
    {
        // A tag and a pointer down to the box: the rover is text and shape.
        const FreeListView::Metrics &m = m_view->metrics();
        const QColor ink = option.palette.color(QPalette::Text);
        const int h = m.band - m.pad / 2;
        const QPointF tip(box.left() + m.swatch + m.pad + h / 2.0, box.top() + 1);
        QPainterPath pointer;
        pointer.moveTo(tip);
        pointer.lineTo(tip.x() - h / 3.0, tip.y() - h / 2.0);
        pointer.lineTo(tip.x() + h / 3.0, tip.y() - h / 2.0);
        pointer.closeSubpath();
        painter->fillPath(pointer, ink);
        painter->setFont(cellFont(m_view->font(), true));
        painter->setPen(ink);
        const QRect tag(int(tip.x() + h / 2.0), box.top() - m.band, box.right() - int(tip.x()), h);
        painter->drawText(tag, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          FreeListView::tr("rover"));
    }

    void drawArrow(QPainter *painter, const QRect &box, const QStyleOptionViewItem &option) const
    {
        const FreeListView::Metrics &m = m_view->metrics();
        const double y = box.center().y() + 0.5;
        const double x0 = box.right() + m.pad / 2.0;
        const double x1 = box.right() + m.arrow - m.pad / 2.0;
        const double head = std::max(4.0, m.arrow / 4.0);
        const QColor ink = option.palette.color(QPalette::Text);
        painter->setPen(QPen(ink, std::max(1.0, m.box.height() / 16.0), Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(x0, y), QPointF(x1 - head, y));
        QPainterPath tip;
        tip.moveTo(x1, y);
        tip.lineTo(x1 - head, y - head / 2);
        tip.lineTo(x1 - head, y + head / 2);
        tip.closeSubpath();
        painter->fillPath(tip, ink);
    }

    FreeListView *m_view;
};

} // namespace

FreeListView::FreeListView(FreeListModel *model, HeapView *heapView, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_heapView(heapView)
{
    setAccessibleName(tr("Free list"));
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new CellDelegate(this));
    setModel(model);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setDuration(kAnimationMs);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(&m_animation, &QVariantAnimation::finished, viewport(), qOverload<>(&QWidget::update));
    connect(this, &QListView::clicked, this, &FreeListView::selectInHeap);
    connect(heapView, &HeapView::selectionChanged, this, &FreeListView::followHeapSelection);
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { followHeapSelection(m_heapView->selectedBlock()); });
    connect(model->heapModel(), &HeapModel::changed, this, &FreeListView::stepTaken);
    updateMetrics();
}

double FreeListView::animationProgress() const
{
    return isAnimating() ? m_animation.currentValue().toDouble() : 1.0;
}

QSize FreeListView::sizeHint() const
{
    // Two rows of four cells: a strip under the heap.
    const int margins = 2 * frameWidth() + spacing();
    return { 4 * (m_metrics.item.width() + spacing()) + margins,
             2 * (m_metrics.item.height() + spacing()) + margins };
}

QSize FreeListView::minimumSizeHint() const
{
    // One whole row: the list never shows half a cell.
    const int margins = 2 * frameWidth() + spacing();
    return { m_metrics.item.width() + spacing() + margins, m_metrics.item.height() + spacing() + margins };
}

void FreeListView::updateMetrics()
{
    const QFontMetrics fm(cellFont(font(), true)); // bold marks a change: leave room for it
    // The last address, the largest of the numbers a cell shows.
    const Size heapSize = m_model->heapModel()->heap().end();
    m_heapSize = heapSize;
    m_roverBand = m_model->heapModel()->heap().policy() == Policy::NextFit;
    Metrics m;
    m.pad = std::max(2, fm.height() / 4);
    m.swatch = std::max(4, fm.height() / 2);
    m.box = QSize(m.swatch + fm.horizontalAdvance(widestText(fm, heapSize)) + 3 * m.pad,
                  fm.height() + 2 * m.pad);
    m.band = m_roverBand ? fm.height() + m.pad / 2 : 0;
    m.arrow = fm.height() * 3 / 2;
    m.item = QSize(m.box.width() + m.arrow, m.band + m.box.height() + m.pad);
    if (m.item == m_metrics.item && m.band == m_metrics.band) {
        m_metrics = m;
        return;
    }
    m_metrics = m;
    setSpacing(m.pad / 2); // a margin along the dock's edges
    scheduleDelayedItemsLayout(); // uniform sizes: the list asks again only on a new layout
    updateGeometry();
}

void FreeListView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void FreeListView::keyPressEvent(QKeyEvent *event)
{
    // Moving through the cells moves the heap's selection along.
    const QModelIndex before = currentIndex();
    QListView::keyPressEvent(event);
    if (currentIndex() != before && currentIndex().isValid())
        selectInHeap(currentIndex());
}

void FreeListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Nothing is free: the free list is empty."));
}

void FreeListView::followHeapSelection(std::optional<Addr> start)
{
    const int row = start ? m_model->rowOf(*start) : -1;
    if (row < 0) {
        selectionModel()->clear();
        return;
    }
    // Scrolled to only when it moves: a step leaves the list where it is.
    const QModelIndex index = m_model->index(row);
    const bool moved = index != currentIndex();
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (moved)
        scrollTo(index);
}

void FreeListView::selectInHeap(const QModelIndex &index)
{
    if (index.isValid())
        m_heapView->selectBlock(Addr(index.data(FreeListModel::StartRole).toULongLong()));
}

void FreeListView::stepTaken()
{
    const Heap &heap = m_model->heapModel()->heap();
    if (heap.end() != m_heapSize || (heap.policy() == Policy::NextFit) != m_roverBand)
        updateMetrics();
    // Rows removed and inserted moved the current cell: put it back on the
    // heap's selection.
    followHeapSelection(m_heapView->selectedBlock());
    m_animation.stop();
    if (m_model->changedCount() > 0 && m_heapView->animationsEnabled())
        m_animation.start();
    viewport()->update();
}
