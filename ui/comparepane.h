// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QFrame>
#include <optional>

class CompareSession;
class HeapPane;
class HeapView;
class QLabel;

// One pane of the compare view: a compact header (the pane's policy and
// settings; live, free, largest free, fragmentation and failures so far)
// over a HeapView (in a HeapPane) of the pane's own model. At a step where the panes'
// outcomes differ, the header is highlighted and says so in words, and the
// block this pane's step left is outlined over the heap.
class ComparePane : public QFrame
{
    Q_OBJECT
public:
    ComparePane(CompareSession *session, int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    HeapView *view() const { return m_view; }
    QString titleText() const;
    QString figuresText() const;
    // At a step: "at 64K" (the pointer it returned) or "failed"; else empty.
    QString outcomeText() const;
    bool isMarkedDivergent() const { return m_divergent; }
    // The outline drawn over the heap now (at a divergent step only).
    std::optional<heapboard::Span> outlinedSpan() const { return m_outline; }

private:
    class Outline;
    void refresh();

    CompareSession *m_session;
    int m_index;
    QFrame *m_header;
    QLabel *m_title;
    QLabel *m_figures;
    HeapPane *m_heap; // the view with its scroll bar and overview, for zooming in
    HeapView *m_view;
    Outline *m_overlay;
    bool m_divergent = false;
    std::optional<heapboard::Span> m_outline;
};
