// SPDX-License-Identifier: MIT
#include "replaysnapshot.h"

#include "coremessages.h"
#include "documentreader.h"
#include "recordedspace.h"
#include "replayer.h"
#include "statstext.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace heapboard;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

ReplaySnapshot::ReplaySnapshot()
    : m_heap(std::make_unique<Heap>())
{ }

ReplaySnapshot::~ReplaySnapshot() = default;

bool ReplaySnapshot::load(const QString &path, const QByteArray &text, QString *error)
{
    m_path = path;
    ParsedDocument document;
    std::string message;
    if (!parseDocument(std::string_view(text.constData(), std::size_t(text.size())), path.toStdString(),
                       document, message)) {
        if (error)
            *error = CoreMessages::translate(message); // the window's (or the CLI's) language
        return false;
    }
    m_isScenario = document.kind == DocumentKind::Scenario;
    m_warning = std::move(document.warning);
    m_scenario = std::move(document.scenario);
    m_trace = std::move(document.trace);
    m_traceHeapSize.reset();
    return replayTo(0);
}

bool ReplaySnapshot::hasRecordedSpace() const
{
    RecordedSpace space;
    return !m_isScenario && recordedSpace(m_trace, space);
}

std::size_t ReplaySnapshot::stepCount() const
{
    return m_isScenario ? m_scenario.steps.size() : m_trace.ops.size();
}

bool ReplaySnapshot::replayTo(std::size_t step, StepSeries *series)
{
    if (step > stepCount())
        return false;
    if (!m_isScenario && !m_heapSizeOverride && !m_traceHeapSize)
        m_traceHeapSize = suggestedHeapSize(m_trace);
    const Size size = m_heapSizeOverride ? *m_heapSizeOverride
        : m_isScenario                   ? m_scenario.heapSize
                                         : *m_traceHeapSize;
    const Policy policy = m_policyOverride ? *m_policyOverride
        : m_isScenario                     ? m_scenario.policy
                                           : Policy::FirstFit;
    HeapSettings settings = m_isScenario ? m_scenario.settings : HeapSettings {};
    if (m_settingsChange)
        settings = m_settingsChange(settings);
    // As recorded, a recording runs on its own address space.
    RecordedSpace space;
    if (!m_isScenario && policy == Policy::AsRecorded && recordedSpace(m_trace, space))
        m_heap = std::make_unique<Heap>(space.heapSize, policy, space.settings);
    else
        m_heap = std::make_unique<Heap>(size, policy, settings);
    m_last = {};
    if (series) {
        series->clear();
        series->reserve(step + 1);
        series->append(m_heap->stats());
    }
    const auto keepLast = [this, step, series](std::size_t i, OpResult &r) {
        if (series)
            series->append(m_heap->stats());
        if (i + 1 == step)
            m_last = std::move(r);
    };
    if (m_isScenario)
        replay(
            m_scenario, *m_heap, [&](std::size_t i, const ScenarioStep &, OpResult &r) { keepLast(i, r); },
            step);
    else
        replay(
            m_trace, *m_heap, [&](std::size_t i, const TraceOp &, TraceStep &s) { keepLast(i, s.result); },
            step);
    m_step = step;
    return true;
}

QString ReplaySnapshot::labelFor(quint32 tag) const
{
    if (tag == 0)
        return {};
    const std::size_t i = tag - 1;
    if (m_isScenario)
        return i < m_scenario.handles.size() ? QString::fromStdString(m_scenario.handles[i]) : QString();
    return i < m_trace.idCountSeen() ? QStringLiteral("#") + fromView(m_trace.idName(std::uint32_t(i)))
                                     : QString();
}

QString ReplaySnapshot::stepText(std::size_t index) const
{
    if (m_isScenario)
        return QString::fromStdString(formatStatement(m_scenario, m_scenario.steps[index]));
    const TraceOp &op = m_trace.ops[index];
    const QString id = fromView(m_trace.idName(op.id));
    const QString size = op.sizeValid ? QString::number(op.size) : fromView(m_trace.rawSize(op.rawSize));
    switch (op.kind) {
    case TraceOp::Kind::Malloc:
        return QStringLiteral("a %1 %2").arg(id, size);
    case TraceOp::Kind::Free:
        return QStringLiteral("f %1").arg(id);
    case TraceOp::Kind::Realloc:
        return QStringLiteral("r %1 %2").arg(id, size);
    }
    return {};
}

QStringList ReplaySnapshot::caption() const
{
    QStringList lines;
    const QString title = m_isScenario ? QString::fromStdString(m_scenario.title) : QString();
    lines.append(title.isEmpty() ? QFileInfo(m_path).fileName() : title);
    QString stepLine
        = QCoreApplication::translate("ReplaySnapshot", "Step %1 / %2").arg(m_step).arg(stepCount());
    if (m_step > 0) {
        stepLine += QStringLiteral(": ") + stepText(m_step - 1);
        if (!m_last.ok())
            stepLine += QStringLiteral("  → %1").arg(fromView(errorCodeName(m_last.error)));
    }
    lines.append(stepLine);
    if (m_isScenario && m_step > 0 && !m_scenario.steps[m_step - 1].narration().empty())
        lines.append(QString::fromStdString(m_scenario.steps[m_step - 1].narration()));
    lines.append(StatsText::figures(m_heap->stats()));
    return lines;
}
