// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "history.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace heapboard {
struct Trace;
}

Q_DECLARE_METATYPE(heapboard::Span)

// The one QObject that owns the simulated heap (through its history). Every
// change goes through run(): the core runs the operation, the history keeps
// the step, and the events come out as typed signals in the order the core
// reported them, then changed(). Widgets read heap() and never compute
// allocator state themselves.
class HeapModel : public QObject
{
    Q_OBJECT
public:
    explicit HeapModel(QObject *parent = nullptr);

    const heapboard::Heap &heap() const { return m_history.heap(); }
    const heapboard::History &history() const { return m_history; }
    heapboard::HeapStats stats() const { return heap().stats(); }
    QString labelFor(quint32 tag) const;

    // Each returns what the core reported; a failure also emits failed().
    heapboard::OpResult allocate(heapboard::Size size, const QString &label = {});
    heapboard::OpResult freeBlock(heapboard::Addr address);
    heapboard::OpResult reallocBlock(heapboard::Addr address, heapboard::Size size);
    heapboard::OpResult setPolicy(heapboard::Policy policy);
    // Records a step that failed before reaching the allocator (a bad size
    // typed by the user, a dangling handle), so that it shows in the history.
    heapboard::OpResult reject(heapboard::ErrorCode code, const QString &message);

    // A new, empty heap and history; false (nothing changes) on a bad size.
    bool reset(heapboard::Size heapSize, heapboard::Policy policy);
    // Replaces heap and history with a replay of the trace; one step a line.
    void loadTrace(const heapboard::Trace &trace, heapboard::Size heapSize, heapboard::Policy policy);

    // Moves to any step of the history; stepping by one re-emits the step's
    // changes (for animation), a longer jump only changed().
    bool jumpTo(std::size_t step);
    std::size_t position() const { return m_history.position(); }
    std::size_t stepCount() const { return m_history.size(); }

    // Next label for an unnamed allocation: a, b, ..., z, aa, ab, ...
    QString nextAutoLabel() const;

Q_SIGNALS:
    void split(heapboard::Span whole, heapboard::Span front, heapboard::Span rest);
    void allocated(heapboard::Span block, quint32 tag);
    void resized(heapboard::Span before, heapboard::Span after);
    void moved(heapboard::Span from, heapboard::Span to);
    void freed(heapboard::Span block);
    void merged(heapboard::Span result, const QList<heapboard::Span> &parts);
    void failed(const QString &code, const QString &message);
    // After every operation, jump or reset: the state is new.
    void changed();
    // A step was added at the end (and any redo steps were dropped first).
    void stepAdded();
    // The history moved to another step, or was replaced as a whole.
    void positionChanged(std::size_t step);
    void historyReset();

private:
    heapboard::OpResult finish(heapboard::OpResult result);
    void emitEvents(const heapboard::OpResult &result);
    void emitDelta(const heapboard::StepDelta &delta, bool forward);
    quint32 addLabel(const QString &label);

    heapboard::History m_history;
    QStringList m_labels; // tag - 1
    int m_autoLabels = 0;
};
