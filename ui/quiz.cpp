// SPDX-License-Identifier: MIT
#include "quiz.h"

#include "heapmodel.h"

using namespace heapboard;

Quiz::Quiz(const HeapModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &HeapModel::positionChanged, this, [this] { ask(0); });
    connect(model, &HeapModel::historyReset, this, [this] { setOn(false); });
    // An edit may take the steps with the questions away.
    connect(model, &HeapModel::stepsReplaced, this, [this] { m_marked = hasQuestions(m_model->scenario()); });
}

void Quiz::setOn(bool on)
{
    ask(0);
    m_marked = hasQuestions(m_model->scenario());
    m_revealed.clear();
    if (on != m_on) {
        m_on = on;
        Q_EMIT toggled(on);
    }
    Q_EMIT revealedChanged();
}

bool Quiz::isHidden(std::size_t step) const
{
    return m_on && step >= 1 && step <= m_model->timeline().loadedSteps() && !m_revealed.contains(step)
        && (!m_marked || !m_model->scenario().steps[step - 1].question().empty());
}

void Quiz::reveal(std::size_t step)
{
    if (!isHidden(step))
        return;
    m_revealed.insert(step);
    Q_EMIT revealedChanged();
}

void Quiz::ask(std::size_t step)
{
    if (step == m_asking)
        return;
    m_asking = step;
    Q_EMIT askingChanged(step);
}

QString Quiz::question(std::size_t step) const
{
    const Scenario &s = m_model->scenario();
    if (step == 0 || step > s.steps.size())
        return {};
    const QString statement = m_model->statement(step);
    const std::string &marked = s.steps[step - 1].question();
    if (!marked.empty())
        return tr("Next: %1 — %2").arg(statement, QString::fromStdString(marked));
    switch (s.steps[step - 1].kind) {
    case ScenarioStep::Kind::Malloc:
        return tr("Next: %1 — which address does it return, and what stays free?").arg(statement);
    case ScenarioStep::Kind::Free:
        return tr("Next: %1 — what will the free list be after it?").arg(statement);
    case ScenarioStep::Kind::Realloc:
        return tr("Next: %1 — will the block stay in place or move, and where?").arg(statement);
    case ScenarioStep::Kind::SetPolicy:
        return tr("Next: %1 — what changes for the next malloc?").arg(statement);
    }
    return {};
}
