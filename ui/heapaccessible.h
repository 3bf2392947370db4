// SPDX-License-Identifier: MIT
#pragma once

#include "blocktree.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QObject>

class HeapModel;
class HeapView;

// The heap view for screen readers: a list whose items are the blocks in
// view, each named like "block a, used, 32 bytes at 64". Items are made on
// demand and forgotten when the heap changes (HeapAnnouncer), so a trace's
// 150,000 blocks cost nothing until a reader asks.
class HeapAccessible : public QAccessibleWidget
{
public:
    explicit HeapAccessible(HeapView *view);
    ~HeapAccessible() override;

    // For QAccessible::installFactory.
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    // What a reader says for a block.
    static QString describe(const HeapModel &model, const heapboard::BlockInfo &block);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    // The blocks changed: the items made so far describe the old heap.
    void forgetChildren();

private:
    static constexpr int kMaxChildren = 4096; // a zoomed-out trace: the first ones
    HeapView *view() const;
    // The blocks in view, in address order (at most kMaxChildren).
    std::vector<heapboard::BlockInfo> blocksInView() const;

    mutable QHash<heapboard::Addr, QAccessible::Id> m_children;
};

// Tells screen readers what each step did: the view's description becomes
// the step ("Step 3 of 9: b = malloc 100") and the block items are renewed.
class HeapAnnouncer : public QObject
{
    Q_OBJECT
public:
    HeapAnnouncer(HeapView *view, HeapModel *model);

    // "Step 3 of 9: b = malloc 100. 3 used blocks, 1 free block."
    static QString stepDescription(const HeapModel &model);

private:
    void announce();

    HeapView *m_view;
    HeapModel *m_model;
};
