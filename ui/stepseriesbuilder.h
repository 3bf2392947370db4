// SPDX-License-Identifier: MIT
#pragma once

#include "stepseries.h"

#include <QObject>
#include <atomic>
#include <thread>

class HeapModel;

// The chart's data: the model's StepSeries, kept in step with its history
// without ever stalling the player.
//
// A loaded document's series is computed on a worker thread (a
// History::Cursor walks the steps on a heap of its own), handed over in
// chunks through queued calls, so the chart grows while the window stays
// responsive. An edit that appends one step and stands on it adds that
// step's statistics at once (O(1)); steps taken out after the position
// (TimelineEditor edits in the middle, HeapModel::stepsReplaced()) truncate
// the series; a tail put back by undo is computed on the worker again.
//
// Thread safety: the worker only reads the history's records, which change
// only through the model's edits and loads. The model announces those with
// historyAboutToChange(); the builder then stops the worker and waits for
// it (it checks for cancellation at every step, so the wait is short)
// before the model goes on; the steps it did not deliver are computed again
// afterwards.
class StepSeriesBuilder : public QObject
{
    Q_OBJECT
public:
    explicit StepSeriesBuilder(HeapModel *model, QObject *parent = nullptr);
    ~StepSeriesBuilder() override;

    const heapboard::StepSeries &series() const { return m_series; }
    // The model's states: what series() has once complete.
    std::size_t targetSize() const;
    bool isComputing() const { return m_thread.joinable(); }

    // Steps delivered per queued call.
    static constexpr std::size_t kChunk = 16384;

Q_SIGNALS:
    // The series grew, shrank or was cleared.
    void seriesChanged();
    void computingChanged(bool computing);

private:
    // Stops the worker and waits for it; false when none ran.
    bool halt();
    void stop();
    void start();
    void reconcile();
    void restart();
    void truncate(std::size_t from);
    void deliver(unsigned generation, std::vector<heapboard::HeapStats> chunk, bool last);

    HeapModel *m_model;
    heapboard::StepSeries m_series;
    std::thread m_thread;
    std::atomic<bool> m_cancel { false };
    // Chunks of a stopped worker may still wait in the event queue: only
    // those of the current generation are taken.
    unsigned m_generation = 0;
};
