// SPDX-License-Identifier: MIT
#include "heapmodel.h"

#include "coremessages.h"
#include "trace.h"

#include <QLocale>
#include <algorithm>

using namespace heapboard;

namespace {

// A jump over more steps than this shows the new state at once.
constexpr std::size_t kStepwiseJump = 32;

} // namespace

HeapModel::HeapModel(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<heapboard::Span>();
}

HeapModel::~HeapModel()
{
    // Readers on other threads stop before the timeline goes.
    Q_EMIT historyAboutToChange();
}

QString HeapModel::labelFor(quint32 tag) const
{
    const std::vector<std::string> &handles = scenario().handles;
    return tag == 0 || tag > handles.size() ? QString() : QString::fromStdString(handles[tag - 1]);
}

QString HeapModel::recordedCallText(std::uint32_t step) const
{
    const RecordedCall *call = m_timeline.recordedCall(step);
    if (!call)
        return {};
    return tr("thread %1, %2 ms into the recording")
        .arg(call->thread)
        .arg(QLocale().toString(double(call->time) / 1e6, 'f', 3));
}

QString HeapModel::statement(std::size_t step) const
{
    return QString::fromStdString(m_timeline.statement(step));
}

QString HeapModel::text(std::size_t step) const
{
    return QString::fromStdString(m_timeline.text(step));
}

QString HeapModel::errorMessage(std::size_t step) const
{
    if (step == 0 || step > stepCount() || history().info(step).error == ErrorCode::None)
        return {};
    return CoreMessages::translate(history().message(step)); // the window's language
}

bool HeapModel::jumpTo(std::size_t step)
{
    const std::size_t from = position();
    if (step > stepCount())
        return false;
    if (step == from)
        return true;
    const std::size_t distance = step > from ? step - from : from - step;
    if (distance <= kStepwiseJump) {
        // Each step over which the position moves is told as that step.
        while (position() < step)
            takeStep(position() + 1, true);
        while (position() > step)
            takeStep(position(), false);
    } else {
        m_timeline.jumpTo(step);
        Q_EMIT blocksReset();
    }
    Q_EMIT positionChanged(step);
    Q_EMIT changed();
    return true;
}

void HeapModel::takeStep(std::size_t step, bool forward)
{
    // step: the step taken forwards (position step - 1 to step) or backwards
    // (position step to step - 1).
    m_timeline.jumpTo(forward ? step : step - 1);
    const EventList events = history().events(step);
    if (forward)
        emitEvents(events, step);
    else
        emitInverse(events);
    const StepDelta delta = history().delta(step);
    Q_EMIT blocksChanged(forward ? delta.removed : delta.added, forward ? delta.added : delta.removed);
}

void HeapModel::emitEvents(const EventList &events, std::size_t step)
{
    for (const Event &e : events) {
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
            Q_EMIT failed(QString::fromLatin1(errorCodeName(e.error).data()), errorMessage(step));
            break;
        case EventKind::Grown:
            break; // the new space is a free block: blocksChanged() shows it
        }
    }
}

void HeapModel::emitInverse(const EventList &events)
{
    // Undoing a step's events, last first: a merge splits again (a merge of
    // three as two splits), an allocation is freed, a move moves back.
    for (auto it = events.end(); it != events.begin();) {
        const Event &e = *--it;
        switch (e.kind) {
        case EventKind::Split:
            Q_EMIT merged(e.span, { e.parts[0], e.parts[1] });
            break;
        case EventKind::Allocated:
            Q_EMIT freed(e.span);
            break;
        case EventKind::Resized:
            Q_EMIT resized(e.span, e.parts[0]);
            break;
        case EventKind::Moved:
            Q_EMIT moved(e.span, e.parts[0]);
            break;
        case EventKind::Freed:
            Q_EMIT allocated(e.span, e.tag);
            break;
        case EventKind::Merged:
            for (std::size_t i = 0; i + 1 < e.partCount; ++i) {
                const Span rest { e.parts[i + 1].start, e.span.end() - e.parts[i + 1].start };
                const Span whole { e.parts[i].start, e.span.end() - e.parts[i].start };
                Q_EMIT split(whole, e.parts[i], rest);
            }
            break;
        case EventKind::Failed:
            break; // it changed nothing
        case EventKind::Grown:
            break; // blocksChanged() takes the space away again
        }
    }
}

