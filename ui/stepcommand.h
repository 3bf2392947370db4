// SPDX-License-Identifier: MIT
#pragma once

#include "heapmodel.h"

#include <QUndoCommand>

// One user action as an undo command: it moves the history between two of
// its steps. The action has already run when the command is pushed.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(HeapModel *model, const bool *syncing, std::size_t from, std::size_t to, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_syncing(syncing)
        , m_from(from)
        , m_to(to)
    {
    }
    void undo() override
    {
        if (!*m_syncing)
            m_model->jumpTo(m_from);
    }
    void redo() override
    {
        if (m_pushed && !*m_syncing)
            m_model->jumpTo(m_to);
        m_pushed = true;
    }
    std::size_t to() const { return m_to; }

private:
    HeapModel *m_model;
    const bool *m_syncing;
    std::size_t m_from;
    std::size_t m_to;
    bool m_pushed = false;
};
