// SPDX-License-Identifier: MIT
#include "stepseriesbuilder.h"

#include "heapmodel.h"

#include <QMetaObject>
#include <memory>

using namespace heapboard;

StepSeriesBuilder::StepSeriesBuilder(HeapModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &HeapModel::historyAboutToChange, this, &StepSeriesBuilder::stop);
    connect(model, &HeapModel::historyReset, this, &StepSeriesBuilder::restart);
    connect(model, &HeapModel::stepsReplaced, this, &StepSeriesBuilder::truncate);
    connect(model, &HeapModel::changed, this, &StepSeriesBuilder::reconcile);
    restart();
}

StepSeriesBuilder::~StepSeriesBuilder()
{
    // No signal: the owner may be half destroyed already.
    halt();
}

std::size_t StepSeriesBuilder::targetSize() const
{
    return m_model->stepCount() + 1;
}

bool StepSeriesBuilder::halt()
{
    if (!m_thread.joinable())
        return false;
    m_cancel = true;
    m_thread.join();
    ++m_generation;
    return true;
}

void StepSeriesBuilder::stop()
{
    if (halt())
        Q_EMIT computingChanged(false);
}

void StepSeriesBuilder::restart()
{
    stop();
    m_series.clear();
    Q_EMIT seriesChanged();
    reconcile();
}

void StepSeriesBuilder::truncate(std::size_t from)
{
    // Steps from + 1 on were replaced: states 0..from stay.
    if (m_series.size() > from + 1) {
        m_series.truncate(from + 1);
        Q_EMIT seriesChanged();
    }
}

void StepSeriesBuilder::reconcile()
{
    if (isComputing())
        return;
    const std::size_t target = targetSize();
    if (m_series.size() > target) {
        m_series.truncate(target);
        Q_EMIT seriesChanged();
    }
    if (m_series.size() == target)
        return;
    // The usual edit: one step appended, and the model stands on it.
    if (m_series.size() + 1 == target && m_model->position() + 1 == target) {
        m_series.append(m_model->stats());
        Q_EMIT seriesChanged();
        return;
    }
    start();
}

void StepSeriesBuilder::start()
{
    m_cancel = false;
    const unsigned generation = ++m_generation;
    const std::size_t from = m_series.size(); // states before it are known
    // Made here: it reads the history's current heap for its settings.
    auto cursor = std::make_shared<History::Cursor>(m_model->history());
    m_thread = std::thread([this, cursor, from, generation] {
        std::vector<HeapStats> chunk;
        chunk.reserve(kChunk);
        if (from == 0)
            chunk.push_back(cursor->heap().stats());
        while (!m_cancel.load(std::memory_order_relaxed) && cursor->next()) {
            if (cursor->position() < from)
                continue;
            chunk.push_back(cursor->heap().stats());
            if (chunk.size() == kChunk) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, c = std::move(chunk)]() mutable {
                        deliver(generation, std::move(c), false);
                    },
                    Qt::QueuedConnection);
                chunk = {};
                chunk.reserve(kChunk);
            }
        }
        if (!m_cancel)
            QMetaObject::invokeMethod(
                this,
                [this, generation, c = std::move(chunk)]() mutable {
                    deliver(generation, std::move(c), true);
                },
                Qt::QueuedConnection);
    });
    Q_EMIT computingChanged(true);
}

void StepSeriesBuilder::deliver(unsigned generation, std::vector<HeapStats> chunk, bool last)
{
    if (generation != m_generation)
        return;
    for (const HeapStats &s : chunk)
        m_series.append(s);
    if (last) {
        m_thread.join();
        ++m_generation;
        Q_EMIT computingChanged(false);
    }
    Q_EMIT seriesChanged();
    if (last)
        reconcile();
}
