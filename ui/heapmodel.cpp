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
    return tag == 0 ? QString() : m_labels.value(int(tag) - 1);
}

quint32 HeapModel::addLabel(const QString &label)
{
    m_labels.append(label);
    return quint32(m_labels.size());
}

QString HeapModel::nextAutoLabel() const
{
    QString label;
    for (int n = m_autoLabels; ; n = n / 26 - 1) {
        label.prepend(QChar(u'a' + n % 26));
        if (n < 26)
            break;
    }
    return label;
}

OpResult HeapModel::allocate(Size size, const QString &label)
{
    const bool automatic = label.isEmpty();
    const QString name = automatic ? nextAutoLabel() : label;
    OpResult r = m_history.malloc(size, addLabel(name));
    if (r.ok() && automatic)
        ++m_autoLabels;
    return finish(std::move(r));
}

OpResult HeapModel::freeBlock(Addr address)
{
    return finish(m_history.free(address));
}

OpResult HeapModel::reallocBlock(Addr address, Size size)
{
    return finish(m_history.realloc(address, size));
}

OpResult HeapModel::setPolicy(Policy policy)
{
    return finish(m_history.setPolicy(policy));
}

OpResult HeapModel::reject(ErrorCode code, const QString &message)
{
    return finish(m_history.reject(code, message.toStdString()));
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
            Q_EMIT failed(QString::fromLatin1(errorCodeName(e.error).data()), QString::fromStdString(result.message));
            break;
        }
    }
}

bool HeapModel::reset(Size heapSize, Policy policy)
{
    if (!m_history.reset(heapSize, policy))
        return false;
    m_labels.clear();
    m_autoLabels = 0;
    Q_EMIT historyReset();
    Q_EMIT positionChanged(0);
    Q_EMIT changed();
    return true;
}

void HeapModel::loadTrace(const Trace &trace, Size heapSize, Policy policy)
{
    m_history.reset(heapSize, policy);
    m_labels.clear();
    m_autoLabels = 0;
    for (std::uint32_t id = 0; id < trace.idCountSeen(); ++id)
        m_labels.append(QStringLiteral("#") + QString::fromUtf8(trace.idName(id).data(), qsizetype(trace.idName(id).size())));
    TraceRunner runner(trace);
    for (const TraceOp &op : trace.ops)
        runner.apply(m_history, op);
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
            Q_EMIT freed({b.start, b.size});
    }
    for (const BlockInfo &b : come) {
        if (contains(gone, b))
            continue;
        if (b.used) {
            Q_EMIT allocated({b.start, b.size}, b.tag);
            continue;
        }
        QList<Span> parts;
        for (const BlockInfo &g : gone) {
            if (g.start >= b.start && g.end() <= b.end())
                parts.append({g.start, g.size});
        }
        if (parts.size() > 1)
            Q_EMIT merged({b.start, b.size}, parts);
    }
}
