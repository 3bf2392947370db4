// SPDX-License-Identifier: MIT
#include "heapaccessible.h"

#include "heapmodel.h"
#include "heapview.h"

#include <QAccessibleEvent>

using namespace heapboard;

namespace {

// One block of the heap as a list item. It holds the block's start and
// reads the block from the model each time, so it never says something
// stale; once no block starts there it is invalid.
class HeapBlockAccessible : public QAccessibleInterface
{
public:
    HeapBlockAccessible(HeapView *view, Addr start)
        : m_view(view)
        , m_start(start)
    { }

    bool isValid() const override
    {
        BlockInfo b;
        return m_view && block(b);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    QString text(QAccessible::Text t) const override
    {
        BlockInfo b;
        if (t != QAccessible::Name || !block(b))
            return {};
        return HeapAccessible::describe(*m_view->model(), b);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        BlockInfo b;
        if (!block(b)) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.selected = m_view->selectedBlock() == b.start;
        s.focusable = true;
        s.focused = s.selected && m_view->hasFocus();
        return s;
    }

    QRect rect() const override
    {
        BlockInfo b;
        if (!block(b))
            return {};
        QRectF united;
        for (const QRectF &r : m_view->layoutState().rectsOf({ b.start, b.size }))
            united = united.united(r);
        return QRect(m_view->mapToGlobal(united.topLeft().toPoint()), united.size().toSize());
    }

private:
    bool block(BlockInfo &out) const
    {
        return m_view && m_view->model()->heap().blockAt(m_start, out) && out.start == m_start;
    }

    QPointer<HeapView> m_view;
    Addr m_start;
};

} // namespace

HeapAccessible::HeapAccessible(HeapView *view)
    : QAccessibleWidget(view, QAccessible::List, view->accessibleName())
{ }

HeapAccessible::~HeapAccessible()
{
    forgetChildren();
}

QAccessibleInterface *HeapAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("HeapView") && object && object->isWidgetType())
        return new HeapAccessible(static_cast<HeapView *>(object));
    return nullptr;
}

QString HeapAccessible::describe(const HeapModel &model, const BlockInfo &block)
{
    const QString bytes = block.size == 1 ? QObject::tr("1 byte at %1").arg(block.start)
                                          : QObject::tr("%1 bytes at %2").arg(block.size).arg(block.start);
    if (!block.used)
        return QObject::tr("free block, %1").arg(bytes);
    const QString label = model.labelFor(block.tag);
    return label.isEmpty() ? QObject::tr("used block, %1").arg(bytes)
                           : QObject::tr("block %1, used, %2").arg(label, bytes);
}

HeapView *HeapAccessible::view() const
{
    return static_cast<HeapView *>(widget());
}

std::vector<BlockInfo> HeapAccessible::blocksInView() const
{
    std::vector<BlockInfo> out;
    const HeapLayout &layout = view()->layoutState();
    // The view is in layout bytes (ui/addressmap.h); a gap is no block.
    const double end = layout.viewEnd();
    view()->model()->heap().forEachBlockFrom(
        Addr(layout.map.toAddress(layout.viewStart)), [&](const BlockInfo &b) {
            if (layout.map.toLayout(double(b.start)) >= end || out.size() >= std::size_t(kMaxChildren))
                return false;
            if (!(b.used && b.tag == kGapTag))
                out.push_back(b);
            return true;
        });
    return out;
}

int HeapAccessible::childCount() const
{
    return int(blocksInView().size());
}

QAccessibleInterface *HeapAccessible::child(int index) const
{
    const std::vector<BlockInfo> blocks = blocksInView();
    if (index < 0 || index >= int(blocks.size()))
        return nullptr;
    const Addr start = blocks[std::size_t(index)].start;
    const auto known = m_children.constFind(start);
    if (known != m_children.constEnd())
        return QAccessible::accessibleInterface(*known);
    QAccessibleInterface *item = new HeapBlockAccessible(view(), start);
    m_children.insert(start, QAccessible::registerAccessibleInterface(item));
    return item;
}

int HeapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem)
        return -1;
    const std::vector<BlockInfo> blocks = blocksInView();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto known = m_children.constFind(blocks[i].start);
        if (known != m_children.constEnd() && QAccessible::accessibleInterface(*known) == child)
            return int(i);
    }
    return -1;
}

QAccessibleInterface *HeapAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    BlockInfo b;
    const std::optional<Addr> a = view()->addressAt(local);
    if (!a || !view()->model()->heap().blockAt(*a, b))
        return nullptr;
    const std::vector<BlockInfo> blocks = blocksInView();
    const auto it = std::lower_bound(blocks.begin(), blocks.end(), b.start,
                                     [](const BlockInfo &x, Addr s) { return x.start < s; });
    return it == blocks.end() ? nullptr : child(int(it - blocks.begin()));
}

void HeapAccessible::forgetChildren()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

HeapAnnouncer::HeapAnnouncer(HeapView *view, HeapModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    connect(model, &HeapModel::changed, this, &HeapAnnouncer::announce);
    announce();
}

QString HeapAnnouncer::stepDescription(const HeapModel &model)
{
    const HeapStats s = model.stats();
    const QString blocks = (s.usedBlocks == 1 ? tr("1 used block") : tr("%1 used blocks").arg(s.usedBlocks))
        + QStringLiteral(", ")
        + (s.freeBlocks == 1 ? tr("1 free block") : tr("%1 free blocks").arg(s.freeBlocks));
    const std::size_t k = model.position();
    if (k == 0)
        return (model.stepCount() == 1 ? tr("Start of 1 step. %1.") : tr("Start of %2 steps. %1."))
            .arg(blocks)
            .arg(model.stepCount());
    QString step = tr("Step %1 of %2: %3").arg(k).arg(model.stepCount()).arg(model.statement(k));
    const QString error = model.errorMessage(k);
    if (!error.isEmpty())
        step += QStringLiteral(", ") + error;
    return step + QStringLiteral(". ") + blocks + QLatin1Char('.');
}

void HeapAnnouncer::announce()
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view)) {
        if (auto *heap = dynamic_cast<HeapAccessible *>(iface))
            heap->forgetChildren();
    }
    // The new description is what a reader says; the reorder tells it
    // that the items are new.
    m_view->setAccessibleDescription(stepDescription(*m_model));
    for (const QAccessible::Event type : { QAccessible::DescriptionChanged, QAccessible::ObjectReorder }) {
        QAccessibleEvent event(m_view, type);
        QAccessible::updateAccessibility(&event);
    }
}
