// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class FreeListModel;
class FreeListView;
class HeapModel;
class HeapView;

// The Free List panel of the window: the free list of the heap view
// (FreeListView over a FreeListModel) in a dock. Its visibility is
// remembered in QSettings twice: once for the desktop, and once for
// presenting, where the window hides every dock and this one comes back
// only if it was turned on while presenting before.
class FreeListDock : public QDockWidget
{
    Q_OBJECT
public:
    FreeListDock(HeapModel *model, HeapView *heapView, QWidget *parent = nullptr);

    FreeListModel *freeList() const { return m_model; }
    FreeListView *view() const { return m_view; }
    // Shown or hidden as last chosen on the desktop (shown the first time).
    void restoreVisibility();

public Q_SLOTS:
    // Called once the window has entered or left presenting.
    void setPresenting(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void remember(bool visible);
    void updateTitle();

    FreeListModel *m_model;
    FreeListView *m_view;
    bool m_presenting = false;
};
