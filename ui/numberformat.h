// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QString>

// The one number format of the window: rulers, row labels, the Blocks
// table, the status bar, tooltips and free-list cells all go through here
// (docs/number-format.md).
namespace NumberFormat {
// An address: exact, with a binary unit when it is a whole multiple (64K).
QString address(double address);
// A size: exact bytes below 10 KiB ("96 B"), then KiB, MiB, GiB.
QString size(heapboard::Size size);
} // namespace NumberFormat
