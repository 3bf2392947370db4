// SPDX-License-Identifier: MIT
#pragma once

#include "heapmodel.h"

#include <QUndoCommand>

// The edits of a timeline as undo commands, in the shape of Qt's
// undoframework example: redo() performs the edit, undo() reverts it. Undo
// puts the timeline and the position back exactly as they were before the
// edit, redo exactly as they were after it; navigation in between does not
// matter.

// An edit that adds a step at `at`, replacing the steps after it. The first
// redo runs it; later ones put back the step it made, and undo the steps it
// replaced, by trading them with the timeline (core/timeline.h).
class StepEditCommand : public QUndoCommand
{
public:
    StepEditCommand(HeapModel *model, std::size_t at, HeapModel::Edit edit, const QString &text);
    void redo() override;
    void undo() override;

    // What the core reported when the edit ran (the first redo).
    const heapboard::OpResult &result() const { return m_result; }
    // How many steps the edit replaced.
    std::size_t replaced() const { return m_replaced; }

private:
    HeapModel *m_model;
    std::size_t m_at;
    std::size_t m_after = 0;
    HeapModel::Edit m_edit; // until the first redo
    HeapModel::Tail m_other; // the steps not in the timeline now
    heapboard::OpResult m_result;
    std::size_t m_replaced = 0;
};

// A narration (or, at step 0, the title) rewritten.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(HeapModel *model, std::size_t step, const QString &text);
    void redo() override;
    void undo() override;

private:
    HeapModel *m_model;
    std::size_t m_step;
    std::size_t m_position;
    QString m_before;
    QString m_after;
};

// A handle renamed in every statement (Rename Handle); undo gives the old
// name back. The caller checked that the timeline takes the new name.
class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(HeapModel *model, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    HeapModel *m_model;
    QString m_from;
    QString m_to;
};

// The whole timeline replaced (Reset Heap): the old one is kept here.
class ResetCommand : public QUndoCommand
{
public:
    ResetCommand(HeapModel *model, heapboard::Timeline fresh, const QString &text);
    void redo() override;
    void undo() override;

private:
    HeapModel *m_model;
    heapboard::Timeline m_other;
    std::size_t m_positionBefore;
};
