// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace heapboard {

// heapboard-cli convert IN.hrec -o OUT.rep: a heapboard-record recording as
// a malloclab trace (docs/hrec.md, "As a trace"). Exit 0, or 2 with
// "IN: offset N: what is wrong" for a file that is not one.
int convertCommand(const QStringList &arguments);

} // namespace heapboard
