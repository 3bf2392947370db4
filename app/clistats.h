// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace heapboard {

// heapboard-cli stats FILE [--policy P] [--every N] [--csv] [--heap-size N]
// [SETTINGS]: the statistics after every N-th step (the chart's data,
// StepSeries) as aligned text or CSV; exit 0, or 2 with a message.
int statsCommand(const QStringList &arguments);

} // namespace heapboard
