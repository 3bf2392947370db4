// SPDX-License-Identifier: MIT
#include "stepmarks.h"

#include "heapmodel.h"
#include "numberformat.h"

#include <optional>

using namespace heapboard;

namespace {

// How far back a double free looks for the step that freed its handle's
// block; a scenario's handles are freed a few steps before, a trace's
// within thousands.
constexpr std::size_t kFreedLookBack = 100000;

} // namespace

QString StepMarks::policyText(Policy policy)
{
    switch (policy) {
    case Policy::FirstFit:
        return tr("first fit");
    case Policy::NextFit:
        return tr("next fit");
    case Policy::BestFit:
        return tr("best fit");
    case Policy::WorstFit:
        return tr("worst fit");
    case Policy::AsRecorded:
        return tr("as recorded");
    }
    return {};
}

namespace {

// The step's request as written: "free(7)", or the statement for a request
// by handle ("free a"), whose address the statement does not say.
QString requestText(const HeapModel &model, std::size_t step, const StepInfo &info)
{
    switch (info.kind) {
    case StepKind::Free:
        return QStringLiteral("free(%1)").arg(NumberFormat::address(double(info.arg)));
    case StepKind::Realloc:
        return QStringLiteral("realloc(%1, %2)")
            .arg(NumberFormat::address(double(info.arg)), NumberFormat::size(info.size));
    default:
        return model.statement(step);
    }
}

StepMark ghostMark(const HeapModel &model, const StepInfo &info)
{
    // The request is drawn from the start of the largest free block, so it
    // visibly runs over the used blocks it would need.
    const Heap &heap = model.heap();
    const Size largest = heap.stats().largestFree;
    BlockInfo at;
    const Addr start = largest > 0 && heap.firstFreeFrom(0, largest, at) ? at.start : heap.base();
    StepMark m;
    m.kind = StepMark::Kind::Ghost;
    m.span = { start, std::min(info.size, heap.end() - start) };
    const QString what
        = info.kind == StepKind::Realloc ? QStringLiteral("realloc") : QStringLiteral("malloc");
    // As recorded, the size is not the question: the bytes where the
    // recording put the block were not free (the step's message says why).
    if (heap.policy() == Policy::AsRecorded) {
        m.text = StepMarks::tr("%1: needs %2 where the recording put it, and those bytes are not free")
                     .arg(what, NumberFormat::size(info.size));
        return m;
    }
    m.text = largest == 0
        ? StepMarks::tr("%1: needs %2, nothing is free").arg(what, NumberFormat::size(info.size))
        : StepMarks::tr("%1: needs %2, largest free %3")
              .arg(what, NumberFormat::size(info.size), NumberFormat::size(largest));
    return m;
}

// The step that last freed the block of handle `tag` before `step`, and
// that block's address: where a double free through that handle points.
bool lastFreed(const History &history, std::size_t step, quint32 tag, Addr &address, std::size_t &freedAt)
{
    const std::size_t stop = step > kFreedLookBack ? step - kFreedLookBack : 0;
    for (std::size_t k = step - 1; k > stop; --k) {
        for (const Event &e : history.events(k)) {
            if (e.kind == EventKind::Freed && e.tag == tag) {
                address = e.span.start;
                freedAt = k;
                return true;
            }
        }
    }
    return false;
}

QString whyRefused(const Heap &heap, Addr address)
{
    BlockInfo b;
    if (!heap.blockAt(address, b))
        return StepMarks::tr("outside the heap, which ends at %1; marked at its end")
            .arg(NumberFormat::address(double(heap.end())));
    if (b.start != address)
        return b.used ? StepMarks::tr("not a block start (inside the used block at %1)")
                            .arg(NumberFormat::address(double(b.start)))
                      : StepMarks::tr("not a block start (inside the free block at %1)")
                            .arg(NumberFormat::address(double(b.start)));
    return b.used ? StepMarks::tr("the block there is another one now, left alone")
                  : StepMarks::tr("the block there is already free");
}

StepMark badPointerMark(const HeapModel &model, std::size_t step, const StepInfo &info, ErrorCode error)
{
    StepMark m;
    m.kind = StepMark::Kind::BadPointer;
    const QString request = requestText(model, step, info);
    Addr address = info.arg;
    std::size_t freedAt = 0;
    bool known = info.kind == StepKind::Free || info.kind == StepKind::Realloc;
    if (!known && step <= model.scenario().steps.size()) {
        // A request by handle: its block is where the handle last pointed.
        const int handle = model.scenario().steps[step - 1].operand;
        known = handle >= 0 && lastFreed(model.history(), step, quint32(handle + 1), address, freedAt);
    }
    if (!known) {
        m.noAddress = true;
        m.text = model.errorMessage(step);
        return m;
    }
    const Heap &heap = model.heap();
    m.atEdge = address >= heap.end() || address < heap.base();
    m.span = { !m.atEdge ? address : address < heap.base() ? heap.base() : heap.end() - 1, 1 };
    QString reason = whyRefused(model.heap(), address);
    if (error == ErrorCode::DoubleFree && freedAt > 0)
        reason = StepMarks::tr("double free: freed by step %1 at %2; %3")
                     .arg(freedAt)
                     .arg(NumberFormat::address(double(address)), reason);
    m.text = QStringLiteral("%1: %2").arg(request, reason);
    return m;
}

StepMark failureMark(const HeapModel &model, std::size_t step, ErrorCode error)
{
    const StepInfo info = model.history().info(step);
    if (error == ErrorCode::OutOfMemory && info.kind != StepKind::Reject)
        return ghostMark(model, info);
    if (error == ErrorCode::InvalidPointer || error == ErrorCode::DoubleFree)
        return badPointerMark(model, step, info, error);
    StepMark m; // a size no allocator takes: nothing to point at
    m.kind = StepMark::Kind::BadPointer;
    m.noAddress = true;
    m.text = model.errorMessage(step);
    return m;
}

StepMark mark(StepMark::Kind kind, Span span, const QString &text)
{
    StepMark m;
    m.kind = kind;
    m.span = span;
    m.text = text;
    return m;
}

} // namespace

