// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace heapboard {

// heapboard-cli ostep [malloc.py's options] [--scenario FILE]: exit 0, or 2
// with optparse-like errors.
int ostepCommand(const QStringList &arguments);

} // namespace heapboard
