// SPDX-License-Identifier: MIT
// MainWindow's status bar: the heap's figures, after the allocator's
// settings when they are not the defaults.
#include "heapmodel.h"
#include "heapsettingsform.h"
#include "mainwindow.h"
#include "numberformat.h"

#include <QLabel>

using namespace heapboard;

QString MainWindow::statusText() const
{
    const HeapStats s = m_model->stats();
    const QString stats
        = tr("Live %1  ·  Free %2  ·  Blocks %3 used, %4 free  ·  Largest free %5  ·  External "
             "fragmentation %6%  ·  Peak utilization %7%")
              .arg(NumberFormat::size(s.liveBytes), NumberFormat::size(s.freeBytes))
              .arg(s.usedBlocks)
              .arg(s.freeBlocks)
              .arg(NumberFormat::size(s.largestFree))
              .arg(s.fragmentation() * 100, 0, 'f', 1)
              .arg(s.peakUtilization() * 100, 0, 'f', 1);
    // The allocator's settings when they are not the defaults (docs/settings.md).
    const HeapSettings &heap = m_model->heap().settings();
    QString settings = HeapSettingsForm::summary(heap);
    if (heap.grows()) // where the break is now
        settings = tr("%1  ·  Heap %2 of %3")
                       .arg(settings, NumberFormat::size(s.heapSize), NumberFormat::size(heap.growMax));
    return settings.isEmpty() ? stats : tr("%1  ·  %2").arg(settings, stats);
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(statusText());
}
