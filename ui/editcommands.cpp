// SPDX-License-Identifier: MIT
#include "editcommands.h"

using namespace heapboard;

StepEditCommand::StepEditCommand(HeapModel *model, std::size_t at, HeapModel::Edit edit, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_at(at)
    , m_edit(std::move(edit))
{ }

void StepEditCommand::redo()
{
    if (m_edit) {
        m_result = m_model->edit(m_at, m_edit, m_other);
        m_replaced = m_other.history.infos.size();
        m_after = m_model->position();
        m_edit = nullptr;
        return;
    }
    m_model->swapTail(m_at, m_other, m_after);
}

void StepEditCommand::undo()
{
    m_model->swapTail(m_at, m_other, m_at);
}

TextEditCommand::TextEditCommand(HeapModel *model, std::size_t step, const QString &text)
    : QUndoCommand(step == 0 ? QObject::tr("title") : QObject::tr("narrate step %1").arg(step))
    , m_model(model)
    , m_step(step)
    , m_position(model->position())
    , m_before(model->text(step))
    , m_after(text.simplified())
{ }

void TextEditCommand::redo()
{
    m_model->jumpTo(m_position);
    m_model->setText(m_step, m_after);
}

void TextEditCommand::undo()
{
    m_model->jumpTo(m_position);
    m_model->setText(m_step, m_before);
}

RenameCommand::RenameCommand(HeapModel *model, const QString &from, const QString &to)
    : QUndoCommand(QObject::tr("rename %1 to %2").arg(from, to))
    , m_model(model)
    , m_from(from)
    , m_to(to)
{ }

void RenameCommand::redo()
{
    m_model->renameHandle(m_from, m_to);
}

void RenameCommand::undo()
{
    m_model->renameHandle(m_to, m_from);
}

ResetCommand::ResetCommand(HeapModel *model, Timeline fresh, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_other(std::move(fresh))
    , m_positionBefore(model->position())
{ }

void ResetCommand::redo()
{
    m_model->swapTimeline(m_other);
    m_model->jumpTo(0);
}

void ResetCommand::undo()
{
    m_model->swapTimeline(m_other);
    m_model->jumpTo(m_positionBefore);
}
