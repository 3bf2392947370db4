// SPDX-License-Identifier: MIT
#pragma once

#include "timeline.h"

#include <QObject>
#include <QString>
#include <functional>

class HeapModel;
class QUndoStack;

// Turns the user's edits into undo commands on the open timeline
// (editcommands.h): malloc, free, realloc, policy, narration, title and
// reset are each one command on one QUndoStack. Navigation never goes
// through here. While locked (presenting) it refuses edits and says so;
// undo and redo still work, to take a stray edit back.
class TimelineEditor : public QObject
{
    Q_OBJECT
public:
    explicit TimelineEditor(HeapModel *model, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);

    // Each edits at the current position; false when locked or, for reset,
    // on a bad heap size (nothing changes then).
    bool allocate(heapboard::Size size, const QString &name = {});
    bool freeBlock(heapboard::Addr address);
    // The block it returns is named `name` (`c = realloc b 80`); empty: see
    // Timeline::realloc().
    bool reallocBlock(heapboard::Addr address, heapboard::Size size, const QString &name = {});
    // `free NAME`; false (no step) when no handle has that name.
    bool freeHandle(const QString &name);
    // One undoable rename of a handle in every statement; false, and nothing
    // changes, when locked or when the timeline refuses the name.
    bool renameHandle(const QString &from, const QString &to);
    bool setPolicy(heapboard::Policy policy);
    // Step 0's text is the title.
    bool setText(std::size_t step, const QString &text);
    bool reset(heapboard::Size heapSize, heapboard::Policy policy,
               const heapboard::HeapSettings &settings = {});

    // A new document: nothing before it can be undone, and it is unchanged.
    void clear();

Q_SIGNALS:
    // An edit added a step that replaced `replaced` later steps.
    void stepEdited(const QString &what, std::size_t replaced, std::size_t at);
    // An edit was refused because the timeline is locked.
    void refused();
    void lockedChanged(bool locked);

private:
    bool perform(const QString &what, std::function<heapboard::OpResult(heapboard::Timeline &)> edit);

    HeapModel *m_model;
    QUndoStack *m_undo;
    bool m_locked = false;
};
