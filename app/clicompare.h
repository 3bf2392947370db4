// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace heapboard {

// heapboard-cli compare FILE [--policies LIST] [--heap-size N] [SETTINGS]
// [--json]: the summary table of docs/compare.md, one row a policy, as
// aligned text or JSON; exit 0, or 2 with a message.
int compareCommand(const QStringList &arguments);

} // namespace heapboard
