// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"
#include "scenario.h"
#include "stepseries.h"
#include "trace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

// A scenario (.heap) or a CS:APP malloclab trace (.rep) replayed up to one
// of its steps on a fresh heap, with what it takes to draw that state: the
// name of each block's tag and a caption (title, step, narration). Used by
// `heapboard-cli render`; the window has its own model and history.
//
// The content decides the format (parseDocument(), as for `heapboard-cli
// replay` and the window), not the file name. A scenario sets its own heap size and policy; a
// trace is replayed on the smallest power of two (at least 1 KiB) that holds
// everything it ever allocates under first fit, as File > Import Trace…
// suggests. Both can be overridden.
class ReplaySnapshot
{
public:
    ReplaySnapshot();
    ~ReplaySnapshot();

    // Parses text read from path; false with "PATH:LINE[:COLUMN]: what is
    // wrong" in error.
    bool load(const QString &path, const QByteArray &text, QString *error);
    bool isScenario() const { return m_isScenario; }
    // A recording with some block in it: what --policy as-recorded needs.
    bool hasRecordedSpace() const;
    // "PATH: offset N: ..." for a recording cut short (docs/hrec.md).
    const std::string &warning() const { return m_warning; }

    void setHeapSize(std::optional<heapboard::Size> size) { m_heapSizeOverride = size; }
    void setPolicy(std::optional<heapboard::Policy> policy) { m_policyOverride = policy; }
    // Changes the file's allocator settings (a trace's are the defaults).
    void setSettings(std::function<heapboard::HeapSettings(const heapboard::HeapSettings &)> change)
    {
        m_settingsChange = std::move(change);
    }

    std::size_t stepCount() const;
    // Replays the first step operations (0: the empty heap); false when the
    // file has fewer steps. With series, also the statistics after each
    // state on the way (the chart's data: states 0..step).
    bool replayTo(std::size_t step, heapboard::StepSeries *series = nullptr);
    std::size_t step() const { return m_step; }

    const heapboard::Heap &heap() const { return *m_heap; }
    QString labelFor(quint32 tag) const;
    // Title (or the file name), "Step N / M: the operation", the narration,
    // the external fragmentation and peak utilization.
    QStringList caption() const;

private:
    QString stepText(std::size_t index) const;

    QString m_path;
    bool m_isScenario = false;
    std::string m_warning;
    heapboard::Scenario m_scenario;
    heapboard::Trace m_trace;
    std::optional<heapboard::Size> m_heapSizeOverride;
    std::optional<heapboard::Policy> m_policyOverride;
    std::function<heapboard::HeapSettings(const heapboard::HeapSettings &)> m_settingsChange;
    std::optional<heapboard::Size> m_traceHeapSize; // suggested, computed once
    std::unique_ptr<heapboard::Heap> m_heap;
    std::size_t m_step = 0;
    heapboard::OpResult m_last; // of the last step replayed
};