QString StepMark::glyph() const
{
    switch (kind) {
    case Kind::Allocated:
        return QStringLiteral("+");
    case Kind::Remainder:
        return QStringLiteral("\u00f7"); // ÷: what is left of a split
    case Kind::Freed:
        return QStringLiteral("\u2212"); // −
    case Kind::Merged:
        return QStringLiteral("\u22c8"); // ⋈
    case Kind::Before:
        return QStringLiteral("\u2190"); // ←
    case Kind::After:
        return QStringLiteral("\u2192"); // →
    case Kind::Ghost:
    case Kind::NoRoom:
        return QStringLiteral("!");
    case Kind::BadPointer:
        return QStringLiteral("\u00d7"); // ×
    case Kind::Placement:
        return QStringLiteral("?");
    case Kind::Grown:
        return QStringLiteral("\u2191"); // ↑
    }
    return {};
}

StepMarks::StepMarks(const HeapModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &HeapModel::changed, this, &StepMarks::refresh);
    refresh();
}

void StepMarks::refresh()
{
    QList<StepMark> marks = marksAt(*m_model);
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    Q_EMIT marksChanged();
}

QList<StepMark> StepMarks::marksAt(const HeapModel &model)
{
    QList<StepMark> out;
    const std::size_t step = model.position();
    if (step == 0 || step > model.stepCount())
        return out;
    const EventList events = model.history().events(step);
    // A moving realloc's new block is its After, its old block its Before:
    // not also a new and a freed block.
    std::optional<Event> move;
    for (const Event &e : events) {
        if (e.kind == EventKind::Moved)
            move = e;
    }
    using K = StepMark::Kind;
    for (const Event &e : events) {
        switch (e.kind) {
        case EventKind::Split:
            out.append(
                mark(K::Remainder, e.parts[1], tr("rest %1").arg(NumberFormat::size(e.parts[1].size))));
            break;
        case EventKind::Allocated:
            if (!move)
                out.append(mark(K::Allocated, e.span, tr("new %1").arg(NumberFormat::size(e.span.size))));
            break;
        case EventKind::Resized:
        case EventKind::Moved:
            if (e.parts[0] != e.span)
                out.append(mark(K::Before, e.parts[0],
                                tr("was %1 at %2")
                                    .arg(NumberFormat::size(e.parts[0].size),
                                         NumberFormat::address(double(e.parts[0].start)))));
            out.append(mark(K::After, e.span, tr("now %1").arg(NumberFormat::size(e.span.size))));
            break;
        case EventKind::Freed:
            if (!move || e.span != move->parts[0])
                out.append(mark(K::Freed, e.span, tr("freed %1").arg(NumberFormat::size(e.span.size))));
            break;
        case EventKind::Merged:
            out.append(mark(K::Merged, e.span,
                            tr("merged %1 from %n blocks", nullptr, int(e.partCount))
                                .arg(NumberFormat::size(e.span.size))));
            break;
        case EventKind::Failed:
            out.append(failureMark(model, step, e.error));
            break;
        case EventKind::Grown:
            out.append(mark(K::Grown, e.span, tr("heap grew %1").arg(NumberFormat::size(e.span.size))));
            break;
        }
    }
    return out;
}

StepMark StepMarks::placement(const Heap &heap, Size request)
{
    if (heap.policy() == Policy::AsRecorded) // only the recording places blocks
        return mark(StepMark::Kind::NoRoom, {},
                    tr("as recorded: choose a policy to place blocks of your own"));
    Addr at = 0;
    if (heap.placement(request, at))
        return mark(StepMark::Kind::Placement, { at, request },
                    tr("%1 puts %2 at %3")
                        .arg(policyText(heap.policy()), NumberFormat::size(request),
                             NumberFormat::address(double(at))));
    return mark(StepMark::Kind::NoRoom, {},
                tr("no free block of %1; largest free %2")
                    .arg(NumberFormat::size(request), NumberFormat::size(heap.stats().largestFree)));
}
