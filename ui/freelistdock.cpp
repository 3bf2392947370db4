// SPDX-License-Identifier: MIT
#include "freelistdock.h"

#include "freelistmodel.h"
#include "freelistview.h"
#include "heapmodel.h"
#include "heapsettingsform.h"

#include <QAction>
#include <QSettings>

namespace {

QString settingsKey(bool presenting)
{
    return presenting ? QStringLiteral("view/freeListPresenting") : QStringLiteral("view/freeList");
}

} // namespace

FreeListDock::FreeListDock(HeapModel *model, HeapView *heapView, QWidget *parent)
    : QDockWidget(tr("Free List"), parent)
    , m_model(new FreeListModel(model, this))
    , m_view(new FreeListView(m_model, heapView, this))
{
    setObjectName(QStringLiteral("freeListDock"));
    setWidget(m_view);
    // A key as well as the View menu: presenting hides the menu bar.
    toggleViewAction()->setShortcut(QKeySequence(Qt::Key_L));
    toggleViewAction()->setToolTip(tr("The free list in the allocator's order (L)"));
    connect(toggleViewAction(), &QAction::triggered, this, &FreeListDock::remember);
    connect(model, &HeapModel::blocksReset, this, &FreeListDock::updateTitle);
    updateTitle();
}

void FreeListDock::updateTitle()
{
    // The order the rows are in, when it is not the address order.
    const heapboard::ListOrder order = m_model->order();
    setWindowTitle(order == heapboard::ListOrder::Address
                       ? tr("Free List")
                       : tr("Free List · %1").arg(HeapSettingsForm::orderShortText(order)));
}

void FreeListDock::restoreVisibility()
{
    setVisible(QSettings().value(settingsKey(false), true).toBool());
}

void FreeListDock::setPresenting(bool on)
{
    m_presenting = on;
    // Presenting hid every dock; leaving restored the desktop's docks.
    // Shown while presenting unless put away there: the free list is what
    // a lecture on malloc is about.
    if (on && QSettings().value(settingsKey(true), true).toBool())
        show();
}

void FreeListDock::closeEvent(QCloseEvent *event)
{
    remember(false);
    QDockWidget::closeEvent(event);
}

void FreeListDock::remember(bool visible)
{
    QSettings().setValue(settingsKey(m_presenting), visible);
}
