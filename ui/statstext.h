// SPDX-License-Identifier: MIT
#pragma once

#include "heap.h"

#include <QCoreApplication>
#include <QString>

// The two figures of a heap's state (docs/semantics.md) in the words of the
// status bar, for the caption of an export.
namespace StatsText {
inline QString figures(const heapboard::HeapStats &s)
{
    return QCoreApplication::translate("StatsText", "External fragmentation %1%  ·  Peak utilization %2%")
        .arg(s.fragmentation() * 100, 0, 'f', 1)
        .arg(s.peakUtilization() * 100, 0, 'f', 1);
}
} // namespace StatsText
