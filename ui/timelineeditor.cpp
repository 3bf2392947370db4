// SPDX-License-Identifier: MIT
#include "timelineeditor.h"

#include "editcommands.h"
#include "heapmodel.h"
#include "numberformat.h"

#include <QUndoStack>

using namespace heapboard;

TimelineEditor::TimelineEditor(HeapModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undo(new QUndoStack(this))
{ }

void TimelineEditor::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged(locked);
}

bool TimelineEditor::perform(const QString &what, std::function<OpResult(Timeline &)> edit)
{
    if (m_locked) {
        Q_EMIT refused();
        return false;
    }
    const std::size_t at = m_model->position();
    auto *command = new StepEditCommand(m_model, at, std::move(edit), what);
    m_undo->push(command); // runs it
    Q_EMIT stepEdited(what, command->replaced(), at);
    return true;
}

bool TimelineEditor::allocate(Size size, const QString &name)
{
    // The name is chosen when the edit first runs, at its own position.
    std::string given = name.toStdString();
    return perform(tr("malloc(%1)").arg(size), [size, given](Timeline &t) {
        return t.malloc(size, given.empty() ? t.nextAutoLabel() : given);
    });
}

bool TimelineEditor::freeBlock(Addr address)
{
    return perform(tr("free(%1)").arg(NumberFormat::exactAddress(address)),
                   [address](Timeline &t) { return t.free(address); });
}

bool TimelineEditor::reallocBlock(Addr address, Size size, const QString &name)
{
    const std::string given = name.toStdString();
    return perform(tr("realloc(%1, %2)").arg(NumberFormat::exactAddress(address)).arg(size),
                   [address, size, given](Timeline &t) { return t.realloc(address, size, given); });
}

bool TimelineEditor::freeHandle(const QString &name)
{
    const std::string given = name.toStdString();
    if (m_model->scenario().handleIndex(given) < 0)
        return false;
    return perform(tr("free %1").arg(name), [given](Timeline &t) { return t.freeHandle(given); });
}

bool TimelineEditor::renameHandle(const QString &from, const QString &to)
{
    if (m_locked) {
        Q_EMIT refused();
        return false;
    }
    const Scenario &s = m_model->scenario();
    if (s.handleIndex(from.toStdString()) < 0 || !isHandleName(to.toStdString())
        || s.handleIndex(to.toStdString()) >= 0)
        return false;
    m_undo->push(new RenameCommand(m_model, from, to));
    return true;
}

bool TimelineEditor::setPolicy(Policy policy)
{
    if (policy == m_model->heap().policy())
        return true;
    return perform(tr("policy %1").arg(QLatin1String(policyName(policy).data())),
                   [policy](Timeline &t) { return t.setPolicy(policy); });
}

bool TimelineEditor::setText(std::size_t step, const QString &text)
{
    if (m_locked) {
        Q_EMIT refused();
        return false;
    }
    if (text.simplified() == m_model->text(step))
        return true;
    m_undo->push(new TextEditCommand(m_model, step, text));
    return true;
}

bool TimelineEditor::reset(Size heapSize, Policy policy, const HeapSettings &settings)
{
    if (m_locked) {
        Q_EMIT refused();
        return false;
    }
    if (heapSize == 0 || heapSize > kMaxHeapSize || !settingsProblem(settings, heapSize).empty())
        return false;
    m_undo->push(new ResetCommand(m_model, Timeline(heapSize, policy, settings), tr("reset heap")));
    return true;
}

void TimelineEditor::clear()
{
    m_undo->clear();
    m_undo->setClean();
}
