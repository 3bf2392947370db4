// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"
#include "timeline.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace heapboard {
struct Trace;
}

Q_DECLARE_METATYPE(heapboard::Span)

// The one QObject that owns the open document's timeline (core/timeline.h):
// its steps, narrations and position. Moving the position is navigation;
// edits go through edit(), swapTail(), setText() and swapTimeline(), which
// the undo commands (editcommands.h) call. Every step taken, by an edit or by
// stepping over it, comes out as the same typed signals in the order the
// core reported them (stepping back: their inverses, in reverse), then
// changed(). Widgets read heap() and never compute allocator state.
class HeapModel : public QObject
{
    Q_OBJECT
public:
    using Edit = std::function<heapboard::OpResult(heapboard::Timeline &)>;
    using Tail = heapboard::Timeline::Tail;

    explicit HeapModel(QObject *parent = nullptr);
    ~HeapModel() override;

    const heapboard::Timeline &timeline() const { return m_timeline; }
    const heapboard::Heap &heap() const { return m_timeline.heap(); }
    const heapboard::History &history() const { return m_timeline.history(); }
    const heapboard::Scenario &scenario() const { return m_timeline.scenario(); }
    heapboard::HeapStats stats() const { return heap().stats(); }
    std::size_t position() const { return m_timeline.position(); }
    std::size_t stepCount() const { return m_timeline.size(); }

    // A block's label: the name of the handle that allocated it.
    QString labelFor(quint32 tag) const;
    // For a block made by step `step` of a recording (Timeline::recordedCall):
    // "made by thread 2, 12.345 ms into the recording"; empty otherwise.
    QString recordedCallText(std::uint32_t step) const;
    QString title() const { return text(0); }
    // Step k's statement ("a = malloc 32"), k in 1..stepCount().
    QString statement(std::size_t step) const;
    QString narration(std::size_t step) const { return step == 0 ? QString() : text(step); }
    // Step 0's text is the title, step k's its narration.
    QString text(std::size_t step) const;
    // The error of step k ("free(7): invalid pointer"), empty if it did not fail.
    QString errorMessage(std::size_t step) const;
    QString nextAutoLabel() const { return QString::fromStdString(m_timeline.nextAutoLabel()); }

    // Navigation: moves to any step; never changes the timeline.
    bool jumpTo(std::size_t step);

    // The edits. edit() goes to `at`, takes the steps after it into
    // `dropped`, then runs the edit (which appends one step) and emits it.
    heapboard::OpResult edit(std::size_t at, const Edit &edit, Tail &dropped);
    // Undo or redo of such an edit: the steps after `at` and `stored` trade
    // places, then the position goes to `position`.
    void swapTail(std::size_t at, Tail &stored, std::size_t position);
    // One line; step 0 is the title.
    void setText(std::size_t step, const QString &text);
    // Handle `from` is called `to` in every statement (Timeline::
    // renameHandle()); false, and nothing changes, when the timeline
    // refuses the name.
    bool renameHandle(const QString &from, const QString &to);
    // The whole document trades places with `other` (reset, and its undo).
    void swapTimeline(heapboard::Timeline &other);
    // A new document (nothing to undo across it).
    void load(heapboard::Timeline timeline);

    // Shorthands that edit at the current position, dropping later steps
    // for good; the window goes through undo commands instead.
    heapboard::OpResult allocate(heapboard::Size size, const QString &label = {});
    heapboard::OpResult freeBlock(heapboard::Addr address);
    heapboard::OpResult reallocBlock(heapboard::Addr address, heapboard::Size size);
    heapboard::OpResult setPolicy(heapboard::Policy policy);
    void setTitle(const QString &title) { setText(0, title); }
    void setNarration(std::size_t step, const QString &text) { setText(step, text); }
    // A new, empty heap; false (nothing changes) on a bad size.
    bool reset(heapboard::Size heapSize, heapboard::Policy policy,
               const heapboard::HeapSettings &settings = {});
    void loadTrace(const heapboard::Trace &trace, heapboard::Size heapSize, heapboard::Policy policy);
    bool loadScenario(const heapboard::Scenario &scenario, std::size_t at = 0);

Q_SIGNALS:
    void split(heapboard::Span whole, heapboard::Span front, heapboard::Span rest);
    void allocated(heapboard::Span block, quint32 tag);
    void resized(heapboard::Span before, heapboard::Span after);
    void moved(heapboard::Span from, heapboard::Span to);
    void freed(heapboard::Span block);
    void merged(heapboard::Span result, const QList<heapboard::Span> &parts);
    // A step that failed was taken forwards (performed or stepped over).
    void failed(const QString &code, const QString &message);
    // One step taken forwards or backwards: these blocks went, these came.
    void blocksChanged(const std::vector<heapboard::BlockInfo> &removed,
                       const std::vector<heapboard::BlockInfo> &added);
    // The heap changed by more than single steps (a long jump, a load).
    void blocksReset();
    // After every step, jump, edit or load: the state is new.
    void changed();
    // The steps after `from` were replaced (rows from + 1 on).
    void stepsReplaced(std::size_t from);
    // A step's text (narration, or the title for step 0) changed.
    void textChanged(std::size_t step);
    // A handle has a new name: labels and statements that use it changed
    // (then blocksReset() and changed(), for views that draw labels).
    void handleRenamed(const QString &from, const QString &to);
    void positionChanged(std::size_t step);
    // A whole new timeline (load, reset).
    void historyReset();
    // Emitted before anything changes the history's steps or ends it (edits,
    // undo and redo of edits, loads, the model's end): a reader on another
    // thread (StepSeriesBuilder) stops before its records move.
    void historyAboutToChange();

private:
    void takeStep(std::size_t step, bool forward);
    void emitEvents(const heapboard::EventList &events, std::size_t step);
    void emitInverse(const heapboard::EventList &events);
    void replaced();

    heapboard::Timeline m_timeline;
};
