// SPDX-License-Identifier: MIT
#pragma once

#include "heapmodel.h"

#include <QUndoCommand>
#include <memory>

// One user action as an undo command: it moves the history between two of
// its steps. The action has already run when the command is pushed.
// An action taken before the last step dropped the steps after it; such a
// command keeps the scenario from before and after, and reloads them, so
// that Undo brings the dropped steps back.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(HeapModel *model, const bool *syncing, std::size_t from, std::size_t to, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_syncing(syncing)
        , m_from(from)
        , m_to(to)
    { }
    void setRestore(std::shared_ptr<const heapboard::Scenario> before,
                    std::shared_ptr<const heapboard::Scenario> after)
    {
        m_before = std::move(before);
        m_after = std::move(after);
    }
    void undo() override
    {
        if (*m_syncing)
            return;
        if (m_before)
            m_model->loadScenario(*m_before, m_from);
        else
            m_model->jumpTo(m_from);
    }
    void redo() override
    {
        if (m_pushed && !*m_syncing) {
            if (m_after)
                m_model->loadScenario(*m_after, m_to);
            else
                m_model->jumpTo(m_to);
        }
        m_pushed = true;
    }
    std::size_t to() const { return m_to; }
    // True when undo and redo reload a whole scenario (steps were dropped).
    bool reloads() const { return m_before != nullptr; }

private:
    HeapModel *m_model;
    const bool *m_syncing;
    std::size_t m_from;
    std::size_t m_to;
    bool m_pushed = false;
    std::shared_ptr<const heapboard::Scenario> m_before;
    std::shared_ptr<const heapboard::Scenario> m_after;
};
