// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QString>
#include <QStringList>

// The one number format of the window: rulers, row labels, the Blocks
// table, the status bar, tooltips and free-list cells all go through here
// (docs/number-format.md). The rule, for addresses and sizes alike: a number
// without a decimal point is exact; one with a decimal point is rounded to
// the nearest tenth of its unit.
namespace NumberFormat {
// The units of the size boxes: B, KiB, MiB, and their names.
inline constexpr heapboard::Size kSizeUnits[] = { 1, 1024, 1024 * 1024 };
QStringList sizeUnitNames();
// The number alone, with a binary unit letter (K, M, G, T) where one is
// used: "100", "1024", "64K", "12.3M".
QString number(quint64 value);
// An address or offset: number() ("300", "64K"); from 1 TiB on (a
// recording's real addresses) hexadecimal, exactly ("0x5555555592a0").
QString address(double address);
// An address written exactly, as a list of steps does: the digits in full,
// or from 1 TiB on hexadecimal as address() writes it.
QString exactAddress(quint64 address);
// A size: number() in bytes, "B" or a binary unit ("100 B", "64 KiB",
// "12.3 MiB").
QString size(heapboard::Size size);
// A size at a glance, for spans too large to read exactly (a gap of a
// sparse heap, "… 42.7 TiB …"): a tenth of the largest unit that keeps at
// least 1, up to TiB ("251.8 MiB"); whole units and bytes below 1024 keep
// no decimal point ("1 TiB", "20 B"), as the rule says.
QString roughSize(heapboard::Size size);
// For sizing cells and columns to their widest number without reading
// every block: for each way address() writes a number (plain digits, a
// whole unit, a rounded unit), its longest text for an address from 0 to
// heapSize. No address() of that range has more characters than the
// longest of them; measure each in the font, digits may differ in width.
QStringList widestAddresses(heapboard::Size heapSize);
// The same for size() and sizes from 1 to heapSize.
QStringList widestSizes(heapboard::Size heapSize);
} // namespace NumberFormat