OpResult HeapModel::edit(std::size_t at, const Edit &edit, Tail &dropped)
{
    jumpTo(std::min(at, stepCount()));
    Q_EMIT historyAboutToChange();
    dropped = m_timeline.takeTail(position());
    OpResult r = edit(m_timeline);
    const std::size_t step = position();
    Q_EMIT stepsReplaced(step - 1);
    emitEvents(r.events, step);
    const StepDelta delta = history().delta(step);
    Q_EMIT blocksChanged(delta.removed, delta.added);
    Q_EMIT positionChanged(step);
    Q_EMIT changed();
    return r;
}

void HeapModel::swapTail(std::size_t at, Tail &stored, std::size_t position)
{
    jumpTo(std::min(at, stepCount()));
    Q_EMIT historyAboutToChange();
    Tail current = m_timeline.takeTail(at);
    m_timeline.restoreTail(std::move(stored));
    stored = std::move(current);
    Q_EMIT stepsReplaced(at);
    jumpTo(position);
    Q_EMIT positionChanged(this->position());
    Q_EMIT changed();
}

void HeapModel::setText(std::size_t step, const QString &text)
{
    m_timeline.setText(step, text.simplified().toStdString());
    Q_EMIT textChanged(step);
}

bool HeapModel::renameHandle(const QString &from, const QString &to)
{
    if (from == to || !m_timeline.renameHandle(from.toStdString(), to.toStdString()))
        return false;
    Q_EMIT handleRenamed(from, to);
    Q_EMIT blocksReset();
    Q_EMIT changed();
    return true;
}

void HeapModel::swapTimeline(Timeline &other)
{
    Q_EMIT historyAboutToChange();
    std::swap(m_timeline, other);
    replaced();
}

void HeapModel::load(Timeline timeline)
{
    Q_EMIT historyAboutToChange();
    m_timeline = std::move(timeline);
    replaced();
}

void HeapModel::replaced()
{
    Q_EMIT historyReset();
    Q_EMIT blocksReset();
    Q_EMIT positionChanged(position());
    Q_EMIT changed();
}

OpResult HeapModel::allocate(Size size, const QString &label)
{
    Tail dropped;
    const std::string name = label.isEmpty() ? m_timeline.nextAutoLabel() : label.toStdString();
    return edit(
        position(), [&](Timeline &t) { return t.malloc(size, name); }, dropped);
}

OpResult HeapModel::freeBlock(Addr address)
{
    Tail dropped;
    return edit(
        position(), [&](Timeline &t) { return t.free(address); }, dropped);
}

OpResult HeapModel::reallocBlock(Addr address, Size size)
{
    Tail dropped;
    return edit(
        position(), [&](Timeline &t) { return t.realloc(address, size); }, dropped);
}

OpResult HeapModel::setPolicy(Policy policy)
{
    Tail dropped;
    return edit(
        position(), [&](Timeline &t) { return t.setPolicy(policy); }, dropped);
}

bool HeapModel::reset(Size heapSize, Policy policy, const HeapSettings &settings)
{
    if (heapSize == 0 || heapSize > kMaxHeapSize || !settingsProblem(settings, heapSize).empty())
        return false;
    load(Timeline(heapSize, policy, settings));
    return true;
}

void HeapModel::loadTrace(const Trace &trace, Size heapSize, Policy policy)
{
    load(Timeline::fromTrace(trace, heapSize, policy));
}

bool HeapModel::loadScenario(const Scenario &scenario, std::size_t at)
{
    Timeline t;
    if (!Timeline::fromScenario(scenario, t, at))
        return false;
    load(std::move(t));
    return true;
}
