// SPDX-License-Identifier: MIT
#include "heapmodel.h"

#include "trace.h"
#include "tracerunner.h"

#include <algorithm>

using namespace heapboard;

HeapModel::HeapModel(QObject *parent)
    : QObject(parent)
    , m_history(1024, Policy::FirstFit)
{
    qRegisterMetaType<heapboard::Span>();
}

QString HeapModel::labelFor(quint32 tag) const
{
    const std::vector<std::string> &handles = scenario().handles;
    return tag == 0 || tag > handles.size() ? QString() : QString::fromStdString(handles[tag - 1]);
}

void HeapModel::setTitle(const QString &title)
{
    m_recorder.setTitle(title.simplified().toStdString());
    Q_EMIT scenarioEdited();
}

QString HeapModel::statement(std::size_t step) const
{
    const auto &steps = scenario().steps;
    return step >= 1 && step <= steps.size() ? QString::fromStdString(steps[step - 1].text) : QString();
}

QString HeapModel::narration(std::size_t step) const
{
    const auto &steps = scenario().steps;
    return step >= 1 && step <= steps.size() ? QString::fromStdString(steps[step - 1].narration) : QString();
}

void HeapModel::setNarration(std::size_t step, const QString &text)
{
    // One line: a scenario's narration is the text of its `>` lines.
    m_recorder.setNarration(step, text.simplified().toStdString());
    Q_EMIT scenarioEdited();
}

QString HeapModel::nextAutoLabel() const
{
    // a, b, ..., z, aa, ab, ...: skipping names the scenario already uses
    // and keywords (`at`), so that the recording saves and loads back.
    for (int k = m_autoLabels;; ++k) {
        std::string label;
        for (int n = k;; n = n / 26 - 1) {
            label.insert(label.begin(), char('a' + n % 26));
            if (n < 26)
                break;
        }
        if (isHandleName(label) && scenario().handleIndex(label) < 0)
            return QString::fromStdString(label);
    }
}

OpResult HeapModel::allocate(Size size, const QString &label)
{
    const bool automatic = label.isEmpty();
    const QString name = automatic ? nextAutoLabel() : label;
    m_recorder.truncate(m_history.position());
    OpResult r = m_recorder.malloc(m_history, size, name.toStdString());
    if (r.ok() && automatic)
        ++m_autoLabels;
    return finish(std::move(r));
}

OpResult HeapModel::freeBlock(Addr address)
{
    m_recorder.truncate(m_history.position());
    return finish(m_recorder.free(m_history, address));
}

OpResult HeapModel::reallocBlock(Addr address, Size size)
{
    m_recorder.truncate(m_history.position());
    return finish(m_recorder.realloc(m_history, address, size));
}

OpResult HeapModel::setPolicy(Policy policy)
{
    m_recorder.truncate(m_history.position());
    return finish(m_recorder.setPolicy(m_history, policy));
}

OpResult HeapModel::finish(OpResult result)
{
    emitEvents(result);
    Q_EMIT stepAdded();
    Q_EMIT positionChanged(m_history.position());
    Q_EMIT changed();
    return result;
}

void HeapModel::emitEvents(const OpResult &result)
{
    for (const Event &e : result.events) {
        switch (e.kind) {
        case EventKind::Split:
            Q_EMIT split(e.span, e.parts[0], e.parts[1]);
            break;
        case EventKind::Allocated:
            Q_EMIT allocated(e.span, e.tag);
            break;
        case EventKind::Resized:
            Q_EMIT resized(e.parts[0], e.span);
            break;
        case EventKind::Moved:
            Q_EMIT moved(e.parts[0], e.span);
            break;
        case EventKind::Freed:
            Q_EMIT freed(e.span);
            break;
        case EventKind::Merged:
            Q_EMIT merged(e.span, QList<Span>(e.parts.begin(), e.parts.begin() + e.partCount));
            break;
        case EventKind::Failed:
            Q_EMIT failed(QString::fromLatin1(errorCodeName(e.error).data()),
                          QString::fromStdString(result.message));
            break;
        }
    }
}

bool HeapModel::reset(Size heapSize, Policy policy)
{
    if (!m_history.reset(heapSize, policy))
        return false;
    m_recorder.start(heapSize, policy);
    replaced();
    return true;
}

void HeapModel::loadTrace(const Trace &trace, Size heapSize, Policy policy)
{
    m_history.reset(heapSize, policy);
    // The history runs the trace's own rules; the recorder keeps statements
    // of the same effect, so the session can be saved as a scenario.
    TraceStatements statements(trace, heapSize, policy);
    TraceRunner runner(trace);
    for (const TraceOp &op : trace.ops)
        statements.add(op, runner.apply(m_history, op));
    m_recorder.load(statements.take());
    replaced();
}

bool HeapModel::loadScenario(const Scenario &scenario, std::size_t at)
{
    if (!m_history.reset(scenario.heapSize, scenario.policy))
        return false;
    m_recorder.load(scenario);
    m_recorder.runAll(m_history);
    m_history.jumpTo(std::min(at, m_history.size()));
    replaced();
    return true;
}

void HeapModel::replaced()
{
    m_autoLabels = 0;
    Q_EMIT historyReset();
    Q_EMIT positionChanged(m_history.position());
    Q_EMIT changed();
}

bool HeapModel::jumpTo(std::size_t step)
{
    const std::size_t from = m_history.position();
    if (step == from)
        return true;
    if (!m_history.jumpTo(step))
        return false;
    if (step == from + 1)
        emitDelta(m_history.delta(step), true);
    else if (step + 1 == from)
        emitDelta(m_history.delta(from), false);
    Q_EMIT positionChanged(step);
    Q_EMIT changed();
    return true;
}

void HeapModel::emitDelta(const StepDelta &delta, bool forward)
{
    // What one step changed, told as events so that views animate a step
    // walked through the history like the step itself.
    const std::vector<BlockInfo> &gone = forward ? delta.removed : delta.added;
    const std::vector<BlockInfo> &come = forward ? delta.added : delta.removed;
    const auto contains = [](const std::vector<BlockInfo> &list, const BlockInfo &b) {
        return std::find(list.begin(), list.end(), b) != list.end();
    };
    for (const BlockInfo &b : gone) {
        if (b.used && !contains(come, b))
            Q_EMIT freed({ b.start, b.size });
    }
    for (const BlockInfo &b : come) {
        if (contains(gone, b))
            continue;
        if (b.used) {
            Q_EMIT allocated({ b.start, b.size }, b.tag);
            continue;
        }
        QList<Span> parts;
        for (const BlockInfo &g : gone) {
            if (g.start >= b.start && g.end() <= b.end())
                parts.append({ g.start, g.size });
        }
        if (parts.size() > 1)
            Q_EMIT merged({ b.start, b.size }, parts);
    }
}
