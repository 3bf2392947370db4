// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "history.h"
#include "scenariorecorder.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace heapboard {
struct Trace;
}

Q_DECLARE_METATYPE(heapboard::Span)

// The one QObject that owns the simulated heap (through its history). Every
// operation (allocate(), freeBlock(), reallocBlock(), setPolicy()) runs on
// the core through the history, which keeps the step, and the events come
// out as typed signals in the order the core reported them, then changed().
// Widgets read heap() and never compute allocator state themselves.
class HeapModel : public QObject
{
    Q_OBJECT
public:
    explicit HeapModel(QObject *parent = nullptr);

    const heapboard::Heap &heap() const { return m_history.heap(); }
    const heapboard::History &history() const { return m_history; }
    heapboard::HeapStats stats() const { return heap().stats(); }
    // A block's label: the name of the handle that allocated it.
    QString labelFor(quint32 tag) const;

    // The scenario behind the history: one statement a step. What the user
    // does is recorded into it, so it can be saved and loaded back.
    const heapboard::Scenario &scenario() const { return m_recorder.scenario(); }
    QString title() const { return QString::fromStdString(scenario().title); }
    void setTitle(const QString &title);
    // Step k's statement ("a = malloc 32") and narration, k in 1..stepCount().
    QString statement(std::size_t step) const;
    QString narration(std::size_t step) const;
    void setNarration(std::size_t step, const QString &text);

    // Each returns what the core reported; a failure also emits failed().
    heapboard::OpResult allocate(heapboard::Size size, const QString &label = {});
    heapboard::OpResult freeBlock(heapboard::Addr address);
    heapboard::OpResult reallocBlock(heapboard::Addr address, heapboard::Size size);
    heapboard::OpResult setPolicy(heapboard::Policy policy);
    // A new, empty heap and history; false (nothing changes) on a bad size.
    bool reset(heapboard::Size heapSize, heapboard::Policy policy);
    // Replaces heap and history with a replay of the trace; one step a line.
    void loadTrace(const heapboard::Trace &trace, heapboard::Size heapSize, heapboard::Policy policy);
    // Replaces heap and history with the scenario's steps, then goes to
    // step `at` (the start by default); false (nothing changes) on a bad
    // heap size.
    bool loadScenario(const heapboard::Scenario &scenario, std::size_t at = 0);

    // Moves to any step of the history; stepping by one re-emits the step's
    // changes (for animation), a longer jump only changed().
    bool jumpTo(std::size_t step);
    std::size_t position() const { return m_history.position(); }
    std::size_t stepCount() const { return m_history.size(); }

    // Next label for an unnamed allocation: a, b, ..., z, aa, ab, ...
    QString nextAutoLabel() const;

Q_SIGNALS:
    void split(heapboard::Span whole, heapboard::Span front, heapboard::Span rest);
    void allocated(heapboard::Span block, quint32 tag);
    void resized(heapboard::Span before, heapboard::Span after);
    void moved(heapboard::Span from, heapboard::Span to);
    void freed(heapboard::Span block);
    void merged(heapboard::Span result, const QList<heapboard::Span> &parts);
    void failed(const QString &code, const QString &message);
    // After every operation, jump or reset: the state is new.
    void changed();
    // The title or a narration changed.
    void scenarioEdited();
    // A step was added at the end (and any redo steps were dropped first).
    void stepAdded();
    // The history moved to another step, or was replaced as a whole.
    void positionChanged(std::size_t step);
    void historyReset();

private:
    heapboard::OpResult finish(heapboard::OpResult result);
    void replaced();
    void emitEvents(const heapboard::OpResult &result);
    void emitDelta(const heapboard::StepDelta &delta, bool forward);

    heapboard::History m_history;
    heapboard::ScenarioRecorder m_recorder;
    int m_autoLabels = 0;
};
