// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QList>
#include <QObject>
#include <QString>

class HeapModel;
namespace heapboard {
class Heap;
}

// One thing the view marks on the heap: a block a step touched, the ghost of
// a request that did not fit, a pointer that was refused, or where the next
// malloc would go. What it means is said by its kind's glyph and its text as
// well as by how it is drawn, never by color alone.
struct StepMark {
    enum class Kind : quint8 {
        Allocated, // the new used block
        Remainder, // the free rest of a split
        Freed, // the block that became free
        Merged, // the whole merged free block: one outline over all its rows
        Before, // a realloc's block as it was
        After, // a realloc's block as it is now
        Ghost, // a request that failed for lack of room, drawn at its size
        BadPointer, // a refused free or realloc, at the address it named
        Placement, // where malloc(n) would put its block (the hover ghost)
        NoRoom, // malloc(n) would fail: no ghost, a caption only
        Grown, // the space a heap that grows took at its top
    };
    Kind kind = Kind::Allocated;
    // Ghost: where the request is drawn and its size (clipped to the heap);
    // BadPointer: {address, 1}; NoRoom: empty (the view puts its caption
    // where the pointer is).
    heapboard::Span span;
    QString text;
    // BadPointer: the address lies outside the heap, so the marker stands
    // at the heap's end and the text says so.
    bool atEdge = false;
    // BadPointer: no address is known (a handle that never held a block).
    bool noAddress = false;

    QString glyph() const;
    friend bool operator==(const StepMark &, const StepMark &) = default;
};

// What the step at the model's position changed, as marks, kept up to date
// as the position moves (acting, stepping either way, jumping, undo/redo).
// The marks come from the step's own events (History::events(k)), so going
// back to step k shows what step k did, not the inverse of the step after it.
class StepMarks : public QObject
{
    Q_OBJECT
public:
    explicit StepMarks(const HeapModel *model, QObject *parent = nullptr);

    const QList<StepMark> &marks() const { return m_marks; }

    // The marks of the step the model stands on (none at step 0). A failed
    // step's texts read the heap as that step left it, which is why only
    // the current step has marks.
    static QList<StepMark> marksAt(const HeapModel &model);
    // "first fit", as a sentence says it.
    static QString policyText(heapboard::Policy policy);
    // Where malloc(request) would land under the heap's policy now.
    static StepMark placement(const heapboard::Heap &heap, heapboard::Size request);

Q_SIGNALS:
    void marksChanged();

private:
    void refresh();

    const HeapModel *m_model;
    QList<StepMark> m_marks;
};
